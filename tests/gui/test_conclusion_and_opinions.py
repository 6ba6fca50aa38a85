"""Proposals and the chair's answers (Mẫu 1.4 section 3); opinions spanning several paragraphs."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import Proposal
from tests.gui.helpers import commit, focused, key_clicks, press, type_text


def import_seed(window: MainWindow, seed_path: Path) -> None:
    assert window.import_file(seed_path)


def test_proposals_are_typed_reordered_removed_and_undone(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    press(qtbot, "Alt+5")
    section = window.editor.conclusion
    press(qtbot, "Alt+X")  # the caption's mnemonic puts the cursor in the proposals table
    assert focused() is section.proposals
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Hỗ trợ kinh phí nâng cấp đường Nguyễn Huệ")
    press(qtbot, "Tab")  # commits and opens the answer
    key_clicks(focused(), "Giao Sở Tài chính tham mưu")
    commit(qtbot, section.proposals)
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), "Bổ sung biên chế giáo viên")
    commit(qtbot, section.proposals)

    proposals = window.doc.session.conclusion.proposals
    assert proposals == [
        Proposal(id="k1", text="Hỗ trợ kinh phí nâng cấp đường Nguyễn Huệ",
                 answer="Giao Sở Tài chính tham mưu"),
        Proposal(id="k2", text="Bổ sung biên chế giáo viên", answer=""),
    ]
    assert window.doc.session.conclusion.directives == []  # Ctrl+Enter went to the right table
    qtmodeltester.check(section.proposals_model)  # type: ignore[attr-defined]

    press(qtbot, "Alt+Up", section.proposals)
    assert [p.id for p in window.doc.session.conclusion.proposals] == ["k2", "k1"]
    press(qtbot, "Ctrl+Del", section.proposals)
    assert [p.id for p in window.doc.session.conclusion.proposals] == ["k1"]
    assert section.proposals_model.rowCount() == 1
    press(qtbot, "Ctrl+Z", section.proposals)
    assert [p.id for p in window.doc.session.conclusion.proposals] == ["k2", "k1"]
    press(qtbot, "Ctrl+Z", section.proposals)
    assert [p.id for p in window.doc.session.conclusion.proposals] == ["k1", "k2"]


def test_a_problem_in_a_proposal_jumps_to_its_cell(window: MainWindow) -> None:
    window.editor.show_section(4)
    section = window.editor.conclusion
    section.proposals_model.add_row()
    section.proposals_model.add_row()
    window.jump_to("conclusion.proposals[1].answer")
    assert focused() is section.proposals
    current = section.proposals.currentIndex()
    assert (current.row(), current.column()) == (1, 1)


def test_duplicate_starts_without_the_old_proposals(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.conclusion.proposals_model.add_row()
    assert len(window.doc.session.conclusion.proposals) == 1
    press(qtbot, "Ctrl+Shift+N", window)
    assert window.doc.session.conclusion.proposals == []


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


def test_undo_shows_the_opinion_or_report_it_changes(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    import_seed(window, seed_path)
    section = window.editor.opinions
    window.editor.show_section(3)
    section.model.add_row()
    section.model.add_row()
    section.table.setCurrentIndex(section.model.index(0, 0))
    type_text(qtbot, "Ý kiến thứ nhất", section.content)
    section.table.setCurrentIndex(section.model.index(1, 0))
    assert section.content.toPlainText() == ""
    press(qtbot, "Ctrl+Z", section.table)
    assert section.table.currentIndex().row() == 0  # the clerk sees what was taken back
    assert window.doc.session.opinions[0].content == ""
    press(qtbot, "Ctrl+Shift+Z", section.table)
    assert section.content.toPlainText() == "Ý kiến thứ nhất"

    reports = window.editor.reports
    window.editor.show_section(2)
    reports.model.add_row()
    reports.list.setCurrentIndex(reports.model.index(0, 0))
    type_text(qtbot, " Bổ sung.", reports.content)
    reports.list.setCurrentIndex(reports.model.index(1, 0))
    press(qtbot, "Ctrl+Z", reports.list)
    assert reports.list.currentIndex().row() == 0
    assert reports.content.toPlainText() == window.doc.session.reports[0].content
    assert not reports.content.toPlainText().endswith("Bổ sung.")
