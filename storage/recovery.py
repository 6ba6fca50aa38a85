"""Opening the store when its file is damaged, and putting a daily backup back in its place.

A damaged ``thuky.sqlite3`` must neither stop the clerk from working nor be lost: it is
renamed beside itself with a timestamp (``thuky.sqlite3.hong-20261126-010800``; its -wal and
-shm go with it, so the bytes SQLite had are all kept), a fresh store is opened, and the
caller tells the user where the old file went and which backup can be restored.

Only ``StoreCorrupt`` is damage. A store written by a newer Thư ký (``StoreTooNew``) or held
by another program (``StoreLocked``) is sound and stays where it is; those errors propagate.

Corruption is detected when the store is opened: on a read-only connection, SQLite refuses
a file that is not a database or whose header is broken, and ``PRAGMA quick_check`` reads
every page, which finds damage in the middle of the file before the clerk's first save could
touch it (about 5 ms on a 19 MiB store; benchmarks/RESULTS.md). docs/RELIABILITY.md says
what is kept and the one case where SQLite merges a -wal. Nothing here imports SQLAlchemy
until it is called.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from models.os_errors import os_reason
from models.vi_format import short_date
from storage.backup import (
    Backup,
    BackupFailed,
    check_database,
    fsync_dir,
    is_wal_database,
    list_backups,
    make_daily_backup,
    one_line,
)
from storage.errors import StoreCorrupt, StoreError, StoreTooNew
from storage.location import DAMAGED, DB_NAME, resolve_data_dir, sqlite_uri

if TYPE_CHECKING:
    from storage.store import Store

__all__ = [
    "Backup",
    "BackupFailed",
    "MovedAside",
    "check_file",
    "list_backups",
    "make_daily_backup",
    "open_store",
    "quick_check",
    "restore_backup",
]

#: Suffix label of the store a restore replaced ("trước khôi phục": before the restore).
REPLACED: Final = "truoc-khoi-phuc"
#: SQLite's companion files: the write-ahead log and its index belong to the database.
_COMPANIONS: Final = ("-wal", "-shm")
_RESTORE_TMP: Final = ".restore.tmp"
#: Seconds to wait for a save in progress elsewhere before calling the file in use.
_IN_USE_WAIT_S: Final = 1.0


@dataclass(frozen=True)
class MovedAside:
    """Where a store file was put so that a fresh one could take its place."""

    original: Path  # .../thuky.sqlite3
    moved_to: Path  # .../thuky.sqlite3.hong-20261126-010800
    reason: str  # why, in plain Vietnamese (the StoreCorrupt message)
    companions: tuple[Path, ...] = ()  # the -wal / -shm moved with it, if there were any


def open_store(data_dir: Path | None) -> tuple[Store, MovedAside | None]:
    """Open the store; if its file is damaged, move it aside and open a fresh one.

    Returns the open store and what was moved (None when the store was sound). Any other
    ``StoreError`` (newer version, locked, unwritable folder) propagates unchanged.
    """
    from storage.store import Store

    folder = resolve_data_dir(data_dir)
    try:
        check_file(folder / DB_NAME)
        store = Store.open(folder)
    except StoreCorrupt as corrupt:  # not StoreTooNew nor StoreLocked: those are sound files
        path = folder / DB_NAME
        if in_use(path):
            raise StoreError(
                f"{corrupt} Tệp đang được mở ở nơi khác (có thể là một cửa sổ Thư ký khác) nên "
                "chưa được chuyển đi; hãy đóng chương trình đó rồi mở lại."
            ) from None
        try:
            moved = move_aside(path, DAMAGED, str(corrupt))
        except OSError as error:
            raise StoreError(
                f"{corrupt} Không chuyển được tệp này sang chỗ khác để bắt đầu kho dữ liệu mới "
                f"({os_reason(error)}); hãy kiểm tra quyền ghi vào thư mục {folder}."
            ) from None
        return Store.open(folder), moved
    return store, None


def check_file(path: Path) -> None:
    """Raise ``StoreCorrupt`` unless ``PRAGMA quick_check`` finds every page of *path* sound.

    Read-only, before the store opens the file read-write, so the store's engine (which
    switches journal modes and migrates) never writes to a damaged file. A missing or empty
    file is a new store.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    from storage import db  # SQLAlchemy: loaded only when a store is really opened

    with db.known_errors(path):
        uri = sqlite_uri(path, "ro")
        connection = sqlite3.connect(uri, uri=True, timeout=db.BUSY_TIMEOUT_S)
        try:
            rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    if rows != ["ok"]:
        raise StoreCorrupt(path, "kiểm tra toàn vẹn phát hiện lỗi: " + one_line(rows))


def quick_check(store: Store) -> None:
    """Raise ``StoreCorrupt`` unless ``PRAGMA quick_check`` finds every page sound."""
    with store.connection() as connection:
        rows = [str(row) for row in connection.exec_driver_sql("PRAGMA quick_check(5)").scalars()]
    if rows != ["ok"]:
        raise StoreCorrupt(store.path, "kiểm tra toàn vẹn phát hiện lỗi: " + one_line(rows))


def move_aside(path: Path, label: str, reason: str) -> MovedAside:
    """Rename *path* (and its -wal/-shm) to ``<name>.<label>-<local time>``; never overwrite.

    The companions go first: a -wal left beside a new, empty database would be replayed
    into it by SQLite. Raises ``OSError`` after putting back what it had moved.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 1
    while any(Path(f"{target}{end}").exists() for end in ("", *_COMPANIONS)):
        number += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
    moved: list[tuple[Path, Path]] = []
    try:
        for end in _COMPANIONS:
            source = Path(f"{path}{end}")
            if source.exists():
                os.replace(source, f"{target}{end}")
                moved.append((source, Path(f"{target}{end}")))
        os.replace(path, target)
        fsync_dir(path.parent)
    except OSError:
        for source, went in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(went, source)
        raise
    return MovedAside(path, target, reason, tuple(went for _, went in moved))


def in_use(path: Path) -> bool:
    """True when another connection (the window, another program) has the database open.

    Every open connection to a WAL database keeps a shared lock, so asking for SQLite's
    exclusive locking mode fails while one exists; only reading is done here. Only a file
    whose header says WAL is asked: opening any other file read-write would make SQLite
    delete a -wal lying beside it (a rollback-journal database has no use for one), and a
    file that is not such a database cannot be the one a Thư ký window holds.

    The price: as the last connection to close, this one lets SQLite merge a pending -wal
    into the file (nothing is lost; the moved file holds it). Python 3.11's sqlite3 cannot
    set SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, which would avoid that.
    """
    if not is_wal_database(path):
        return False
    uri = sqlite_uri(path, "rw")
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=_IN_USE_WAIT_S)
    except sqlite3.Error:
        return False
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return False


def restore_backup(data_dir: Path, backup: Backup) -> Path | None:
    """Put *backup* in place of the store; return where the replaced file went (None: none).

    The caller must have closed the store. The backup is copied and opened (checked and
    upgraded if it is older) in a temporary folder first; only a copy that opens replaces
    the store, and the replaced file is moved aside, never deleted. A damaged backup raises
    ``StoreError`` and leaves the current store as it was.
    """
    from storage.store import Store

    folder = Path(data_dir)
    when = short_date(backup.taken_on)
    problem = check_database(backup.path) if backup.path.is_file() else "không còn tệp"
    if problem is not None:
        raise StoreError(
            f"Bản sao lưu ngày {when} ({backup.path}) bị hỏng, không khôi phục được "
            f"({problem}). Kho dữ liệu hiện tại được giữ nguyên."
        )
    _remove_stale_staging(folder)
    staging = folder / f"{_RESTORE_TMP}-{uuid.uuid4().hex[:12]}"  # two restores never share
    try:
        staging.mkdir()
        shutil.copyfile(backup.path, staging / DB_NAME)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            f"Không chép được bản sao lưu ngày {when} vào {folder} ({os_reason(error)}). "
            "Kho dữ liệu hiện tại được giữ nguyên."
        ) from None
    try:
        try:
            with Store.open(staging) as candidate:
                quick_check(candidate)
        except StoreTooNew:
            raise StoreError(
                f"Bản sao lưu ngày {when} ({backup.path}) do phiên bản Thư ký mới hơn tạo ra; "
                "hãy cập nhật Thư ký. Kho dữ liệu hiện tại được giữ nguyên."
            ) from None
        except StoreError as error:
            raise StoreError(
                f"Bản sao lưu ngày {when} ({backup.path}) không dùng được "
                f"({_detail(error)}). Kho dữ liệu hiện tại được giữ nguyên."
            ) from None
        current = folder / DB_NAME
        replaced = None
        if current.exists():
            if in_use(current):
                raise StoreError(
                    f"Kho dữ liệu {current} đang được mở (có thể trong cửa sổ Thư ký); hãy "
                    "đóng rồi khôi phục lại. Kho dữ liệu hiện tại được giữ nguyên."
                )
            try:
                replaced = move_aside(current, REPLACED, f"Thay bằng bản sao lưu ngày {when}.")
            except OSError as error:
                raise StoreError(
                    f"Không đổi tên được tệp dữ liệu {current} ({os_reason(error)}); "
                    "chưa khôi phục gì."
                ) from None
        try:
            os.replace(staging / DB_NAME, current)
            fsync_dir(folder)
            Store.open(folder).close()
        except (OSError, StoreError) as error:
            _put_back(current, replaced)
            raise StoreError(
                f"Không khôi phục được bản sao lưu ngày {when} ({_detail(error)}). "
                "Kho dữ liệu hiện tại được giữ nguyên."
            ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return replaced.moved_to if replaced else None


def _remove_stale_staging(folder: Path) -> None:
    """Delete staging folders a crashed restore left (an hour old: no restore takes that)."""
    cutoff = time.time() - 3600
    for stale in folder.glob(f"{_RESTORE_TMP}-*"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                shutil.rmtree(stale, ignore_errors=True)


def _put_back(current: Path, replaced: MovedAside | None) -> None:
    """Undo a half-done restore: the store that was there comes back, untouched."""
    for end in ("", *_COMPANIONS):
        with contextlib.suppress(OSError):
            Path(f"{current}{end}").unlink(missing_ok=True)
    if replaced is None:
        return
    for companion in replaced.companions:
        with contextlib.suppress(OSError):
            os.replace(companion, f"{current}{str(companion)[len(str(replaced.moved_to)):]}")
    with contextlib.suppress(OSError):
        os.replace(replaced.moved_to, current)


def _detail(error: BaseException) -> str:
    if isinstance(error, OSError):
        return os_reason(error)
    return str(error).rstrip(".")

