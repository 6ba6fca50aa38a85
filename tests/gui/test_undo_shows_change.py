"""Undo and redo show the tab and the field they change, wherever the clerk is."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.helpers import commit, focused, key_clicks, press, type_text


def test_undo_of_a_field_on_another_tab_shows_that_tab_and_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    general = window.editor.general
    general.location.setFocus()
    type_text(qtbot, "Hội trường A")
    press(qtbot, "Alt+5")  # the conclusion tab
    assert window.editor.currentWidget() is window.editor.conclusion
    press(qtbot, "Ctrl+Z")
    assert window.editor.currentWidget() is general
    assert focused() is general.location
    assert general.location.text() == ""
    press(qtbot, "Alt+6")
    press(qtbot, "Ctrl+Shift+Z")
    assert window.editor.currentWidget() is general
    assert focused() is general.location
    assert general.location.text() == "Hội trường A"
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    assert window.store.load(window.doc.session_id).location == "Hội trường A"


def test_undo_of_a_row_on_another_tab_shows_its_table_and_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Nguyễn Văn A")
    commit(qtbot, table)
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Trần Thị B")
    commit(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 0))
    press(qtbot, "Alt+1")
    press(qtbot, "Ctrl+Z")  # takes back the second name
    assert window.editor.currentWidget() is window.editor.attendees
    assert focused() is table
    assert table.currentIndex().row() == 1
    assert table.model().index(1, 0).data() == ""
