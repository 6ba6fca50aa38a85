"""The composition root: the one place that builds and wires the window's objects.

``gui.app.run`` calls it with the real store and settings; tests call it with a store in
tmp_path and a QSettings in a temporary file. Nothing else creates these objects, so there
are no globals to reset between tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack

from gui.autosave import Autosave
from gui.document import SessionDocument
from gui.main_thread_gc import install_main_thread_gc
from gui.main_window import MainWindow
from gui.snippets import SnippetStore

if TYPE_CHECKING:
    from renderer import Renderer
    from storage import Store


def build_main_window(
    store: Store,
    renderer: Renderer,
    settings: QSettings,
    *,
    autosave_ms: int = 400,
    start: bool = True,
) -> MainWindow:
    """A ready window over *store*; with ``start`` it reopens the last session (or the newest)."""
    app = QCoreApplication.instance()
    assert app is not None, "the QApplication is made before any window"
    install_main_thread_gc(app)
    doc = SessionDocument()
    stack = QUndoStack()
    autosave = Autosave(store, doc, settings, delay_ms=autosave_ms)
    snippets = SnippetStore(store.data_dir)
    window = MainWindow(store, renderer, settings, doc, stack, autosave, snippets)
    doc.setParent(window)
    stack.setParent(window)
    autosave.setParent(window)
    if start:
        window.start()
    return window
