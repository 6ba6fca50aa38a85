"""The register's rows with what filtering needs, computed once, and the view of a filter.

Folding the text of 100,000 entries takes about a second and classifying them a few tenths,
so both are done once per load (on a worker thread, see ``gui.register.loader``), while a
filter change only walks lists of precomputed keys. ``compute_view`` is pure Python with no
Qt, so it can run on either thread and a benchmark can time it alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models.register import (
    ALL_CLASSES,
    ClassCounts,
    DirectiveClass,
    EntryKeys,
    RegisterEntry,
    RegisterFilter,
    RegisterMatcher,
    entry_keys,
)
from models.session import Directive
from models.text import fold_diacritics
from models.units import UnitDirectory, unit_key


@dataclass(frozen=True, slots=True)
class WindowFilter:
    """The filter bar's state: a RegisterFilter, or the "needs chasing" choice of the status
    bar notice (overdue, or due within ``urgent_days``), which one RegisterFilter cannot say."""

    register: RegisterFilter = field(default_factory=RegisterFilter)
    urgent_days: int | None = None

    @property
    def is_empty(self) -> bool:
        return self.urgent_days is None and self.register == RegisterFilter()


@dataclass
class RegisterData:
    """Entries with their classes for ``today``, the units' display names, and (once
    :meth:`compute_keys` ran) the folded keys the unit, chair and text filters compare.

    Loading is in two steps so the rows show before the slow part: classifying 100,000
    entries takes a few tenths of a second, folding their text a second or more. Both run on
    the register's one worker thread, keys after rows, so every filter job queued behind
    them finds the keys ready.
    """

    entries: list[RegisterEntry]
    directory: UnitDirectory
    today: dt.date
    keys: list[EntryKeys] | None = None
    classes: list[DirectiveClass | None] = field(default_factory=list)
    lead_keys: list[tuple[str, ...]] = field(default_factory=list)
    by_session: dict[int, list[int]] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    urgent: tuple[int, int] = (0, 0)

    @classmethod
    def build(
        cls, entries: Sequence[RegisterEntry], directory: UnitDirectory, today: dt.date
    ) -> RegisterData:
        entries = list(entries)
        data = cls(entries, directory, today)
        data.classes = [e.classify(today) for e in entries]
        key = directory.key
        data.lead_keys = [tuple(key(name) for name in e.lead) for e in entries]
        for index, entry in enumerate(entries):
            data.by_session.setdefault(entry.session_id, []).append(index)
        data.unit_names = directory.display_names(name for e in entries for name in e.lead)
        data.urgent = urgent_counts(data)
        return data

    def compute_keys(self) -> None:
        """Fold every entry's text once (see :func:`folded_keys`)."""
        self.keys = folded_keys(self.entries, self.directory)

    def replace_entry(self, index: int, entry: RegisterEntry) -> None:
        self.entries[index] = entry
        if self.keys is not None:
            self.keys[index] = entry_keys(entry, self.directory)
        self.classes[index] = entry.classify(self.today)
        self.lead_keys[index] = tuple(self.directory.key(name) for name in entry.lead)

    def unit_name(self, key: str) -> str:
        return self.unit_names.get(key, key)


def folded_keys(entries: Sequence[RegisterEntry], directory: UnitDirectory) -> list[EntryKeys]:
    """``models.register.entry_keys`` of every entry, folding each repeated string once.

    A session's subject, document number and chair, and a unit's name, recur across
    thousands of entries; folding is per character, so the folded join equals the join of
    the folded parts, and only the directive's own text is folded for every entry.
    """
    folded: dict[str, str] = {}

    def fold(text: str) -> str:
        found = folded.get(text)
        if found is None:
            found = folded[text] = fold_diacritics(text)
        return found

    # The same lists of units recur too: their keys are computed, and stored, once.
    unit_lists: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Any, ...]] = {}

    def units(lead: tuple[str, ...], collaborators: tuple[str, ...]) -> tuple[Any, ...]:
        found = unit_lists.get((lead, collaborators))
        if found is None:
            names = (*lead, *collaborators)
            found = unit_lists[(lead, collaborators)] = (
                tuple(directory.key(n) for n in names),
                tuple(unit_key(n) for n in names),
                " ".join(fold(n) for n in names),
            )
        return found

    keys = []
    for entry in entries:
        grouped, spellings, names_text = units(entry.lead, entry.collaborators)
        chair = fold(entry.chair)
        text = " ".join((fold_diacritics(entry.text), fold(entry.session_subject),
                         fold(entry.document_number), chair))
        keys.append(EntryKeys(units=grouped, unit_spellings=spellings, chair=chair,
                              text=f"{text} {names_text}" if names_text else text))
    return keys


@dataclass(frozen=True, slots=True)
class RegisterView:
    """What a filter selects: a flag per entry, the class counts, and counts per lead unit."""

    accepted: list[bool]
    counts: ClassCounts
    per_unit: list[tuple[str, ClassCounts]]  # lead units by display name, most tasks first

    @property
    def shown(self) -> int:
        return sum(self.accepted)


def _matchers(flt: WindowFilter, data: RegisterData) -> list[RegisterMatcher]:
    if flt.urgent_days is None:
        return [RegisterMatcher(flt.register, data.today, data.directory)]
    base = flt.register
    overdue = dataclasses.replace(
        base, classes=frozenset({DirectiveClass.OVERDUE}), due_within_days=None
    )
    soon = dataclasses.replace(base, classes=None, due_within_days=flt.urgent_days)
    return [
        RegisterMatcher(overdue, data.today, data.directory),
        RegisterMatcher(soon, data.today, data.directory),
    ]


def _only_classes(flt: WindowFilter) -> bool:
    """Whether the class alone decides (no matcher call needed per row)."""
    return flt.urgent_days is None and dataclasses.replace(
        flt.register, classes=None
    ) == RegisterFilter()


def compute_view(data: RegisterData, flt: WindowFilter, *, per_unit: bool = True) -> RegisterView:
    """Which entries pass *flt*, with the counts the summary line and the chart show.

    The class is precomputed, so a filter on classes alone (the common case) never calls the
    matcher; any other filter asks :class:`RegisterMatcher`, the one the CLI and the report
    use, so the window lists exactly what they count.
    """
    classes = data.classes
    wanted = flt.register.classes
    if _only_classes(flt):
        accepted = [c is not None and (wanted is None or c in wanted) for c in classes]
    else:
        if data.keys is None:
            data.compute_keys()
        keys = data.keys
        assert keys is not None
        matchers = _matchers(flt, data)
        entries = data.entries
        accepted = [
            c is not None
            and (flt.urgent_days is not None or wanted is None or c in wanted)
            and any(m.matches(entries[i], keys[i]) for m in matchers)
            for i, c in enumerate(classes)
        ]
    chosen = [c for c, ok in zip(classes, accepted, strict=True) if ok]
    tallies: dict[str, Counter[DirectiveClass]] = {}
    if per_unit:
        pairs = Counter(
            (key, klass)
            for klass, ok, keys in zip(classes, accepted, data.lead_keys, strict=True)
            if ok
            for key in keys
        )
        for (key, klass), count in pairs.items():
            assert klass is not None
            tallies.setdefault(key, Counter())[klass] += count
    units = sorted(tallies.items(), key=lambda item: (-item[1].total(), data.unit_name(item[0])))
    return RegisterView(
        accepted,
        ClassCounts.of(chosen),
        [
            (data.unit_name(key), ClassCounts({c: tally.get(c, 0) for c in ALL_CLASSES}))
            for key, tally in units
        ],
    )


def updated_entry(entry: RegisterEntry, directive: Directive) -> RegisterEntry:
    """*entry* as it stands after its directive was edited in the open session."""
    return dataclasses.replace(
        entry,
        text=directive.text,
        lead=tuple(directive.assignees),
        collaborators=tuple(directive.collaborators),
        deadline=directive.deadline,
        deadline_in_force=directive.deadline_in_force,
        extensions=tuple(directive.extensions),
        standing=directive.standing,
        status=directive.status,
        completed_on=directive.completed_on,
        last_progress=directive.last_progress,
    )


def urgent_counts(data: RegisterData, days: int = 7) -> tuple[int, int]:
    """(overdue, due within *days*): what the status bar tells the clerk at start."""
    overdue = soon = 0
    until = data.today + dt.timedelta(days=days)
    for entry, klass in zip(data.entries, data.classes, strict=True):
        if klass is DirectiveClass.OVERDUE:
            overdue += 1
        elif (
            klass is DirectiveClass.IN_PROGRESS
            and entry.deadline_in_force is not None
            and entry.deadline_in_force <= until
        ):
            soon += 1
    return overdue, soon
