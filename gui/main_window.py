"""The main window: sessions at left, the editor in the middle, the live preview at right.

Built by ``gui.composition.build_main_window``; it receives the store, the renderer, the
settings and the editing objects and wires menus, shortcuts and panels together. It never
talks SQL or docx: sessions go to the store, documents come from the renderer.

Signals:
    language_chosen(str): the user picked an interface language ("vi" or "en").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import shortcuts
from gui.autosave import Autosave
from gui.document import Path as DocPath
from gui.document import SessionDocument, parse_path
from gui.editor import SessionEditor
from gui.errors import report_errors, show_error
from gui.export_dialog import ExportDialog
from gui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language
from gui.preview import Preview
from gui.register.wiring import RegisterWiring
from gui.revision_text import describe as describe_changes
from gui.session_file_io import write_session_file
from gui.session_list import SessionList
from gui.snippets import SnippetDialog, SnippetStore, insert_snippet
from gui.undo import Edits
from models import Issuer, Session, read_session_file
from models.changes import compare
from models.version import version_info
from models.vi_format import short_date
from storage.errors import StoreError

if TYPE_CHECKING:
    from renderer import Renderer
    from storage import Store

RECENT_KEY = "files/recent"
GEOMETRY_KEY = "ui/geometry"
SPLITTER_KEY = "ui/splitter"
MAX_RECENT = 8
_UNDO_KEYS = [*shortcuts.sequences("undo"), *shortcuts.sequences("redo")]


class _UndoKeysToWindow(QObject):
    """Text fields keep Ctrl+Z for their own undo; send it to the window's stack instead,
    so one undo history covers every edit."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit | QPlainTextEdit | QComboBox)
            and self._window.isAncestorOf(watched)
            and QKeySequence(event.keyCombination()) in _UNDO_KEYS
        ):
            event.ignore()
            return True
        return False


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(
        self,
        store: Store,
        renderer: Renderer,
        settings: QSettings,
        doc: SessionDocument,
        stack: QUndoStack,
        autosave: Autosave,
        snippets: SnippetStore,
    ) -> None:
        super().__init__()
        self.store = store
        self.renderer = renderer
        self.settings = settings
        self.doc = doc
        self.stack = stack
        self.edits = Edits(doc, stack)
        self.autosave = autosave
        self.snippets = snippets
        self.setAcceptDrops(True)
        self.setObjectName("main_window")

        self.session_list = SessionList(store)
        self.editor = SessionEditor(self.edits, store)
        self.preview = Preview(renderer, doc)
        self.hint = QLabel(
            self.tr(
                "Chào mừng đến với Thư ký. Gõ ngay vào các ô bên dưới để ghi phiên làm việc "
                "đầu tiên (mọi thay đổi được tự động lưu), nhấn Ctrl+N để tạo phiên mới, "
                "hoặc kéo một tệp .json vào cửa sổ để nhập. Nhấn F1 để xem phím tắt."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("first_run_hint")
        self.hint.setStyleSheet("background:#fff8d6;padding:8px;border:1px solid #e0c96b;")
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.hint)
        middle_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.session_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([250, 700, 550])
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

        self._undo_filter = _UndoKeysToWindow(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._undo_filter)

        self._build_menus()
        self.register = RegisterWiring(self)
        self.session_list.session_chosen.connect(self.open_session)
        self.session_list.new_button.clicked.connect(self.new_session)
        self.session_list.duplicate_button.clicked.connect(self.duplicate_session)
        self.session_list.delete_button.clicked.connect(self.delete_selected_session)
        self.preview.problems.path_chosen.connect(self.jump_to)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self.doc.changed.connect(self._update_title)
        self._last_failure = ""
        self.resize(1500, 900)
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- menus and shortcuts ---------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if name:
            action.setShortcuts(shortcuts.sequences(name))
            action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("Tệ&p"))
        self._action(file_menu, self.tr("Phiên làm việc &mới"), self.new_session, "new")
        self._action(file_menu, self.tr("&Nhân bản thành phiên mới"), self.duplicate_session,
                     "duplicate")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("N&hập tệp phiên làm việc…"), self.import_dialog, "import")
        self.recent_menu = file_menu.addMenu(self.tr("Tệp &gần đây"))
        self._fill_recent()
        self._action(file_menu, self.tr("&Xuất tệp phiên làm việc…"), self.export_session_file,
                     "export_file")
        self._action(file_menu, self.tr("Xuất &văn bản…"), self.export_documents, "export")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Các &bản lưu trước…"), self.show_revisions, "revisions")
        self._action(file_menu, self.tr("Xó&a phiên đang chọn…"), self.delete_selected_session)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Thoát"), self.close, "quit")

        edit_menu = bar.addMenu(self.tr("Sử&a"))
        undo = self._action(edit_menu, self.tr("&Hoàn tác"), self.undo, "undo")
        undo.setEnabled(self.stack.canUndo())
        self.stack.canUndoChanged.connect(undo.setEnabled)
        redo = self._action(edit_menu, self.tr("&Làm lại"), self.redo, "redo")
        redo.setEnabled(self.stack.canRedo())
        self.stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("Thêm &dòng vào bảng"), self.add_row, "add_row")
        self._action(edit_menu, self.tr("&Ghi chép mới"), self.editor.add_note, "note")
        self._action(edit_menu, self.tr("Chèn &mẫu câu…"), self.show_snippet_menu, "snippets")
        self._action(edit_menu, self.tr("Sửa danh sách mẫu câu…"), self.edit_snippets)
        self._action(edit_menu, self.tr("&Tìm phiên làm việc"), self.focus_search, "find")

        go_menu = bar.addMenu(self.tr("Đ&i đến"))
        for number, section in enumerate(self.editor.sections):
            action = QAction(f"&{number + 1} {section.title()}", self)
            action.setShortcut(QKeySequence(f"Alt+{number + 1}"))
            action.triggered.connect(lambda _c=False, n=number: self.editor.show_section(n))
            go_menu.addAction(action)

        language_menu = bar.addMenu(self.tr("Ngôn n&gữ"))
        current = chosen_language(self.settings)
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("T&rợ giúp"))
        self._action(help_menu, self.tr("&Phím tắt"), self.show_shortcuts, "help")
        self._action(help_menu, self.tr("&Giới thiệu"), self.show_about).setObjectName(
            "action_about")

    # -- sessions --------------------------------------------------------------------------

    def start(self) -> None:
        """Show the session that was open last time (after a crash too), else the newest."""
        self.session_list.reload()
        remembered = self.autosave.remembered()
        rows = self.session_list.model.rows()
        if remembered is not None and any(r.id == remembered for r in rows):
            self.open_session(remembered)
        elif rows:
            self.open_session(rows[0].id)
        else:
            self._load(Session.new(), None)
        self._update_hint()
        self.register.start()

    def _load(self, session: Session, session_id: int | None) -> None:
        self.autosave.enabled = False
        self.doc.load(session, session_id)
        self.autosave.enabled = True
        self.stack.clear()
        self.autosave.remember(session_id)
        self.session_list.mark_current(session_id)
        self._update_title()
        # After the first paint; the context object drops the call if the window is gone.
        QTimer.singleShot(0, self.preview, self.preview.refresh)

    def may_leave(self) -> bool:
        """Whether the open session may be left (closed, switched, replaced): saved now, or
        the clerk chose to drop what could not be saved. Nothing typed is dropped silently."""
        while not self.autosave.flush():
            box = QMessageBox(self)
            box.setObjectName("unsaved_box")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Chưa lưu được"))
            box.setText(
                self.tr("Những thay đổi mới nhất của phiên làm việc này chưa lưu được:\n%1")
                .replace("%1", self.autosave.last_error)
            )
            retry = box.addButton(self.tr("&Thử lưu lại"), QMessageBox.ButtonRole.AcceptRole)
            drop = box.addButton(self.tr("&Bỏ các thay đổi chưa lưu"),
                                 QMessageBox.ButtonRole.DestructiveRole)
            stay = box.addButton(self.tr("Ở &lại"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(retry)
            box.setEscapeButton(stay)
            box.exec()
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is drop:
                self.autosave.cancel()
                return True
            if clicked is not retry:
                return False
        return True

    def open_session(self, session_id: int) -> None:
        if session_id == self.doc.session_id:
            return
        if not self.may_leave():
            self.session_list.mark_current(self.doc.session_id)
            return
        with report_errors(self, self.tr("Không mở được phiên làm việc")):
            self._load(self.store.load(session_id), session_id)

    def start_session(self, session: Session) -> None:
        """Open *session* as a new entry of the store (File ▸ New, duplicate, benchmarks)."""
        if not self.may_leave():
            return
        self._load(session, None)
        if self.autosave.save_now():
            self.session_list.mark_current(self.doc.session_id)
            self.session_list.reload()
        self.editor.show_section(0)

    def new_session(self) -> None:
        """An empty session issued by the issuer profile last used (chosen or saved), else by
        the open session's issuer: a clerk's sessions are nearly always issued by one body."""
        session = Session.new()
        issuer = self._last_issuer()
        if issuer is not None:
            session.issuer = issuer
        self.start_session(session)
        self.editor.general.subject.setFocus()  # not the kind box: typing must not change it

    def _last_issuer(self) -> Issuer | None:
        try:
            profiles = self.store.issuer_profiles()
        except StoreError:
            profiles = []
        if profiles:
            return profiles[0]
        current = self.doc.session.issuer
        if any((current.parent, current.name, current.symbol, current.place)):
            return current.model_copy(deep=True)
        return None

    def duplicate_session(self) -> None:
        """A new session from the open one: same people, issuer and recipients, today's date,
        nothing yet said or decided — the usual start of a recurring meeting."""
        old = self.doc.session
        copy = old.model_copy(deep=True)
        copy.date = dt.date.today()
        copy.start_time = None
        copy.end_time = None
        copy.reports = []
        copy.opinions = []
        copy.conclusion.assessment = []
        copy.conclusion.directives = []
        copy.conclusion.proposals = []
        copy.notes = []
        copy.document.number = ""
        copy.document.issued_on = None
        self.start_session(copy)
        self.editor.general.subject.setFocus()

    def delete_selected_session(self) -> None:
        session_id = self.session_list.selected_id() or self.doc.session_id
        if session_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa phiên làm việc"),
            self.tr("Xóa hẳn phiên làm việc này và các bản lưu của nó? Không thể hoàn tác."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_session(session_id)

    def delete_session(self, session_id: int) -> None:
        with report_errors(self, self.tr("Không xóa được phiên làm việc")):
            if session_id == self.doc.session_id:
                self.autosave.cancel()
            self.store.delete(session_id)
            if session_id == self.doc.session_id:
                self.doc.session_id = None
                rows = [r for r in self.store.list_sessions() if r.id != session_id]
                if rows:
                    self._load(self.store.load(rows[0].id), rows[0].id)
                else:
                    self._load(Session.new(), None)
        self.session_list.reload()
        self._update_hint()

    def _saved(self, session_id: int, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("Đã lưu lúc %1").replace("%1", when.strftime("%H:%M:%S")))
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip("")
        self._last_failure = ""
        rows = self.session_list.model.rows()
        known = next((r for r in rows if r.id == session_id), None)
        session = self.doc.session
        if (
            known is None
            or known.subject != session.subject
            or known.counterpart != session.counterpart
            or known.date != session.date
        ):
            self.session_list.mark_current(session_id)
            self.session_list.reload()
        self._update_hint()

    def _save_failed(self, message: str) -> None:
        # short, so the status bar keeps it whole; the reason is in its tooltip (and the box)
        self.saved_label.setText(
            self.tr("Chưa lưu được — thử lại lúc %1")
            .replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        )
        self.saved_label.setToolTip(message)
        self.saved_label.setStyleSheet("color:#b00020;font-weight:bold;")
        if message != self._last_failure:
            self._last_failure = message
            show_error(self, self.tr("Không lưu được"), message)

    def _update_title(self) -> None:
        subject = self.doc.session.subject.strip()
        self.setWindowTitle(f"Thư ký — {subject}" if subject else "Thư ký")

    def _update_hint(self) -> None:
        self.hint.setVisible(self.session_list.model.rowCount() == 0)

    # -- editing helpers -------------------------------------------------------------------

    def add_row(self) -> None:
        self.editor.add_row()

    def undo(self) -> None:
        """Undo, then show the tab and field it changed: an edit made on another tab must not
        change out of sight."""
        self._step_and_show(self.stack.undo, first=True)

    def redo(self) -> None:
        self._step_and_show(self.stack.redo, first=False)

    def _step_and_show(self, step: Callable[[], None], *, first: bool) -> None:
        changed: list[DocPath] = []

        def value(path: DocPath) -> None:
            changed.append(path)

        def row(list_path: DocPath, index: int, *_rest: int) -> None:
            changed.append((*list_path, index))

        doc = self.doc
        links = [(doc.value_set, value), (doc.inserted, row), (doc.removed, row),
                 (doc.moved, row)]
        for signal, slot in links:
            signal.connect(slot)
        try:
            step()
        finally:
            for signal, slot in links:
                signal.disconnect(slot)
        if changed:
            self.editor.focus_path(changed[0] if first else changed[-1])

    def focus_search(self) -> None:
        self.session_list.search.setFocus()
        self.session_list.search.selectAll()

    def jump_to(self, path_text: str) -> None:
        """Show the field a problem is about (``Problem.path``)."""
        path = parse_path(path_text)
        if path:
            self.editor.focus_path(path)

    def show_snippet_menu(self) -> None:
        target = QApplication.focusWidget()
        menu = QMenu(self)
        menu.setObjectName("snippet_menu")
        for text in self.snippets.load():
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, t=text: insert_snippet(target, t))
        menu.addSeparator()
        menu.addAction(self.tr("Sửa danh sách mẫu câu…"), self.edit_snippets)
        anchor = target.mapToGlobal(target.rect().bottomLeft()) if target else self.pos()
        menu.popup(anchor)
        self.snippet_menu = menu

    def edit_snippets(self) -> None:
        dialog = SnippetDialog(self.snippets.load(), self)
        dialog.setObjectName("snippet_dialog")

        def save() -> None:
            with report_errors(self, self.tr("Không lưu được mẫu câu")):
                self.snippets.save(dialog.snippets())

        dialog.accepted.connect(save)
        dialog.open()

    # -- export and files ------------------------------------------------------------------

    def export_documents(self) -> ExportDialog:
        self.autosave.flush()
        dialog = ExportDialog(self.doc.session, self.renderer, self.settings, self)
        dialog.setObjectName("export_dialog")

        def jump(path: str) -> None:
            dialog.reject()
            self.jump_to(path)

        dialog.path_chosen.connect(jump)
        dialog.exported.connect(self._offer_to_open)
        dialog.open()
        return dialog

    def _offer_to_open(self, paths: list[Path]) -> None:
        box = QMessageBox(self)
        box.setObjectName("exported_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Đã xuất văn bản"))
        box.setText(self.tr("Đã ghi:") + "\n" + "\n".join(str(p) for p in paths))
        open_file = box.addButton(self.tr("Mở &tệp"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Mở thư &mục"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)

        def clicked(button: object) -> None:
            if button is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))
            elif button is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def import_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Nhập tệp phiên làm việc"), "", self.tr("Tệp phiên làm việc (*.json)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Add the file's session to the store as a new session and open it."""
        with report_errors(self, self.tr("Không nhập được tệp %1").replace("%1", path.name)):
            loaded = read_session_file(path)
            if not self.may_leave():
                return False
            session_id = self.store.save(loaded.session)
            self._remember_recent(path)
            self.session_list.reload()
            self.open_session(session_id)
            self._update_hint()
            if loaded.warnings:
                self.statusBar().showMessage(
                    self.tr("Đã nhập, có %n lưu ý", "", len(loaded.warnings)), 8000
                )
            return True
        return False

    def export_session_file(self) -> None:
        folder = str(self.settings.value("files/folder", ""))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất tệp phiên làm việc"), folder, self.tr("Tệp phiên làm việc (*.json)")
        )
        if name:
            path = Path(name if name.endswith(".json") else name + ".json")
            with report_errors(self, self.tr("Không ghi được tệp")):
                write_session_file(self.doc.session, path)
                self._remember_recent(path)
                self.settings.setValue("files/folder", str(path.parent))

    def _recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self._recent() if p != str(path)]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self._recent():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _c=False, p=entry: self.open_recent(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    def open_recent(self, path: Path) -> bool:
        """Import a file of Tệp ▸ Tệp gần đây; one moved or deleted since leaves the list, so
        the clerk is told once rather than every time."""
        if not path.is_file():
            remaining = [p for p in self._recent() if p != str(path)]
            self.settings.setValue(RECENT_KEY, remaining)
            self._fill_recent()
            show_error(
                self,
                self.tr("Không mở được tệp gần đây"),
                self.tr("Không còn tệp %1 (đã bị xóa hoặc chuyển đi nơi khác). "
                        "Đã bỏ tệp này khỏi danh sách tệp gần đây.").replace("%1", str(path)),
            )
            return False
        return self.import_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().endswith(".json") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- revisions, language, help ---------------------------------------------------------

    def show_revisions(self) -> QDialog | None:
        session_id = self.doc.session_id
        if session_id is None:
            return None
        self.autosave.flush()
        dialog = QDialog(self)
        dialog.setObjectName("revisions_dialog")
        dialog.setWindowTitle(self.tr("Các bản lưu trước"))
        listing = QListWidget()
        with report_errors(self, self.tr("Không đọc được các bản lưu")):
            infos = self.store.revisions(session_id)
            states = [self.store.revision_document(info.id) for info in infos]
            for number, info in enumerate(infos):
                when = info.saved_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
                if number + 1 < len(states):  # what this save changed from the one before
                    what = describe_changes(compare(states[number + 1], states[number]))
                else:
                    what = self.tr("bản cũ nhất còn giữ")
                item = QListWidgetItem(f"{when} — {what}")
                item.setToolTip(what)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                listing.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("&Khôi phục bản này"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Chọn một bản lưu để khôi phục (mới nhất ở trên):")))
        layout.addWidget(listing)
        layout.addWidget(buttons)
        buttons.rejected.connect(dialog.reject)
        listing.setCurrentRow(0)

        def do_restore() -> None:
            item = listing.currentItem()
            if item is None:
                return
            with report_errors(self, self.tr("Không khôi phục được")):
                session = self.store.restore_revision(session_id, int(item.data(
                    Qt.ItemDataRole.UserRole)))
                self.doc.session_id = None  # force reload of the same id
                self._load(session, session_id)
                self.session_list.reload()
            dialog.accept()

        restore.clicked.connect(do_restore)
        dialog.listing = listing  # type: ignore[attr-defined]
        dialog.restore_button = restore  # type: ignore[attr-defined]
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def choose_language(self, code: str) -> None:
        if not self.may_leave():  # the window is rebuilt in the new language
            self._check_language(chosen_language(self.settings))
            return
        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()
        self._check_language(code)
        self.language_chosen.emit(code)

    def _check_language(self, code: str) -> None:
        for action in self.findChildren(QAction):
            if action.objectName().startswith("language_"):
                action.setChecked(action.objectName() == f"language_{code}")

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts_dialog")
        dialog.setWindowTitle(self.tr("Phím tắt"))
        rows = shortcuts.table_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Phím"), self.tr("Việc")])
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.table = table  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        """Trợ giúp ▸ Giới thiệu: what a clerk reads out when asking for help, above all the
        version and whether this is a build (of which day) or a development install."""
        info = version_info()
        if info.built_on is None:
            build = self.tr("Bản phát triển (chạy từ mã nguồn)")
        else:
            build = self.tr("Bản dựng ngày %1").replace("%1", short_date(info.built_on))
            if info.commit:
                build += f" ({info.commit})"
        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(self.tr("Giới thiệu Thư ký"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            "<b>Thư ký</b><br>"
            + self.tr("Phiên bản %1").replace("%1", info.version) + "<br>" + build
        )
        box.setInformativeText(self.tr(
            "Ghi buổi làm việc, cuộc họp, hội nghị và soạn biên bản, thông báo kết luận, báo "
            "cáo tóm tắt theo Nghị định 30/2020/NĐ-CP. Chạy hoàn toàn trên máy này, không dùng "
            "mạng."
        ))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave():
            event.ignore()
            return
        self.preview.wait_until_idle()
        self.register.close()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._undo_filter)
        super().closeEvent(event)
