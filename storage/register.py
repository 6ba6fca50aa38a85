"""The register's queries: every directive as a ``RegisterEntry``, and the units directory.

Plain SQLAlchemy Core that PostgreSQL runs as well as SQLite (no SQLite-only function, no
database clock): the class of a directive depends on "today" and is computed in Python by
``models.register``, never here. Building 100,000 entries must stay well under a second, so
rows are turned into entries without validation (the values were validated when the
session was saved) and the JSON columns are parsed only when they hold something.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, String, delete, func, select, type_coerce

from models.register import RegisterEntry
from models.session import DeadlineExtension, ProgressEntry, Status
from models.units import UnitDirectory, unit_key
from storage.errors import UnitNameInvalid
from storage.schema import directive_assignees, directives, sessions, unit_merges, unit_names

_STATUSES = {status.value: status for status in Status}


class _Days(dict[str | None, dt.date | None]):
    """ISO text → date, each distinct day parsed once (a register has a few thousand)."""

    def __missing__(self, text: str | None) -> dt.date | None:
        value = self[text] = dt.date.fromisoformat(text[:10]) if text else None
        return value


class _Names(dict[str, tuple[str, ...]]):
    """A JSON list of units → tuple, each distinct list parsed once (units repeat)."""

    def __missing__(self, text: str) -> tuple[str, ...]:
        value = self[text] = tuple(json.loads(text))
        return value


def _extensions(text: str) -> tuple[DeadlineExtension, ...]:
    if not text:
        return ()
    return tuple(
        DeadlineExtension.model_construct(
            deadline=dt.date.fromisoformat(item["deadline"]),
            date=dt.date.fromisoformat(item["date"]) if item.get("date") else None,
            document=item.get("document") or "",
        )
        for item in json.loads(text)
    )


def entries(
    connection: Connection, session_from: dt.date | None, session_to: dt.date | None
) -> list[RegisterEntry]:
    """Every directive (cancelled ones too: the matcher drops them), ordered by deadline in
    force (none last), then newest session, then its order in the conclusion."""
    d, s = directives.c, sessions.c
    # Dates come as text and go through one cache: a register has a few thousand distinct
    # days, and SQLAlchemy's per-value date parsing cost a third of a second per 100,000.
    raw_dates = [
        type_coerce(column, String)
        for column in (s.date, s.issued_on, d.deadline, d.deadline_in_force, d.completed_on,
                       d.last_progress_on)
    ]
    statement = (
        select(
            d.session_id, d.directive_id, d.position, s.subject, s.kind, s.document_number,
            s.chair, d.text, d.assignees, d.collaborators, d.extensions, d.standing, d.status,
            d.last_progress, d.last_progress_reference, *raw_dates,
        )
        .join(sessions, s.id == d.session_id)
        .order_by(
            d.deadline_in_force.is_(None), d.deadline_in_force,
            s.date.desc(), d.session_id.desc(), d.position,
        )
    )
    if session_from is not None:
        statement = statement.where(s.date >= session_from)
    if session_to is not None:
        statement = statement.where(s.date <= session_to)
    day = _Days()
    listed = _Names()
    result: list[RegisterEntry] = []
    append = result.append
    statuses = _STATUSES
    construct_progress = ProgressEntry.model_construct
    for row in connection.execute(statement).all():
        (session_id, directive_id, position, subject, kind, number, chair, text, lead,
         collaborators, extensions, standing, status, progress, progress_reference,
         date, issued_on, deadline, in_force, completed_on, progress_on) = row
        append(
            RegisterEntry(
                session_id=session_id,
                directive_id=directive_id,
                position=position,
                session_date=day[date],  # type: ignore[arg-type]
                session_subject=subject,
                session_kind=kind,
                document_number=number,
                document_issued_on=day[issued_on],
                chair=chair,
                text=text,
                lead=listed[lead],
                collaborators=listed[collaborators],
                deadline=day[deadline],
                deadline_in_force=day[in_force],
                extensions=_extensions(extensions),
                standing=bool(standing),
                status=statuses[status],
                completed_on=day[completed_on],
                last_progress=(
                    construct_progress(
                        date=day[progress_on], text=progress or "",  # type: ignore[arg-type]
                        reference=progress_reference or "",
                    )
                    if progress_on is not None
                    else None
                ),
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
