"""Ctrl+H lists each earlier save with what it changed, and restores the one picked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QListWidget
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.revision_text import describe
from models.changes import FieldChange, ListChange
from tests.gui.helpers import commit, focused, key_clicks, press, type_text


def saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for autosave to write what was typed (one revision per step)."""
    qtbot.waitUntil(lambda: not window.autosave.pending, timeout=3000)


def test_revisions_say_what_changed_and_one_is_restored_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.editor.general.subject.setFocus()
    type_text(qtbot, "giao ban")
    saved(qtbot, window)
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Nguyễn Văn A")
    commit(qtbot, table)
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Trần Thị B")
    commit(qtbot, table)
    saved(qtbot, window)
    press(qtbot, "Alt+5")
    directives = window.editor.conclusion.table
    directives.setFocus()
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Rà soát dự án")
    commit(qtbot, directives)
    saved(qtbot, window)

    press(qtbot, "Ctrl+H")
    dialog = window.findChild(QDialog, "revisions_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    listing = dialog.findChild(QListWidget)
    assert listing is not None
    texts = [listing.item(i).text().split(" — ", 1)[1] for i in range(listing.count())]
    assert texts[0] == "Kết luận: thêm nhiệm vụ 1"
    # autosave may have saved between the two names: one line each, or one for both
    assert texts[1] in ("Thành phần: thêm dòng 2", "Thành phần: thêm 2 dòng")
    assert texts[-1] == "bản cũ nhất còn giữ"
    # the state before the directive: the second line, picked and restored by keyboard
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert focused() is listing  # the list has the keyboard when the dialog opens
    press(qtbot, "Down")
    press(qtbot, "Alt+K")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)  # a mnemonic animates the click
    assert window.doc.session.conclusion.directives == []
    assert [a.name for a in window.doc.session.attendees] == ["Nguyễn Văn A", "Trần Thị B"]
    assert window.doc.session_id is not None
    assert window.store.load(window.doc.session_id).conclusion.directives == []


def test_the_words_for_several_changes(qapp: object) -> None:
    changes = [
        FieldChange("general", ("subject", "date")),
        ListChange("attendees", changed=(2, 5)),
        ListChange("conclusion.directives", added=(3,), removed=(1,)),
    ]
    assert describe(changes) == (
        "Thông tin chung: sửa nội dung, ngày; Thành phần: sửa 2 dòng; "
        "Kết luận: thêm nhiệm vụ 3, xóa nhiệm vụ 1"
    )
