"""Start the window: application, language, store, composition root, event loop.

A store that cannot be opened (locked, corrupt, written by a newer version, unwritable
folder) is explained in a message box and the program exits with status 1 — never a
traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.composition import build_main_window
from gui.i18n import chosen_language, install_translator, remove_translator
from gui.main_window import MainWindow
from renderer import Renderer
from storage import Store, StoreError

ORGANIZATION = "ThuKy"
APPLICATION = "Thư ký"


def run(data_dir: Path | None) -> int:
    """Open the window on the store in *data_dir* (None: the user's data folder).

    Returns the exit status: 0 after a normal exit, 1 when the store cannot be opened.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    settings = QSettings()
    translator = install_translator(chosen_language(settings))
    try:
        store = Store.open(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Không mở được dữ liệu"),
                             str(error))
        return 1
    renderer = Renderer(user_templates_dir=store.data_dir / "templates")
    holder: dict[str, MainWindow] = {}

    def show(window: MainWindow) -> None:
        holder["window"] = window
        window.language_chosen.connect(switch_language)
        window.show()

    def switch_language(code: str) -> None:
        """Rebuild the window in the new language; the session stays open where it was."""
        nonlocal translator
        old = holder["window"]
        old.autosave.flush()
        remove_translator(translator)
        translator = install_translator(code)
        new = build_main_window(store, renderer, settings)
        new.restoreGeometry(old.saveGeometry())
        show(new)
        old.close()
        old.deleteLater()

    show(build_main_window(store, renderer, settings))
    try:
        return app.exec()
    finally:
        store.close()
