"""Playing the keyboard like a clerk: typing into fields and table cells, pressing shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.editor.row_table import RowTable


def key_target() -> QWidget | None:
    """Where the window system sends a key: an open popup (a completion list) first, as
    on a desktop, else the focused widget."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def press(qtbot: QtBot, keys: str, widget: QWidget | None = None) -> None:
    """Press a shortcut such as "Ctrl+Return" where the keyboard focus is."""
    target = widget or key_target()
    assert target is not None, "nothing has the keyboard focus"
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def key_clicks(widget: QWidget, text: str) -> None:
    """Type *text* key by key. QTest.keyClicks asserts on letters outside ASCII, so each
    key event carries its character explicitly, as a Vietnamese keyboard layout sends it."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def type_text(qtbot: QtBot, text: str, widget: QWidget | None = None) -> None:
    """Type *text* into the focused widget; a newline is the Return key."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(target, Qt.Key.Key_Return)
        if line:
            key_clicks(target, line)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_cell(qtbot: QtBot, table: RowTable, row: int, column: int, text: str) -> None:
    """Go to a cell, open its editor with F2, type, and commit with Return."""
    index: QModelIndex = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert editor is not table, "F2 did not open an editor"
    if text:
        key_clicks(editor, text)
    commit(qtbot, table)


def commit(qtbot: QtBot, table: RowTable) -> None:
    """Return in the open cell editor; the delegate commits on the next event-loop turn."""
    target = key_target()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != RowTable.State.EditingState, timeout=1000)
    give_activation_back(qtbot, table)


def give_activation_back(qtbot: QtBot, widget: QWidget) -> None:
    """The offscreen platform activates a completion list some time after showing it, even
    when it has closed meanwhile, leaving no visible window active (no desktop does this):
    shortcuts would go nowhere. Activate the window again, as the desktop would have."""
    qtbot.wait(5)
    active = QApplication.activeWindow()
    if active is None or not active.isVisible():
        widget.window().activateWindow()
        qtbot.waitUntil(widget.window().isActiveWindow, timeout=1000)
