"""The reports section: each report's presenter, title, content and figures table.

A list of reports at the top; the form below edits the chosen one (the bindings follow the
list's current row, so choosing another report shows its fields, and undo shows the report
it changes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.binding import ComboBinding, LineBinding, TextBinding
from gui.document import Path
from gui.editor.people_combo import AttendeeCombo, add_attendee_named
from gui.editor.row_table import RowTable
from gui.editor.section import Section, focus_cell, follow_changes
from gui.editor.tables import TableBox
from gui.table_models import figures_model, reports_model
from gui.undo import Edits


class ReportsSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.model = reports_model(edits)
        self.list_box = TableBox(self.model, self.tr("&Danh sách báo cáo"))
        self.list = self.list_box.table
        self.presenter = AttendeeCombo(edits.doc)
        self.report_title = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("Các đoạn cách nhau bởi một dòng trống"))
        self.figures_model = figures_model(edits, self._figures_path)
        self.figures_box = TableBox(self.figures_model, self.tr("&Số liệu"))
        self.figures = self.figures_box.table
        for column, width in enumerate((260, 80, 90)):
            self.figures.setColumnWidth(column, width)

        detail = QWidget()
        form = QFormLayout(detail)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Người báo cáo:"), self.presenter)
        form.addRow(self.tr("&Tên báo cáo:"), self.report_title)
        form.addRow(self.tr("Nội d&ung:"), self.content)
        form.addRow(self.figures_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_box)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.bindings = [
            ComboBinding(edits, self.presenter, self._field("presenter"), self.tr("Người báo cáo")),
            LineBinding(edits, self.report_title, self._field("title"), self.tr("Tên báo cáo")),
            TextBinding(edits, self.content, self._field("content"), self.tr("Nội dung báo cáo")),
        ]
        self.presenter.new_name_typed.connect(self._new_presenter)
        self.list.selectionModel().currentRowChanged.connect(self._report_changed)
        self.model.rowsInserted.connect(self._report_changed)
        self.model.rowsRemoved.connect(self._report_changed)
        self.model.modelReset.connect(self._another_session)
        follow_changes(edits.doc, self.list, "reports", {"presenter", "content"})
        self.tables = {("reports",): self.list}
        QWidget.setTabOrder(self.list, self.presenter)
        QWidget.setTabOrder(self.presenter, self.report_title)
        QWidget.setTabOrder(self.report_title, self.content)
        QWidget.setTabOrder(self.content, self.figures)
        self.content.setTabChangesFocus(True)
        self._shown: int | None = None  # the report the form shows
        self._report_changed()

    def title(self) -> str:
        return self.tr("Báo cáo")

    def current_report(self) -> int | None:
        row = self.list.current_row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        return row if 0 <= row < self.model.rowCount() else None

    def _field(self, key: str) -> Callable[[], Path | None]:
        def path() -> Path | None:
            row = self.current_report()
            return None if row is None else ("reports", row, key)

        return path

    def _new_presenter(self, name: str, row: int | None = None) -> None:
        """A presenter typed who is not an attendee yet: add them, then choose them for
        report *row* (the current one by default)."""
        row = self.current_report() if row is None else row
        if row is None or row >= self.model.rowCount():
            return
        path = ("reports", row, "presenter")
        stack = self.edits.stack
        stack.beginMacro(self.tr("Báo cáo: thêm người báo cáo"))
        attendee_id = add_attendee_named(self.edits, name, "report")
        self.edits.set(path, attendee_id, self.tr("Người báo cáo"))
        stack.endMacro()

    def _figures_path(self) -> Path | None:
        row = self.current_report()
        return None if row is None else ("reports", row, "figures")

    def _another_session(self) -> None:
        self._shown = None  # a name typed for the old session's report went with it
        self._report_changed()

    def _report_changed(self, *_args: object) -> None:
        # Another report chosen (Ctrl+Enter, a click) while a new name is still in the
        # presenter field: it belongs to the report the form showed, not to be wiped.
        typed = self.presenter.pending_new_name()
        shown, current = self._shown, self.current_report()
        if typed and shown is not None and shown != current:
            self._new_presenter(typed, shown)
        self._shown = current
        for binding in self.bindings:
            binding.refresh()
        self.figures_model.refresh_path()
        self.figures_box.setEnabled(self.current_report() is not None)

    def current_table(self) -> RowTable | None:
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self.figures or self.figures.isAncestorOf(focused)):
            return self.figures
        if focused in (self.report_title, self.content, self.presenter):
            return self.figures
        return self.list

    def focus_path(self, path: Path) -> bool:
        if path[:1] != ("reports",):
            return False
        if len(path) > 1 and isinstance(path[1], int) and path[1] < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(path[1], 0))
            rest = path[2:]
            widgets = {"presenter": self.presenter, "title": self.report_title,
                       "content": self.content}
            if rest and rest[0] in widgets:
                widgets[str(rest[0])].setFocus()
                return True
            if rest and rest[0] == "figures":
                return focus_cell(self.figures, rest[1:])
        self.list.setFocus()
        return True
