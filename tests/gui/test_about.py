"""Trợ giúp ▸ Giới thiệu: the version a clerk reads out when asking for help, and whether
this is a build (of which day) or a development install."""

from __future__ import annotations

import importlib.metadata
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models.version import BUILD_MODULE


def open_about(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    """Alt+R opens Trợ giúp, G chooses Giới thiệu: keys, as a clerk without a mouse would."""
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_G)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about_box") is not None,
                    timeout=2000)
    box = window.findChild(QMessageBox, "about_box")
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def close_about(qtbot: QtBot, window: MainWindow, box: QMessageBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about_box") is None, timeout=2000)


def test_a_development_install_says_so(qtbot: QtBot, window: MainWindow) -> None:
    box = open_about(qtbot, window)
    assert box.windowTitle() == "Giới thiệu Thư ký"
    assert f"Phiên bản {importlib.metadata.version('thuky')}" in box.text()
    assert "Bản phát triển" in box.text()
    assert "Nghị định 30/2020/NĐ-CP" in box.informativeText()
    close_about(qtbot, window, box)


def test_a_build_shows_its_date_and_commit(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = types.ModuleType(BUILD_MODULE)
    build.VERSION = "9.8.7"  # type: ignore[attr-defined]
    build.BUILT_ON = "2026-01-05"  # type: ignore[attr-defined]
    build.COMMIT = "abc1234"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, BUILD_MODULE, build)
    box = open_about(qtbot, window)
    assert "Phiên bản 9.8.7" in box.text()
    assert "Bản dựng ngày 05/01/2026 (abc1234)" in box.text()
    assert "phát triển" not in box.text()
    close_about(qtbot, window, box)
