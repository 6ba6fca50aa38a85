"""A clerk drags a directive row to a new place with the mouse, in a window of its own.

Run as ``QT_QPA_PLATFORM=minimal python -m tests.gui.drag_rows_window DATA_DIR SEED`` from
the repository root; prints one JSON line: the directive ids after the drop, in the store
after the save, and after Ctrl+Z. Used by tests/gui/test_window_features.py.

Why a process of its own: the offscreen platform the other tests use has a drag manager that
ends every drag at once (QDrag.exec returns IgnoreAction), so no drop can happen there. The
"minimal" platform has Qt's own simple drag, which follows the mouse events QTest sends:
press on the row, move past the drag distance, move over the target row, release.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NO_KEYS = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


def main(data_dir: Path, seed: Path) -> None:
    app = QApplication([])
    from gui.composition import build_main_window
    from renderer import Renderer
    from storage import Store

    store = Store.open(data_dir)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(store, Renderer(), settings, autosave_ms=50)
    window.resize(1400, 900)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # window shortcuts need the active window
    assert window.import_file(seed)
    shortcut = QKeySequence("Alt+5")[0]  # the conclusion tab, as the clerk gets there
    QTest.keyClick(window, shortcut.key(), shortcut.keyboardModifiers())
    table = window.editor.conclusion.table
    assert window.editor.currentWidget() is window.editor.conclusion
    viewport = table.viewport()
    model = table.model()
    start = table.visualRect(model.index(0, 0)).center()
    above_d4 = table.visualRect(model.index(3, 0))
    target = QPoint(above_d4.center().x(), above_d4.top() + 2)  # the upper edge: before d4

    def during_the_drag() -> None:  # QDrag.exec's own event loop is running now
        QTest.mouseMove(viewport, target - QPoint(0, 6), 20)
        QTest.mouseMove(viewport, target, 20)
        QTest.mouseRelease(viewport, LEFT, NO_KEYS, target, 20)

    QTimer.singleShot(300, during_the_drag)
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    step = QApplication.startDragDistance() + 4
    for k in (1, 2, 3):  # past the drag distance: the view starts the drag
        QTest.mouseMove(viewport, start + QPoint(0, k * step), 20)
    dropped = [d.id for d in window.doc.session.conclusion.directives]
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    stored = [d.id for d in store.load(window.doc.session_id).conclusion.directives]
    # the drag's pixmap window took the focus on this platform; the clerk is back in the table
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.mouseClick(viewport, LEFT, NO_KEYS, start)
    undo = QKeySequence("Ctrl+Z")[0]
    QTest.keyClick(table, undo.key(), undo.keyboardModifiers())
    undone = [d.id for d in window.doc.session.conclusion.directives]
    print(json.dumps({"dropped": dropped, "stored": stored, "undone": undone}), flush=True)
    window.autosave.timer.stop()
    window.close()
    store.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
