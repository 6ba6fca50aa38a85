"""One window per data folder: a second copy calls the first forward or explains; a lock
left by a killed window is taken over and the user told; the CLI can import meanwhile."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gui import app as gui_app
from gui.main_window import MainWindow
from gui.single_instance import LOCK_NAME
from models import read_session_file
from storage import Store
from tests.reliability.window_process import REPO, WindowProcess, window_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
SEED = REPO / "tests" / "data" / "cao-lanh-2024-03-04.json"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """Settings of the windows in this test, child processes and this one alike."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    return tmp_path / "config"


def test_a_second_copy_brings_the_first_forward_and_exits(tmp_path: Path, config: Path) -> None:
    data = tmp_path / "data"
    first = WindowProcess(data, config)
    try:
        first.wait_for("ready")
        second = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(data)], cwd=REPO,
            env=window_env(config), capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 0
        assert "called the first window" in second.stdout
        told = [line for line in second.stdout.splitlines() if "lên trước" in line]
        assert told == [
            f"Thư ký đang mở với thư mục dữ liệu {data}: đã đưa cửa sổ đó lên trước."
        ]
        assert "ready" not in second.stdout  # it never opened the store
        first.wait_for("raised", timeout=10)
    finally:
        first.kill()


def _answer_held_notice(choice: str, seen: list[str]) -> None:
    """Click *choice* ("leave" or "open_anyway") in the notice about a silent first copy."""

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "held_notice"
                 and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, look)
            return
        box = boxes[0]
        seen.append(box.text())
        if choice == "open_anyway":
            button = box.findChild(QPushButton, "open_anyway")
        else:
            button = box.escapeButton()
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


def _close_when_reopened_after_a_crash() -> list[tuple[str, str]]:
    """Once the window shows its crash notice: record (notice, subject), close both."""
    seen: list[tuple[str, str]] = []

    def look() -> None:
        notices = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "crash_notice"
                   and w.isVisible()]
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if notices and windows:
            seen.append((notices[0].text(), windows[0].editor.general.subject.text()))
            notices[0].close()  # hidden, so a later test does not take it for its own
            windows[0].close()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def test_a_copy_that_does_not_answer_is_explained_and_the_store_left_alone(
    qapp: QApplication, tmp_path: Path, config: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    held = QLockFile(str(data / LOCK_NAME))  # a live owner (this process) that never answers
    assert held.tryLock(0)
    shown: list[str] = []
    _answer_held_notice("leave", shown)
    try:
        assert gui_app.run(data) == 1
    finally:
        held.unlock()
    assert len(shown) == 1 and "không trả lời" in shown[0] and str(data) in shown[0]
    assert "Vẫn mở" in shown[0]
    assert not (data / "thuky.sqlite3").exists()


def test_a_silent_owner_can_be_overruled_and_the_window_opens(
    qapp: QApplication, tmp_path: Path, config: Path
) -> None:
    # A lock Qt cannot judge stale (another computer's, or a reused process id) must not lock
    # the clerk out for good: on their word the lock is taken and the window opens. Here: a
    # lock file naming this live process, with no process holding it any more.
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.save(read_session_file(SEED).session)
    held = QLockFile(str(data / LOCK_NAME))
    assert held.tryLock(0)
    written = (data / LOCK_NAME).read_bytes()
    held.unlock()
    (data / LOCK_NAME).write_bytes(written)
    shown: list[str] = []
    _answer_held_notice("open_anyway", shown)
    seen = _close_when_reopened_after_a_crash()
    assert gui_app.run(data) == 0
    assert len(shown) == 1
    assert len(seen) == 1 and seen[0][1].startswith("triển khai")


def test_overruling_an_owner_that_still_holds_the_lock_opens_nothing(
    qapp: QApplication, tmp_path: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    held = QLockFile(str(data / LOCK_NAME))  # alive and holding it, only not answering
    assert held.tryLock(0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    _answer_held_notice("open_anyway", [])
    try:
        assert gui_app.run(data) == 1
    finally:
        held.unlock()
    assert len(told) == 1 and "vẫn đang giữ" in told[0]
    assert not (data / "thuky.sqlite3").exists()


def test_a_lock_left_by_a_killed_window_is_taken_over_and_the_session_reopened(
    qapp: QApplication, tmp_path: Path, config: Path
) -> None:
    data = tmp_path / "data"
    killed = WindowProcess(data, config, typing_ms=50)
    killed.wait_for("edit 3")
    killed.read_for(1.2)  # autosave has saved the first words
    killed.kill()
    assert (data / LOCK_NAME).exists()

    seen = _close_when_reopened_after_a_crash()
    assert gui_app.run(data) == 0
    assert len(seen) == 1
    notice, subject = seen[0]
    assert "không đóng bình thường" in notice
    assert subject.split()[:3] == ["w1", "w2", "w3"]


def test_the_command_line_imports_while_the_window_types_into_the_same_store(
    tmp_path: Path, config: Path
) -> None:
    data = tmp_path / "data"
    window = WindowProcess(data, config, typing_ms=50)
    try:
        window.wait_for("edit 1")
        imported = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "import", str(SEED)],
            cwd=REPO, env=window_env(config), capture_output=True, text=True, timeout=60,
        )
        assert imported.returncode == 0, imported.stderr
        window.read_for(1.2)
        last_edit = window.edits()[-1][1]
        assert last_edit > 1
    finally:
        killed_at = window.kill()
    typed_before = max(n for at, n in window.edits() if at <= killed_at - 1.0)
    with Store.open(data) as store:
        subjects = [store.load(row.id).subject for row in store.list_sessions()]
    assert read_session_file(SEED).session.subject in subjects
    typed = [s for s in subjects if s.split()[:1] == ["w1"]]
    assert len(typed) == 1 and f"w{typed_before}" in typed[0].split()
    with closing(sqlite3.connect(data / "thuky.sqlite3")) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
