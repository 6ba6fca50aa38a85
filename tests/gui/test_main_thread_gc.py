"""Garbage holding Qt objects is freed on the GUI thread, never on a worker.

The preview renders on a worker thread; if CPython's automatic collection ran there, a
cycle holding a QObject would be destroyed outside its thread and crash the window later.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.main_thread_gc import MainThreadCollector
from gui.main_window import MainWindow


def _allocate_a_lot() -> None:
    # Enough container allocations to cross every generation's threshold several times.
    for _ in range(200):
        [[] for _ in range(2000)]


def test_a_cycle_with_a_qt_object_dies_on_the_gui_thread(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    make_window()
    assert not gc.isenabled()
    destroyed_in: list[int] = []
    holder = QObject()
    holder.destroyed.connect(
        lambda: destroyed_in.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    cycle: list[object] = [holder]
    cycle.append(cycle)
    del holder, cycle

    worker = threading.Thread(target=_allocate_a_lot)
    worker.start()
    worker.join()
    assert destroyed_in == []  # the worker's allocations collected nothing

    qtbot.waitUntil(lambda: destroyed_in != [], timeout=5000)
    assert destroyed_in == [threading.get_ident()]


def test_the_collector_applies_cpythons_thresholds(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    make_window()
    app = QApplication.instance()
    assert app is not None
    collector = app.findChild(MainThreadCollector, "main_thread_gc")
    assert isinstance(collector, MainThreadCollector)
    _allocate_a_lot()
    assert gc.get_count()[0] > gc.get_threshold()[0]
    collector.collect()
    assert gc.get_count()[0] <= gc.get_threshold()[0]
