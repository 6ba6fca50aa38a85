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
from typing import Final, NamedTuple

from models.session import DeadlineExtension, Directive, ProgressEntry, Status
from models.text import fold_diacritics
from models.units import UnitDirectory, unit_key


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


# -- the register's rows and filters -------------------------------------------------------


class ProgressNote(NamedTuple):
    """The last progress entry as the register shows it: a plain tuple, not the session's
    pydantic ProgressEntry (~500 bytes each; 100,000 entries in the window)."""

    date: dt.date
    text: str
    reference: str

    @classmethod
    def of(cls, entry: ProgressEntry | None) -> ProgressNote | None:
        return None if entry is None else cls(entry.date, entry.text, entry.reference)


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One directive of one session as the register lists it.

    Built by the store from its index (no session document is parsed to list 100,000 rows);
    the class is not a field: it depends on the day the register is looked at.
    """

    session_id: int
    directive_id: str
    position: int  # order in its session's conclusion, for a stable sort
    session_date: dt.date
    session_subject: str
    session_kind: str
    document_number: str  # "85/TB-VPUBND" when the Thông báo was issued, else ""
    document_issued_on: dt.date | None
    chair: str  # "Chủ tịch UBND tỉnh Phạm Thiện Nghĩa": position and name as printed
    text: str
    lead: tuple[str, ...]
    collaborators: tuple[str, ...]
    deadline: dt.date | None  # the original deadline
    deadline_in_force: dt.date | None  # after extensions; None for a standing task
    extensions: tuple[DeadlineExtension, ...]
    standing: bool
    status: Status
    completed_on: dt.date | None
    last_progress: ProgressNote | None

    def classify(self, today: dt.date) -> DirectiveClass | None:
        return classify_values(
            status=self.status,
            completed_on=self.completed_on,
            deadline_in_force=self.deadline_in_force,
            today=today,
        )

    @property
    def extended(self) -> bool:
        return bool(self.extensions)


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """What the follow-up desk asks the register for; every field optional (None = all).

    The same filter serves the window's proxy, the CLI and the report, so "the overdue tasks
    of Sở Xây dựng" means one thing everywhere. ``unit`` matches a lead unit or a
    collaborator by its unit key (abbreviations expanded, diacritics optional); ``text`` is
    free text over the directive, its session and its units, diacritics optional.
    """

    classes: frozenset[DirectiveClass] | None = None
    unit: str | None = None
    chair: str | None = None
    session_from: dt.date | None = None
    session_to: dt.date | None = None
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    due_within_days: int | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class EntryKeys:
    """The folded text of an entry that filters compare against, computed once per entry.

    Folding 100,000 entries takes about a second; a filter change must take under 100 ms, so
    the window and the CLI compute these once and keep them beside the rows.
    """

    units: tuple[str, ...]  # unit keys of lead units then collaborators, merges applied
    unit_spellings: tuple[str, ...]  # unit keys of the spellings as typed
    chair: str
    text: str


def entry_keys(entry: RegisterEntry, directory: UnitDirectory) -> EntryKeys:
    names = (*entry.lead, *entry.collaborators)
    return EntryKeys(
        units=tuple(directory.key(name) for name in names),
        unit_spellings=tuple(unit_key(name) for name in names),
        chair=fold_diacritics(entry.chair),
        text=fold_diacritics(
            " ".join(
                (entry.text, entry.session_subject, entry.document_number, entry.chair, *names)
            )
        ),
    )


def _word_start(needle: str, haystack: str) -> bool:
    return f" {haystack}".find(f" {needle}") >= 0


class RegisterMatcher:
    """A :class:`RegisterFilter` made ready to test many entries quickly on one day."""

    def __init__(self, flt: RegisterFilter, today: dt.date, directory: UnitDirectory) -> None:
        self.filter = flt
        self.today = today
        unit = (flt.unit or "").strip()
        self._unit = unit_key(unit) if unit else ""
        self._unit_group = directory.key(unit) if unit else ""
        self._chair = fold_diacritics(flt.chair or "").strip()
        self._words = fold_diacritics(flt.text or "").split()
        self._due_until = (
            today + dt.timedelta(days=flt.due_within_days)
            if flt.due_within_days is not None
            else None
        )

    @property
    def needs_keys(self) -> bool:
        """Whether :meth:`matches` reads the entry's keys (a unit, chair or text is asked)."""
        return bool(self._unit or self._chair or self._words)

    def matches(self, entry: RegisterEntry, keys: EntryKeys) -> bool:
        """Whether *entry* passes; a cancelled directive never does."""
        klass = entry.classify(self.today)
        if klass is None:
            return False
        flt = self.filter
        if flt.classes is not None and klass not in flt.classes:
            return False
        if flt.session_from is not None and entry.session_date < flt.session_from:
            return False
        if flt.session_to is not None and entry.session_date > flt.session_to:
            return False
        deadline = entry.deadline_in_force
        if flt.deadline_from is not None and (deadline is None or deadline < flt.deadline_from):
            return False
        if flt.deadline_to is not None and (deadline is None or deadline > flt.deadline_to):
            return False
        if self._due_until is not None and (
            klass is not DirectiveClass.IN_PROGRESS
            or deadline is None
            or deadline > self._due_until
        ):
            return False
        if self._unit and not (
            any(key == self._unit_group for key in keys.units)
            or any(_word_start(self._unit, key) for key in keys.unit_spellings)
        ):
            return False
        if self._chair and not _word_start(self._chair, keys.chair):
            return False
        return all(word in keys.text for word in self._words)


def filter_entries(
    entries: Iterable[RegisterEntry],
    flt: RegisterFilter,
    today: dt.date,
    directory: UnitDirectory,
) -> list[RegisterEntry]:
    """The entries that pass *flt*, in the order given (for the CLI and the report)."""
    matcher = RegisterMatcher(flt, today, directory)
    if not matcher.needs_keys:  # folding every entry's text is most of the cost
        return [e for e in entries if matcher.matches(e, _NO_KEYS)]
    return [e for e in entries if matcher.matches(e, entry_keys(e, directory))]


_NO_KEYS = EntryKeys(units=(), unit_spellings=(), chair="", text="")


# -- edits from the register -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectiveUpdate:
    """What the follow-up desk records about a directive: the CLI's options, the window's
    dialogs. Applying it returns a new Directive; the caller puts it in the session (undoably
    in the window) and the store saves the session like any other edit."""

    done_on: dt.date | None = None
    progress: str | None = None
    reference: str | None = None
    extend_to: dt.date | None = None
    extension_document: str | None = None
    on: dt.date | None = None  # the day of the progress entry or extension; today if None


def apply_update(directive: Directive, update: DirectiveUpdate, today: dt.date) -> Directive:
    """*directive* with *update* applied; raises ValueError with a Vietnamese message."""
    day = update.on or today
    changes: dict[str, object] = {}
    if update.reference and not update.progress and update.extend_to is None:
        raise ValueError("số, ký hiệu văn bản đi kèm một nội dung tiến độ hoặc một lần gia hạn")
    if update.progress is not None:
        if not update.progress.strip():
            raise ValueError("nội dung tiến độ đang để trống")
        changes["progress"] = [
            *directive.progress,
            ProgressEntry(date=day, text=update.progress.strip(),
                          reference=(update.reference or "").strip()),
        ]
    if update.extend_to is not None:
        if directive.standing:
            raise ValueError("nhiệm vụ thường xuyên không có thời hạn để gia hạn")
        current = directive.deadline_in_force
        if current is not None and update.extend_to <= current:
            raise ValueError(
                f"thời hạn mới ({update.extend_to:%d/%m/%Y}) phải sau thời hạn đang áp dụng "
                f"({current:%d/%m/%Y})"
            )
        document = update.extension_document
        if document is None and update.progress is None:
            document = update.reference
        changes["extensions"] = [
            *directive.extensions,
            DeadlineExtension(deadline=update.extend_to, date=day,
                              document=(document or "").strip()),
        ]
        if directive.deadline is None:
            changes["deadline"] = update.extend_to
            changes["extensions"] = list(directive.extensions)
    if update.done_on is not None:
        if update.done_on > today:
            raise ValueError(f"ngày hoàn thành ({update.done_on:%d/%m/%Y}) chưa đến")
        changes["completed_on"] = update.done_on
        changes["status"] = Status.DONE
    return directive.model_copy(update=changes, deep=True)
