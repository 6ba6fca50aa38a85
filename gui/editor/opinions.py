"""The opinions section: who spoke and what they said."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.delegates import ChoiceDelegate
from gui.editor.section import Section
from gui.editor.tables import TableBox
from gui.table_models import opinions_model
from gui.undo import Edits


class OpinionsSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.model = opinions_model(edits)
        self.box = TableBox(self.model, self.tr("Ý &kiến phát biểu"))
        self.table = self.box.table
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(self.table))
        self.table.setColumnWidth(0, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.tables = {("opinions",): self.table}

    def title(self) -> str:
        return self.tr("Ý kiến")
