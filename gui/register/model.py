"""The register as a Qt table model over the loaded entries, filtered and sorted.

With 100,000 rows every per-row Python call counts, so the model does its own filtering and
sorting instead of a QSortFilterProxyModel (measured on this machine with 100,000 rows: the
proxy calls a Python ``filterAcceptsRow`` per row, 40–130 ms per filter change when its
mapping is rebuilt with ``invalidate()`` and up to 1.9 s when it updates row ranges; its
sort calls ``data`` millions of times, seconds). Here the filter's flags come from
``RegisterMatcher`` on the worker (``gui.register.data.compute_view``); the model keeps the
accepted entry indexes in sort order and resets, which costs the view under a millisecond.
Sorting is one Python ``sorted`` over the column's key. ``data`` is asked only for the
rows on screen.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gui.fields import format_date
from gui.register.data import RegisterData, RegisterView
from models.register import CLASS_COLOURS, DirectiveClass, RegisterEntry

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 60


def class_label(klass: DirectiveClass | None) -> str:
    """The class's name in the window's language (models.register keeps the documents')."""
    if klass is None:
        return QCoreApplication.translate("Register", "Đã hủy")
    labels = {
        DirectiveClass.DONE_ON_TIME: QCoreApplication.translate(
            "Register", "Đã hoàn thành đúng hạn"),
        DirectiveClass.DONE_LATE: QCoreApplication.translate("Register", "Đã hoàn thành quá hạn"),
        DirectiveClass.IN_PROGRESS: QCoreApplication.translate(
            "Register", "Đang thực hiện trong hạn"),
        DirectiveClass.OVERDUE: QCoreApplication.translate("Register", "Chưa hoàn thành, quá hạn"),
        DirectiveClass.DONE: QCoreApplication.translate(
            "Register", "Đã hoàn thành (không thời hạn)"),
        DirectiveClass.STANDING: QCoreApplication.translate(
            "Register", "Thường xuyên / chưa có thời hạn"),
    }
    return labels[klass]


def deadline_text(entry: RegisterEntry) -> str:
    if entry.standing:
        return QCoreApplication.translate("Register", "Thường xuyên")
    if entry.extensions:
        return QCoreApplication.translate("Register", "%1 (gốc %2)").replace(
            "%1", format_date(entry.deadline_in_force)).replace("%2", format_date(entry.deadline))
    return format_date(entry.deadline_in_force)


def deadline_tooltip(entry: RegisterEntry) -> str:
    lines = [QCoreApplication.translate("Register", "Thời hạn ban đầu: %1").replace(
        "%1", format_date(entry.deadline) or "—")]
    for extension in entry.extensions:
        lines.append(
            QCoreApplication.translate("Register", "Gia hạn đến %1 (ngày %2, %3)")
            .replace("%1", format_date(extension.deadline))
            .replace("%2", format_date(extension.date) or "—")
            .replace("%3", extension.document or "—")
        )
    return "\n".join(lines)


def progress_text(entry: RegisterEntry) -> str:
    step = entry.last_progress
    if step is None:
        return ""
    text = f"{format_date(step.date)}: {step.text}"
    return f"{text} ({step.reference})" if step.reference else text


_MIN = dt.date.min
_MAX = dt.date.max

# (header, display text, sort key) per column, in the order shown.
_Column = tuple[str, Callable[[RegisterEntry], str], Callable[[RegisterEntry], Any]]


def _columns() -> list[_Column]:
    return [
        (QCoreApplication.translate("Register", "Ngày họp"), lambda e: format_date(e.session_date),
         lambda e: (e.session_date, e.session_id, e.position)),
        (QCoreApplication.translate("Register", "Phiên làm việc"), lambda e: e.session_subject,
         lambda e: e.session_subject.casefold()),
        (QCoreApplication.translate("Register", "Số văn bản"), lambda e: e.document_number,
         lambda e: e.document_number),
        (QCoreApplication.translate("Register", "Nội dung chỉ đạo"), lambda e: e.text,
         lambda e: e.text.casefold()),
        (QCoreApplication.translate("Register", "Chủ trì"), lambda e: "; ".join(e.lead),
         lambda e: "; ".join(e.lead).casefold()),
        (QCoreApplication.translate("Register", "Phối hợp"), lambda e: "; ".join(e.collaborators),
         lambda e: "; ".join(e.collaborators).casefold()),
        (QCoreApplication.translate("Register", "Thời hạn"), deadline_text,
         lambda e: (e.deadline_in_force is None, e.deadline_in_force or _MAX)),
        # the class column is filled from the precomputed classes
        (QCoreApplication.translate("Register", "Phân loại"), lambda e: "", lambda e: 0),
        (QCoreApplication.translate("Register", "Tiến độ mới nhất"), progress_text,
         lambda e: e.last_progress.date if e.last_progress else _MIN),
    ]


CLASS_COLUMN = 7
TEXT_COLUMN = 3
DEADLINE_COLUMN = 6


def _tint(colour: QColor, strength: float = 0.16) -> QColor:
    """The class's colour mixed into white: a background the text in full colour reads on."""
    return QColor(*(round(255 - (255 - part) * strength)
                    for part in (colour.red(), colour.green(), colour.blue())))


class RegisterTableModel(QAbstractTableModel):
    """Rows are the entries the last filter accepted, in the current sort order.

    ``order`` holds every entry index in sort order, ``rows`` the accepted ones among them;
    a filter or a sort swaps the list and resets the model, which costs the view nothing
    however many rows there are (see the module docstring).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = _columns()
        self.data_set: RegisterData | None = None
        # machine-int arrays, not lists: no int object per row (see RegisterData.by_session)
        self.order: array[int] = array("l")  # every entry index, sorted
        self.rows: array[int] = array("l")  # the accepted ones, in that order
        self.accepted: list[bool] = []  # per entry index, from the last RegisterView
        self._brushes = {
            klass: (QBrush(QColor(colour)), QBrush(_tint(QColor(colour))))
            for klass, colour in CLASS_COLOURS.items()
        }

    def set_data(self, data: RegisterData) -> None:
        self.data_set = data
        self.order = array("l", range(len(data.entries)))
        self._show([c is not None for c in data.classes])

    def set_view(self, view: RegisterView) -> None:
        if len(view.accepted) == len(self.order):
            self._show(view.accepted)

    def _show(self, accepted: list[bool]) -> None:
        self.beginResetModel()
        self.accepted = accepted
        self.rows = array("l", [at for at in self.order if accepted[at]])
        self.endResetModel()

    def entry_index(self, row: int) -> int:
        return self.rows[row]

    def entry(self, row: int) -> RegisterEntry:
        assert self.data_set is not None
        return self.data_set.entries[self.rows[row]]

    def row_of(self, entry_index: int) -> int:
        """The row showing that entry, or -1 when the filter hides it."""
        try:
            return self.rows.index(entry_index)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0] if 0 <= section < len(self.columns) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # the view asks for a dozen roles per cell: answer fast
            return None
        data = self.data_set
        if data is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.columns)):
            return None
        at = self.rows[row]
        if role == ENTRY_ROLE:
            return at
        entry = data.entries[at]
        if column == CLASS_COLUMN:
            klass = data.classes[at]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return class_label(klass)
            if klass is not None and role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes[klass][0]
            if klass is not None and role == Qt.ItemDataRole.BackgroundRole:
                return self._brushes[klass][1]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[column][1](entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DEADLINE_COLUMN:
                return deadline_tooltip(entry)
            return self.columns[column][1](entry) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every entry (hidden ones too) by the column's key, then show the accepted."""
        data = self.data_set
        if data is None or not (0 <= column < len(self.columns)):
            return
        if column == CLASS_COLUMN:
            rank: dict[DirectiveClass | None, int] = {None: -1}
            rank.update({k: i for i, k in enumerate(CLASS_COLOURS)})
            keys: list[Any] = [rank[c] for c in data.classes]
        else:
            function = self.columns[column][2]
            keys = [function(e) for e in data.entries]
        self.order = array("l", sorted(range(len(keys)), key=keys.__getitem__,
                                       reverse=order == Qt.SortOrder.DescendingOrder))
        self._show(self.accepted)

    def entry_changed(self, entry_index: int) -> None:
        row = self.row_of(entry_index)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, ENTRY_ROLE,
})
