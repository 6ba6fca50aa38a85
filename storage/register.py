"""The register's queries: every directive as a ``RegisterEntry``, and the units directory.

Plain SQLAlchemy Core that PostgreSQL runs as well as SQLite (no SQLite-only function, no
database clock): the class of a directive depends on "today" and is computed in Python by
``models.register``, never here. Building 100,000 entries must stay well under a second, so
rows are turned into entries without validation (the values were validated when the
session was saved) and the JSON columns are parsed only when they hold something.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Select, String, cast, delete, func, select

from models.register import ProgressNote, RegisterEntry
from models.session import DeadlineExtension, Status
from models.units import UnitDirectory, unit_key
from storage.errors import UnitNameInvalid
from storage.index import UNIT_SEPARATOR
from storage.schema import directive_assignees, directives, sessions, unit_merges, unit_names

_STATUSES = {status.value: status for status in Status}

#: The order _build passes RegisterEntry's fields in; checked here so that a change in
#: models.register fails at import instead of shuffling fields.
_FIELDS = (
    "session_id", "directive_id", "position", "session_date", "session_subject",
    "session_kind", "document_number", "document_issued_on", "chair", "text", "lead",
    "collaborators", "deadline", "deadline_in_force", "extensions", "standing", "status",
    "completed_on", "last_progress",
)
if tuple(field.name for field in dataclasses.fields(RegisterEntry)) != _FIELDS:
    raise ImportError("storage.register builds RegisterEntry in an outdated field order")


class _Days(dict[str | None, dt.date | None]):
    """ISO text → date, each distinct day parsed once (a register has a few thousand)."""

    def __missing__(self, text: str | None) -> dt.date | None:
        value = self[text] = dt.date.fromisoformat(text[:10]) if text else None
        return value




def _extensions(text: str) -> tuple[DeadlineExtension, ...]:
    return tuple(
        DeadlineExtension.model_construct(
            deadline=dt.date.fromisoformat(item["deadline"]),
            date=dt.date.fromisoformat(item["date"]) if item.get("date") else None,
            document=item.get("document") or "",
        )
        for item in json.loads(text)
    )


def _as_text(column: Any) -> Any:
    """A date column read as ISO text: SQLite stores it so, PostgreSQL's CAST writes it so
    (the driver would otherwise hand PostgreSQL's dates over already made)."""
    return cast(column, String)


#: keep(status, completed_on, deadline_in_force) -> whether to build the entry at all.
Keep = Callable[[Status, dt.date | None, dt.date | None], bool]


#: Directives looked up per statement when *keep* chose a few: far below SQLite's and
#: PostgreSQL's limits on bound parameters.
_CHUNK = 900


def _ordered(statement: Select[Any]) -> Select[Any]:
    d, s = directives.c, sessions.c
    return statement.order_by(
        d.deadline_in_force.is_(None), d.deadline_in_force,
        s.date.desc(), d.session_id.desc(), d.position,
    )


def _in_period(
    statement: Select[Any], session_from: dt.date | None, session_to: dt.date | None
) -> Select[Any]:
    if session_from is not None:
        statement = statement.where(sessions.c.date >= session_from)
    if session_to is not None:
        statement = statement.where(sessions.c.date <= session_to)
    return statement


def entries(
    connection: Connection,
    session_from: dt.date | None,
    session_to: dt.date | None,
    keep: Keep | None = None,
) -> list[RegisterEntry]:
    """Every directive (cancelled ones too: the matcher drops them), ordered by deadline in
    force (none last), then newest session, then its order in the conclusion.

    *keep*, when given, is asked first from a narrow query (status, completion, deadline);
    only the directives it keeps are then read whole. Asking for the overdue tenth of a
    large register so reads a tenth of its text.
    """
    d, s = directives.c, sessions.c
    # Dates come as text and go through one cache: a register has a few thousand distinct
    # days, and SQLAlchemy's per-value date parsing cost a third of a second per 100,000.
    # What belongs to the session is read once per session, not once per directive: it
    # spares decoding 100,000 copies of the same subjects and keeps one copy in memory.
    whole = select(
        d.session_id, d.directive_id, d.position, d.text, d.assignees, d.collaborators,
        d.extensions, d.standing, d.status, d.last_progress, d.last_progress_reference,
        *(_as_text(column)
          for column in (d.deadline, d.deadline_in_force, d.completed_on, d.last_progress_on)),
    ).join(sessions, s.id == d.session_id)
    day = _Days()
    held = _sessions(connection, session_from, session_to, day)
    if keep is None:
        return _build(_stream(connection, _ordered(_in_period(whole, session_from, session_to))),
                      held, day)
    narrow = select(
        d.id, d.status, _as_text(d.completed_on),
        _as_text(d.deadline_in_force),
    )
    if session_from is not None or session_to is not None:
        narrow = _in_period(narrow.join(sessions, s.id == d.session_id), session_from, session_to)
    statuses = _STATUSES
    chosen = [
        row_id
        for row_id, status, completed_on, in_force in connection.execute(narrow)
        if keep(statuses[status], day[completed_on], day[in_force])
    ]
    rows = []
    for start in range(0, len(chosen), _CHUNK):
        rows.extend(_fetch(connection, whole.where(d.id.in_(chosen[start:start + _CHUNK]))))
    # The register's order, as _ordered gives it (ISO dates sort as text).
    rows.sort(key=lambda r: (r[12] is None, r[12] or "", -held[r[0]][0].toordinal(), -r[0], r[2]))
    return _build(rows, held, day)


#: What a directive's entry takes from its session: date, subject, kind, document number,
#: date of issue, chair.
_Held = tuple[dt.date, str, str, str, dt.date | None, str]


def _sessions(
    connection: Connection, session_from: dt.date | None, session_to: dt.date | None,
    day: _Days,
) -> dict[int, _Held]:
    s = sessions.c
    statement = _in_period(
        select(s.id, _as_text(s.date), s.subject, s.kind, s.document_number,
               _as_text(s.issued_on), s.chair),
        session_from, session_to,
    )
    return {
        session_id: (day[date], subject, kind, number, day[issued_on], chair)  # type: ignore[misc]
        for session_id, date, subject, kind, number, issued_on, chair
        in _fetch(connection, statement)
    }


def _fetch(connection: Connection, statement: Select[Any]) -> list[Any]:
    """The rows as the driver returns them (plain tuples). SQLAlchemy's Row objects cost a
    quarter of a second per 100,000 here and nothing in these columns needs its type
    processing: dates are read as text (see entries), the boolean goes through bool()."""
    rows: list[Any] = list(connection.execute(statement).cursor.fetchall())
    return rows


def _stream(connection: Connection, statement: Select[Any]) -> Iterator[Any]:
    """The rows as :func:`_fetch` gives them, a few thousand at a time: the whole register
    held as driver tuples beside the entries built from them raised the window's peak
    memory by some 20 MiB at 100,000 directives."""
    cursor = connection.execute(statement).cursor
    while batch := cursor.fetchmany(_STREAM_BATCH):
        yield from batch


_STREAM_BATCH = 5000


class _Units(dict[str, tuple[str, ...]]):
    """Column text → the unit names, one shared tuple per distinct list: 100,000 rows name
    a few hundred units, and one copy of each saves tens of MiB in the window."""

    def __missing__(self, text: str) -> tuple[str, ...]:
        value = self[text] = tuple(sys.intern(name) for name in text.split(UNIT_SEPARATOR))
        return value


def _build(rows: Iterable[Any], held: dict[int, _Held], day: _Days) -> list[RegisterEntry]:
    units = _Units({"": ()})
    ids: dict[str, str] = {}
    result: list[RegisterEntry] = []
    append = result.append
    statuses = _STATUSES
    note = ProgressNote
    Entry: Any = RegisterEntry
    for row in rows:
        (session_id, directive_id, position, text, lead, collaborators, extensions, standing,
         status, progress, progress_reference, deadline, in_force, completed_on,
         progress_on) = row
        date, subject, kind, number, issued_on, chair = held[session_id]
        append(
            Entry(  # positional, in _FIELDS' order: a third cheaper than by keyword
                session_id,
                ids.setdefault(directive_id, directive_id),  # "d1", "d2" … one copy each
                position,
                date,
                subject,
                kind,
                number,
                issued_on,
                chair,
                text,
                units[lead],
                units[collaborators],
                day[deadline],
                day[in_force],
                _extensions(extensions) if extensions else (),
                bool(standing),
                statuses[status],
                day[completed_on],
                note(day[progress_on], progress or "", progress_reference or "")  # type: ignore[arg-type]
                if progress_on is not None
                else None,
            )
        )
    return result


# -- the units directory ---------------------------------------------------------------------


def unit_directory(connection: Connection) -> UnitDirectory:
    merges = connection.execute(select(unit_merges.c.unit_key, unit_merges.c.into_key))
    names = connection.execute(select(unit_names.c.unit_key, unit_names.c.name))
    return UnitDirectory({k: v for k, v in merges}, {k: v for k, v in names})


def unit_spellings(connection: Connection) -> list[tuple[str, int]]:
    """Every lead and collaborator spelling with the number of times it is used, most used
    first (cancelled directives included: the spelling was still typed)."""
    a = directive_assignees.c
    count = func.count().label("uses")
    rows = connection.execute(
        select(a.assignee, count).group_by(a.assignee).order_by(count.desc(), a.assignee)
    )
    return [(name, int(uses)) for name, uses in rows]


def _key_of(spelling: str, what: str) -> str:
    key = unit_key(spelling)
    if not key:
        raise UnitNameInvalid(f"Tên {what} đang để trống; hãy nhập tên một cơ quan, đơn vị.")
    return key


def _upsert(connection: Connection, table: Any, key: str, **values: Any) -> None:
    """Delete then insert: the same two statements on SQLite and PostgreSQL."""
    connection.execute(delete(table).where(table.c.unit_key == key))
    connection.execute(table.insert().values(unit_key=key, **values))


def merge_units(connection: Connection, spelling: str, into: str) -> None:
    """Put *spelling*'s unit key in the unit *into* belongs to. Merging a unit into itself
    (or into a unit already merged with it) changes nothing, so no loop can be made."""
    source = _key_of(spelling, "đơn vị cần gộp")
    _key_of(into, "đơn vị gộp vào")
    target = unit_directory(connection).key(into)
    if target == source:
        connection.execute(delete(unit_merges).where(unit_merges.c.unit_key == source))
        return
    _upsert(connection, unit_merges, source, into_key=target)


def unmerge_unit(connection: Connection, spelling: str) -> None:
    """Undo the clerk's merge of *spelling*: it is grouped by the rules alone again."""
    source = _key_of(spelling, "đơn vị cần tách")
    connection.execute(delete(unit_merges).where(unit_merges.c.unit_key == source))


def name_unit(connection: Connection, spelling: str, name: str) -> None:
    """Show the unit *spelling* belongs to as *name*; a blank name goes back to the
    commonest spelling."""
    _key_of(spelling, "đơn vị")
    key = unit_directory(connection).key(spelling)
    if not name.strip():
        connection.execute(delete(unit_names).where(unit_names.c.unit_key == key))
        return
    _upsert(connection, unit_names, key, name=name.strip())
