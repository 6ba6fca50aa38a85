"""Ctrl+F finds sessions by the people who took part; ↓ goes to the results, Enter opens."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import Session, read_session_file
from storage import Store
from tests.gui.helpers import focused, key_clicks, press


def _two_sessions(store: Store, seed_path: Path) -> tuple[int, int]:
    seed_id = store.save(read_session_file(seed_path).session)
    other = Session.new()
    other.subject = "giao ban tuần"
    return seed_id, store.save(other)


def test_search_by_a_person_then_down_and_enter_opens_it(
    qtbot: QtBot, make_window: object, store: Store, seed_path: Path
) -> None:
    seed_id, other_id = _two_sessions(store, seed_path)
    assert callable(make_window)
    window: MainWindow = make_window()
    window.open_session(other_id)
    listing = window.session_list
    press(qtbot, "Ctrl+F")
    assert focused() is listing.search
    key_clicks(listing.search, "nghia")  # the chair, typed without diacritics
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=2000)
    assert "Cao Lãnh" in listing.model.index(0, 0).data()
    press(qtbot, "Down")
    assert focused() is listing.view
    assert listing.view.currentIndex().row() == 0
    press(qtbot, "Return")
    assert window.doc.session_id == seed_id
    assert window.editor.general.counterpart.text() == "Ủy ban nhân dân thành phố Cao Lãnh"


def test_enter_in_the_search_box_opens_the_first_result(
    qtbot: QtBot, make_window: object, store: Store, seed_path: Path
) -> None:
    seed_id, other_id = _two_sessions(store, seed_path)
    assert callable(make_window)
    window: MainWindow = make_window()
    window.open_session(other_id)
    press(qtbot, "Ctrl+F")
    key_clicks(focused(), "giao ban")
    press(qtbot, "Ctrl+A")
    key_clicks(focused(), "pham thien")
    press(qtbot, "Return")  # at once: the search runs before opening
    assert window.doc.session_id == seed_id
