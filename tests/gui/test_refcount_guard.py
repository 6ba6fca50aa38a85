"""PySide6 6.12 on Python 3.11 steals references to None/True/False; the window must survive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

import gui  # noqa: F401 - importing the package applies the guard


class _Emitter(QObject):
    fired = Signal()


def test_many_void_calls_and_emits_do_not_abort(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    emitter = _Emitter()
    # Without the guard the interpreter aborts long before this loop ends on Python 3.11.
    for _ in range(20_000):
        line.setEnabled(True)
        emitter.fired.emit()
    assert line.isEnabled()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
