"""Playing the keyboard like a clerk: typing into fields and table cells, pressing shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.editor.row_table import RowTable


def press(qtbot: QtBot, keys: str, widget: QWidget | None = None) -> None:
    """Press a shortcut such as "Ctrl+Return" where the keyboard focus is."""
    target = widget or QApplication.focusWidget()
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
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != RowTable.State.EditingState, timeout=1000)
