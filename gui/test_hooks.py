"""Hooks for the tests that run the real window in a subprocess; inert unless enabled.

``THUKY_TRACE=1`` prints one line per start-up event on standard output ("painted",
"ready", "raised", "notice: …"), so a test can wait for the window instead of sleeping.
``THUKY_TEST_TYPING=<interval ms>`` (needs ``THUKY_TRACE=1``) makes the window type " w1",
" w2", … into the subject field with QTest, one word per interval, and print "edit N" once
the widget shows word N — what tests/reliability/test_window_kill.py kills the window
during. Neither variable is read unless set, and nothing else changes behaviour.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

TRACE_ENV = "THUKY_TRACE"
TYPING_ENV = "THUKY_TEST_TYPING"


def tracing() -> bool:
    return os.environ.get(TRACE_ENV) == "1"


def trace(event: str) -> None:
    if tracing():
        print(event, flush=True)


class ScriptedTyping(QObject):
    """Types numbered words into *field* on a timer, as a clerk taking notes would."""

    def __init__(self, field: QLineEdit, interval_ms: int) -> None:
        super().__init__(field)
        self.field = field
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.type_next)

    def type_next(self) -> None:
        from PySide6.QtTest import QTest

        word = f" w{self.count + 1}"
        QTest.keyClicks(self.field, word)
        if self.field.text().endswith(word):
            self.count += 1
            trace(f"edit {self.count}")


def start_scripted_typing(field: QLineEdit) -> ScriptedTyping | None:
    value = os.environ.get(TYPING_ENV, "")
    if not (tracing() and value.isdigit()):
        return None
    typing = ScriptedTyping(field, int(value))
    field.setFocus()
    typing.timer.start()
    return typing
