"""A damaged store on start: moved aside with its bytes, a fresh store opened, backups restored.

Every test works on a real SQLite file in tmp_path and damages it the way a disk, a copy
program or a careless hand would.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from models import Session, parse_json
from storage import DB_NAME, Store, StoreError, StoreLocked, StoreTooNew
from storage.recovery import (
    MovedAside,
    list_backups,
    make_daily_backup,
    open_store,
    restore_backup,
)


@pytest.fixture
def seed(seed_text: str) -> Session:
    return parse_json(seed_text).session


@pytest.fixture
def filled(tmp_path: Path, seed: Session) -> Path:
    """A data folder whose store holds the seed session and a second one."""
    with Store.open(tmp_path) as store:
        store.save(seed)
        seed.subject = "họp giao ban tháng 3"
        store.save(seed)
    return tmp_path


def _garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _page_overwritten(path: Path) -> None:
    """A sound header, then the middle pages overwritten with other data (a bad disk sector,
    a copy program gone wrong): SQLite opens the file; only reading every page shows it."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // page // 2 * page
    filler = "Biên bản cuộc họp ".encode() * (2 * page)
    data[middle : middle + 2 * page] = filler[: 2 * page]
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "damage", [_garbage, _truncated, _page_overwritten, _foreign],
    ids=["garbage", "truncated", "page-overwritten", "foreign-database"],
)
def test_a_damaged_store_is_moved_aside_with_its_bytes_and_a_fresh_one_opens(
    filled: Path, seed: Session, damage: Callable[[Path], None]
) -> None:
    path = filled / DB_NAME
    damage(path)
    damaged_bytes = path.read_bytes()

    store, moved = open_store(filled)
    with store:
        assert isinstance(moved, MovedAside)
        assert moved.original == path
        assert moved.moved_to.parent == filled
        assert moved.moved_to.name.startswith(f"{DB_NAME}.hong-")
        assert moved.moved_to.read_bytes() == damaged_bytes
        assert "bị hỏng" in moved.reason
        assert store.list_sessions() == []
        session_id = store.save(seed)
        assert store.load(session_id).subject == seed.subject
    store, moved = open_store(filled)  # the fresh store is sound: nothing moved next time
    with store:
        assert moved is None
        assert len(store.list_sessions()) == 1


def test_damage_inside_the_file_is_found_when_the_store_opens(filled: Path) -> None:
    """SQLite itself opens such a file; the page check at open is what finds it."""
    _page_overwritten(filled / DB_NAME)
    with Store.open(filled):
        pass
    store, moved = open_store(filled)
    store.close()
    assert moved is not None and "toàn vẹn" in moved.reason


def test_a_sound_store_is_not_moved(filled: Path) -> None:
    store, moved = open_store(filled)
    with store:
        assert moved is None
        assert len(store.list_sessions()) == 2
    assert [p.name for p in filled.iterdir() if p.name.startswith(DB_NAME)] == [DB_NAME]


def test_a_newer_store_is_refused_and_stays_where_it_is(filled: Path) -> None:
    connection = sqlite3.connect(filled / DB_NAME)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = (filled / DB_NAME).read_bytes()
    with pytest.raises(StoreTooNew, match="mới hơn"):
        open_store(filled)
    assert (filled / DB_NAME).read_bytes() == before
    assert [p.name for p in filled.iterdir() if ".hong-" in p.name] == []


def test_a_locked_store_is_not_damage(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.db

    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(filled / DB_NAME, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")  # a rollback journal: readers are locked out
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLocked, match="khóa"):
            open_store(filled)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [p.name for p in filled.iterdir() if ".hong-" in p.name] == []


def test_the_wal_goes_with_the_damaged_file(filled: Path) -> None:
    """A -wal left beside the damaged file is moved with it, under the matching name."""
    (filled / DB_NAME).write_bytes(b"not a database" * 100)
    (filled / f"{DB_NAME}-wal").write_bytes(b"wal bytes")
    store, moved = open_store(filled)
    store.close()
    assert moved is not None
    assert Path(f"{moved.moved_to}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{moved.moved_to}-wal") in moved.companions
    assert not (filled / f"{DB_NAME}-wal").exists()


def test_importing_recovery_does_not_load_sqlalchemy() -> None:
    code = "import sys, storage.recovery; print('sqlalchemy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_restore_brings_back_the_sessions(filled: Path) -> None:
    backup = make_daily_backup(filled)
    assert backup is not None
    _garbage(filled / DB_NAME)
    store, moved = open_store(filled)
    store.close()
    assert moved is not None

    assert list_backups(filled) == [backup]
    replaced = restore_backup(filled, backup)
    assert replaced is not None and replaced.name.startswith(f"{DB_NAME}.truoc-khoi-phuc-")
    store, moved = open_store(filled)
    with store:
        assert moved is None
        assert {s.subject for s in store.list_sessions()} == {
            "họp giao ban tháng 3",
            "triển khai các nhiệm vụ trọng tâm phát triển kinh tế - xã hội năm 2024",
        }


def test_a_damaged_store_that_cannot_be_moved_is_explained(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the clerk cannot write to: the message says both what is wrong and where."""
    import storage.recovery

    _garbage(filled / DB_NAME)
    damaged = (filled / DB_NAME).read_bytes()

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage.recovery.os, "replace", refuse)
    with pytest.raises(StoreError, match="bị hỏng") as refused:
        open_store(filled)
    assert "Không chuyển được" in str(refused.value) and str(filled) in str(refused.value)
    assert (filled / DB_NAME).read_bytes() == damaged


@pytest.fixture
def quick_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """Do not wait a whole second for the other connection to let go."""
    import storage.recovery

    monkeypatch.setattr(storage.recovery, "_IN_USE_WAIT_S", 0.05)


@pytest.mark.usefixtures("quick_in_use")
def test_a_damaged_store_open_elsewhere_is_not_moved(filled: Path) -> None:
    """Another window still writing to the file would lose its edits to the moved copy."""
    _page_overwritten(filled / DB_NAME)
    other = sqlite3.connect(filled / DB_NAME)
    try:
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with pytest.raises(StoreError, match="đang được mở ở nơi khác"):
            open_store(filled)
        assert [p.name for p in filled.iterdir() if ".hong-" in p.name] == []
    finally:
        other.close()
    store, moved = open_store(filled)  # once it is closed, the recovery goes ahead
    store.close()
    assert moved is not None


@pytest.mark.usefixtures("quick_in_use")
def test_restore_refuses_while_the_store_is_open(filled: Path) -> None:
    backup = make_daily_backup(filled)
    assert backup is not None
    with Store.open(filled) as store:
        with pytest.raises(StoreError, match=r"đang được mở.*giữ nguyên"):
            restore_backup(filled, backup)
        assert len(store.list_sessions()) == 2  # still the same, still working
    assert [p.name for p in filled.iterdir() if p.name.startswith(DB_NAME)] == [DB_NAME]
    assert restore_backup(filled, backup) is not None
