"""The tables, the schema version and the migrations between versions.

A session is kept whole as its validated JSON document (``sessions.document``, the same text
as an exported file) plus the columns and side tables that listing and searching need. The
document is the truth; everything else is an index rebuilt from it on save.

Version 2 (the directive register) gives the directive index what the register lists
(collaborators, standing, deadline in force, completion, extensions, last progress), gives
sessions their chair and document number, tags assignee rows with their role and unit key,
and adds the units directory (the clerk's merges and chosen names). Its migration rebuilds
the index rows from the stored documents, since they are only an index.

The version lives in ``PRAGMA user_version``. A new database is created at the current
version directly; an older one is upgraded step by step by ``MIGRATIONS``, all inside one
transaction so a failed upgrade leaves the file as it was. A newer one is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    inspect,
    select,
    text,
    update,
)

from storage import db
from storage.errors import StoreCorrupt, StoreTooNew
from storage.location import sqlite_uri
from storage.search import session_key

SCHEMA_VERSION: Final = 3

metadata = MetaData()

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("date", Date, nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("subject", Text, nullable=False),
    Column("counterpart", Text, nullable=False),
    # " "-separated folded words (no diacritics) of subject, counterpart and date forms.
    Column("search_key", Text, nullable=False),
    Column("document", Text, nullable=False),
    # As the Thông báo prints them: the chair's title and name, its number and date.
    Column("chair", Text, nullable=False, server_default=""),
    Column("document_number", Text, nullable=False, server_default=""),
    Column("issued_on", Date, nullable=True),
    # Hashes that let save() skip work: the whole document, the directives, the people.
    Column("document_hash", String(64), nullable=False),
    Column("directives_hash", String(64), nullable=False),
    Column("people_hash", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    sqlite_autoincrement=True,  # an id printed by `list` never comes back for another session
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "session_id", Integer, ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False
    ),
    Column("saved_at", DateTime, nullable=False),
    Column("document", Text, nullable=False),
    Index("ix_revisions_session", "session_id", "id"),
    sqlite_autoincrement=True,
)

directives = Table(
    "directives",
    metadata,
    # A surrogate key: the register reads a chosen few thousand rows by it (an integer IN
    # list, which both SQLite and PostgreSQL look up by index; a (session, id) pair list
    # made SQLite scan the table).
    Column("id", Integer, primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("directive_id", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    # The lead units and the helping units as written, joined by index.UNIT_SEPARATOR.
    Column("assignees", Text, nullable=False),
    Column("collaborators", Text, nullable=False, server_default=""),
    Column("deadline", Date, nullable=True, index=True),  # the original deadline
    # After extensions; None for a standing task. Classification happens in Python only.
    Column("deadline_in_force", Date, nullable=True, index=True),
    Column("standing", Boolean, nullable=False, server_default=false()),
    Column("status", String(16), nullable=False, index=True),
    Column("completed_on", Date, nullable=True, index=True),
    # JSON list of {deadline, date, document}, "" when never extended (most rows).
    Column("extensions", Text, nullable=False, server_default=""),
    Column("last_progress_on", Date, nullable=True),
    Column("last_progress", Text, nullable=True),
    Column("last_progress_reference", Text, nullable=True),
    UniqueConstraint("session_id", "directive_id"),
)

#: The role of an assignee row: the unit in charge (chủ trì) or one that helps (phối hợp).
LEAD: Final = "lead"
COLLABORATOR: Final = "collaborator"

directive_assignees = Table(
    "directive_assignees",
    metadata,
    Column("session_id", Integer, primary_key=True),
    Column("directive_id", Text, primary_key=True),
    Column("role", String(16), primary_key=True),
    Column("assignee", Text, primary_key=True),
    Column("assignee_key", Text, nullable=False, index=True),  # folded: no case, no diacritics
    Column("unit_key", Text, nullable=False, index=True),  # models.units.unit_key
    ForeignKeyConstraint(
        ["session_id", "directive_id"],
        ["directives.session_id", "directives.directive_id"],
        ondelete="CASCADE",
    ),
)

#: The clerk's merges of units the rules could not group: one unit key into another.
unit_merges = Table(
    "unit_merges",
    metadata,
    Column("unit_key", Text, primary_key=True),
    Column("into_key", Text, nullable=False),
)

#: The name the clerk chose to show a unit by (else its commonest spelling is shown).
unit_names = Table(
    "unit_names",
    metadata,
    Column("unit_key", Text, primary_key=True),
    Column("name", Text, nullable=False),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("position", Text, nullable=False),
    Column("organization", Text, nullable=False),
    Column("name_key", Text, nullable=False),  # " nguyen van a": folded words of the name
    Column("search_key", Text, nullable=False),  # name, position and organization words
    Column("last_used", DateTime, nullable=False),
    UniqueConstraint("name", "position", "organization"),
)

issuers = Table(
    "issuers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parent", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("symbol", Text, nullable=False),
    Column("place", Text, nullable=False),
    # The clerk's correction of the name as sentences print it (Issuer.name_in_text).
    Column("name_in_text", Text, nullable=False, server_default=""),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("parent", "name", "symbol"),
)

_FOREIGN_TABLES: Final = "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
_FOREIGN: Final = "tệp chứa dữ liệu của một chương trình khác"

Migration = Callable[[Connection], None]

def _people_in_search_keys(connection: Connection) -> None:
    """Version 2: a session's search key holds the names of the people who took part."""
    rows = connection.execute(select(sessions.c.id, sessions.c.document)).all()
    for row in rows:
        try:
            data = json.loads(row.document)
            key = session_key(
                str(data.get("subject", "")), str(data.get("counterpart", "")),
                dt.date.fromisoformat(data["date"]),
                [str(a.get("name", "")) for a in data.get("attendees", [])],
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a document the store cannot read keeps its old key; load reports it
        connection.execute(
            sessions.update().where(sessions.c.id == row.id).values(search_key=key)
        )


#: MIGRATIONS[n] upgrades a database from version n to n + 1. Version 0 is an empty file,
#: handled by creating the current schema; add entries here when SCHEMA_VERSION grows.
def _to_2(connection: Connection) -> None:
    """Schema 1 → 2: sessions gain chair and document columns, the directive index is
    remade with the register's fields, the units directory tables appear; every index row
    is rebuilt from the stored document (a document that no longer parses gets none, and
    ``Store.load`` explains it when it is opened)."""
    from models import SessionInvalid, parse_json  # the index needs the models; lazily,
    from storage import index  # as storage.index imports this module

    for ddl in (
        "ALTER TABLE sessions ADD COLUMN chair TEXT DEFAULT '' NOT NULL",
        "ALTER TABLE sessions ADD COLUMN document_number TEXT DEFAULT '' NOT NULL",
        "ALTER TABLE sessions ADD COLUMN issued_on DATE",
    ):
        connection.exec_driver_sql(ddl)
    directive_assignees.drop(connection)
    directives.drop(connection)
    for table in (directives, directive_assignees, unit_merges, unit_names):
        table.create(connection)
    for row in connection.execute(select(sessions.c.id, sessions.c.document)).all():
        try:
            session = parse_json(row.document, allow_errors=True).session
        except SessionInvalid:
            continue
        rows = index.directive_rows(session)
        index.index_directives(connection, row.id, rows)
        connection.execute(
            update(sessions).where(sessions.c.id == row.id).values(
                directives_hash=index.directives_hash(rows), **index.session_columns(session)
            )
        )


def _to_3(connection: Connection) -> None:
    """Schema 2 → 3: people in the search keys; issuer profiles keep the name in sentences."""
    _people_in_search_keys(connection)
    columns = {column["name"] for column in inspect(connection).get_columns("issuers")}
    if "name_in_text" not in columns:
        connection.exec_driver_sql(
            "ALTER TABLE issuers ADD COLUMN name_in_text TEXT DEFAULT '' NOT NULL"
        )


MIGRATIONS: dict[int, Migration] = {1: _to_2, 2: _to_3}


def user_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def refuse_foreign(path: Path) -> None:
    """Raise ``StoreCorrupt`` if an existing *path* is not a Thư ký database, before the
    engine opens it: its first connection switches the file to WAL, and another program's
    database (or a damaged file, which is moved aside whole) must keep its bytes exactly."""
    uri = sqlite_uri(path, "ro")
    connection = sqlite3.connect(uri, uri=True, timeout=db.BUSY_TIMEOUT_S)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute(_FOREIGN_TABLES).fetchone()[0]
    finally:
        connection.close()
    if version == 0 and tables:
        raise StoreCorrupt(path, _FOREIGN)


def migrate(connection: Connection, path: Path) -> None:
    """Bring the database to ``SCHEMA_VERSION``; run inside a write transaction."""
    found = user_version(connection)
    if found == SCHEMA_VERSION:
        return
    if found > SCHEMA_VERSION:
        raise StoreTooNew(path, found, SCHEMA_VERSION)
    if found == 0:
        if connection.exec_driver_sql(_FOREIGN_TABLES).scalar_one():
            raise StoreCorrupt(path, _FOREIGN)
        metadata.create_all(connection)
    else:
        for version in range(found, SCHEMA_VERSION):
            MIGRATIONS[version](connection)
    connection.execute(text(f"PRAGMA user_version = {int(SCHEMA_VERSION)}"))
