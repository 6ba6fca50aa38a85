"""The register's counts per unit: one row per unit however its name was spelt.

Government reports count a task under its lead unit (đơn vị chủ trì); helpers (phối hợp)
are not counted. A task with two lead units counts once for each. Spellings are grouped by
the units directory (rules, then the clerk's merges) and shown by its display name, so one
unit never splits into several rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from models.register import ClassCounts, DirectiveClass, RegisterEntry
from models.units import UnitDirectory

#: The row of the tasks given to no unit.
NO_UNIT = "(Chưa ghi đơn vị chủ trì)"


def counts_by_unit(
    entries: Sequence[RegisterEntry], today: dt.date, directory: UnitDirectory
) -> list[tuple[str, ClassCounts]]:
    """(unit name, counts) for every lead unit of *entries*, in the order reports list them
    (see :func:`counts_of_classified`). Cancelled tasks are in no class and so in no count.
    """
    classified = ((e, e.classify(today)) for e in entries)
    return counts_of_classified([(e, c) for e, c in classified if c is not None], directory)


def counts_of_classified(
    pairs: Sequence[tuple[RegisterEntry, DirectiveClass]], directory: UnitDirectory
) -> list[tuple[str, ClassCounts]]:
    """The same from entries already classified (the progress report has them): most tasks
    with a deadline first, then most tasks, then by name."""
    names = directory.display_names(name for e, _ in pairs for name in e.lead)
    classes: dict[str, list[DirectiveClass]] = {}
    for entry, klass in pairs:
        keys = dict.fromkeys(directory.key(name) for name in entry.lead if name.strip())
        for key in keys or ("",):
            classes.setdefault(key, []).append(klass)
    rows = [(names.get(key, "") or NO_UNIT, ClassCounts.of(found))
            for key, found in classes.items()]
    rows.sort(key=lambda row: (-row[1].with_deadline, -row[1].total, row[0]))
    return rows


def total_counts(entries: Iterable[RegisterEntry], today: dt.date) -> ClassCounts:
    return ClassCounts.of(entry.classify(today) for entry in entries)
