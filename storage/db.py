"""The one place that talks to SQLite: engine, PRAGMAs, transactions, known-error translation.

Everything else in ``storage`` goes through ``transaction()``, so later reliability work (the
daily backup with SQLite's backup API, moving a corrupt file aside, crash tests of autosave)
has a single seam to build on.

Why the begin/connect hooks: Python's sqlite3 driver opens transactions lazily and never before
DDL, so by default a migration would not be atomic. SQLAlchemy's documented recipe hands
transaction control back to us (``isolation_level = None``) and emits ``BEGIN`` itself; writes
use ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of one failing with
SQLITE_BUSY when it upgrades a read lock in WAL mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from storage.sqlite_errors import translate

#: Seconds a writer waits for another one before the user is told the file is locked.
BUSY_TIMEOUT_S = 5.0

_BEGIN_OPTION = "thuky_begin"

def create_sqlite_engine(path: Path) -> Engine:
    """An engine on *path* whose every connection runs in WAL mode with synchronous=FULL.

    FULL (not NORMAL) because a clerk's power cut must not lose the last committed edit.
    """
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))

    return engine


@contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's known failures into ``StoreError``s with a sentence for the user."""
    try:
        yield
    except DBAPIError as error:
        translated = translate(error.orig, path)
        if translated is None:
            raise
        raise translated from error
    except sqlite3.Error as error:  # raised by the raw driver, e.g. inside the connect hook
        translated = translate(error, path)
        if translated is None:
            raise
        raise translated from error


@contextmanager
def transaction(engine: Engine, path: Path, *, write: bool = False) -> Iterator[Connection]:
    """One SQLite transaction: committed when the block ends, rolled back if it raises.

    ``write=True`` takes the write lock up front (``BEGIN IMMEDIATE``); readers use a plain
    ``BEGIN`` so they see one consistent snapshot.
    """
    with known_errors(path), engine.connect() as connection:
        connection.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE" if write else "BEGIN"})
        with connection.begin():
            yield connection
