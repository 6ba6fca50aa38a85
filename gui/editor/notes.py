"""Live notes: Ctrl+T stamps the current time and puts the cursor in the note's text."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.editor.section import Section
from gui.editor.tables import TableBox
from gui.table_models import notes_model
from gui.undo import Edits


class NotesSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.model = notes_model(edits)
        self.box = TableBox(self.model, self.tr("Ghi &chép trong buổi (Ctrl+T: ghi chép mới)"))
        self.table = self.box.table
        self.table.setColumnWidth(0, 90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.tables = {("notes",): self.table}

    def title(self) -> str:
        return self.tr("Ghi chép")

    def add_note(self) -> None:
        """A note stamped now, its text cell open for typing."""
        row = self.model.add_row()
        index = self.model.index(row, 1)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
