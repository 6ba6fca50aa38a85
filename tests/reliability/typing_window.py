"""The real window, started as `main.py` starts it, with a robot typing into the subject.

Run as ``python -m tests.reliability.typing_window INTERVAL_MS --data-dir D`` (from the
repository root, with ``THUKY_TRACE=1``). Once the window says "ready" it types " w1", " w2",
… into the subject field with QTest, one word every INTERVAL_MS, and prints "edit N" once the
field shows word N — what tests/reliability/test_window_kill.py kills the window during.
Nothing of this is in the product: it wraps ``WindowRun.open_store`` from outside.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

import gui.app
import main
from gui.trace import trace


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
        word = f" w{self.count + 1}"
        QTest.keyClicks(self.field, word)
        if self.field.text().endswith(word):
            self.count += 1
            trace(f"edit {self.count}")


def type_once_ready(interval_ms: int) -> None:
    opened = gui.app.WindowRun.open_store

    def open_store_then_type(run: gui.app.WindowRun) -> None:
        opened(run)
        if run.store.target is None or run.closed:  # the store did not open
            return
        field = run.window.editor.general.subject
        typing = ScriptedTyping(field, interval_ms)  # owned by the field (its Qt parent)
        field.setFocus()
        typing.timer.start()

    gui.app.WindowRun.open_store = open_store_then_type  # type: ignore[method-assign]


if __name__ == "__main__":
    type_once_ready(int(sys.argv[1]))
    sys.exit(main.main(sys.argv[2:]))
