"""`python main.py` opens the window: an empty store shows the first-run hint; a bad data
folder is a message, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import app as gui_app
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))


def test_run_opens_the_window_on_an_empty_store(qapp: QApplication, tmp_path: Path) -> None:
    seen: list[tuple[str, bool]] = []

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend((w.windowTitle(), w.hint.isVisible()) for w in windows if w.isVisible())
        for window in windows:
            window.close()

    QTimer.singleShot(0, look_and_close)
    assert gui_app.run(tmp_path / "fresh") == 0
    assert seen == [("Thư ký", True)]
    assert (tmp_path / "fresh").is_dir()


def test_an_unusable_data_folder_is_explained(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert gui_app.run(not_a_folder) == 1
    assert shown and "thư mục" in shown[0]
