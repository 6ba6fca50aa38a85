"""Qt's own words (standard buttons, a text field's menu) follow the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from gui.app import WindowRun
from tests.gui.helpers import press
from tests.gui.running import start_window_run, stop_window_run


@pytest.fixture
def window_run(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[WindowRun]:
    run = start_window_run(qapp, qtbot, tmp_path, tmp_path / "data")
    yield run
    stop_window_run(run)


def _button_texts(dialog: QDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return [button.text() for button in box.buttons()]


def test_standard_buttons_read_vietnamese_then_english(
    qtbot: QtBot, window_run: WindowRun
) -> None:
    window = window_run.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    press(qtbot, "F1", window)
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert _button_texts(dialog) == ["Đóng"]
    close = dialog.findChild(QDialogButtonBox).findChild(QPushButton)  # type: ignore[union-attr]
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    standard = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
    )
    assert sorted(b.text() for b in standard.buttons()) == ["&Có", "&Không", "Hủy", "OK"]

    window.findChild(QAction, "language_en").trigger()
    english = window_run.window
    english.activateWindow()
    qtbot.waitUntil(english.isActiveWindow, timeout=2000)
    press(qtbot, "F1", english)
    dialog = english.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None
    assert _button_texts(dialog) == ["Close"]
    dialog.reject()
