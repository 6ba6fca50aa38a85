"""Opinions spanning several paragraphs; proposals and the chair's answers (Mẫu 1.4 section 3)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.helpers import focused, key_clicks, press, type_text


def import_seed(window: MainWindow, seed_path: Path) -> None:
    assert window.import_file(seed_path)


def test_an_opinion_takes_paragraphs_and_its_typing_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    import_seed(window, seed_path)
    press(qtbot, "Alt+4")
    section = window.editor.opinions
    assert focused() is section.table
    press(qtbot, "Ctrl+Return")  # the speaker's chooser opens
    key_clicks(focused(), "Phạm Thiện Nghĩa")
    press(qtbot, "Tab")  # on to what the speaker says
    assert focused() is section.content
    speaker = window.doc.session.opinions[0].speaker
    assert window.doc.session.attendee(speaker) is not None
    assert window.doc.session.attendee(speaker).name == "Phạm Thiện Nghĩa"  # type: ignore[union-attr]

    steps = window.stack.count()
    type_text(qtbot, "Thống nhất với báo cáo.\n\nĐề nghị thành phố tập trung giải ngân.")
    content = "Thống nhất với báo cáo.\n\nĐề nghị thành phố tập trung giải ngân."
    assert window.doc.session.opinions[0].content == content
    assert window.stack.count() == steps + 1
    assert section.model.index(0, 1).data() == "Thống nhất với báo cáo. …"

    press(qtbot, "Ctrl+Return")  # the next opinion, speaker first
    assert len(window.doc.session.opinions) == 2
    assert section.table.currentIndex().row() == 1
    assert section.content.toPlainText() == ""
    press(qtbot, "Escape")
    qtbot.waitUntil(lambda: section.table.state() != section.table.State.EditingState)
    section.table.setCurrentIndex(section.model.index(0, 0))
    assert section.content.toPlainText() == content

    press(qtbot, "Ctrl+Z", section.table)  # takes back the second opinion
    press(qtbot, "Ctrl+Z", section.table)  # takes back all the typing at once
    assert window.doc.session.opinions[0].content == ""
    assert section.content.toPlainText() == ""
    assert window.doc.session.opinions[0].speaker == speaker


def test_a_problem_in_an_opinion_jumps_to_its_text(window: MainWindow) -> None:
    window.editor.opinions.model.add_row()
    window.editor.opinions.model.add_row()
    window.editor.show_section(0)
    window.jump_to("opinions[1].content")
    section = window.editor.opinions
    assert window.editor.currentWidget() is section
    assert section.table.currentIndex().row() == 1
    assert focused() is section.content
