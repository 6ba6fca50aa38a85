"""Daily backups: one checked copy a day, seven kept, made while the store is open and busy."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import time
from pathlib import Path, PureWindowsPath
from unittest import mock

import pytest

from models import Session, parse_json
from storage import DB_NAME, Store, StoreError
from storage.location import sqlite_uri
from storage.recovery import (
    Backup,
    BackupFailed,
    list_backups,
    make_daily_backup,
    open_store,
    restore_backup,
)

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def seed(seed_text: str) -> Session:
    return parse_json(seed_text).session


@pytest.fixture
def store(tmp_path: Path, seed: Session) -> Store:
    """An open store holding the seed session (closed by the test's tmp_path teardown)."""
    opened = Store.open(tmp_path)
    opened.save(seed)
    return opened


def _days(n: int) -> list[dt.date]:
    return [DAY + dt.timedelta(days=i) for i in range(n)]


def _sessions_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT subject FROM sessions")]
    finally:
        connection.close()


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // page // 2 * page
    data[middle : middle + page] = (b"\xde\xad" * page)[:page]
    path.write_bytes(bytes(data))


def test_one_backup_a_day_holding_the_sessions(tmp_path: Path, store: Store) -> None:
    with store:
        first = make_daily_backup(tmp_path, today=DAY)
        assert first == Backup(
            tmp_path / "backups" / "thuky-2026-11-02.sqlite3", DAY, first.path.stat().st_size
        )
        assert make_daily_backup(tmp_path, today=DAY) is None  # already taken today
        assert _sessions_in(first.path) == [store.list_sessions()[0].subject]
    assert list_backups(tmp_path) == [first]


def test_seven_are_kept_newest_first(tmp_path: Path, store: Store) -> None:
    with store:
        for day in _days(10):
            assert make_daily_backup(tmp_path, today=day) is not None
    kept = list_backups(tmp_path)
    assert [b.taken_on for b in kept] == sorted(_days(10), reverse=True)[:7]
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == sorted(
        b.path.name for b in kept
    )


def test_a_clock_set_back_keeps_the_copy_just_made(tmp_path: Path, store: Store) -> None:
    with store:
        for day in _days(7):
            make_daily_backup(tmp_path, today=day)
        earlier = DAY - dt.timedelta(days=30)
        made = make_daily_backup(tmp_path, today=earlier)  # the laptop's clock is wrong
    assert made is not None and made.path.is_file()
    assert [b.taken_on for b in list_backups(tmp_path)][-1] == earlier


def test_the_last_copy_before_a_damage_outlives_the_fresh_stores_copies(
    tmp_path: Path, store: Store, seed: Session
) -> None:
    with store:
        for day in _days(3):
            make_daily_backup(tmp_path, today=day)
    before = list_backups(tmp_path)[0]
    os.utime(before.path, (time.time() - 3600, time.time() - 3600))
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 500)
    fresh, moved = open_store(tmp_path)  # the damaged store goes aside; a fresh one starts
    assert moved is not None
    with fresh:
        fresh.save(seed)  # the clerk goes on working in the fresh store
        for day in _days(20)[3:]:
            make_daily_backup(tmp_path, today=day)
    kept = list_backups(tmp_path)
    assert before in kept  # the clerk's real work can still be restored
    assert len(kept) == 8
    assert [b.taken_on for b in kept[:7]] == sorted(_days(20), reverse=True)[:7]


def test_a_network_share_gets_an_sqlite_uri_it_accepts() -> None:
    # SQLite refuses "file://server/share/…" (an authority); the host goes into the path.
    unc = PureWindowsPath(r"\\server\share\ThuKy\thuky.sqlite3").as_uri()
    assert unc == "file://server/share/ThuKy/thuky.sqlite3"
    with mock.patch.object(Path, "resolve", lambda self: self), \
         mock.patch.object(Path, "as_uri", lambda self: unc):
        assert sqlite_uri(Path("x"), "ro") == "file:////server/share/ThuKy/thuky.sqlite3?mode=ro"
    local = sqlite_uri(Path("/tmp/thuky.sqlite3"), "rw")
    assert local == "file:///tmp/thuky.sqlite3?mode=rw"


def test_keep_can_be_changed(tmp_path: Path, store: Store) -> None:
    with store:
        for day in _days(4):
            make_daily_backup(tmp_path, today=day, keep=2)
    assert [b.taken_on for b in list_backups(tmp_path)] == _days(4)[:1:-1]


def test_a_backup_is_taken_while_another_connection_is_writing(
    tmp_path: Path, store: Store, seed: Session
) -> None:
    """The window saves while a worker thread copies: the copy reads a committed snapshot."""
    with store:
        writer = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE sessions SET subject = 'chưa lưu xong'")
            backup = make_daily_backup(tmp_path, today=DAY)
            writer.execute("COMMIT")
        finally:
            writer.close()
        assert backup is not None
        assert _sessions_in(backup.path) == [seed.subject]
        store.save(seed, 1)  # the store is still usable after the copy


def test_backups_on_a_worker_thread_while_the_store_saves(
    tmp_path: Path, store: Store, seed: Session
) -> None:
    """The window's case: autosave goes on in the main thread while a worker copies."""
    made: list[Backup | None] = []
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            made.extend(make_daily_backup(tmp_path, today=day, keep=20) for day in _days(10))
        except BaseException as error:  # reported to the test below
            failures.append(error)

    thread = threading.Thread(target=worker)
    original = seed.location
    with store:
        thread.start()
        saves = 0
        while thread.is_alive() or saves < 10:
            seed.location = f"Phòng họp số {saves}"
            store.save(seed, 1)  # never StoreLocked: the copy only reads
            saves += 1
        thread.join()
        final = store.load(1).location
    assert failures == []
    assert all(backup is not None for backup in made) and len(made) == 10
    committed = {original} | {f"Phòng họp số {n}" for n in range(saves)}
    assert {_one(b.path, "location") for b in made if b is not None} <= committed
    assert final == f"Phòng họp số {saves - 1}"


def _one(path: Path, field: str) -> str:
    connection = sqlite3.connect(path)
    try:
        document = connection.execute("SELECT document FROM sessions").fetchone()[0]
    finally:
        connection.close()
    return str(json.loads(document)[field])


def test_a_backup_is_one_self_contained_file(tmp_path: Path, store: Store) -> None:
    with store:
        backup = make_daily_backup(tmp_path, today=DAY)
    assert backup is not None
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [backup.path.name]
    connection = sqlite3.connect(backup.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_an_empty_store_is_not_backed_up(tmp_path: Path) -> None:
    """A fresh store (e.g. after a damaged one was moved aside) must not become the newest
    backup and push out the copies that hold the clerk's work."""
    Store.open(tmp_path).close()
    assert make_daily_backup(tmp_path, today=DAY) is None
    assert list_backups(tmp_path) == []
    assert make_daily_backup(tmp_path / "nothing-here", today=DAY) is None


def test_a_damaged_copy_does_not_count_and_pushes_nothing_out(
    tmp_path: Path, store: Store
) -> None:
    with store:
        for day in _days(7):
            make_daily_backup(tmp_path, today=day)
    before = list_backups(tmp_path)
    contents = {b.path: b.path.read_bytes() for b in before}
    _damage_middle(tmp_path / DB_NAME)

    with pytest.raises(BackupFailed, match="không đạt kiểm tra") as failed:
        make_daily_backup(tmp_path, today=DAY + dt.timedelta(days=7))
    assert "giữ nguyên" in str(failed.value)
    assert list_backups(tmp_path) == before
    assert {b.path: b.path.read_bytes() for b in before} == contents
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == sorted(
        b.path.name for b in before
    )  # the failed copy's temporary file is gone too


def test_a_copy_left_by_a_crash_is_cleaned_up(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    crashed = folder / ".thuky-2026-11-01.sqlite3.4242.tmp"
    crashed.write_bytes(b"half a copy")
    os.utime(crashed, (0, 0))
    working = folder / ".thuky-2026-11-02.sqlite3.4343.tmp"  # another process, just now
    working.write_bytes(b"being written")
    with store:
        assert make_daily_backup(tmp_path, today=DAY) is not None
    assert not crashed.exists() and working.exists()


def test_files_that_are_not_backups_are_ignored(tmp_path: Path, store: Store) -> None:
    store.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (".thuky-2026-11-01.sqlite3.123.tmp", "thuky-2026-02-31.sqlite3", "notes.txt"):
        (folder / name).write_bytes(b"x")
    (folder / "thuky-2026-10-30.sqlite3").mkdir()
    assert list_backups(tmp_path) == []


def test_restoring_a_damaged_backup_fails_and_keeps_the_current_store(
    tmp_path: Path, store: Store, seed: Session
) -> None:
    with store:
        backup = make_daily_backup(tmp_path, today=DAY)
        seed.subject = "phiên làm việc sau bản sao lưu"
        store.save(seed, 1)
    assert backup is not None
    _damage_middle(backup.path)

    with pytest.raises(StoreError, match=r"02/11/2026.*bị hỏng.*giữ nguyên"):
        restore_backup(tmp_path, backup)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(DB_NAME)] == [DB_NAME]
    reopened, moved = open_store(tmp_path)
    with reopened:
        assert moved is None
        assert [s.subject for s in reopened.list_sessions()] == ["phiên làm việc sau bản sao lưu"]


def test_restoring_a_backup_of_another_program_fails_plainly(tmp_path: Path, store: Store) -> None:
    store.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    foreign = folder / "thuky-2026-11-01.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match=r"không dùng được.*chương trình khác"):
        restore_backup(tmp_path, list_backups(tmp_path)[0])
    assert not (tmp_path / ".restore.tmp").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(DB_NAME)] == [DB_NAME]


def test_restore_into_a_folder_without_a_store(tmp_path: Path, store: Store) -> None:
    with store:
        backup = make_daily_backup(tmp_path, today=DAY)
    assert backup is not None
    (tmp_path / DB_NAME).unlink()
    assert restore_backup(tmp_path, backup) is None
    with Store.open(tmp_path) as restored:
        assert len(restored.list_sessions()) == 1


def test_a_full_disk_during_the_copy_keeps_the_old_backups(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import storage.backup

    with store:
        make_daily_backup(tmp_path, today=DAY)
        before = list_backups(tmp_path)

        def full(_: Path) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(storage.backup, "_fsync", full)
        with pytest.raises(BackupFailed, match="Không ghi được bản sao lưu") as caught:
            make_daily_backup(tmp_path, today=DAY + dt.timedelta(days=1))
        assert "ổ đĩa đã đầy" in str(caught.value) and "No space" not in str(caught.value)
    assert list_backups(tmp_path) == before
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [before[0].path.name]


def test_a_backup_with_the_store_closed_leaves_nothing_beside_it(
    tmp_path: Path, store: Store
) -> None:
    store.close()
    assert make_daily_backup(tmp_path, today=DAY) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", DB_NAME]


def test_a_store_that_is_not_a_database_is_not_copied_and_its_wal_kept(
    tmp_path: Path, store: Store
) -> None:
    store.close()
    (tmp_path / DB_NAME).write_bytes(b"not a database" * 300)
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"the last edits")
    with pytest.raises(BackupFailed, match="không phải cơ sở dữ liệu"):
        make_daily_backup(tmp_path, today=DAY)
    assert (tmp_path / f"{DB_NAME}-wal").read_bytes() == b"the last edits"
    assert list_backups(tmp_path) == []


def test_a_store_held_by_another_program_is_called_busy_not_damaged(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.backup

    monkeypatch.setattr(storage.backup, "_BUSY_TIMEOUT_S", 0.2)
    store.close()
    holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(BackupFailed) as caught:
            make_daily_backup(tmp_path, today=DAY)
    finally:
        holder.close()
    message = str(caught.value)
    assert "khóa" in message and "thử lại" in message
    assert "hỏng" not in message and "locked" not in message
    assert list_backups(tmp_path) == []
    assert make_daily_backup(tmp_path, today=DAY) is not None  # and once it is free, it works
