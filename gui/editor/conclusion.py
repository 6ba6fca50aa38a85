"""The conclusion section: the chair's assessment, the directives (who, with whom, by when)
and the answers to the counterpart's proposals (Mẫu 1.4's third section)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from gui.binding import TextBinding
from gui.delegates import ChoiceDelegate, DateDelegate
from gui.editor.section import Section
from gui.editor.tables import TableBox
from gui.table_models import directives_model, proposals_model
from gui.undo import Edits


class ConclusionSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.assessment = QPlainTextEdit()
        self.assessment.setTabChangesFocus(True)
        self.assessment.setPlaceholderText(
            self.tr("Mỗi dòng một đoạn: Ghi nhận …, Biểu dương …")
        )
        caption = QLabel(self.tr("Đán&h giá (mỗi dòng một đoạn):"))
        caption.setBuddy(self.assessment)
        self.model = directives_model(edits)
        self.box = TableBox(self.model, self.tr("&Chỉ đạo (đơn vị cách nhau bởi dấu ;)"))
        self.table = self.box.table
        keys = [c.key for c in self.model.columns]
        self.table.setItemDelegateForColumn(keys.index("deadline"), DateDelegate(self.table))
        self.table.setItemDelegateForColumn(keys.index("status"), ChoiceDelegate(self.table))
        self.table.setItemDelegateForColumn(keys.index("completed_on"),
                                            DateDelegate(self.table))
        for key, width in (("text", 380), ("assignees", 200), ("collaborators", 160),
                           ("deadline", 110)):
            self.table.setColumnWidth(keys.index(key), width)
        self.proposals_model = proposals_model(edits)
        self.proposals_box = TableBox(
            self.proposals_model, self.tr("Đề &xuất, kiến nghị và ý kiến trả lời")
        )
        self.proposals = self.proposals_box.table
        self.proposals.setColumnWidth(0, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.assessment, 1)
        layout.addWidget(self.box, 3)
        layout.addWidget(self.proposals_box, 2)
        self.bindings = [
            TextBinding(edits, self.assessment, ("conclusion", "assessment"),
                        self.tr("Đánh giá"), lines=True),
        ]
        self.fields = {("conclusion", "assessment"): self.assessment}
        self.tables = {
            ("conclusion", "directives"): self.table,
            ("conclusion", "proposals"): self.proposals,
        }
        QWidget.setTabOrder(self.assessment, self.table)
        QWidget.setTabOrder(self.table, self.proposals)

    def title(self) -> str:
        return self.tr("Kết luận")
