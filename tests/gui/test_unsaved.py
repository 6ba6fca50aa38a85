"""A save that fails keeps the edit unsaved: the status bar says so, autosave retries, and the
window neither closes nor switches session without saving or the clerk's choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from models import Session
from storage import Store
from tests.gui.helpers import type_text


def _broken_save(*_args: Any, **_kwargs: Any) -> int:
    raise RuntimeError("ổ đĩa không trả lời")  # not a StoreError: any failure must count


def _answer_unsaved_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click the button whose text starts with *button_text* in the "unsaved" question as
    soon as it shows (it runs its own event loop, so this is set up before)."""

    def look() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "unsaved_box"
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton)
                      if b.text().replace("&", "").startswith(button_text))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


def _type_subject_while_saves_fail(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], None]:
    subject = window.editor.general.subject
    subject.setFocus()
    type_text(qtbot, "họp cũ", subject)
    with qtbot.waitSignal(window.autosave.saved, timeout=2000):
        pass
    monkeypatch.setattr(store, "save", _broken_save)
    with qtbot.waitSignal(window.autosave.failed, timeout=2000):
        type_text(qtbot, " và mới", subject)
    return lambda: monkeypatch.undo()


def test_a_failed_save_is_shown_and_retried_until_it_succeeds(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.autosave.retry.setInterval(100)
    repair = _type_subject_while_saves_fail(qtbot, window, store, monkeypatch)
    session_id = window.doc.session_id
    assert session_id is not None
    assert window.saved_label.text().startswith("Chưa lưu được")
    assert "ổ đĩa không trả lời" in window.saved_label.toolTip()
    assert window.autosave.pending
    assert not window.autosave.flush()  # it does not pretend
    with qtbot.waitSignal(window.autosave.failed, timeout=2000):
        pass  # the retry ran, and failed again
    assert store.load(session_id).subject == "họp cũ"
    repair()
    with qtbot.waitSignal(window.autosave.saved, timeout=2000):
        pass  # the next retry, with no new keystroke
    assert window.saved_label.text().startswith("Đã lưu lúc")
    assert store.load(session_id).subject == "họp cũ và mới"
    assert not window.autosave.pending


def test_closing_with_an_unsaved_edit_asks_and_staying_keeps_it(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    repair = _type_subject_while_saves_fail(qtbot, window, store, monkeypatch)
    session_id = window.doc.session_id
    assert session_id is not None
    seen: list[str] = []
    _answer_unsaved_box(qtbot, "Ở lại", seen)
    window.close()
    assert seen and "ổ đĩa không trả lời" in seen[0]
    assert window.isVisible()
    assert window.editor.general.subject.text() == "họp cũ và mới"
    repair()
    seen.clear()
    _answer_unsaved_box(qtbot, "Ở lại", seen)
    window.close()  # now the save works: it closes without asking
    assert not seen
    assert not window.isVisible()
    assert store.load(session_id).subject == "họp cũ và mới"


def test_switching_session_with_an_unsaved_edit_asks_first(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Session.new()
    other.subject = "phiên khác"
    other_id = store.save(other)
    window.session_list.reload()
    repair = _type_subject_while_saves_fail(qtbot, window, store, monkeypatch)
    session_id = window.doc.session_id
    view = window.session_list.view
    row = window.session_list.model.row_of(other_id)
    seen: list[str] = []
    _answer_unsaved_box(qtbot, "Ở lại", seen)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    assert seen
    assert window.doc.session_id == session_id
    assert window.editor.general.subject.text() == "họp cũ và mới"
    # "Thử lưu lại" once the disk is back: saved, then switched
    repair()
    _answer_unsaved_box(qtbot, "Thử lưu lại", seen)
    window.autosave.retry.stop()
    calls = {"n": 0}
    real_save = Store.save

    def fails_once(*args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("ổ đĩa không trả lời")
        return real_save(store, *args, **kwargs)

    monkeypatch.setattr(store, "save", fails_once)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    assert window.doc.session_id == other_id
    assert session_id is not None
    assert store.load(session_id).subject == "họp cũ và mới"


def test_dropping_the_unsaved_edit_is_the_clerks_explicit_choice(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type_subject_while_saves_fail(qtbot, window, store, monkeypatch)
    session_id = window.doc.session_id
    assert session_id is not None
    seen: list[str] = []
    _answer_unsaved_box(qtbot, "Bỏ các thay đổi", seen)
    window.close()
    assert seen
    assert not window.isVisible()
    monkeypatch.undo()
    assert store.load(session_id).subject == "họp cũ"
