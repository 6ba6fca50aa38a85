"""Vietnamese on first start; English after the user picks it (and after a restart)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import WindowRun
from gui.i18n import chosen_language, install_translator, remove_translator
from gui.main_window import MainWindow
from tests.gui.helpers import type_text
from tests.gui.running import start_window_run, stop_window_run


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_first_start_is_vietnamese(window: MainWindow, settings: QSettings) -> None:
    assert chosen_language(settings) == "vi"
    assert menu_titles(window)[:2] == ["Tệ&p", "Sử&a"]
    assert window.editor.tabText(0) == "1 Thông tin chung"


def test_choosing_english_shows_english(
    qtbot: QtBot, make_window: object, settings: QSettings
) -> None:
    assert callable(make_window)
    first: MainWindow = make_window()
    with qtbot.waitSignal(first.language_chosen) as chosen:
        first.findChild(type(first.undo_action), "language_en").trigger()
    assert chosen.args == ["en"]
    assert chosen_language(settings) == "en"
    # gui.app rebuilds the window with the translator installed, as a restart would
    translator = install_translator(chosen_language(settings))
    assert translator is not None
    try:
        second: MainWindow = make_window()
        assert menu_titles(second)[:2] == ["&File", "&Edit"]
        assert second.editor.tabText(1) == "2 Attendees"
        header = second.editor.attendees.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Name"
        second.editor.general.subject.setFocus()
        with qtbot.waitSignal(second.autosave.saved, timeout=2000):
            type_text(qtbot, "giao ban")
        assert second.saved_label.text().startswith("Saved at ")
    finally:
        remove_translator(translator)


@pytest.fixture
def window_run(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[WindowRun]:
    run = start_window_run(qapp, qtbot, tmp_path, tmp_path / "data")
    yield run
    stop_window_run(run)


def test_switching_language_keeps_the_session_the_section_and_what_was_typed(
    qtbot: QtBot, window_run: WindowRun
) -> None:
    first = window_run.window
    subject = first.editor.general.subject
    subject.setFocus()
    type_text(qtbot, "Giao ban tuần 12", subject)
    first.editor.show_section(3)
    assert first.autosave.pending  # not saved yet: the switch itself must save it
    first.findChild(QAction, "language_en").trigger()

    english = window_run.window
    assert english is not first
    assert menu_titles(english)[:2] == ["&File", "&Edit"]
    assert english.editor.tabText(1) == "2 Attendees"
    assert english.editor.currentIndex() == 3
    assert english.editor.general.subject.text() == "Giao ban tuần 12"
    session_id = english.doc.session_id
    assert session_id is not None
    store = window_run.store.target
    assert store is not None
    assert store.load(session_id).subject == "Giao ban tuần 12"

    english.findChild(QAction, "language_vi").trigger()
    vietnamese = window_run.window
    assert menu_titles(vietnamese)[:2] == ["Tệ&p", "Sử&a"]
    assert vietnamese.editor.currentIndex() == 3
    assert vietnamese.doc.session_id == session_id
    assert vietnamese.editor.general.subject.text() == "Giao ban tuần 12"
