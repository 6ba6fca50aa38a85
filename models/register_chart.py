"""The rows of the chart of classes per unit, the same for the report and the window.

A chart with three hundred bars cannot be read, so the units with most tasks that have a
deadline are drawn one by one and the rest share one last bar. Both the report's chart and
the window's take their rows from :func:`chart_rows`, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.register import ALL_CLASSES, ClassCounts

#: Units drawn one by one in a chart; the rest share one bar.
CHART_UNITS = 12
#: The bar of the units beyond :data:`CHART_UNITS`.
OTHER_UNITS = "Các cơ quan, đơn vị khác"
#: The most steps of a chart's value axis before a coarser step is taken.
MOST_STEPS = 8


def chart_rows(
    per_unit: Iterable[tuple[str, ClassCounts]], limit: int = CHART_UNITS
) -> list[tuple[str, ClassCounts]]:
    """(unit, counts) of the units with a task that has a deadline, as a chart draws them.

    Most tasks with a deadline first, then most tasks, then by name; beyond *limit* bars the
    last bar is :data:`OTHER_UNITS` with the others' counts summed. Tasks without a
    deadline are counted apart by the reports and are not drawn.
    """
    drawn = sorted(
        ((name, counts) for name, counts in per_unit if counts.with_deadline),
        key=lambda item: (-item[1].with_deadline, -item[1].total, item[0]),
    )
    if len(drawn) <= limit:
        return drawn
    keep = max(limit - 1, 0)
    rest = drawn[keep:]
    merged = ClassCounts({klass: sum(counts[klass] for _, counts in rest)
                          for klass in ALL_CLASSES})
    return [*drawn[:keep], (OTHER_UNITS, merged)]


def value_step(largest: int) -> int:
    """The step of a chart's value axis: 1, 2, 5, 10, 20, 50 … giving at most
    :data:`MOST_STEPS` steps up to *largest*, so the axis counts whole tasks."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if largest <= MOST_STEPS * power * factor:
                return power * factor
        power *= 10
