"""A Qt table model over one list inside the session (attendees, directives, figures …).

The model keeps no copy of the data: it reads the list from the ``SessionDocument`` on every
call and turns edits into undo commands, so the table, the form, the preview and the store
never disagree. It follows the document's row signals with the matching begin/end calls,
which keeps the view's current cell while rows come and go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from gui.document import Path
from gui.fields import format_date, parse_date, parse_time
from gui.undo import Edits

Index = QModelIndex | QPersistentModelIndex
ROWS_MIME = "application/x-thuky-rows"
Choices = Callable[[], Sequence[tuple[Any, str]]]


#: setData role of a text cell's editor while the clerk types (gui.delegates.LiveTextDelegate):
#: the value reaches the session, hence autosave, at every keystroke, and the keystrokes of
#: one cell merge into one undo step.
LIVE_EDIT_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Column:
    """One column: the row attribute it shows, its header, and how it is edited.

    kind is "text", "list" (items separated by ";"), "date", "time", "choice", "check", or
    "summary": the first line of a multi-line text, read-only because a form field beside
    the table edits the whole text (a one-line cell editor would flatten its paragraphs).
    """

    key: str
    header: str
    kind: str = "text"
    choices: Choices | None = None
    #: For a text that may stay empty: what the documents use then, shown greyed in the cell.
    placeholder: Callable[[Any], str] | None = None


def clock_text(value: dt.time | None) -> str:
    """Notes keep their seconds ("14:32:05"); other times show hours and minutes."""
    if value is None:
        return ""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def first_line(text: str) -> str:
    """The first non-blank line, with "…" when more follows."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


def list_text(values: Sequence[str]) -> str:
    return "; ".join(values)


def parse_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


class ListTableModel(QAbstractTableModel):
    """Rows are the items of the list at ``path``; see the module docstring."""

    def __init__(
        self,
        edits: Edits,
        path: Path | Callable[[], Path | None],
        columns: Sequence[Column],
        new_row: Callable[[list[Any]], Any],
        row_name: str,
    ) -> None:
        super().__init__()
        self.edits = edits
        self.doc = edits.doc
        self._path_source = path if callable(path) else (lambda: path)
        self.path: Path | None = self._path_source()
        self.columns = list(columns)
        self._new_row = new_row
        self.row_name = row_name
        doc = self.doc
        doc.about_to_insert.connect(self._about_to_insert)
        doc.inserted.connect(self._inserted)
        doc.about_to_remove.connect(self._about_to_remove)
        doc.removed.connect(self._removed)
        doc.about_to_move.connect(self._about_to_move)
        doc.moved.connect(self._moved)
        doc.about_to_reset.connect(self._begin_doc_reset)
        doc.reset_done.connect(self._end_reset)
        doc.value_set.connect(self._value_set)
        self._pending_reset = False
        self._doc_reset = False

    # -- reading ---------------------------------------------------------------------------

    def items(self) -> list[Any]:
        if self.path is None:
            return []
        try:
            return self.doc.items(self.path)
        except (IndexError, AttributeError):
            return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        kind = self.columns[index.column()].kind
        if kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if kind == "summary":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _choice_label(self, column: Column, value: Any) -> str:
        for choice, label in column.choices() if column.choices else ():
            if choice == value:
                return label
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        items = self.items()
        if not (0 <= index.row() < len(items)) or not (0 <= index.column() < len(self.columns)):
            return None
        column = self.columns[index.column()]
        value = getattr(items[index.row()], column.key)
        if column.placeholder is not None and not value and role in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return column.placeholder(items[index.row()])
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if column.kind == "summary":
            if role == Qt.ItemDataRole.DisplayRole:
                return first_line(value)
            return value if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "list":
                return list_text(value)
            if column.kind == "date":
                return format_date(value)
            if column.kind == "time":
                return clock_text(value)
            if column.kind == "choice":
                return value.value if isinstance(value, Enum) else (value or "")
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.kind == "list":
                return list_text(value)
            if column.kind == "date":
                return format_date(value)
            if column.kind == "time":
                return clock_text(value)
            if column.kind == "choice":
                return self._choice_label(column, value)
            return value
        return None

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.path is None:
            return False
        column = self.columns[index.column()]
        if column.kind == "summary":
            return False
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole and not (
            role == LIVE_EDIT_ROLE and column.kind == "text"
        ):
            return False
        elif column.kind == "list":
            new = parse_list(str(value))
        elif column.kind == "date":
            if isinstance(value, dt.date) or value is None:
                new = value
            else:
                try:
                    new = parse_date(str(value))
                except ValueError:
                    return False
        elif column.kind == "choice":
            new = value if value != "" else None  # "" stands for "nobody chosen"
        elif column.kind == "time":
            try:
                new = value if isinstance(value, dt.time) else parse_time(str(value))
            except ValueError:
                return False
        else:
            new = value
        path = (*self.path, index.row(), column.key)
        try:
            self.edits.set(
                path, new, f"{self.row_name}: {column.header}", merge=role == LIVE_EDIT_ROLE
            )
        except ValueError:
            return False
        return True

    def add_row(self, at: int | None = None) -> int:
        """Insert a new empty row (at the end by default) as one undo step; return its row."""
        if self.path is None:
            return -1
        items = self.items()
        row = len(items) if at is None else at
        self.edits.insert(self.path, row, self._new_row(items), self.row_name)
        return row

    def remove_row(self, row: int) -> None:
        if self.path is not None and 0 <= row < self.rowCount():
            self.edits.remove(self.path, row, self.row_name)

    def move_row(self, source: int, target: int) -> bool:
        """Move a row so it ends at *target*; False when that is outside the table."""
        if self.path is None or not (0 <= target < self.rowCount()) or source == target:
            return False
        self.edits.move(self.path, source, target, self.row_name)
        return True

    def moveRows(
        self,
        sourceParent: Index,
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        if count != 1 or sourceParent.isValid() or destinationParent.isValid():
            return False
        target = destinationChild if destinationChild < sourceRow else destinationChild - 1
        return self.move_row(sourceRow, target)

    # -- drag and drop: reorder rows inside the table ------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROWS_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME):
            return False
        rows = [int(r) for r in bytes(data.data(ROWS_MIME).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False
        destination = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), destination)

    # -- following the document ----------------------------------------------------------------

    def _is_mine(self, list_path: Path) -> bool:
        return self.path is not None and tuple(list_path) == self.path

    def _is_ancestor(self, list_path: Path) -> bool:
        """A list above ours changed shape: our path may now point at another item."""
        return (
            self.path is not None
            and len(list_path) < len(self.path)
            and tuple(self.path[: len(list_path)]) == tuple(list_path)
        )

    def _about_to_insert(self, list_path: Path, index: int) -> None:
        if self._is_mine(list_path):
            self.beginInsertRows(QModelIndex(), index, index)
        elif self._is_ancestor(list_path):
            self._start_reset()

    def _inserted(self, list_path: Path, _index: int) -> None:
        if self._is_mine(list_path):
            self.endInsertRows()
        self._finish_reset()

    def _about_to_remove(self, list_path: Path, index: int) -> None:
        if self._is_mine(list_path):
            self.beginRemoveRows(QModelIndex(), index, index)
        elif self._is_ancestor(list_path):
            self._start_reset()

    def _removed(self, list_path: Path, _index: int) -> None:
        if self._is_mine(list_path):
            self.endRemoveRows()
        self._finish_reset()

    def _about_to_move(self, list_path: Path, source: int, target: int) -> None:
        if self._is_mine(list_path):
            destination = target + 1 if target > source else target
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        elif self._is_ancestor(list_path):
            self._start_reset()

    def _moved(self, list_path: Path, _source: int, _target: int) -> None:
        if self._is_mine(list_path):
            self.endMoveRows()
        self._finish_reset()

    def _start_reset(self) -> None:
        if not self._pending_reset:
            self._pending_reset = True
            self.beginResetModel()

    def _finish_reset(self) -> None:
        if self._pending_reset:
            self._pending_reset = False
            self.path = self._path_source()
            self.endResetModel()

    def _begin_doc_reset(self) -> None:
        self._doc_reset = True
        self.beginResetModel()

    def _end_reset(self) -> None:
        self._doc_reset = False
        self.path = self._path_source()
        self.endResetModel()

    def refresh_path(self) -> None:
        """The path source now names another list (another report was chosen)."""
        if self._doc_reset or self._pending_reset:
            return  # the reset under way re-reads the path when it ends
        if self._path_source() != self.path:
            self.beginResetModel()
            self.path = self._path_source()
            self.endResetModel()

    def _value_set(self, path: Path) -> None:
        if self.path is None:
            self.refresh_path()
            return
        mine = self.path
        if len(path) <= len(mine) and tuple(mine[: len(path)]) == tuple(path):
            # our list itself (or something holding it) was replaced wholesale
            self.beginResetModel()
            self.path = self._path_source()
            self.endResetModel()
        elif len(path) > len(mine) and tuple(path[: len(mine)]) == mine:
            row = path[len(mine)]
            if isinstance(row, int):
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, max(0, len(self.columns) - 1))
                )
