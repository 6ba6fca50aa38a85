"""The fields behind the documents' wording, used as a clerk uses them: the post a person is
named by (picked per attendee, shown in the table and the preview), the issuer's name as
sentences say it, and the hint under "Ký hiệu"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.helpers import commit, focused, press, type_text


def test_the_clerk_picks_the_post_the_documents_use(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    assert window.import_file(seed_path)
    qtbot.waitUntil(lambda: "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"
                    in window.preview.page.toPlainText(), timeout=5000)
    press(qtbot, "Alt+2")
    section = window.editor.attendees
    table = section.table
    column = [c.key for c in section.model.columns].index("post")
    cell = section.model.index(0, column)
    # empty in the file: the default post is shown, greyed
    assert window.doc.session.attendees[0].post == ""
    assert cell.data() == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    table.setCurrentIndex(cell)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox), editor
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # the other post
    commit(qtbot, table)
    assert window.doc.session.attendees[0].post == "Phó Bí thư Tỉnh ủy"
    assert cell.data() == "Phó Bí thư Tỉnh ủy"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: "Kết luận của Phó Bí thư Tỉnh ủy Phạm Thiện Nghĩa"
                    in window.preview.page.toPlainText(), timeout=5000)
    press(qtbot, "Ctrl+Z", table)
    assert window.doc.session.attendees[0].post == ""


def test_the_issuer_as_sentences_name_it_has_a_default_the_clerk_can_correct(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    assert window.import_file(seed_path)
    general = window.editor.general
    field = general.issuer_in_text
    assert field.text() == ""
    assert field.placeholderText() == "Văn phòng Ủy ban nhân dân tỉnh"
    general.issuer_name.setFocus()
    general.issuer_name.selectAll()
    type_text(qtbot, "SỞ TÀI CHÍNH")
    assert field.placeholderText() == "Sở Tài chính"
    field.setFocus()
    type_text(qtbot, "Sở Tài chính tỉnh Đồng Tháp")
    assert window.doc.session.issuer.name_in_text == "Sở Tài chính tỉnh Đồng Tháp"
    qtbot.waitUntil(lambda: "Sở Tài chính tỉnh Đồng Tháp thông báo"
                    in window.preview.page.toPlainText(), timeout=5000)


def test_the_symbol_field_says_what_is_expected(window: MainWindow) -> None:
    hint = window.editor.general.symbol_hint
    assert "VPUBND" in hint.text() and "TB-VPUBND" in hint.text()
    assert not hint.isHidden()
