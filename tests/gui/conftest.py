"""Window fixtures: a real store in tmp_path, QSettings in a temporary file, the real renderer."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.composition import build_main_window
from gui.main_thread_gc import MainThreadCollector
from gui.main_window import MainWindow
from renderer import Renderer
from storage import Store


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Free each test's windows here, on the GUI thread, and give collection back to CPython
    for the tests that run no event loop (the window's collector only runs in one)."""
    yield
    app = QApplication.instance()
    collector = app.findChild(MainThreadCollector, "main_thread_gc") if app else None
    gc.collect()
    if isinstance(collector, MainThreadCollector):
        collector.uninstall()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def renderer(store: Store) -> Renderer:
    return Renderer(user_templates_dir=store.data_dir / "templates")


@pytest.fixture
def make_window(
    qtbot: QtBot, store: Store, renderer: Renderer, settings: QSettings
) -> Iterator[object]:
    """Build windows over the same store (a second one plays "after a restart")."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = build_main_window(store, renderer, settings, autosave_ms=50)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.autosave.cancel()  # no save (or retry) after the test
        QApplication.processEvents()


@pytest.fixture
def window(make_window: object) -> MainWindow:
    assert callable(make_window)
    built = make_window()
    assert isinstance(built, MainWindow)
    return built
