"""Behaviour a clerk notices: completion, validation jumps, notes, snippets, files, revisions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import parse_json
from storage import Store
from tests.gui.helpers import commit, focused, key_clicks, press, type_cell, type_text

REPO = Path(__file__).resolve().parents[2]


def click_item(listing: QListWidget, row: int) -> None:
    """Click the middle of a list row with the mouse, as the clerk can: only where it shows."""
    item = listing.item(row)
    listing.scrollToItem(item)
    point = listing.visualItemRect(item).center()
    assert listing.isVisible() and listing.viewport().visibleRegion().contains(point)
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)


def drop_files(widget: QWidget, paths: list[Path]) -> bool:
    """Drag *paths* in from outside and drop them on the middle of *widget*: enter, move and
    drop events delivered through QApplication, which passes each up to the nearest widget
    that accepts drops, as the platform's drag does. True if the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = widget.rect().center()
    copy, no_button, no_keys = (Qt.DropAction.CopyAction, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, copy, mime, no_button, no_keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, copy, mime, no_button, no_keys)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(QPointF(point), copy, mime, no_button, no_keys)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def import_seed(window: MainWindow, seed_path: Path) -> None:
    assert window.import_file(seed_path)
    assert window.doc.session.counterpart == "Ủy ban nhân dân thành phố Cao Lãnh"


def test_every_table_model_passes_the_model_tester(
    qtmodeltester: object, window: MainWindow, seed_path: Path
) -> None:
    import_seed(window, seed_path)
    window.editor.reports.list.setCurrentIndex(window.editor.reports.model.index(0, 0))
    models: list[object] = [
        window.editor.attendees.model,
        window.editor.reports.model,
        window.editor.reports.figures_model,
        window.editor.opinions.model,
        window.editor.conclusion.model,
        window.editor.conclusion.proposals_model,
        window.editor.notes.model,
        window.session_list.model,
    ]
    assert window.editor.reports.figures_model.rowCount() == 6
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_can_be_dragged_to_a_new_place(tmp_path: Path, seed_path: Path) -> None:
    """The mouse drags directive 1 onto the upper edge of row 4 (tests/gui/drag_rows_window.py,
    on Qt's "minimal" platform: offscreen Qt ends every drag at once)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "minimal"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.drag_rows_window", str(tmp_path / "data"),
         str(seed_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["dropped"] == ["d2", "d3", "d1", "d4", "d5"]
    assert result["stored"] == result["dropped"]
    assert result["undone"] == ["d1", "d2", "d3", "d4", "d5"]  # Ctrl+Z puts it back


def test_directory_completion_fills_position_and_organization(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    import_seed(window, seed_path)  # the store now knows the seed's people
    press(qtbot, "Ctrl+N")
    press(qtbot, "Alt+2")
    press(qtbot, "Ctrl+Return")
    editor = focused()
    key_clicks(editor, "Phạm")
    completer = editor.completer()  # type: ignore[attr-defined]
    assert "Phạm Thiện Nghĩa" in completer.model().stringList()
    key_clicks(editor, " Thiện Nghĩa")
    commit(qtbot, window.editor.attendees.table)
    person = window.doc.session.attendees[0]
    assert person.position == "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"
    assert person.organization == "Ủy ban nhân dân tỉnh Đồng Tháp"
    press(qtbot, "Ctrl+Z", window.editor.attendees.table)  # one step takes all three back
    assert window.doc.session.attendees[0].name == ""
    assert window.doc.session.attendees[0].position == ""


def test_clicking_a_problem_jumps_to_the_field(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    import_seed(window, seed_path)
    type_cell(qtbot, window.editor.attendees.table, 2, 4, "Chủ trì")  # a second chair
    window.editor.general.end_time.line.setFocus()
    press(qtbot, "Ctrl+A")
    type_text(qtbot, "13:00")  # ends before it starts
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.preview.refresh()
    problems = window.preview.problems
    paths = [problems.item(i).toolTip() for i in range(problems.count())]
    assert paths[:2] == ["attendees[2].role", "end_time"]
    window.editor.show_section(6)
    click_item(problems, 0)
    assert window.editor.currentWidget() is window.editor.attendees
    current = window.editor.attendees.table.currentIndex()
    assert (current.row(), current.column()) == (2, 4)
    click_item(problems, 1)
    assert window.editor.currentWidget() is window.editor.general
    assert focused() is window.editor.general.end_time.line


def test_errors_block_export_but_warnings_do_not(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.general.subject.setFocus()
    type_text(qtbot, "họp")  # no chair yet: only a warning
    dialog = window.export_documents()
    assert dialog.problems.count() >= 1
    assert dialog.export_button.isEnabled()
    dialog.reject()
    window.editor.general.start_time.line.setFocus()
    type_text(qtbot, "15:00")
    window.editor.general.end_time.line.setFocus()
    type_text(qtbot, "14:00")
    dialog = window.export_documents()
    assert dialog.problems.has_errors()
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_ctrl_t_adds_a_note_stamped_now(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.general.subject.setFocus()
    press(qtbot, "Ctrl+T")
    assert window.editor.currentWidget() is window.editor.notes
    key_clicks(focused(), "Đại biểu phát biểu về giải ngân")
    commit(qtbot, window.editor.notes.table)
    note = window.doc.session.notes[0]
    assert note.time is not None
    assert note.text == "Đại biểu phát biểu về giải ngân"


def test_a_note_being_typed_is_saved_before_its_cell_closes(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    """Minutes of typing in one cell must survive a crash: the text reaches the store while
    the cell is still open, without moving the cursor, and undoes as one step."""
    window.editor.general.subject.setFocus()
    press(qtbot, "Ctrl+T")
    editor = focused()
    key_clicks(editor, "phát biểu về giải ngân")
    press(qtbot, "Home", editor)
    key_clicks(editor, "Giám đốc Sở Tài chính ")  # the cursor must stay where it is
    expected = "Giám đốc Sở Tài chính phát biểu về giải ngân"
    assert window.doc.session.notes[0].text == expected
    assert focused() is editor  # the cell is still open
    qtbot.waitUntil(
        lambda: window.doc.session_id is not None
        and store.load(window.doc.session_id).notes[0].text == expected,
        timeout=3000,
    )
    commit(qtbot, window.editor.notes.table)
    press(qtbot, "Ctrl+Z", window.editor.notes.table)
    assert window.doc.session.notes[0].text == ""  # all the typing was one step


def test_snippets_are_inserted_and_editable(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    press(qtbot, "Alt+5")
    assessment = window.editor.conclusion.assessment
    assert focused() is assessment
    press(qtbot, "Ctrl+M")
    menu = window.findChild(QMenu, "snippet_menu")
    assert menu is not None and menu.isVisible()
    menu.actions()[0].trigger()  # "Ghi nhận …", with "…" selected for typing
    type_text(qtbot, "kết quả đạt được", assessment)
    assert window.doc.session.conclusion.assessment == ["Ghi nhận kết quả đạt được"]
    window.edit_snippets()
    dialog = window.findChild(QDialog, "snippet_dialog")
    assert dialog is not None
    dialog.text.setPlainText("Thống nhất …\nGiao … thực hiện")  # type: ignore[attr-defined]
    dialog.accept()
    assert json.loads((data_dir / "snippets.json").read_text("utf-8")) == [
        "Thống nhất …", "Giao … thực hiện"
    ]


def test_drop_a_json_file_then_search_duplicate_and_delete(
    qtbot: QtBot, window: MainWindow, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = window.session_list
    # dropped from a file manager onto the list of sessions; the window takes it
    assert drop_files(listing.view.viewport(), [seed_path])
    assert window.doc.session.subject.startswith("triển khai")
    listing.search.setFocus()
    type_text(qtbot, "cao lanh")  # no diacritics
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=2000)
    listing.search.clear()
    type_text(qtbot, "04/3/2024", listing.search)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=2000)
    listing.search.clear()
    type_text(qtbot, "hà nội", listing.search)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0, timeout=2000)
    listing.search.clear()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=2000)

    original = window.doc.session_id
    press(qtbot, "Ctrl+Shift+N")  # duplicate as a new session
    copy = window.doc.session
    assert window.doc.session_id != original
    assert len(copy.attendees) == 5 and copy.reports == [] and copy.conclusion.directives == []
    seed = parse_json(seed_path.read_text("utf-8")).session
    assert copy.document.recipients == seed.document.recipients
    assert listing.model.rowCount() == 2

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delete_selected_session()
    assert asked and listing.model.rowCount() == 2  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.delete_selected_session()
    assert listing.model.rowCount() == 1
    assert window.doc.session_id == original


def test_earlier_revisions_can_be_restored(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    subject = window.editor.general.subject
    subject.setFocus()
    with qtbot.waitSignal(window.autosave.saved, timeout=2000):
        type_text(qtbot, "bản đầu")
    with qtbot.waitSignal(window.autosave.saved, timeout=2000):
        type_text(qtbot, " đã sửa")
    assert window.doc.session_id is not None
    assert len(store.revisions(window.doc.session_id)) >= 2
    dialog = window.show_revisions()
    assert dialog is not None
    listing = dialog.listing  # type: ignore[attr-defined]
    click_item(listing, 1)
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.doc.session.subject == "bản đầu"
    assert subject.text() == "bản đầu"


def test_f1_lists_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, "F1", window)
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.table  # type: ignore[attr-defined]
    described = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Thêm dòng vào bảng đang làm việc" in described
    assert "Ghi chép mới, ghi sẵn giờ hiện tại" in described
    dialog.reject()
    QApplication.processEvents()
