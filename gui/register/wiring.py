"""Puts the register into the main window with a few calls, so main_window.py stays small.

The window's central area becomes two tabs, "Phiên làm việc" (the editor as before) and
"Sổ theo dõi nhiệm vụ"; a menu and the status bar notice lead to the register. The register
itself (its modules and widgets, ~45 ms) is built a second after the store opened and the
last session was shown (``start``), or when the tab is first shown: start-up is a measured
target with little margin (benchmarks/gui.py). An update
from the register is applied to the directive's session through the window's own undo
stack (``gui.undo.Edits``), so it is undoable, autosaved and seen in the Conclusion tab:
the session stays the single source of truth.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from gui import shortcuts
from gui.errors import show_error
from models.vi_format import upper_first

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.register.pane import RegisterPane
    from gui.register.units_dialog import UnitsDialog
    from models.register import DirectiveUpdate, RegisterEntry

DIRECTIVES = ("conclusion", "directives")
START_DELAY_MS = 1000


class RegisterWiring(QObject):
    """Owns the register's place in the window; ``window.register`` is one of these."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._closed = False
        self._pane: RegisterPane | None = None
        self.page = QWidget()
        self.page.setObjectName("register_page")
        QVBoxLayout(self.page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        central = window.takeCentralWidget()
        assert central is not None, "the window builds its central widget first"
        self.tabs.addTab(central, self.tr("Phiên làm việc"))
        self.tabs.addTab(self.page, self.tr("Sổ theo dõi nhiệm vụ"))
        window.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.notice = QPushButton()
        self.notice.setObjectName("register_notice")
        self.notice.setFlat(True)
        self.notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notice.setStyleSheet("color:#c62828;text-align:left;")
        self.notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notice.clicked.connect(self.show_urgent)
        self.notice.hide()
        window.statusBar().addWidget(self.notice)
        doc = window.doc
        doc.value_set.connect(self._doc_changed)
        for signal in (doc.inserted, doc.removed, doc.moved):
            signal.connect(self._doc_changed)
        doc.reset_done.connect(self._session_loaded)
        window.autosave.saved.connect(self._saved)
        self._build_menu()

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("Sổ the&o dõi"), bar)
        bar.insertMenu(bar.actions()[-1], menu)  # before Help, the last menu
        menu.setObjectName("register_menu")
        for name, text, slot in (
            ("register", self.tr("&Sổ theo dõi nhiệm vụ"), self.toggle),
            ("register_urgent", self.tr("Nhiệm vụ &quá hạn và sắp đến hạn"), self.show_urgent),
        ):
            action = QAction(text, self.window)
            action.setObjectName(f"action_{name}")
            action.setShortcuts(shortcuts.sequences(name))
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        units = QAction(self.tr("&Danh bạ đơn vị…"), self.window)
        units.setObjectName("action_units")
        units.setShortcuts(shortcuts.sequences("units"))
        units.triggered.connect(self.show_units)
        menu.addAction(units)
        menu.addSeparator()  # the pane's own actions follow, once it is built
        self.menu = menu
        self.units_action = units

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.page:
            self.pane.show()  # built now if the clerk is quicker than the store

    @property
    def pane(self) -> RegisterPane:
        """The register's page, built on first use (see the module docstring)."""
        if self._pane is None:
            self._pane = self._build_pane()
        return self._pane

    def _build_pane(self) -> RegisterPane:
        from gui.register.pane import RegisterPane

        window = self.window
        pane = RegisterPane(window.store)
        pane.apply_update = self.apply_update
        pane.renderer = window.renderer
        pane.settings = window.settings
        pane.exported.connect(lambda path: window._offer_to_open([path]))
        pane.open_requested.connect(self.open_directive)
        pane.urgent.connect(self._show_notice)
        for action in pane.named_actions.values():
            self.menu.addAction(action)
        button = QPushButton(self.tr("Danh bạ đơn vị… (%1)").replace(
            "%1", self.units_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        button.setObjectName("button_units")
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self.units_action.trigger)
        pane.extra_buttons.insertWidget(pane.extra_buttons.count() - 2, button)
        layout = self.page.layout()
        assert layout is not None
        layout.addWidget(pane)
        return pane

    def show_units(self) -> UnitsDialog:
        from gui.register.units_dialog import UnitsDialog

        dialog = UnitsDialog(self.window.store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.pane.mark_stale)
        dialog.open()
        dialog.tree.setFocus()
        return dialog

    # -- showing ---------------------------------------------------------------------------

    def start(self) -> None:
        """After the store opened, and once the window has shown its session: load the rows
        on the worker (the notice comes with them). The first second belongs to the
        window's own start (preview, first paint); a load competing for the interpreter
        then doubled the window's first pause (benchmarks/register_gui.py)."""
        QTimer.singleShot(START_DELAY_MS, self, self._first_load)

    def _first_load(self) -> None:
        if not self._closed and not self.pane.loads_started:
            self.pane.reload()

    def show(self) -> None:
        pane = self.pane
        self.tabs.setCurrentWidget(self.page)
        pane.focus_table()

    def toggle(self) -> None:
        if self.tabs.currentWidget() is self.page:
            self.tabs.setCurrentIndex(0)
            self.window.editor.setFocus()
        else:
            self.show()

    def show_urgent(self) -> None:
        self.show()
        self.pane.show_urgent(7)

    def _show_notice(self, overdue: int, soon: int) -> None:
        if not overdue and not soon:
            self.notice.hide()
            return
        parts = []
        if overdue:
            parts.append(self.tr("%1 nhiệm vụ quá hạn").replace("%1", str(overdue)))
        if soon:
            parts.append(self.tr("%1 nhiệm vụ đến hạn trong 7 ngày").replace("%1", str(soon)))
        keys = shortcuts.sequences("register_urgent")[0].toString()
        self.notice.setText(", ".join(parts))
        self.notice.setToolTip(self.tr("Mở sổ theo dõi với các nhiệm vụ này (%1)").replace(
            "%1", keys))
        self.notice.show()

    # -- editing through the session -------------------------------------------------------

    def apply_update(self, entry: RegisterEntry, update: DirectiveUpdate) -> None:
        """Record *update* in the directive's session, as one undoable edit.

        The session is opened in the editor first when another one is open (its own
        pending edits are saved by ``open_session``); raises ValueError with the clerk's
        sentence when the directive is gone or the update does not fit it.
        """
        from models.register import apply_update

        window = self.window
        if window.doc.session_id != entry.session_id:
            window.open_session(entry.session_id)
        if window.doc.session_id != entry.session_id:
            raise ValueError(self.tr("Không mở được phiên làm việc của chỉ đạo này."))
        directives = window.doc.session.conclusion.directives
        position = next((i for i, d in enumerate(directives) if d.id == entry.directive_id),
                        None)
        if position is None:
            raise ValueError(self.tr("Chỉ đạo này không còn trong phiên làm việc."))
        new = apply_update(directives[position], update, self.pane.today())
        window.edits.set((*DIRECTIVES, position), new, self._step_name(update))

    def _step_name(self, update: DirectiveUpdate) -> str:
        if update.done_on is not None:
            return self.tr("Sổ theo dõi: đã hoàn thành")
        if update.extend_to is not None:
            return self.tr("Sổ theo dõi: gia hạn")
        return self.tr("Sổ theo dõi: tiến độ")

    def open_directive(self, session_id: int, directive_id: str) -> None:
        window = self.window
        window.open_session(session_id)
        if window.doc.session_id != session_id:
            return
        ids = [d.id for d in window.doc.session.conclusion.directives]
        self.tabs.setCurrentIndex(0)
        if directive_id in ids:
            window.editor.focus_path((*DIRECTIVES, ids.index(directive_id), "text"))
        else:
            show_error(window, self.tr("Sổ theo dõi"), upper_first(
                self.tr("chỉ đạo này không còn trong phiên làm việc.")))

    # -- following the open session --------------------------------------------------------

    def _doc_changed(self, path: object, *_rest: object) -> None:
        if isinstance(path, tuple) and path[: len(DIRECTIVES)] == DIRECTIVES[: len(path)]:
            self._patch()

    def _session_loaded(self) -> None:
        self._patch()

    def _patch(self) -> None:
        session_id = self.window.doc.session_id
        if session_id is not None and self._pane is not None:
            self.pane.session_edited(session_id,
                                     list(self.window.doc.session.conclusion.directives))

    def _saved(self, session_id: int, _when: dt.datetime) -> None:
        if self._pane is None:
            return
        data = self.pane.data
        if data is not None and session_id not in data.by_session and (
            self.window.doc.session.conclusion.directives
        ):
            self.pane.mark_stale()  # a new session with directives: not in the rows yet

    def close(self) -> None:
        self._closed = True
        if self._pane is not None:
            self._pane.wait_until_idle()
