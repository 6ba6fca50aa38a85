"""A table view for one of the session's lists, driven from the keyboard.

Ctrl+Enter (handled by the window, see gui/shortcuts.py) calls ``add_row``: a new row at the
end, its first cell current and open for typing. Alt+Up/Alt+Down move the current row,
Ctrl+Delete removes it, F4 on a choice cell opens its list; rows can also be dragged to a new place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from gui.delegates import LiveTextDelegate
from gui.table_models.base import ListTableModel

if TYPE_CHECKING:
    from gui.editor.frozen_column import FrozenFirstColumn


class RowTable(QTableView):
    def __init__(self, model: ListTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = model
        self.setModel(model)
        self.setItemDelegate(LiveTextDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        #: a view keeping column 0 in sight (gui.editor.frozen_column), if the table has one
        self.pinned: FrozenFirstColumn | None = None

    def add_row(self) -> None:
        """Append a row, make its first cell current and start editing it."""
        row = self.list_model.add_row()
        if row < 0:
            return
        index = self.list_model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus()
        self.edit(index)

    def remove_current_row(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            column = index.column()
            self.list_model.remove_row(index.row())
            rows = self.list_model.rowCount()
            if rows:
                self.setCurrentIndex(self.list_model.index(min(index.row(), rows - 1), column))

    def move_current_row(self, step: int) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        target = index.row() + step
        if self.list_model.move_row(index.row(), target):
            self.setCurrentIndex(self.list_model.index(target, index.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current_row(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif ctrl and event.key() == Qt.Key.Key_Delete:
            self.remove_current_row()
        elif event.key() == Qt.Key.Key_F4 and not event.modifiers() and self._choice_here():
            self.edit(self.currentIndex())  # F4 opens a list, as in any combo box
            editor = QApplication.focusWidget()
            if isinstance(editor, QComboBox):
                editor.showPopup()
        else:
            super().keyPressEvent(event)

    def _choice_here(self) -> bool:
        index = self.currentIndex()
        columns = self.list_model.columns
        return index.isValid() and columns[index.column()].kind == "choice"

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll as usual, then out from under a pinned first column (``pinned``)."""
        super().scrollTo(index, hint)
        if self.pinned is None or not index.isValid() or index.column() == 0:
            return
        covered = self.pinned.covered_width()
        left = self.visualRect(self.model().index(index.row(), index.column())).left()
        if covered and left < covered:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (covered - left))

    def current_row(self) -> int:
        index: QModelIndex = self.currentIndex()
        return index.row() if index.isValid() else -1
