"""The opinions section: who spoke, and what they said in as many paragraphs as it took.

The table lists the speakers with the first line of each opinion; the text box below edits
the whole content of the chosen one, like a report's content: Enter starts a new line, a
blank line separates paragraphs. Picking a speaker and pressing Tab goes straight to the
text, so a clerk can keep up with the speaker; Ctrl+Enter from anywhere here adds the next
opinion.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.binding import TextBinding
from gui.delegates import ChoiceDelegate
from gui.document import Path
from gui.editor.people_combo import add_attendee_named
from gui.editor.section import Section, follow_changes
from gui.editor.tables import TableBox
from gui.table_models import opinions_model
from gui.undo import Edits


class OpinionsSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.model = opinions_model(edits)
        self.box = TableBox(self.model, self.tr("Ý &kiến phát biểu"))
        self.table = self.box.table
        self.speaker_delegate = ChoiceDelegate(
            self.table,
            create=lambda name: add_attendee_named(edits, name, "opinion"),
            create_text=self.tr("Ý kiến: thêm người phát biểu"),
        )
        self.table.setItemDelegateForColumn(0, self.speaker_delegate)
        self.table.setColumnWidth(0, 220)
        self.content = QPlainTextEdit()
        self.content.setObjectName("opinion_content")
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(
            self.tr("Nội dung ý kiến; các đoạn cách nhau bởi một dòng trống")
        )
        caption = QLabel(self.tr("Nội &dung ý kiến đang chọn:"))
        caption.setBuddy(self.content)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(caption)
        detail_layout.addWidget(self.content, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.box)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.bindings = [
            TextBinding(edits, self.content, self._content_path(), self.tr("Nội dung ý kiến")),
        ]
        self.table.selectionModel().currentRowChanged.connect(self._opinion_changed)
        self.model.rowsInserted.connect(self._opinion_changed)
        self.model.rowsRemoved.connect(self._opinion_changed)
        self.model.rowsMoved.connect(self._opinion_changed)
        self.model.modelReset.connect(self._opinion_changed)
        self.speaker_delegate.closeEditor.connect(self._speaker_chosen)
        follow_changes(edits.doc, self.table, "opinions", {"content"})
        self.tables = {("opinions",): self.table}
        QWidget.setTabOrder(self.table, self.content)
        self._opinion_changed()

    def title(self) -> str:
        return self.tr("Ý kiến")

    def current_opinion(self) -> int | None:
        row = self.table.current_row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        return row if 0 <= row < self.model.rowCount() else None

    def _content_path(self) -> Callable[[], Path | None]:
        def path() -> Path | None:
            row = self.current_opinion()
            return None if row is None else ("opinions", row, "content")

        return path

    def _opinion_changed(self, *_args: object) -> None:
        for binding in self.bindings:
            binding.refresh()

    def _speaker_chosen(
        self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        """Tab out of the speaker goes to what they say (the summary cell is not editable)."""
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self.content.setFocus()

    def focus_path(self, path: Path) -> bool:
        if path[:1] != ("opinions",):
            return False
        if len(path) > 1 and isinstance(path[1], int) and path[1] < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(path[1], 0))
            if path[2:3] == ("content",):
                self.content.setFocus()
                return True
        self.table.setFocus()
        return True
