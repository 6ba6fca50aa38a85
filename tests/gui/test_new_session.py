"""Ctrl+N: the cursor lands in the subject, and the issuer is the profile last used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import Issuer, Kind
from storage import Store
from tests.gui.helpers import focused, press, type_text


def test_ctrl_n_puts_the_cursor_in_the_subject(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.show_section(3)
    press(qtbot, "Ctrl+N")
    assert focused() is window.editor.general.subject
    type_text(qtbot, "cuộc họp giao ban")
    assert window.doc.session.kind is Kind.WORKING_SESSION  # the first letters kept out of it
    assert window.editor.general.subject.text() == "cuộc họp giao ban"
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    assert window.store.load(window.doc.session_id).subject == "cuộc họp giao ban"


def test_a_new_session_starts_from_the_issuer_profile_last_used(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    province = Issuer(parent="", name="ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", symbol="UBND",
                      place="Đồng Tháp")
    city = Issuer(parent="TỈNH ĐỒNG THÁP", name="ỦY BAN NHÂN DÂN THÀNH PHỐ CAO LÃNH",
                  symbol="VP", place="Cao Lãnh")
    store.save_issuer_profile(city)
    store.save_issuer_profile(province)  # saved last: first in the chooser
    general = window.editor.general
    general.reload_profiles()
    # the clerk picks the city's profile from the keyboard
    general.profile.setFocus()
    row = next(i for i in range(general.profile.count())
               if general.profile.itemText(i).startswith("ỦY BAN NHÂN DÂN THÀNH PHỐ"))
    for _ in range(row):
        qtbot.keyClick(general.profile, Qt.Key.Key_Down)
    assert window.doc.session.issuer == city
    press(qtbot, "Ctrl+N")
    assert window.doc.session.issuer == city
    assert general.issuer_name.text() == "ỦY BAN NHÂN DÂN THÀNH PHỐ CAO LÃNH"
    assert window.doc.session_id is not None
    assert store.load(window.doc.session_id).issuer == city


def test_without_profiles_a_new_session_keeps_the_open_sessions_issuer(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    general = window.editor.general
    press(qtbot, "Alt+1")
    press(qtbot, "Alt+H")  # Cơ quan ban &hành
    assert focused() is general.issuer_name
    type_text(qtbot, "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH")
    assert window.autosave.flush()
    first = window.doc.session_id
    press(qtbot, "Ctrl+N")
    assert window.doc.session_id != first
    assert general.issuer_name.text() == "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"
    assert window.doc.session_id is not None
    assert store.load(window.doc.session_id).issuer.name == "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"
