"""Show the window first, open the store after it painted.

Opening the store means importing SQLAlchemy, and the first preview means importing the
renderer: together about half a second, which the clerk would otherwise spend looking at
nothing. The window is built over stand-ins (gui.pending), shown with its editing parts and
store actions disabled, and the store is opened once the first paint reached the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

# what works while the store is opening: the shortcut list and quitting
ALWAYS_ENABLED = {"action_help", "action_quit"}
FALLBACK_MS = 1000  # a window that never paints (started minimised) still gets its data


class AfterFirstPaint(QObject):
    """Call *then* once, as soon as *window* painted for the first time."""

    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # queued: the paint completes and reaches the screen before the slow work starts
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


class Held:
    """The window's editing area and the actions that need the store, disabled until
    ``release``; keystrokes typed before the session is loaded would otherwise be lost."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.actions = [
            action
            for action in window.findChildren(QAction)
            if action.isEnabled() and action.objectName() not in ALWAYS_ENABLED
            and action.menu() is None  # menus stay open-able; their entries are held
        ]
        for action in self.actions:
            action.setEnabled(False)
        area = window.centralWidget()
        assert area is not None, "the window is built with its central widget"
        self.area = area
        area.setEnabled(False)

    def release(self) -> None:
        for action in self.actions:
            action.setEnabled(True)
        self.area.setEnabled(True)
        focused = QApplication.focusWidget()
        if focused is None or not self.window.isAncestorOf(focused):
            # what Qt gives a window that was shown enabled: the first field in tab order
            self.window.focusNextChild()
