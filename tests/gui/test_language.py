"""Vietnamese on first start; English after the user picks it (and after a restart)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.i18n import chosen_language, install_translator, remove_translator
from gui.main_window import MainWindow
from tests.gui.helpers import type_text


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_first_start_is_vietnamese(window: MainWindow, settings: QSettings) -> None:
    assert chosen_language(settings) == "vi"
    assert menu_titles(window)[:2] == ["&Tệp", "&Sửa"]
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
