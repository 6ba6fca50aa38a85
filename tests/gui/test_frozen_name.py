"""While the later columns of an attendee are typed, the name stays in sight at the left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.helpers import commit, focused, key_clicks, press


def test_the_name_stays_visible_while_typing_the_last_column(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.splitter.setSizes([250, 560, 690])  # the editor narrower than the table
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    frozen = table.findChild(QTableView, "frozen_first_column")
    assert frozen is not None and not frozen.isVisible()  # nothing to pin yet
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Nguyễn Văn A")
    for text in ("Giám đốc", "Sở Tài chính", "Về phía tỉnh"):
        press(qtbot, "Tab")
        key_clicks(focused(), text)
    commit(qtbot, table)
    # on to the absence reason, the last column, from the keyboard
    for _ in range(3):
        press(qtbot, "Right")
    assert table.currentIndex().column() == 6
    qtbot.keyClick(table, Qt.Key.Key_F2)
    key_clicks(focused(), "đi công tác")

    assert table.horizontalScrollBar().value() > 0  # the table did scroll sideways …
    assert table.visualRect(table.model().index(0, 0)).right() < table.columnWidth(0)
    assert frozen.isVisible()  # … and the name is pinned at its left
    name_cell = frozen.visualRect(frozen.model().index(0, 0))
    assert name_cell.isValid() and frozen.viewport().rect().contains(name_cell.center())
    assert frozen.model().index(0, 0).data() == "Nguyễn Văn A"
    # the cell being typed is not under the pinned column
    editing = table.visualRect(table.currentIndex())
    assert editing.left() >= frozen.width() - 2
    commit(qtbot, table)
    assert window.doc.session.attendees[0].absence_reason == "đi công tác"
    # back to the name: the table scrolls home and the pinned copy goes away
    table.setCurrentIndex(table.model().index(0, 0))
    assert table.horizontalScrollBar().value() == 0
    assert not frozen.isVisible()
