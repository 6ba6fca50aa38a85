"""The register page: filters, the table of every directive, the summary line, the chart.

Loading and filtering run on a worker (``gui.register.jobs``); the GUI thread only swaps in
the result. The pane keeps its rows while hidden, so opening it shows them at once; an
edit made in the editor patches the rows of its session, and a change the patch cannot
follow (directives added or removed) marks the rows stale, reloaded when next shown.

Signals:
    loaded(): rows are (re)loaded and shown with the current filter.
    view_ready(): the rows and counts of the current filter are shown.
    urgent(int, int): overdue and due-within-7-days counts after a load.
    open_requested(int, str): the clerk asked for a directive in its session (Return).
    exported(Path): an export (Excel or the progress report) was written there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import shortcuts
from gui.errors import show_error
from gui.main_thread_gc import MainThreadCollector
from gui.register.chart import ClassChart
from gui.register.data import (
    RegisterData,
    RegisterView,
    WindowFilter,
    updated_entry,
)
from gui.register.dialogs import DONE, EXTEND, PROGRESS, UpdateDialog
from gui.register.exports import excel_work, report_work
from gui.register.filters import FilterBar
from gui.register.jobs import Job, JobResults, load_work, view_work
from gui.register.model import TEXT_COLUMN, RegisterTableModel, class_label
from gui.register.summary import summary_html
from models.register import DirectiveUpdate, RegisterEntry
from models.register_chart import chart_rows
from models.session import Directive

if TYPE_CHECKING:
    from renderer import Renderer
    from storage import Store

FILTER_DELAY_MS = 250
EXPORT_FOLDER_KEY = "register/export_folder"


class RegisterPane(QWidget):
    loaded = Signal()
    view_ready = Signal()
    urgent = Signal(int, int)
    open_requested = Signal(int, str)
    exported = Signal(object)  # the Path written

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_pane")
        self.store = store
        self.today: Callable[[], dt.date] = dt.date.today
        #: Records an update in the directive's session; set by gui.register.wiring.
        self.apply_update: Callable[[RegisterEntry, DirectiveUpdate], None] | None = None
        #: Writes the progress report; set by gui.register.wiring (the window's renderer).
        self.renderer: Renderer | None = None
        self.settings: QSettings | None = None
        self.data: RegisterData | None = None
        self.view: RegisterView | None = None
        self.stale = True
        self._generation = {"load": 0, "view": 0, "export": 0}
        self._shown = (-1, -1)
        self._collection_paused = False
        self._view_stale = False
        self._data_generation = -1
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._results = JobResults(self)
        self._results.finished.connect(self._job_done)
        self._results.failed.connect(self._job_failed)

        self.filters = FilterBar()
        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        # a filter, a sort or a reload resets the model: the cursor stays on its directive
        self._keep: tuple[int, str] | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(lambda: self._select(self._keep))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        for column, width in enumerate((78, 120, 70, 300, 140, 110, 90, 170, 220)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ClassChart(class_label)
        self.chart.setObjectName("register_chart")
        self.chart.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.named_actions: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("register_done", self.tr("Đã &hoàn thành…"), lambda: self.edit_current(DONE)),
            ("register_progress", self.tr("Thêm &tiến độ…"), lambda: self.edit_current(PROGRESS)),
            ("register_extend", self.tr("&Gia hạn…"), lambda: self.edit_current(EXTEND)),
            ("register_open", self.tr("Mở &phiên"), self.open_current),
            ("register_chart", self.tr("&Biểu đồ"), self.toggle_chart),
            ("register_excel", self.tr("Xuất &Excel…"), lambda: self.export_excel()),
            ("register_report", self.tr("Báo cáo tiến &độ…"), lambda: self.export_report()),
            ("register_reload", self.tr("Tải &lại"), self.reload),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts(shortcuts.sequences(name))
            action.triggered.connect(slot)
            if name == "register_open":  # Return in a filter box is not "open"
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            self.named_actions[name] = action
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text.replace('&', '')} ({keys})" if keys else
                                 text.replace("&", ""))
            button.setObjectName(f"button_{name}")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self.extra_buttons = buttons  # wiring adds the units directory and exports here
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("register_status")
        buttons.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refilter)
        self.filters.changed.connect(self._filter_timer.start)
        for line in (self.filters.text, self.filters.unit, self.filters.chair):
            line.returnPressed.connect(self._filter_and_go_to_rows)

    def _filter_and_go_to_rows(self) -> None:
        """Return in a filter box: filter now (no waiting for the pause) and go to the rows."""
        if self._filter_timer.isActive():
            self.refilter()
        self.focus_table()

    # -- loading ---------------------------------------------------------------------------

    def _collector(self) -> MainThreadCollector | None:
        app = QCoreApplication.instance()
        found = app.findChild(MainThreadCollector, "main_thread_gc") if app else None
        return found if isinstance(found, MainThreadCollector) else None

    def _pause_collection(self) -> None:
        collector = self._collector()
        if collector is not None and not self._collection_paused:
            collector.pause()
            self._collection_paused = True

    def _resume_collection(self) -> None:
        """After a load: the rows go to the permanent generation (gui.main_thread_gc), so
        the GUI thread's collections never walk 100,000 entries again."""
        collector = self._collector()
        if collector is not None and self._collection_paused:
            collector.resume(freeze=True)
        self._collection_paused = False

    def reload(self) -> None:
        """Read the rows from the store again, on the worker."""
        self._pause_collection()
        self._generation["load"] += 1
        self.stale = False
        if self.data is None:
            self.status.setText(self.tr("Đang tải sổ theo dõi…"))
        self._pool.start(Job("load", self._generation["load"],
                             load_work(self.store, self.today()), self._results))

    @property
    def loads_started(self) -> int:
        return self._generation["load"]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()
        elif self._view_stale:
            self.refilter()

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def wait_until_idle(self) -> None:
        """Let the running job end (before the window or the store closes)."""
        self._pool.waitForDone()

    def _job_done(self, kind: str, generation: int, result: Any) -> None:
        if kind == "keys":  # nothing to show: it completed the data in place
            if generation == self._generation["load"]:
                self._resume_collection()
            return
        if generation != self._generation[kind]:
            return
        if kind == "export":
            self.status.setText(self.tr("Đã ghi %1").replace("%1", str(result)))
            self.exported.emit(result)
        elif kind == "load":
            self._loaded(result)
        elif kind == "view":
            self._show_view(result)

    def _job_failed(self, kind: str, generation: int, message: str) -> None:
        if kind in ("load", "keys") and generation == self._generation["load"]:
            self._resume_collection()
        if kind == "export":
            self.status.setText("")
            show_error(self, self.tr("Không xuất được"), message)
            return
        if generation == self._generation.get(kind, self._generation["load"]):
            self.status.setText(self.tr("Không đọc được sổ theo dõi: %1").replace("%1", message))

    def _loaded(self, data: RegisterData) -> None:
        self.data = data
        self._data_generation = self._generation["load"]
        self.model.set_data(data)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.status.setText("")
        self.urgent.emit(*data.urgent)
        # the folded keys next, on the worker: filter jobs queued after find them ready
        self._pool.start(Job("keys", self._generation["load"], data.compute_keys,
                             self._results))
        self._start_view()
        self.loaded.emit()

    # -- filtering -------------------------------------------------------------------------

    def refilter(self) -> None:
        self._filter_timer.stop()
        self._start_view()

    def _start_view(self) -> None:
        if self.data is None:
            return
        self._view_stale = False
        try:
            flt = self.filters.value()
        except ValueError as error:
            self.summary.setText(str(error))
            return
        self._generation["view"] += 1
        self._pool.start(Job("view", self._generation["view"],
                             view_work(self.data, flt, self.chart.isVisible()), self._results))

    @property
    def settled(self) -> bool:
        """Rows loaded and the current filter's view shown (for tests and benchmarks)."""
        return (
            self.data is not None
            and self._shown == (self._generation["load"], self._generation["view"])
            and not self._filter_timer.isActive()
            and not self._collection_paused
        )

    def _show_view(self, view: RegisterView) -> None:
        self._shown = (self._data_generation, self._generation["view"])
        self.view = view
        self.model.set_view(view)
        self.summary.setText(summary_html(view.counts))
        self.status.setText(self.tr("%1 / %2 nhiệm vụ").replace("%1", f"{view.shown:,}".replace(
            ",", ".")).replace("%2", f"{len(view.accepted):,}".replace(",", ".")))
        if self.chart.isVisible():
            self.chart.set_rows(chart_rows(view.per_unit))
        self.view_ready.emit()

    def current_filter(self) -> WindowFilter:
        return self.filters.value()

    def show_urgent(self, days: int = 7) -> None:
        self.filters.show_urgent(days)
        self.refilter()

    # -- the chart -------------------------------------------------------------------------

    def toggle_chart(self) -> None:
        """Show or hide the chart; it draws the rows of the report's chart
        (models.register_chart) for what the filter selects, and follows every filter."""
        self.chart.setVisible(not self.chart.isVisible())
        if self.chart.isVisible():
            self.splitter.setSizes([2 * self.width() // 3, self.width() // 3])
            if self.view is not None and not self.view.per_unit and self.view.shown:
                self.refilter()  # the last view was computed without the per-unit counts
            elif self.view is not None:
                self.chart.set_rows(chart_rows(self.view.per_unit))

    # -- exports ---------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, "")) if self.settings else ""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name) if folder else name, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = Path(name).suffix
        path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
        if self.settings is not None:
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        return path

    def export_excel(self, path: Path | None = None) -> None:
        """The rows shown, in their order, with the summary sheet; written on the worker."""
        if self.data is None or self.view is None:
            return
        path = path or self._ask_path(self.tr("Xuất sổ theo dõi ra Excel"),
                                      "so-theo-doi-nhiem-vu.xlsx", self.tr("Excel (*.xlsx)"))
        if path is None:
            return
        entries = [self.data.entries[at] for at in self.model.rows]
        self._start_export(excel_work(path, entries, self.data.today, self.data.directory,
                                      self.filters.described()))

    def export_report(self, path: Path | None = None) -> None:
        """The progress report for the filter's period, unit and chair (the report counts
        every class, whatever class the register shows)."""
        if self.renderer is None:
            return
        try:
            flt = self.filters.value().register
        except ValueError as error:
            show_error(self, self.tr("Không lập được báo cáo"), str(error))
            return
        path = path or self._ask_path(self.tr("Báo cáo tình hình thực hiện nhiệm vụ"),
                                      "bao-cao-nhiem-vu.docx", self.tr("Văn bản Word (*.docx)"))
        if path is None:
            return
        self._start_export(report_work(self.store, self.renderer, path, flt, self.today()))

    def _start_export(self, work: Callable[[], Any]) -> None:
        self._generation["export"] += 1
        self.status.setText(self.tr("Đang xuất…"))
        self._pool.start(Job("export", self._generation["export"], work, self._results))

    # -- the current row -------------------------------------------------------------------

    def current_entry(self) -> tuple[int, RegisterEntry] | None:
        index = self.table.currentIndex()
        if self.data is None or not index.isValid():
            return None
        at = self.model.entry_index(index.row())
        return at, self.data.entries[at]

    def _current_key(self) -> tuple[int, str] | None:
        current = self.current_entry()
        return None if current is None else (current[1].session_id, current[1].directive_id)

    def _remember_current(self) -> None:
        self._keep = self._current_key()

    def _select(self, key: tuple[int, str] | None) -> None:
        """Keep the cursor on the same directive, else on the first row."""
        row = 0
        if key is not None and self.data is not None:
            for at in self.data.by_session.get(key[0], []):
                if self.data.entries[at].directive_id == key[1]:
                    row = max(0, self.model.row_of(at))
                    break
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, TEXT_COLUMN))
        else:
            self.table.setCurrentIndex(QModelIndex())

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TEXT_COLUMN))

    def open_current(self) -> None:
        current = self.current_entry()
        if current is not None:
            self.open_requested.emit(current[1].session_id, current[1].directive_id)

    def edit_current(self, kind: str) -> UpdateDialog | None:
        current = self.current_entry()
        if current is None or self.apply_update is None:
            return None
        entry = current[1]
        apply = self.apply_update
        dialog = UpdateDialog(kind, entry, self.today(), lambda u: apply(entry, u), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()
        return dialog

    # -- following the sessions ------------------------------------------------------------

    def session_edited(self, session_id: int, directives: list[Directive]) -> None:
        """The open session's directives as they now stand (an edit, an undo, a load)."""
        data = self.data
        if data is None:
            return
        indexes: Sequence[int] = data.by_session.get(session_id, ())
        by_id = {d.id: d for d in directives}
        known = {data.entries[i].directive_id for i in indexes}
        changed = False
        for at in indexes:
            directive = by_id.get(data.entries[at].directive_id)
            if directive is None:
                continue
            entry = updated_entry(data.entries[at], directive)
            if entry != data.entries[at]:
                data.replace_entry(at, entry)
                self.model.entry_changed(at)
                changed = True
        if known != set(by_id):
            self.mark_stale()
        elif changed and self.isVisible():
            self._filter_timer.start()
        elif changed:  # typing in the editor must not filter 100,000 hidden rows each pause
            self._view_stale = True
