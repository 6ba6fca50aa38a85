"""A damaged store on start: the window opens on a fresh store, says where the damaged file
is, and puts the newest daily backup back when asked; the day's backup is taken after start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.recovery_dialog import RecoveryBox
from models import read_session_file
from storage import Store
from storage.recovery import list_backups, make_daily_backup
from tests.gui.helpers import type_text
from tests.gui.running import start_window_run, stop_window_run

SEED = Path(__file__).resolve().parents[1] / "data" / "cao-lanh-2024-03-04.json"
GARBAGE = b"this is not a database\x00\xff" * 300


def recovery_box() -> RecoveryBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, RecoveryBox) and w.isVisible()]
    return boxes[0] if boxes else None


def damage(folder: Path) -> None:
    for companion in ("-wal", "-shm"):
        (folder / f"thuky.sqlite3{companion}").unlink(missing_ok=True)
    (folder / "thuky.sqlite3").write_bytes(GARBAGE)


def test_a_damaged_store_is_explained_and_the_backup_restored(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    seed = read_session_file(SEED).session
    with Store.open(folder) as store:
        store.save(seed)
    made = make_daily_backup(folder, today=dt.date(2026, 11, 20))
    assert made is not None
    damage(folder)

    run = start_window_run(qapp, qtbot, tmp_path, folder)
    try:
        qtbot.waitUntil(lambda: recovery_box() is not None, timeout=5000)
        box = recovery_box()
        assert box is not None
        moved = [p for p in folder.iterdir() if p.name.startswith("thuky.sqlite3.hong-")]
        assert len(moved) == 1 and moved[0].read_bytes() == GARBAGE
        assert str(moved[0]) in box.text()
        assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert run.window.session_list.model.rowCount() == 0  # the fresh store, usable now
        assert box.restore_button is not None
        assert box.restore_button.text() == "&Khôi phục bản sao lưu ngày 20/11/2026"

        QTest.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: run.window.session_list.model.rowCount() == 1, timeout=5000)
        assert run.window.editor.general.subject.text() == seed.subject
        assert "Đã khôi phục bản sao lưu ngày 20/11/2026" in run.window.statusBar().currentMessage()
        store = run.store.target
        assert store is not None
        assert [row.subject for row in store.list_sessions()] == [seed.subject]
    finally:
        stop_window_run(run)


def test_without_a_backup_the_user_goes_on_with_the_fresh_store(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damage(folder)
    run = start_window_run(qapp, qtbot, tmp_path, folder)
    try:
        qtbot.waitUntil(lambda: recovery_box() is not None, timeout=5000)
        box = recovery_box()
        assert box is not None
        assert box.restore_button is None
        assert "Chưa có bản sao lưu" in box.informativeText()
        QTest.mouseClick(box.keep_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: recovery_box() is None, timeout=2000)
        subject = run.window.editor.general.subject
        with qtbot.waitSignal(run.window.autosave.saved, timeout=3000):
            type_text(qtbot, "Họp sau sự cố", subject)
        store = run.store.target
        assert store is not None
        assert [row.subject for row in store.list_sessions()] == ["Họp sau sự cố"]
    finally:
        stop_window_run(run)


def test_the_days_backup_is_taken_after_start_up(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(read_session_file(SEED).session)
    run = start_window_run(qapp, qtbot, tmp_path, folder)
    try:
        qtbot.waitUntil(lambda: bool(list_backups(folder)), timeout=5000)
        assert list_backups(folder)[0].taken_on == dt.date.today()
    finally:
        stop_window_run(run)
