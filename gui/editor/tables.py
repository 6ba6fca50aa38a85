"""A table with its buttons (add, remove, move), shared by every list section."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.editor.row_table import RowTable
from gui.table_models.base import ListTableModel


class TableBox(QWidget):
    """A ``RowTable`` over *model* with a caption and buttons for mouse users."""

    def __init__(self, model: ListTableModel, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = RowTable(model)
        self.caption = QLabel(caption)
        self.caption.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("Thêm (Ctrl+Enter)"))
        self.remove_button = QPushButton(self.tr("Xóa dòng (Ctrl+Del)"))
        self.up_button = QPushButton(self.tr("Lên (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Xuống (Alt+↓)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(button.focusPolicy().NoFocus)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.table.add_row)
        self.remove_button.clicked.connect(self.table.remove_current_row)
        self.up_button.clicked.connect(lambda: self.table.move_current_row(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current_row(1))
