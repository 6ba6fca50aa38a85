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
NO_UNIT = "(Chưa giao đơn vị)"


def counts_by_unit(
    entries: Sequence[RegisterEntry], today: dt.date, directory: UnitDirectory
) -> list[tuple[str, ClassCounts]]:
    """(unit name, counts) for every lead unit of *entries*, most tasks first, then by name.

    Cancelled tasks are in no class and so in no count.
    """
    names = directory.display_names(name for e in entries for name in e.lead)
    classes: dict[str, list[DirectiveClass | None]] = {}
    for entry in entries:
        klass = entry.classify(today)
        if klass is None:
            continue
        keys = dict.fromkeys(directory.key(name) for name in entry.lead if name.strip())
        for key in keys or (NO_UNIT,):
            classes.setdefault(names.get(key, key), []).append(klass)
    rows = [(name, ClassCounts.of(found)) for name, found in classes.items()]
    rows.sort(key=lambda row: (-row[1].total, row[0]))
    return rows


def total_counts(entries: Iterable[RegisterEntry], today: dt.date) -> ClassCounts:
    return ClassCounts.of(entry.classify(today) for entry in entries)
