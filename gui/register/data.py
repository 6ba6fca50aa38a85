"""The register's rows with what filtering needs, computed once, and the view of a filter.

Folding the text of 100,000 entries takes about a second and classifying them a few tenths,
so both are done once per load (on a worker thread, see ``gui.register.loader``), while a
filter change only walks lists of precomputed keys. ``compute_view`` is pure Python with no
Qt, so it can run on either thread and a benchmark can time it alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models.register import (
    ALL_CLASSES,
    ClassCounts,
    DirectiveClass,
    EntryKeys,
    ProgressNote,
    RegisterEntry,
    RegisterFilter,
    RegisterMatcher,
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
    folded: FoldedKeys | None = None
    classes: list[DirectiveClass | None] = field(default_factory=list)
    lead_keys: list[tuple[str, ...]] = field(default_factory=list)
    by_session: dict[int, array[int]] = field(default_factory=dict)
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
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per list of units
        data.lead_keys = [
            shared.get(e.lead) or shared.setdefault(e.lead, tuple(key(n) for n in e.lead))
            for e in entries
        ]
        # Lists of rows are arrays of machine ints: a list would hold an int object per row
        # (28 bytes each, 100,000 of them per list).
        for index, entry in enumerate(entries):
            rows = data.by_session.get(entry.session_id)
            if rows is None:
                rows = data.by_session[entry.session_id] = array("l")
            rows.append(index)
        data.unit_names = directory.display_names(name for e in entries for name in e.lead)
        data.urgent = urgent_counts(data)
        return data

    def compute_keys(self) -> None:
        """Fold every entry's text once (see :func:`folded_keys`)."""
        self.folded = folded_keys(self.entries, self.directory)

    def replace_entry(self, index: int, entry: RegisterEntry) -> None:
        self.entries[index] = entry
        if self.folded is not None:
            one = folded_keys([entry], self.directory)
            self.folded.keys[index] = one.keys[0]
            self.folded.texts[index] = one.texts[0]
            self.folded.session_texts[index] = one.session_texts[0]
            self.folded.names.update(one.names)
        self.classes[index] = entry.classify(self.today)
        self.lead_keys[index] = tuple(self.directory.key(name) for name in entry.lead)

    def unit_name(self, key: str) -> str:
        return self.unit_names.get(key, key)


@dataclass
class FoldedKeys:
    """The folded keys of every entry, as ``models.register.entry_keys`` makes them, with
    the free text split in three parts so the parts that recur are stored once.

    ``texts[i]`` holds the directive's own folded text; ``session_texts[i]`` the folded
    subject, number and chair of its session (one string per session); ``names`` the folded
    name of every unit spelling, looked up for the entry's units. A word of a search never holds
    a space, so it is found in the whole text exactly when it is found in one of the parts:
    ``text_matches`` answers as ``RegisterMatcher`` would. ``keys[i]`` is the rest of the
    entry's keys for the matcher (units, chair; its text left empty), one object per
    combination of units and chair. ~30 MB less than an EntryKeys per entry at 100,000.
    """

    entries: Sequence[RegisterEntry]
    keys: list[EntryKeys]
    texts: list[str]
    session_texts: list[str]
    names: dict[str, str]

    def _unit_names(self, index: int) -> list[str]:
        entry = self.entries[index]
        return [self.names[n] for n in (*entry.lead, *entry.collaborators)]

    def text_matches(self, index: int, words: Sequence[str]) -> bool:
        own, session = self.texts[index], self.session_texts[index]
        names: list[str] | None = None
        for w in words:
            if w in own or w in session:
                continue
            if names is None:
                names = self._unit_names(index)
            if not any(w in n for n in names):
                return False
        return True

    def whole_text(self, index: int) -> str:
        """The text ``entry_keys`` would give (for tests and single checks)."""
        return " ".join((self.texts[index], self.session_texts[index],
                         *self._unit_names(index)))


def folded_keys(entries: Sequence[RegisterEntry], directory: UnitDirectory) -> FoldedKeys:
    """The keys of every entry (see :class:`FoldedKeys`), folding each repeated string once:
    a session's subject, number and chair, and a unit's name, recur across thousands of
    entries; only the directive's own text is folded for every entry."""
    folded: dict[str, str] = {}

    def fold(text: str) -> str:
        found = folded.get(text)
        if found is None:
            found = folded[text] = fold_diacritics(text)
        return found

    unit_lists: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Any, ...]] = {}

    def units(lead: tuple[str, ...], collaborators: tuple[str, ...]) -> tuple[Any, ...]:
        found = unit_lists.get((lead, collaborators))
        if found is None:
            names = (*lead, *collaborators)
            for name in names:
                fold(name)  # kept in `folded`, which FoldedKeys.names is
            found = unit_lists[(lead, collaborators)] = (
                tuple(directory.key(n) for n in names),
                tuple(unit_key(n) for n in names),
            )
        return found

    sessions: dict[tuple[str, str, str], str] = {}
    shared_keys: dict[tuple[int, str], EntryKeys] = {}
    result = FoldedKeys(entries, [], [], [], folded)
    for entry in entries:
        grouped, spellings = units(entry.lead, entry.collaborators)
        chair = fold(entry.chair)
        parts = (entry.session_subject, entry.document_number, entry.chair)
        session_text = sessions.get(parts)
        if session_text is None:
            session_text = sessions[parts] = (
                f"{fold(entry.session_subject)} {fold(entry.document_number)} {chair}")
        keys = shared_keys.get((id(grouped), chair))
        if keys is None:  # (the tuple is kept alive by unit_lists, so its id stays its own)
            keys = shared_keys[(id(grouped), chair)] = EntryKeys(
                units=grouped, unit_spellings=spellings, chair=chair, text="")
        result.keys.append(keys)
        result.texts.append(fold_diacritics(entry.text))
        result.session_texts.append(session_text)

    return result


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
        if data.folded is None:
            data.compute_keys()
        folded = data.folded
        assert folded is not None
        keys = folded.keys
        # The free text is matched here on the split keys (see FoldedKeys), the rest by
        # RegisterMatcher; test_register_view checks the two select what filter_entries does.
        words = fold_diacritics(flt.register.text or "").split()
        matchers = _matchers(dataclasses.replace(
            flt, register=dataclasses.replace(flt.register, text=None)), data)
        entries = data.entries
        accepted = [
            c is not None
            and (flt.urgent_days is not None or wanted is None or c in wanted)
            and any(m.matches(entries[i], keys[i]) for m in matchers)
            and (not words or folded.text_matches(i, words))
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
        last_progress=ProgressNote.of(directive.last_progress),
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
