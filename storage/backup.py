"""Daily backups of the store: one checked copy a day in ``<data folder>/backups``, 7 kept.

The copy is made with SQLite's online backup API from a connection of its own, so the window
can take it on a worker thread while the clerk keeps typing: in WAL mode the copy reads one
consistent snapshot and never blocks the autosave. Only the standard ``sqlite3`` module is
used here (no SQLAlchemy), which keeps the ``backups`` command quick to start.

A copy counts only once ``PRAGMA quick_check`` has passed on it and it has been renamed into
place; a damaged copy is deleted and never pushes a good backup out of the seven kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from models.os_errors import os_reason
from models.vi_format import short_date, upper_first
from storage.errors import StoreError, StoreLocked
from storage.location import DAMAGED, DB_NAME, sqlite_uri
from storage.sqlite_errors import translate

BACKUP_DIR: Final = "backups"
#: How many daily copies are kept; the oldest go first.
KEEP_BACKUPS: Final = 7
#: Seconds the copy waits for a writer that holds the database (the window's autosave).
_BUSY_TIMEOUT_S: Final = 10.0
#: A temporary copy older than this was left by a crash, not by a copy still being made.
_STALE_TEMP_S: Final = 3600.0
_NAME = re.compile(r"thuky-(\d{4}-\d{2}-\d{2})\.sqlite3")


class BackupFailed(StoreError):
    """Today's copy could not be made or did not pass its check; older copies are untouched."""


@dataclass(frozen=True)
class Backup:
    """One daily copy of the store, ready to be restored."""

    path: Path
    taken_on: dt.date
    size: int  # bytes


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def backup_name(day: dt.date) -> str:
    return f"thuky-{day.isoformat()}.sqlite3"


def list_backups(data_dir: Path) -> list[Backup]:
    """The daily copies in *data_dir*, newest first; a missing folder means none."""
    found: list[Backup] = []
    try:
        with os.scandir(backup_dir(data_dir)) as listing:
            entries = list(listing)
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        try:
            if match is None or not entry.is_file():
                continue
            day = dt.date.fromisoformat(match.group(1))
            size = entry.stat().st_size
        except ValueError:  # thuky-2026-02-31.sqlite3: not one of ours
            continue
        except FileNotFoundError:  # pruned by another process meanwhile
            continue
        found.append(Backup(Path(entry.path), day, size))
    found.sort(key=lambda backup: backup.taken_on, reverse=True)
    return found


def make_daily_backup(
    data_dir: Path, *, today: dt.date | None = None, keep: int = KEEP_BACKUPS
) -> Backup | None:
    """Copy the store into ``backups/thuky-YYYY-MM-DD.sqlite3`` unless today's copy exists.

    Returns the new backup, or None when there is nothing to do: today's copy exists, there is
    no store yet, or the store holds no session (an empty store — for example the fresh one
    started after a damaged file was moved aside — must not become the newest backup).
    Raises ``BackupFailed`` when the copy cannot be made or fails its check; the backups
    already kept are then left exactly as they were.
    """
    data_dir = Path(data_dir)
    day = today or dt.date.today()
    folder = backup_dir(data_dir)
    target = folder / backup_name(day)
    source = data_dir / DB_NAME
    if target.exists() or not source.is_file():
        return None
    if not _is_wal_store(source):
        raise BackupFailed(
            f"Không sao lưu được: tệp dữ liệu {source} bị hỏng hoặc không phải cơ sở dữ liệu "
            "của Thư ký. Các bản sao lưu cũ được giữ nguyên."
        )
    try:
        with _connect(source, "rw") as src:
            if not _holds_sessions(src):
                return None
            _make_folder(folder)
            _copy_checked(src, folder, target, f"ngày {short_date(day)}")
        _prune(data_dir, keep, made=target)
        return Backup(target, day, target.stat().st_size)
    except (sqlite3.DatabaseError, OSError) as error:
        raise BackupFailed(
            f"Không sao lưu được tệp dữ liệu hôm nay: {_reason(error, source)} "
            "Các bản sao lưu cũ được giữ nguyên."
        ) from None


def _reason(error: sqlite3.Error | OSError, path: Path) -> str:
    """What went wrong, as a sentence: SQLite's and the system's words are English."""
    if isinstance(error, OSError):
        return f"{upper_first(os_reason(error))} ({path})."
    known = translate(error, path)
    return str(known) if known is not None else f"Lỗi SQLite: {error}."


def is_wal_database(path: Path) -> bool:
    """True when *path* starts with the header of an SQLite database in WAL mode (every store
    is, once opened). Only such a file may be opened read-write by maintenance code: SQLite,
    opening read-write any other file, deletes a -wal lying beside it; and a read-only
    connection, if it is the last one, leaves an empty -wal and -shm behind."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"


def _is_wal_store(path: Path) -> bool:
    """``is_wal_database`` asked through SQLite, for a store this process may have open.

    The window and the CLI take the day's backup while their own store connection is open.
    Reading the header with open()/close() would release every POSIX lock this process holds
    on the file (closing any descriptor of a file does that), and the next program to close
    its connection would then believe itself the last one and delete the -wal that the open
    store goes on writing to: every later save lost. SQLite's own connection defers closing
    while other connections of the process hold locks, so this check is safe."""
    try:
        with _connect(path, "ro") as connection:
            mode = connection.execute("PRAGMA journal_mode").fetchone()
    except sqlite3.Error as error:
        known = translate(error, path)
        if isinstance(known, StoreLocked):  # busy is not damaged: try later
            raise BackupFailed(
                f"Chưa sao lưu được hôm nay: {known} Bản sao lưu sẽ được thử lại lần sau."
            ) from None
        return False
    return mode is not None and str(mode[0]).lower() == "wal"


def _holds_sessions(connection: sqlite3.Connection) -> bool:
    tables = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sessions'"
    ).fetchone()[0]
    return bool(tables and connection.execute("SELECT count(*) FROM sessions").fetchone()[0])


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise BackupFailed(
            f"Không tạo được thư mục sao lưu {folder}: {os_reason(error)}."
        ) from None
    _remove_stale_temps(folder)


def _copy_checked(src: sqlite3.Connection, folder: Path, target: Path, which: str) -> None:
    """Copy with the backup API into a temporary file, check it, then rename it to *target*.

    The copy is switched to a rollback journal so that a backup is one self-contained file
    (no -wal beside it) that can be checked, listed and copied like any other file.
    """
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        temp.unlink(missing_ok=True)
        with _connect(temp, "rwc") as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        problem = check_database(temp)
        if problem is not None:
            raise BackupFailed(
                f"Bản sao lưu {which} không đạt kiểm tra ({problem}); có thể tệp dữ liệu "
                "đã bị hỏng. Các bản sao lưu cũ được giữ nguyên."
            )
        _fsync(temp)
        os.replace(temp, target)
        fsync_dir(folder)
    except OSError as error:
        raise BackupFailed(
            f"Không ghi được bản sao lưu vào {folder}: {os_reason(error)}. "
            "Các bản sao lưu cũ được giữ nguyên."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def check_database(path: Path) -> str | None:
    """None when *path* is a sound SQLite file, else what ``quick_check`` (or opening) says."""
    try:
        with _connect(path, "ro") as connection:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == ["ok"] else one_line(rows)


def one_line(rows: list[str]) -> str:
    """``quick_check``'s findings as one line for a message ("*** in database main ***\n…")."""
    return "; ".join(" ".join(str(row).split()) for row in rows)


def _remove_stale_temps(folder: Path) -> None:
    """Delete copies left half-made by a crash; a fresh one may be another process's, working."""
    cutoff = time.time() - _STALE_TEMP_S
    for temp in folder.glob(".thuky-*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()


def _prune(data_dir: Path, keep: int, made: Path) -> None:
    """Delete all but the newest *keep* copies, sparing two whatever their dates say.

    The copy just *made*: with the clock set back, older-looking copies would otherwise push
    it out the moment it exists. And the last copy taken before the store was last found
    damaged: the fresh store started then soon holds a session or two and is backed up daily,
    and within a week those copies would push out every one holding the clerk's real work.
    """
    spared = {made}
    damaged = _last_damage(data_dir)
    if damaged is not None:
        before = [b for b in list_backups(data_dir) if b.path.stat().st_mtime < damaged]
        if before:
            spared.add(before[0].path)
    for old in list_backups(data_dir)[max(keep, 1):]:
        if old.path in spared:
            continue
        with contextlib.suppress(OSError):
            old.path.unlink()


def _last_damage(data_dir: Path) -> float | None:
    """When the store was last moved aside as damaged (its file's name says so), as a time."""
    times = []
    for moved in data_dir.glob(f"{DB_NAME}.{DAMAGED}-*"):
        with contextlib.suppress(ValueError):
            stamp = moved.name.removeprefix(f"{DB_NAME}.{DAMAGED}-")[:15]
            times.append(dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").timestamp())
    return max(times, default=None)


@contextlib.contextmanager
def _connect(path: Path, mode: str) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection that is really closed afterwards (sqlite3's own context
    manager only commits). ``mode`` is the URI mode: ro, rw (must exist) or rwc."""
    uri = sqlite_uri(path, mode)
    connection = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    # Opened for writing: on Windows fsync (FlushFileBuffers) refuses a read-only handle.
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a folder and needs no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
