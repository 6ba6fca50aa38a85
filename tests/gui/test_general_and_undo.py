"""Typing in the general section, undo/redo of each kind of edit, autosave and restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import Role
from tests.gui.helpers import commit, focused, press, type_cell, type_text


def test_typing_in_one_field_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    general = window.editor.general
    general.subject.setFocus()
    type_text(qtbot, "họp giao ban")
    assert window.doc.session.subject == "họp giao ban"
    assert window.stack.count() == 1
    general.location.setFocus()
    type_text(qtbot, "Hội trường")
    assert window.stack.count() == 2
    press(qtbot, "Ctrl+Z")
    assert window.doc.session.location == ""
    assert general.location.text() == ""
    press(qtbot, "Ctrl+Z")
    assert window.doc.session.subject == ""
    assert general.subject.text() == ""
    press(qtbot, "Ctrl+Shift+Z")
    assert window.doc.session.subject == "họp giao ban"
    assert general.subject.text() == "họp giao ban"


def test_window_title_follows_subject(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "Thư ký"
    window.editor.general.subject.setFocus()
    type_text(qtbot, "giao ban tuần")
    assert window.windowTitle() == "Thư ký — giao ban tuần"


def test_dates_and_times_are_typed_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    general = window.editor.general
    general.date.line.setFocus()
    general.date.line.selectAll()
    type_text(qtbot, "04/03/2024")
    general.start_time.line.setFocus()
    type_text(qtbot, "14:00")
    assert window.doc.session.date == dt.date(2024, 3, 4)
    assert window.doc.session.start_time == dt.time(14, 0)
    press(qtbot, "Ctrl+Z")
    assert window.doc.session.start_time is None
    assert general.start_time.line.text() == ""


def test_now_button_stamps_the_current_time(qtbot: QtBot, window: MainWindow) -> None:
    before = dt.datetime.now().time().replace(second=0, microsecond=0)
    qtbot.mouseClick(window.editor.general.end_time.now_button, Qt.MouseButton.LeftButton)
    stamped = window.doc.session.end_time
    assert stamped is not None and stamped >= before


def test_kind_choice_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    kind = window.editor.general.kind
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert window.doc.session.kind.value == "meeting"
    press(qtbot, "Ctrl+Z")
    assert window.doc.session.kind.value == "working_session"
    assert kind.currentIndex() == 0


def test_attendee_rows_undo_redo(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.show_section(1)
    table = window.editor.attendees.table
    table.setFocus()
    press(qtbot, "Ctrl+Return")
    type_text(qtbot, "Nguyễn Văn A", focused())
    commit(qtbot, table)
    assert [a.name for a in window.doc.session.attendees] == ["Nguyễn Văn A"]
    press(qtbot, "Ctrl+Return", table)
    type_text(qtbot, "Trần Thị B", focused())
    commit(qtbot, table)
    type_cell(qtbot, table, 1, 4, "Chủ")
    assert window.doc.session.attendees[1].role is Role.CHAIR
    # move B up with the keyboard, then undo the move, the role, the name and the row
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.name for a in window.doc.session.attendees] == ["Trần Thị B", "Nguyễn Văn A"]
    press(qtbot, "Ctrl+Z", table)
    assert [a.name for a in window.doc.session.attendees] == ["Nguyễn Văn A", "Trần Thị B"]
    press(qtbot, "Ctrl+Z", table)
    assert window.doc.session.attendees[1].role is Role.MEMBER
    press(qtbot, "Ctrl+Z", table)
    assert window.doc.session.attendees[1].name == ""
    press(qtbot, "Ctrl+Z", table)
    assert len(window.doc.session.attendees) == 1
    press(qtbot, "Ctrl+Shift+Z", table)
    assert len(window.doc.session.attendees) == 2
    # removing a row is undoable too
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.session.attendees) == 1
    press(qtbot, "Ctrl+Z", table)
    assert window.doc.session.attendees[0].name == "Nguyễn Văn A"
    # the present check box
    present = table.model().index(0, 5)
    table.setCurrentIndex(present)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.doc.session.attendees[0].present is False
    press(qtbot, "Ctrl+Z", table)
    assert window.doc.session.attendees[0].present is True


def test_autosave_then_a_new_window_shows_everything(
    qtbot: QtBot, make_window: object
) -> None:
    assert callable(make_window)
    first: MainWindow = make_window()
    first.editor.general.subject.setFocus()
    type_text(qtbot, "họp về đầu tư công")
    with qtbot.waitSignal(first.autosave.saved, timeout=2000):
        pass
    assert first.saved_label.text().startswith("Đã lưu lúc ")
    first.close()
    second: MainWindow = make_window()
    assert second.doc.session.subject == "họp về đầu tư công"
    assert second.editor.general.subject.text() == "họp về đầu tư công"
    assert second.doc.session_id == first.doc.session_id
