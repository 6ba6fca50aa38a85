"""The conclusion section: the chair's assessment and the directives (who, with whom, by when)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from gui.binding import TextBinding
from gui.delegates import ChoiceDelegate, DateDelegate
from gui.editor.section import Section
from gui.editor.tables import TableBox
from gui.table_models import directives_model
from gui.undo import Edits


class ConclusionSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.assessment = QPlainTextEdit()
        self.assessment.setTabChangesFocus(True)
        self.assessment.setPlaceholderText(
            self.tr("Mỗi dòng một đoạn: Ghi nhận …, Biểu dương …")
        )
        caption = QLabel(self.tr("Đánh &giá (mỗi dòng một đoạn):"))
        caption.setBuddy(self.assessment)
        self.model = directives_model(edits)
        self.box = TableBox(self.model, self.tr("&Chỉ đạo (đơn vị cách nhau bởi dấu ;)"))
        self.table = self.box.table
        keys = [c.key for c in self.model.columns]
        self.table.setItemDelegateForColumn(keys.index("deadline"), DateDelegate(self.table))
        self.table.setItemDelegateForColumn(keys.index("status"), ChoiceDelegate(self.table))
        for key, width in (("text", 380), ("assignees", 200), ("collaborators", 160),
                           ("deadline", 110)):
            self.table.setColumnWidth(keys.index(key), width)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.assessment, 1)
        layout.addWidget(self.box, 3)
        self.bindings = [
            TextBinding(edits, self.assessment, ("conclusion", "assessment"),
                        self.tr("Đánh giá"), lines=True),
        ]
        self.fields = {("conclusion", "assessment"): self.assessment}
        self.tables = {("conclusion", "directives"): self.table}
        QWidget.setTabOrder(self.assessment, self.table)

    def title(self) -> str:
        return self.tr("Kết luận")
