"""The index rows kept beside a session's document: what the register lists without parsing it.

Used by every save and by the migration to schema 2, which rebuilds these rows from the
stored documents (the document is the truth; the rows are derived and can be remade).
A row holds the values as the database hands them back (dates as ``date``, lists as JSON
text), so comparing the wanted rows with the stored ones finds exactly what changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, select
from sqlalchemy import insert as sql_insert
from sqlalchemy import update as sql_update

from models import Session
from models.session import Directive
from models.units import unit_key
from storage.schema import COLLABORATOR, LEAD, directive_assignees, directives
from storage.search import words

#: A directive's index row without its keys: column name → value as stored.
DirectiveValues = dict[str, Any]

_COLUMNS = (
    "position", "text", "assignees", "collaborators", "deadline", "deadline_in_force",
    "standing", "status", "completed_on", "extensions", "last_progress_on", "last_progress",
    "last_progress_reference",
)


def chair_label(session: Session) -> str:
    """The chair as a Thông báo names them: the short title (last part of the position)
    and the name, "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"."""
    chair = session.chair
    if chair is None:
        return ""
    parts = [part.strip() for part in chair.position.split(",") if part.strip()]
    title = parts[-1] if parts else ""
    return " ".join(part for part in (title, chair.name.strip()) if part)


def session_columns(session: Session) -> dict[str, Any]:
    return {
        "chair": chair_label(session),
        "document_number": session.document.number.strip(),
        "issued_on": session.document.issued_on,
    }


#: Between the unit names of one directive in the ``assignees`` and ``collaborators``
#: columns. A session's text can never hold it (``models.text.normalize_text`` drops the
#: characters XML forbids), and splitting on it is ten times cheaper than parsing JSON,
#: which mattered for 100,000 rows read at once.
UNIT_SEPARATOR = "\x1f"


def join_units(names: list[str]) -> str:
    """The column text; blank names are left out (they name no unit)."""
    return UNIT_SEPARATOR.join(name for name in names if name.strip())


def split_units(text: str) -> tuple[str, ...]:
    return tuple(text.split(UNIT_SEPARATOR)) if text else ()


def directive_values(position: int, item: Directive) -> DirectiveValues:
    last = item.last_progress
    extensions = (
        json.dumps(
            [
                {"deadline": e.deadline.isoformat(),
                 "date": e.date.isoformat() if e.date else None,
                 "document": e.document}
                for e in item.extensions
            ],
            ensure_ascii=False,
        )
        if item.extensions
        else ""
    )
    return {
        "position": position,
        "text": item.text,
        "assignees": join_units(item.assignees),
        "collaborators": join_units(item.collaborators),
        "deadline": item.deadline,
        "deadline_in_force": item.deadline_in_force,
        "standing": item.standing,
        "status": item.status.value,
        "completed_on": item.completed_on,
        "extensions": extensions,
        "last_progress_on": last.date if last else None,
        "last_progress": last.text if last else None,
        "last_progress_reference": last.reference if last else None,
    }


def directive_rows(session: Session) -> dict[str, DirectiveValues]:
    """Index rows by directive id; a duplicate id (an error the window shows) keeps the first."""
    rows: dict[str, DirectiveValues] = {}
    for position, item in enumerate(session.conclusion.directives):
        if item.id not in rows:
            rows[item.id] = directive_values(position, item)
    return rows


def directives_hash(rows: dict[str, DirectiveValues]) -> str:
    """What ``save`` compares to skip re-indexing when no directive changed."""
    return hashlib.sha256(repr(sorted(rows.items())).encode("utf-8")).hexdigest()


def _assignee_rows(session_id: int, key: str, values: DirectiveValues) -> list[dict[str, Any]]:
    rows = []
    for role, column in ((LEAD, "assignees"), (COLLABORATOR, "collaborators")):
        for name in dict.fromkeys(split_units(values[column])):
            if name.strip():
                rows.append({
                    "session_id": session_id, "directive_id": key, "role": role,
                    "assignee": name, "assignee_key": " ".join(words(name)),
                    "unit_key": unit_key(name),
                })
    return rows


def index_directives(
    connection: Connection, session_id: int, wanted: dict[str, DirectiveValues]
) -> None:
    """Make the directive rows of a session match *wanted*, touching only what differs."""
    existing = {
        row.directive_id: {name: getattr(row, name) for name in _COLUMNS}
        for row in connection.execute(
            select(directives.c.directive_id, *(directives.c[name] for name in _COLUMNS))
            .where(directives.c.session_id == session_id)
        )
    }
    gone = [key for key in existing if key not in wanted]
    added = [key for key in wanted if key not in existing]
    changed = [key for key in wanted if key in existing and existing[key] != wanted[key]]
    if gone:
        connection.execute(
            delete(directives).where(
                directives.c.session_id == session_id, directives.c.directive_id.in_(gone)
            )
        )
    if added:
        connection.execute(
            sql_insert(directives),
            [{"session_id": session_id, "directive_id": key, **wanted[key]} for key in added],
        )
    if changed:
        connection.execute(
            sql_update(directives).where(
                and_(
                    directives.c.session_id == bindparam("b_session"),
                    directives.c.directive_id == bindparam("b_directive"),
                )
            ),
            [{"b_session": session_id, "b_directive": key, **wanted[key]} for key in changed],
        )
    retagged = [
        key for key in changed
        if (existing[key]["assignees"], existing[key]["collaborators"])
        != (wanted[key]["assignees"], wanted[key]["collaborators"])
    ]
    if retagged:
        connection.execute(
            delete(directive_assignees).where(
                directive_assignees.c.session_id == session_id,
                directive_assignees.c.directive_id.in_(retagged),
            )
        )
    assignee_rows = [
        row for key in [*added, *retagged] for row in _assignee_rows(session_id, key, wanted[key])
    ]
    if assignee_rows:
        connection.execute(sql_insert(directive_assignees), assignee_rows)
