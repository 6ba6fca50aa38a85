"""The tables, the schema version and the migrations between versions.

A session is kept whole as its validated JSON document (``sessions.document``, the same text
as an exported file) plus the columns and side tables that listing and searching need. The
document is the truth; everything else is an index rebuilt from it on save.

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
    select,
    text,
)

from storage import db
from storage.errors import StoreCorrupt, StoreTooNew
from storage.location import sqlite_uri
from storage.search import session_key

SCHEMA_VERSION: Final = 2

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
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("directive_id", Text, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("assignees", Text, nullable=False),  # JSON list, as written in the session
    Column("deadline", Date, nullable=True, index=True),
    Column("status", String(16), nullable=False, index=True),
)

directive_assignees = Table(
    "directive_assignees",
    metadata,
    Column("session_id", Integer, primary_key=True),
    Column("directive_id", Text, primary_key=True),
    Column("assignee", Text, primary_key=True),
    Column("assignee_key", Text, nullable=False, index=True),  # folded: no case, no diacritics
    ForeignKeyConstraint(
        ["session_id", "directive_id"],
        ["directives.session_id", "directives.directive_id"],
        ondelete="CASCADE",
    ),
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
MIGRATIONS: dict[int, Migration] = {1: _people_in_search_keys}


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
