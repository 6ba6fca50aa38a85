"""List-backed fields take what is typed: speakers, presenters and roles complete as you type
(diacritics optional), open with Alt+↓ / F4, and a new name becomes an attendee to complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.choice_combo import CompletingCombo
from gui.main_window import MainWindow
from models import Role, check_session
from tests.gui.helpers import commit, focused, key_clicks, key_target, press, type_text


def _import(window: MainWindow, seed_path: Path) -> None:
    assert window.import_file(seed_path)


def test_a_speaker_not_in_the_list_becomes_an_attendee_and_the_opinion_is_kept(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    _import(window, seed_path)
    before = len(window.doc.session.attendees)
    press(qtbot, "Alt+4")
    section = window.editor.opinions
    press(qtbot, "Ctrl+Return")  # the speaker's chooser opens
    key_clicks(focused(), "Lê Văn Tám")
    press(qtbot, "Tab")
    assert focused() is section.content
    type_text(qtbot, "Đề nghị hỗ trợ vốn.")

    attendees = window.doc.session.attendees
    assert len(attendees) == before + 1
    added = attendees[-1]
    assert (added.name, added.added_from) == ("Lê Văn Tám", "opinion")
    opinion = window.doc.session.opinions[-1]
    assert (opinion.speaker, opinion.content) == (added.id, "Đề nghị hỗ trợ vốn.")
    row = len(window.doc.session.opinions) - 1
    assert section.model.index(row, 0).data() == "Lê Văn Tám"
    # what the store holds, and the reminder to complete the row
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    stored = window.store.load(window.doc.session_id)
    assert stored.attendees[-1].added_from == "opinion"
    assert stored.opinions[-1].content == "Đề nghị hỗ trợ vốn."
    messages = [p.message for p in check_session(stored)]
    assert "Lê Văn Tám được thêm từ ý kiến phát biểu: cần bổ sung chức vụ, đơn vị" in messages
    # one undo takes the text, the next the speaker and the row made for them
    press(qtbot, "Ctrl+Z", section.table)
    press(qtbot, "Ctrl+Z", section.table)
    assert len(window.doc.session.attendees) == before
    assert window.doc.session.opinions[-1].speaker is None


def test_a_speaker_completes_without_diacritics(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    _import(window, seed_path)
    before = len(window.doc.session.attendees)
    press(qtbot, "Alt+4")
    section = window.editor.opinions
    press(qtbot, "Ctrl+Return")
    editor = focused()
    assert isinstance(editor, CompletingCombo)
    key_clicks(editor, "pham thien")
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isVisible()  # the list offers the match
    offered = editor.typing_completer.model().stringList()  # type: ignore[union-attr]
    assert offered == ["Phạm Thiện Nghĩa"]
    press(qtbot, "Down")
    press(qtbot, "Return")  # takes the offer
    assert editor.currentText() == "Phạm Thiện Nghĩa"
    commit(qtbot, section.table)
    speaker = window.doc.session.attendee(window.doc.session.opinions[-1].speaker)
    assert speaker is not None and speaker.name == "Phạm Thiện Nghĩa"
    assert len(window.doc.session.attendees) == before  # no second Phạm Thiện Nghĩa


def test_f4_and_alt_down_open_the_speaker_and_presenter_lists(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    _import(window, seed_path)
    press(qtbot, "Alt+4")
    section = window.editor.opinions
    table = section.table
    press(qtbot, "Ctrl+Return")  # a new opinion, its speaker's cell open …
    press(qtbot, "Escape")  # … and closed again
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=1000)
    assert focused() is table
    press(qtbot, "F4")
    qtbot.wait(10)  # the closed editor is deleted on a later turn
    open_editors = [c for c in table.findChildren(CompletingCombo) if c.isVisible()]
    assert len(open_editors) == 1 and table.state() == table.State.EditingState
    combo = open_editors[0]
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=1000)
    assert focused() is combo.view()  # the list has the keyboard: ↓ and Enter pick
    press(qtbot, "Escape")
    press(qtbot, "Escape")

    press(qtbot, "Alt+3")
    reports = window.editor.reports
    reports.list.setCurrentIndex(reports.model.index(0, 0))
    press(qtbot, "Alt+N")  # the presenter's label
    assert focused() is reports.presenter
    press(qtbot, "Alt+Down")
    qtbot.waitUntil(lambda: reports.presenter.view().isVisible(), timeout=1000)
    press(qtbot, "Escape")


def test_a_presenter_not_in_the_list_becomes_an_attendee(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    _import(window, seed_path)
    before = len(window.doc.session.attendees)
    press(qtbot, "Alt+3")
    section = window.editor.reports
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Báo cáo bổ sung")
    commit(qtbot, section.list)
    press(qtbot, "Alt+N")
    assert focused() is section.presenter
    press(qtbot, "Ctrl+A")
    key_clicks(section.presenter, "Nguyễn Thị Mới")
    target = key_target()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    assert focused() is section.report_title

    added = window.doc.session.attendees[-1]
    assert len(window.doc.session.attendees) == before + 1
    assert (added.name, added.added_from) == ("Nguyễn Thị Mới", "report")
    assert window.doc.session.reports[-1].presenter == added.id
    assert section.presenter.currentText() == "Nguyễn Thị Mới"
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    stored = window.store.load(window.doc.session_id)
    assert stored.reports[-1].presenter == added.id
    assert stored.attendees[-1].name == "Nguyễn Thị Mới"


def test_a_role_is_typed_without_diacritics(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Trần Văn Thư")
    commit(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 4))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    key_clicks(focused(), "thu")  # the start is enough, without diacritics
    commit(qtbot, table)
    assert window.doc.session.attendees[0].role is Role.SECRETARY
    assert table.model().index(0, 4).data() == "Thư ký"


def test_a_role_not_in_the_list_is_not_dropped_silently(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Trần Văn Thư")
    commit(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 4))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    key_clicks(focused(), "phó giám đốc")
    commit(qtbot, table)
    assert window.doc.session.attendees[0].role is Role.MEMBER  # kept, and the clerk told
    assert window.statusBar().currentMessage() == (
        "Không có “phó giám đốc” trong danh sách; vẫn giữ “Thành viên”. F4 mở danh sách."
    )


def test_a_new_presenter_typed_is_kept_when_ctrl_enter_or_undo_moves_on(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    _import(window, seed_path)
    press(qtbot, "Alt+3")
    section = window.editor.reports
    press(qtbot, "Ctrl+Return")  # a second report, its title typed
    key_clicks(focused(), "Báo cáo thứ hai")
    commit(qtbot, section.list)
    section.list.setCurrentIndex(section.model.index(0, 0))
    press(qtbot, "Alt+N")
    press(qtbot, "Ctrl+A")
    key_clicks(section.presenter, "Đỗ Văn Mới")
    press(qtbot, "Ctrl+Z")  # takes back the second title, which shows the second report
    assert window.doc.session.reports[1].title == ""
    added = window.doc.session.attendees[-1]
    assert (added.name, added.added_from) == ("Đỗ Văn Mới", "report")
    assert window.doc.session.reports[0].presenter == added.id  # where it was typed

    section.list.setCurrentIndex(section.model.index(1, 0))
    press(qtbot, "Alt+N")
    key_clicks(section.presenter, "Lý Thị Hai")
    press(qtbot, "Ctrl+Return")  # adds a figure: the name is not lost on the way
    second = window.doc.session.attendees[-1]
    assert second.name == "Lý Thị Hai"
    assert window.doc.session.reports[1].presenter == second.id
