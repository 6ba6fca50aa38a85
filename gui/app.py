"""Start the window: one copy per data folder, paint first, then open the store.

A store that cannot be opened (locked, corrupt, written by a newer version, unwritable
folder) is explained in a message box and the program exits with status 1 — never a
traceback. A second copy on the same data folder calls the first one forward and exits 0
(gui.single_instance). The heavy imports (SQLAlchemy, the renderer) happen after the
window's first paint (gui.startup).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.composition import build_main_window
from gui.daily_backup import DailyBackup
from gui.errors import show_error
from gui.i18n import chosen_language, install_translator, remove_translator
from gui.main_thread_gc import settle_heap
from gui.pending import Pending
from gui.single_instance import Claim, SingleInstance
from gui.startup import AfterFirstPaint, Held
from gui.trace import trace
from models.vi_format import short_date
from storage.errors import StoreError
from storage.location import resolve_data_dir

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from renderer import Renderer
    from storage import Store
    from storage.backup import Backup

ORGANIZATION = "ThuKy"
APPLICATION = "Thư ký"
ICON = Path(__file__).resolve().parent / "resources" / "thuky.png"
#: Diagnostic switch: "1" closes the window, as the clerk would, once the store is open and
#: the last session shown, so whoever installs Thư ký can check the window works on a machine
#: (exit status 0); the built application's test uses it too. README: "Installing without
#: Python".
CLOSE_WHEN_READY_ENV = "THUKY_CLOSE_WHEN_READY"


def _cannot_open() -> str:
    return QCoreApplication.translate("App", "Không mở được dữ liệu")


class WindowRun:
    """One run of the window over one data folder: the store and renderer (opened after
    the first paint), the window (rebuilt when the language changes) and the lock."""

    def __init__(self, app: QApplication, folder: Path, claim: Claim,
                 instance: SingleInstance) -> None:
        self.app = app
        self.folder = folder
        self.claim = claim
        self.instance = instance
        self.settings = QSettings()
        self.translator: QTranslator | None = install_translator(chosen_language(self.settings))
        # the issuer chooser is filled while the window is built: empty until the store opens
        self.store = Pending["Store"](data_dir=folder, issuer_profiles=list)
        self.renderer = Pending["Renderer"]()
        self.closed = False
        self.window = self._build(start=False)
        # shown again by start() when the store turns out empty: no jump for a store with work
        self.window.hint.hide()
        self.held: Held | None = Held(self.window)
        instance.come_forward.connect(self.come_forward)
        self.backup = DailyBackup(folder)
        self.backup.failed.connect(self.backup_failed)

    def _build(self, *, start: bool) -> MainWindow:
        window = build_main_window(cast("Store", self.store), cast("Renderer", self.renderer),
                                   self.settings, start=start)
        window.language_chosen.connect(self.switch_language)
        window.autosave.failed.connect(lambda message: trace(f"save failed: {message}"))
        return window

    def show(self) -> None:
        AfterFirstPaint(self.window, self.open_store)
        self.window.show()

    def open_store(self) -> None:
        """After the first paint: open the store, load the last session, let the user in."""
        if self.closed:  # the window was closed before it painted
            return
        trace("painted")
        # Listen before the store opens (seconds on a cold disk), not after: a second copy
        # started meanwhile must find this one answering. After the paint: QtNetwork loads.
        if not self.instance.listen():
            trace("not listening")
        from renderer import Renderer
        from storage.recovery import open_store

        try:
            store, moved = open_store(self.folder)
        except StoreError as error:
            QMessageBox.critical(self.window, _cannot_open(), str(error))
            self.app.exit(1)
            return
        except Exception as error:  # a bug: say so and leave, never a greyed window forever
            traceback.print_exc()
            QMessageBox.critical(self.window, _cannot_open(), f"{type(error).__name__}: {error}")
            self.app.exit(1)
            return
        self.store.resolve(store)
        self.renderer.resolve(Renderer(user_templates_dir=store.data_dir / "templates"))
        self.window.editor.general.reload_profiles()
        self.window.start()
        if self.held is not None:
            self.held.release()
            self.held = None
        trace("ready")
        if self.claim is Claim.OURS_AFTER_CRASH:
            self.tell_last_run_crashed()
        if moved is not None:
            self.offer_recovery(str(moved.moved_to), moved.reason)
        self.backup.start()
        settle_heap(self.app)
        if os.environ.get(CLOSE_WHEN_READY_ENV) == "1":
            QTimer.singleShot(0, self.window, self.close_when_ready)

    def close_when_ready(self) -> None:
        # in the interface's language, so it also shows the translation was found
        said = QCoreApplication.translate(
            "App", "Thư ký: cửa sổ đã mở và đọc được kho dữ liệu; đóng lại (%1)."
        ).replace("%1", CLOSE_WHEN_READY_ENV)
        print(said, file=sys.stderr, flush=True)
        if self.window.close():  # a notice left open would keep the application running
            self.app.quit()

    def tell_last_run_crashed(self) -> None:
        text = QCoreApplication.translate(
            "App",
            "Lần trước Thư ký đã không đóng bình thường (máy tắt đột ngột hoặc chương trình bị "
            "dừng). Phiên làm việc được tự động lưu đã được mở lại; mọi thay đổi trước lúc đó "
            "đều còn nguyên.",
        )
        box = QMessageBox(QMessageBox.Icon.Information, APPLICATION, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("crash_notice")
        box.open()
        trace(f"notice: {text}")

    def offer_recovery(self, moved_to: str, reason: str) -> None:
        """The store was damaged and a fresh one started: say where the old file is and
        offer the newest daily backup."""
        from gui.recovery_dialog import RecoveryBox
        from storage.recovery import list_backups

        backups = list_backups(self.folder)
        box = RecoveryBox(moved_to, reason, backups[0] if backups else None, self.window)
        box.restore_chosen.connect(self.restore)
        box.open()
        trace(f"damaged store moved to {moved_to}")

    def restore(self, backup: Backup) -> None:
        """Put *backup* in place of the store and show its sessions; on failure the store
        stays as it was and the user reads why."""
        from storage import Store
        from storage.recovery import restore_backup

        window = self.window
        window.autosave.flush()
        self.backup.wait()  # the day's copy holds its own connection to the file
        store = self.store.target
        assert store is not None, "restore is offered once the store is open"
        store.close()
        failure = ""
        try:
            restore_backup(self.folder, backup)
        except StoreError as error:
            failure = str(error)
        try:
            self.store.resolve(Store.open(self.folder))
        except StoreError as error:
            QMessageBox.critical(window, _cannot_open(), str(error))
            self.app.exit(1)
            return
        if failure:
            show_error(window, QCoreApplication.translate("App", "Không khôi phục được"), failure)
            return
        window.doc.session_id = None  # the restored store's session of that id is another one
        window.start()
        window.editor.general.reload_profiles()
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Đã khôi phục bản sao lưu ngày %1.").replace(
                "%1", short_date(backup.taken_on)
            ),
            10_000,
        )
        trace("restored")

    def backup_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15_000)
        trace(f"backup failed: {message}")

    def come_forward(self) -> None:
        """A second copy was started on this folder: show this window instead."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        trace("raised")

    def switch_language(self, code: str) -> None:
        """Rebuild the window in the new language; the session stays open where it was."""
        old = self.window
        old.autosave.flush()
        remove_translator(self.translator)
        self.translator = install_translator(code)
        new = self._build(start=True)
        new.restoreGeometry(old.saveGeometry())
        new.editor.show_section(old.editor.currentIndex())
        self.window = new
        new.show()
        old.close()
        old.deleteLater()
        new.activateWindow()

    def close(self) -> None:
        self.closed = True
        self.backup.wait()
        store = self.store.target
        if store is not None:
            store.close()
        remove_translator(self.translator)
        self.instance.release()


def _refuse_second_copy(instance: SingleInstance) -> int | None:
    """The folder is held by a live process: bring it forward, or explain why we stop.

    None when the user chose to open anyway and the lock is now ours: a lock whose owner
    never answers can be one Qt cannot judge stale (written by another computer sharing the
    folder, or a process id reused after a power cut), and must not lock the clerk out.
    """
    if instance.call_first():
        trace("called the first window")
        # One line for whoever started it from a terminal; the window itself says nothing.
        print(
            QCoreApplication.translate(
                "App", "Thư ký đang mở với thư mục dữ liệu %1: đã đưa cửa sổ đó lên trước."
            ).replace("%1", str(instance.data_dir)),
            flush=True,
        )
        return 0
    pid, host = instance.owner()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Thư ký đang mở"),
        QCoreApplication.translate(
            "App",
            "Thư ký đang mở với thư mục dữ liệu %1 (tiến trình số %2 trên máy %3) nhưng không "
            "trả lời. Hãy chuyển sang cửa sổ Thư ký đang mở; nếu không thấy, hãy đợi một lát "
            "rồi mở lại. Dữ liệu không bị thay đổi.\n\nChỉ chọn “Vẫn mở” khi chắc chắn không "
            "còn cửa sổ Thư ký nào dùng thư mục này, trên máy này hay máy khác (chẳng hạn sau "
            "khi mất điện): hai cửa sổ cùng ghi sẽ ghi đè lên nhau.",
        )
        .replace("%1", str(instance.data_dir)).replace("%2", str(pid)).replace("%3", host),
    )
    box.setObjectName("held_notice")
    leave = box.addButton(
        QCoreApplication.translate("App", "Thoát"), QMessageBox.ButtonRole.RejectRole
    )
    force = box.addButton(
        QCoreApplication.translate("App", "Vẫn mở"), QMessageBox.ButtonRole.DestructiveRole
    )
    force.setObjectName("open_anyway")
    box.setDefaultButton(leave)
    box.setEscapeButton(leave)
    box.exec()
    if box.clickedButton() is not force:
        return 1
    if instance.take_over():
        trace("took the folder over")
        return None
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Thư ký đang mở"),
        QCoreApplication.translate(
            "App",
            "Cửa sổ Thư ký kia vẫn đang giữ thư mục dữ liệu %1, nên không thể mở thêm. Hãy "
            "đóng nó (hoặc khởi động lại máy) rồi mở lại. Dữ liệu không bị thay đổi.",
        ).replace("%1", str(instance.data_dir)),
    )
    return 1


def run(data_dir: Path | None) -> int:
    """Open the window on the store in *data_dir* (None: the user's data folder).

    Returns the exit status: 0 after a normal exit (or after calling the copy already open
    on this folder forward), 1 when the store cannot be opened.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    app.setDesktopFileName("thuky")  # Wayland matches the window to thuky.desktop by this
    folder = resolve_data_dir(data_dir)
    instance = SingleInstance(folder)
    claim = instance.claim()
    if claim is Claim.HELD:
        translator = install_translator(chosen_language(QSettings()))
        refused = _refuse_second_copy(instance)
        remove_translator(translator)
        if refused is not None:
            return refused
        claim = Claim.OURS_AFTER_CRASH
    if claim is Claim.UNUSABLE:
        # the folder cannot even hold a lock file: the store says why in the user's words
        from storage import Store

        try:
            Store.open(folder).close()
        except StoreError as error:
            QMessageBox.critical(None, _cannot_open(), str(error))
            return 1
    window_run = WindowRun(app, folder, claim, instance)
    try:
        window_run.show()
        return app.exec()
    finally:
        window_run.close()
