"""While the store is opening, the window is visible but nothing can reach the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from gui.main_window import MainWindow
from gui.pending import Pending, StillOpening
from gui.startup import Held
from storage import Store


def test_actions_that_need_the_store_wait_for_it(window: MainWindow) -> None:
    new = window.findChild(QAction, "action_new")
    export = window.findChild(QAction, "action_export")
    shortcuts = window.findChild(QAction, "action_help")
    held = Held(window)
    assert not new.isEnabled() and not export.isEnabled()
    assert all(menu.isEnabled() for menu in window.menuBar().actions())  # menus still open
    assert not window.editor.general.subject.isEnabled()
    assert shortcuts.isEnabled()
    held.release()
    assert new.isEnabled() and export.isEnabled()
    assert window.editor.general.subject.isEnabled()
    assert not window.undo_action.isEnabled()  # nothing to undo: the stack decides, not Held


def test_the_stand_in_explains_until_the_store_is_open(store: Store, data_dir: Path) -> None:
    pending = Pending[Store](data_dir=data_dir)
    assert pending.data_dir == data_dir
    with pytest.raises(StillOpening, match="đang được mở"):
        pending.list_sessions()
    pending.resolve(store)
    assert pending.list_sessions() == store.list_sessions()
    assert pending.target is store
