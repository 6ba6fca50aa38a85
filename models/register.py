"""Where a directive stands on a given day: the classes of the task-tracking rules.

Quyết định 42/2014/QĐ-TTg and the provincial regulations copied from it count the tasks a
chair assigned in four classes (done on time, done late, in progress within the deadline,
overdue) and keep the tasks without a deadline apart. The class is a function of the
directive and of "today"; it is never stored, so a register opened tomorrow is right
tomorrow, and a report for a past cut-off date is reproducible (``today`` is a parameter).

This is the only place the classification is computed: the store answers queries with the
fields below, the window, the CLI and the report all call :func:`classify`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from models.session import Directive, Status


class DirectiveClass(StrEnum):
    DONE_ON_TIME = "done-on-time"
    DONE_LATE = "done-late"
    IN_PROGRESS = "in-progress"
    OVERDUE = "overdue"
    DONE = "done"
    STANDING = "standing"


CLASS_LABELS: Final[dict[DirectiveClass, str]] = {
    DirectiveClass.DONE_ON_TIME: "Đã hoàn thành đúng hạn",
    DirectiveClass.DONE_LATE: "Đã hoàn thành quá hạn",
    DirectiveClass.IN_PROGRESS: "Đang thực hiện trong hạn",
    DirectiveClass.OVERDUE: "Chưa hoàn thành, quá hạn",
    DirectiveClass.DONE: "Đã hoàn thành (không thời hạn)",
    DirectiveClass.STANDING: "Thường xuyên / chưa có thời hạn",
}

#: The colours these systems use (e-Cabinet and the provinces' tracking software): green done
#: on time, orange done late, blue in progress, red overdue; greys for the tasks kept apart.
CLASS_COLOURS: Final[dict[DirectiveClass, str]] = {
    DirectiveClass.DONE_ON_TIME: "#2e7d32",
    DirectiveClass.DONE_LATE: "#ef6c00",
    DirectiveClass.IN_PROGRESS: "#1565c0",
    DirectiveClass.OVERDUE: "#c62828",
    DirectiveClass.DONE: "#78909c",
    DirectiveClass.STANDING: "#b0bec5",
}

#: The classes with a deadline, in the order government reports list them.
DEADLINE_CLASSES: Final = (
    DirectiveClass.DONE_ON_TIME,
    DirectiveClass.DONE_LATE,
    DirectiveClass.IN_PROGRESS,
    DirectiveClass.OVERDUE,
)
#: Tasks without a deadline: counted apart, never mixed into the percentages above.
NO_DEADLINE_CLASSES: Final = (DirectiveClass.DONE, DirectiveClass.STANDING)
ALL_CLASSES: Final = DEADLINE_CLASSES + NO_DEADLINE_CLASSES
DONE_CLASSES: Final = frozenset(
    {DirectiveClass.DONE_ON_TIME, DirectiveClass.DONE_LATE, DirectiveClass.DONE}
)


def classify_values(
    *,
    status: Status | str,
    completed_on: dt.date | None,
    deadline_in_force: dt.date | None,
    today: dt.date,
) -> DirectiveClass | None:
    """The class from the stored fields alone, so the store's rows need no Directive built.

    None for a cancelled directive: it is left out of every count and list, as it is left
    out of the documents. A task marked done without a completion date is judged done on
    time (the unit's report is what marks it; the problems list asks for the date).
    """
    status = Status(status)
    if status is Status.CANCELLED:
        return None
    done = completed_on is not None or status is Status.DONE
    if deadline_in_force is None:
        return DirectiveClass.DONE if done else DirectiveClass.STANDING
    if done:
        if completed_on is None or completed_on <= deadline_in_force:
            return DirectiveClass.DONE_ON_TIME
        return DirectiveClass.DONE_LATE
    if today <= deadline_in_force:
        return DirectiveClass.IN_PROGRESS
    return DirectiveClass.OVERDUE


def classify(directive: Directive, today: dt.date) -> DirectiveClass | None:
    return classify_values(
        status=directive.status,
        completed_on=directive.completed_on,
        deadline_in_force=directive.deadline_in_force,
        today=today,
    )


def days_overdue(deadline_in_force: dt.date | None, today: dt.date) -> int:
    """Whole days past the deadline in force (0 when not past it or there is none)."""
    if deadline_in_force is None:
        return 0
    return max(0, (today - deadline_in_force).days)


def due_within(deadline_in_force: dt.date | None, today: dt.date, days: int) -> bool:
    """Not yet overdue and due in the next *days* days (today included)."""
    if deadline_in_force is None:
        return False
    return today <= deadline_in_force <= today + dt.timedelta(days=days)


@dataclass(frozen=True, slots=True)
class ClassCounts:
    """How many tasks fall in each class, with the percentages government reports print.

    Two bases are in use: the monthly reports of the Government Office divide by the tasks
    whose deadline has come (done, plus overdue), others by all tasks with a deadline. Both
    are offered; a report says which one it prints.
    """

    counts: dict[DirectiveClass, int]

    @classmethod
    def of(cls, classes: Iterable[DirectiveClass | None]) -> ClassCounts:
        tally = Counter(c for c in classes if c is not None)
        return cls({c: tally.get(c, 0) for c in ALL_CLASSES})

    def __getitem__(self, key: DirectiveClass) -> int:
        return self.counts[key]

    @property
    def with_deadline(self) -> int:
        return sum(self.counts[c] for c in DEADLINE_CLASSES)

    @property
    def without_deadline(self) -> int:
        return sum(self.counts[c] for c in NO_DEADLINE_CLASSES)

    @property
    def total(self) -> int:
        return self.with_deadline + self.without_deadline

    @property
    def done(self) -> int:
        """Done, with a deadline (on time + late)."""
        return self.counts[DirectiveClass.DONE_ON_TIME] + self.counts[DirectiveClass.DONE_LATE]

    @property
    def not_done(self) -> int:
        """Not done, with a deadline (in progress + overdue)."""
        return self.counts[DirectiveClass.IN_PROGRESS] + self.counts[DirectiveClass.OVERDUE]

    @property
    def due(self) -> int:
        """Tasks whose deadline has come: the base of the government's monthly percentages."""
        return self.done + self.counts[DirectiveClass.OVERDUE]

    def percent(self, key: DirectiveClass, base: int | None = None) -> float | None:
        """Share of *key* in *base* (all tasks with a deadline by default); None when 0."""
        denominator = self.with_deadline if base is None else base
        if denominator == 0:
            return None
        return 100.0 * self.counts[key] / denominator

    def completion_rate(self) -> float | None:
        """Done (on time + late) over all tasks with a deadline, in per cent."""
        if self.with_deadline == 0:
            return None
        return 100.0 * self.done / self.with_deadline
