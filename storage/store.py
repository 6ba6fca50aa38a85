"""The store: sessions with their revisions, the directive index, people and issuer profiles.

The window calls ``save()`` after every edit, so saving is cheap and idempotent: identical
content is recognised by its hash and costs one indexed read, and a changed session rewrites
only the index rows that changed (one edited directive updates one directive row).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from sqlalchemy import Connection, Engine, Insert, Table, case, delete, select
from sqlalchemy import insert as sql_insert
from sqlalchemy import update as sql_update
from sqlalchemy.dialects import postgresql, sqlite

from models import Issuer, Kind, Session, SessionInvalid, dump_json, parse_json
from models.os_errors import os_reason
from models.register import DirectiveUpdate, RegisterEntry, apply_update
from models.units import UnitDirectory
from storage import index, register, schema
from storage.db import create_sqlite_engine, known_errors, transaction
from storage.errors import DirectiveNotFound, DirectiveUpdateRefused, SessionNotFound, StoreError
from storage.location import DB_NAME, resolve_data_dir
from storage.records import Person, RevisionInfo, SessionSummary
from storage.schema import (
    issuers,
    people,
    revisions,
    sessions,
)
from storage.search import LIKE_ESCAPE, search_key, session_key, word_start_pattern, words

#: Revisions kept per session, every one of them; older ones are thinned on save.
KEEP_REVISIONS: Final = 50
#: Beyond the newest KEEP_REVISIONS, one revision (the last) is kept per interval of this
#: length. Autosave writes a revision every second or so of typing, so the newest 50 cover
#: under a minute; the thinned ones let a clerk go back to how the session was twenty
#: minutes or three days ago (a two-hour meeting keeps ~12 more).
REVISION_INTERVAL: Final = dt.timedelta(minutes=10)

def _utcnow() -> dt.datetime:
    """Naive UTC for the database (SQLite keeps no zone); ``_aware`` adds it back on reading."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _thinned(newest_first: Sequence[tuple[int, dt.datetime]]) -> list[int]:
    """Revision ids to delete: every one past the newest KEEP_REVISIONS except the last of
    each REVISION_INTERVAL that the kept ones do not already cover.

    Computed here rather than in SQL so the same code runs on SQLite and PostgreSQL.
    """
    step = REVISION_INTERVAL.total_seconds()

    def interval(saved_at: dt.datetime) -> int:
        return int(saved_at.replace(tzinfo=dt.UTC).timestamp() // step)

    covered = {interval(saved_at) for _, saved_at in newest_first[:KEEP_REVISIONS]}
    doomed = []
    for revision_id, saved_at in newest_first[KEEP_REVISIONS:]:
        key = interval(saved_at)
        if key in covered:
            doomed.append(revision_id)
        else:
            covered.add(key)  # the newest of its interval stays; older ones in it go
    return doomed


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _people(session: Session) -> list[tuple[str, str, str]]:
    """Named attendees as (name, position, organization); delegation lines have no name."""
    found = {
        (a.name.strip(), a.position.strip(), a.organization.strip())
        for a in session.attendees
        if not a.is_delegation
    }
    return sorted(found)


class Store(AbstractContextManager["Store"]):
    """All persistent data of one user, in ``data_dir / thuky.sqlite3``. Open with ``open()``."""

    def __init__(self, data_dir: Path, path: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = path
        self._engine = engine

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Store:
        """Open (creating or upgrading) the store; raises ``StoreError`` for known problems."""
        folder = resolve_data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"Không tạo được thư mục dữ liệu {folder}: {os_reason(error)}."
            ) from None
        if not folder.is_dir():
            raise StoreError(f"{folder} không phải là một thư mục; hãy chọn thư mục dữ liệu khác.")
        path = folder / DB_NAME
        if path.is_file() and path.stat().st_size:
            with known_errors(path):
                schema.refuse_foreign(path)
        store = cls(folder, path, create_sqlite_engine(path))
        try:
            with store._read() as connection:
                current = schema.user_version(connection)
            if current != schema.SCHEMA_VERSION:
                with store._write() as connection:
                    schema.migrate(connection, path)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _read(self) -> AbstractContextManager[Connection]:
        return transaction(self._engine, self.path)

    def _write(self) -> AbstractContextManager[Connection]:
        return transaction(self._engine, self.path, write=True)

    # -- sessions --------------------------------------------------------------------------

    def save(self, session: Session, session_id: int | None = None) -> int:
        """Insert (``session_id`` None) or update a session; return its id.

        Identical content writes nothing. Changed content updates the row, adds a revision
        (keeping the newest ``KEEP_REVISIONS`` and, before them, the last revision of every
        ``REVISION_INTERVAL``) and refreshes the index rows that changed.
        """
        document = dump_json(session, compact=True)
        document_hash = _digest(document)
        with self._write() as connection:
            previous = None
            if session_id is not None:
                previous = connection.execute(
                    select(sessions.c.document_hash, sessions.c.directives_hash,
                           sessions.c.people_hash).where(sessions.c.id == session_id)
                ).first()
                if previous is None:
                    raise SessionNotFound(session_id)
                if previous.document_hash == document_hash:
                    return session_id
            now = _utcnow()
            directive_rows = index.directive_rows(session)
            directives_hash = index.directives_hash(directive_rows)
            named = _people(session)
            people_hash = _digest(json.dumps(named, ensure_ascii=False))
            values: dict[str, Any] = {
                "date": session.date,
                "kind": session.kind.value,
                "subject": session.subject,
                "counterpart": session.counterpart,
                "search_key": session_key(
                    session.subject, session.counterpart, session.date,
                    (a.name for a in session.attendees),
                ),
                "document": document,
                **index.session_columns(session),
                "document_hash": document_hash,
                "directives_hash": directives_hash,
                "people_hash": people_hash,
                "updated_at": now,
            }
            if session_id is None:
                result = connection.execute(sql_insert(sessions).values(created_at=now, **values))
                inserted = result.inserted_primary_key
                assert inserted is not None  # an INSERT of one row always reports its key
                session_id = int(inserted[0])
            else:
                connection.execute(
                    sql_update(sessions).where(sessions.c.id == session_id).values(**values)
                )
            self._add_revision(connection, session_id, document, now)
            if previous is None or previous.directives_hash != directives_hash:
                index.index_directives(connection, session_id, directive_rows)
            if named and (previous is None or previous.people_hash != people_hash):
                _remember_people(connection, named, now)
        return session_id

    def load(self, session_id: int) -> Session:
        """The session as saved; raises ``SessionNotFound``."""
        with self._read() as connection:
            document = connection.execute(
                select(sessions.c.document).where(sessions.c.id == session_id)
            ).scalar_one_or_none()
        if document is None:
            raise SessionNotFound(session_id)
        return self._parse(document, f"phiên làm việc số {session_id}")

    def delete(self, session_id: int) -> None:
        """Remove a session with its revisions and directives; people stay in the directory."""
        with self._write() as connection:
            result = connection.execute(delete(sessions).where(sessions.c.id == session_id))
            if result.rowcount == 0:
                raise SessionNotFound(session_id)

    def list_sessions(self, query: str = "") -> list[SessionSummary]:
        """Sessions, newest date first; every word of *query* must start a word of the subject,
        the counterpart, the date ("cao lanh", "04/3/2024", "2024-03-04", "3/2024") or an
        attendee's name ("nghia")."""
        statement = select(
            sessions.c.id, sessions.c.date, sessions.c.kind, sessions.c.subject,
            sessions.c.counterpart, sessions.c.updated_at,
        ).order_by(sessions.c.date.desc(), sessions.c.id.desc())
        for word in words(query):
            statement = statement.where(
                sessions.c.search_key.like(word_start_pattern([word]), escape=LIKE_ESCAPE)
            )
        with self._read() as connection:
            rows = connection.execute(statement).all()
        return [
            SessionSummary(
                id=row.id,
                date=row.date,
                kind=Kind(row.kind),
                subject=row.subject,
                counterpart=row.counterpart,
                updated_at=_aware(row.updated_at),
            )
            for row in rows
        ]

    # -- revisions -------------------------------------------------------------------------

    @staticmethod
    def _add_revision(
        connection: Connection, session_id: int, document: str, now: dt.datetime
    ) -> None:
        connection.execute(
            sql_insert(revisions).values(session_id=session_id, saved_at=now, document=document)
        )
        # Only the revision that just fell out of the newest KEEP_REVISIONS can newly be due:
        # older ones were thinned when they were in its place (so a save never reads more
        # than KEEP_REVISIONS + 1 rows, however long the session has been edited).
        rows = connection.execute(
            select(revisions.c.id, revisions.c.saved_at)
            .where(revisions.c.session_id == session_id)
            .order_by(revisions.c.id.desc())
            .limit(KEEP_REVISIONS + 1)
        ).all()
        doomed = _thinned([(row.id, row.saved_at) for row in rows])
        if doomed:
            connection.execute(delete(revisions).where(revisions.c.id.in_(doomed)))

    def revisions(self, session_id: int) -> list[RevisionInfo]:
        """Saved states of a session, newest first (the newest is the current state)."""
        with self._read() as connection:
            rows = connection.execute(
                select(revisions.c.id, revisions.c.saved_at)
                .where(revisions.c.session_id == session_id)
                .order_by(revisions.c.id.desc())
            ).all()
        return [RevisionInfo(row.id, session_id, _aware(row.saved_at)) for row in rows]

    def load_revision(self, revision_id: int) -> Session:
        with self._read() as connection:
            document = connection.execute(
                select(revisions.c.document).where(revisions.c.id == revision_id)
            ).scalar_one_or_none()
        if document is None:
            raise SessionNotFound(revision_id, "bản lưu")
        return self._parse(document, f"bản lưu số {revision_id}")

    def revision_document(self, revision_id: int) -> dict[str, Any]:
        """A saved state as its JSON document, unvalidated: for comparing states (the
        revisions list), where validating each of a large session would take too long."""
        with self._read() as connection:
            document = connection.execute(
                select(revisions.c.document).where(revisions.c.id == revision_id)
            ).scalar_one_or_none()
        if document is None:
            raise SessionNotFound(revision_id, "bản lưu")
        try:
            data = json.loads(document)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise StoreError(f"Không đọc được bản lưu số {revision_id} trong tệp dữ liệu "
                             f"{self.path}.")
        return data

    def restore_revision(self, session_id: int, revision_id: int) -> Session:
        """Make an earlier state current again; the restore is itself a new revision."""
        with self._read() as connection:
            owner = connection.execute(
                select(revisions.c.session_id).where(revisions.c.id == revision_id)
            ).scalar_one_or_none()
        if owner != session_id:
            raise SessionNotFound(revision_id, f"bản lưu của phiên làm việc {session_id} mang")
        session = self.load_revision(revision_id)
        self.save(session, session_id)
        return session

    def _parse(self, document: str, what: str) -> Session:
        """Read a stored document exactly as a file import would, half-finished edits allowed."""
        try:
            return parse_json(document, allow_errors=True).session
        except SessionInvalid as invalid:
            raise StoreError(
                f"Không đọc được {what} trong tệp dữ liệu {self.path}: {invalid.problems[0]}"
            ) from None

    # -- people directory ------------------------------------------------------------------

    def search_people(self, prefix: str, limit: int = 10) -> list[Person]:
        """People whose name, position or organization has a word starting with *prefix*,
        with or without diacritics; names starting with it first, then recently used ones.
        An empty prefix gives the most recently used."""
        query_words = words(prefix)
        statement = select(people.c.name, people.c.position, people.c.organization)
        if query_words:
            pattern = word_start_pattern(query_words)
            starts = " " + pattern[2:]
            statement = statement.where(
                people.c.search_key.like(pattern, escape=LIKE_ESCAPE)
            ).order_by(
                case(
                    (people.c.name_key.like(starts, escape=LIKE_ESCAPE), 0),
                    (people.c.name_key.like(pattern, escape=LIKE_ESCAPE), 1),
                    else_=2,
                )
            )
        statement = statement.order_by(people.c.last_used.desc(), people.c.name).limit(limit)
        with self._read() as connection:
            rows = connection.execute(statement).all()
        return [Person(row.name, row.position, row.organization) for row in rows]

    # -- issuer profiles -------------------------------------------------------------------

    def issuer_profiles(self) -> list[Issuer]:
        """Saved issuers, most recently saved (or chosen: the window saves it again) first."""
        with self._read() as connection:
            rows = connection.execute(
                select(issuers.c.parent, issuers.c.name, issuers.c.symbol, issuers.c.place,
                       issuers.c.name_in_text)
                .order_by(issuers.c.updated_at.desc(), issuers.c.id.desc())
            ).all()
        return [
            Issuer(parent=row.parent, name=row.name, symbol=row.symbol, place=row.place,
                   name_in_text=row.name_in_text)
            for row in rows
        ]

    def save_issuer_profile(self, issuer: Issuer) -> None:
        """Insert, or update the place and name in sentences of, the profile with the same
        parent, name and symbol."""
        with self._write() as connection:
            statement = _dialect_insert(connection, issuers).values(
                parent=issuer.parent, name=issuer.name, symbol=issuer.symbol,
                place=issuer.place, name_in_text=issuer.name_in_text, updated_at=_utcnow(),
            )
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["parent", "name", "symbol"],
                    set_={"place": statement.excluded.place,
                          "name_in_text": statement.excluded.name_in_text,
                          "updated_at": statement.excluded.updated_at},
                )
            )

    def delete_issuer_profile(self, issuer: Issuer) -> None:
        with self._write() as connection:
            connection.execute(
                delete(issuers).where(
                    issuers.c.parent == issuer.parent,
                    issuers.c.name == issuer.name,
                    issuers.c.symbol == issuer.symbol,
                )
            )

    # -- directive register ----------------------------------------------------------------

    def register_entries(
        self,
        session_from: dt.date | None = None,
        session_to: dt.date | None = None,
        *,
        keep: register.Keep | None = None,
    ) -> list[RegisterEntry]:
        """Every directive of the sessions held between the two dates (inclusive), as the
        register lists it: by deadline in force (none last), then newest session first.
        Cancelled directives are included; ``models.register`` leaves them out.

        *keep(status, completed_on, deadline_in_force)*, if given, decides before an entry
        is built whether it is wanted (the command line's ``--class overdue``); the result
        is the same as filtering afterwards, only cheaper on a large register.
        """
        with self._read() as connection:
            return register.entries(connection, session_from, session_to, keep)

    def update_directive(
        self, session_id: int, directive_id: str, update: DirectiveUpdate, today: dt.date
    ) -> Session:
        """Record what the follow-up desk learnt about one directive, through its session:
        the session is loaded, the update applied (``models.register.apply_update``) and the
        session saved like any edit, with a revision. Returns the saved session.

        Raises ``SessionNotFound``, ``DirectiveNotFound`` or ``DirectiveUpdateRefused``.
        """
        session = self.load(session_id)
        items = session.conclusion.directives
        index_of = next((i for i, d in enumerate(items) if d.id == directive_id), None)
        if index_of is None:
            raise DirectiveNotFound(session_id, directive_id)
        try:
            items[index_of] = apply_update(items[index_of], update, today)
        except ValueError as refused:
            raise DirectiveUpdateRefused(session_id, directive_id, str(refused)) from None
        self.save(session, session_id)
        return session

    # -- units directory -------------------------------------------------------------------

    def unit_directory(self) -> UnitDirectory:
        """The clerk's merges and chosen names, ready to group spellings into units."""
        with self._read() as connection:
            return register.unit_directory(connection)

    def unit_spellings(self) -> list[tuple[str, int]]:
        """Every lead and collaborator spelling in the register, with how often it is used."""
        with self._read() as connection:
            return register.unit_spellings(connection)

    def merge_units(self, spelling: str, into: str) -> None:
        """Count the unit spelt *spelling* as the unit *into* belongs to, from now on."""
        with self._write() as connection:
            register.merge_units(connection, spelling, into)

    def unmerge_unit(self, spelling: str) -> None:
        with self._write() as connection:
            register.unmerge_unit(connection, spelling)

    def name_unit(self, spelling: str, name: str) -> None:
        """Show the unit of *spelling* as *name* (blank: its commonest spelling again)."""
        with self._write() as connection:
            register.name_unit(connection, spelling, name)

    # -- for the reliability work to come ---------------------------------------------------

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A raw read transaction, for maintenance code (backups, checks) in this package."""
        with self._read() as connection:
            yield connection


def _dialect_insert(connection: Connection, table: Table) -> Any:
    """An INSERT with ``on_conflict_do_*``: SQLite here, PostgreSQL when an office server comes."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _remember_people(
    connection: Connection, named: Sequence[tuple[str, str, str]], now: dt.datetime
) -> None:
    """Upsert named attendees into the directory, marking them as just used."""
    statement: Insert = _dialect_insert(connection, people)
    connection.execute(
        statement.on_conflict_do_update(  # type: ignore[attr-defined]
            index_elements=["name", "position", "organization"],
            set_={"last_used": statement.excluded.last_used},  # type: ignore[attr-defined]
        ),
        [
            {
                "name": name, "position": position, "organization": organization,
                "name_key": search_key(name),
                "search_key": search_key(name, position, organization),
                "last_used": now,
            }
            for name, position, organization in named
        ],
    )
