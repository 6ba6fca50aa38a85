"""The first column of a wide table, pinned at its left edge while the table scrolls sideways.

The attendees table has seven columns; typing the later ones of a row scrolls the name out
of view, and the clerk no longer sees whose position or reason they are typing. This view
shows the table's column 0 over its left edge whenever the table is scrolled sideways, in
step with its rows, current row and row heights (the frozen-column layout of Qt's own
example, kept read-only: the name is still edited in the table, scrolled back to it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


class FrozenFirstColumn(QTableView):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.setObjectName("frozen_first_column")
        self._table = table
        model = table.model()
        self.setModel(model)
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(table.wordWrap())
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView { border-right: 1px solid palette(dark); }")
        for column in range(1, model.columnCount()):
            self.setColumnHidden(column, True)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(self.place)
        table.horizontalHeader().sectionResized.connect(self._column_resized)
        table.verticalHeader().sectionResized.connect(self._row_resized)
        self.clicked.connect(self._clicked)
        table.installEventFilter(self)
        self.place()

    def covered_width(self) -> int:
        """How much of the table's left edge this view hides (0 when hidden)."""
        return self._table.columnWidth(0) if self.isVisible() else 0

    def place(self, *_args: object) -> None:
        table = self._table
        scrolled = table.horizontalScrollBar().value() > 0
        if scrolled:
            self.setColumnWidth(0, table.columnWidth(0))
            frame = table.frameWidth()
            self.setGeometry(
                frame + table.verticalHeader().width(), frame, table.columnWidth(0) + 1,
                table.horizontalHeader().height() + table.viewport().height(),
            )
            self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.setVisible(scrolled)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.setColumnWidth(0, new)
            self.place()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def _clicked(self, index: QModelIndex) -> None:
        self._table.setCurrentIndex(index)
        self._table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return super().eventFilter(watched, event)
