"""Every Alt+letter means one thing on each tab, and every menu opens from the keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from gui.i18n import install_translator, remove_translator
from gui.main_window import MainWindow
from tests.gui.helpers import focused, press


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _visible_mnemonics(window: MainWindow) -> list[tuple[str, QWidget]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = _letter(text)
        if letter:
            found.append((letter, widget))
    return found


@pytest.fixture(params=["vi", "en"])
def any_language_window(
    request: pytest.FixtureRequest, make_window: object
) -> Iterator[MainWindow]:
    """The window in Vietnamese, then in English (each language has its own letters)."""
    translator = install_translator(request.param) if request.param != "vi" else None
    assert callable(make_window)
    try:
        yield make_window()
    finally:
        remove_translator(translator)


def test_no_alt_letter_is_taken_twice_on_any_tab(
    qtbot: QtBot, any_language_window: MainWindow
) -> None:
    window = any_language_window
    menus = [_letter(action.text()) for action in window.menuBar().actions()]
    assert None not in menus
    for number in range(1, 8):
        press(qtbot, f"Alt+{number}")
        assert window.editor.currentIndex() == number - 1
        letters = [letter for letter, _widget in _visible_mnemonics(window)] + menus
        clashes = sorted({letter for letter in letters if letters.count(letter) > 1})
        assert clashes == [], f"tab {number}: {clashes}"
        # each label's letter puts the cursor in its field
        for letter, widget in _visible_mnemonics(window):
            buddy = widget.buddy() if isinstance(widget, QLabel) else None
            if buddy is not None and buddy.isEnabled():  # a disabled field takes no focus
                press(qtbot, f"Alt+{letter.upper()}", window)
                assert focused() is buddy or buddy.isAncestorOf(focused()), widget.text()


def test_every_menu_opens_with_its_letter(qtbot: QtBot, window: MainWindow) -> None:
    for action in window.menuBar().actions():
        letter = _letter(action.text())
        assert letter is not None
        window.editor.general.subject.setFocus()
        press(qtbot, f"Alt+{letter.upper()}")
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu) and popup is action.menu(), action.text()
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=1000)
