"""Phrase snippets: the formulas clerks type again and again, inserted with Ctrl+M.

Stored as a small JSON list in the data folder (``snippets.json``) so the user can change
them in the "Mẫu câu" dialog. After inserting, the first "…" is selected so typing replaces it.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

FILE_NAME = "snippets.json"
PLACEHOLDER = "…"

DEFAULT_SNIPPETS: tuple[str, ...] = (
    "Ghi nhận …",
    "Biểu dương …",
    "Thống nhất chủ trương …",
    "Giao … chủ trì, phối hợp với … thực hiện, báo cáo kết quả trước ngày …",
    "Đề nghị … quan tâm, tạo điều kiện …",
    "Yêu cầu … khẩn trương …",
)


class SnippetStore:
    """The snippets of one data folder; a missing or unreadable file gives the defaults."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME

    def load(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return list(DEFAULT_SNIPPETS)
        if not isinstance(data, list):
            return list(DEFAULT_SNIPPETS)
        return [str(item) for item in data if str(item).strip()]

    def save(self, snippets: list[str]) -> None:
        """Write atomically (QSaveFile): a crash mid-write leaves the old list intact."""
        text = json.dumps([s for s in snippets if s.strip()], ensure_ascii=False, indent=2)
        file = QSaveFile(str(self.path))
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(0, file.errorString(), str(self.path))
        file.write(text.encode("utf-8"))
        if not file.commit():
            raise OSError(0, file.errorString(), str(self.path))


def insert_snippet(widget: QWidget | None, text: str) -> bool:
    """Insert *text* at the cursor of a line or text field; select its first "…"."""
    if isinstance(widget, QLineEdit):
        start = widget.cursorPosition()
        widget.insert(text)
        widget.textEdited.emit(widget.text())
        found = text.find(PLACEHOLDER)
        if found >= 0:
            widget.setSelection(start + found, len(PLACEHOLDER))
        return True
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        start = cursor.position()
        cursor.insertText(text)
        found = text.find(PLACEHOLDER)
        if found >= 0:
            cursor.setPosition(start + found)
            cursor.setPosition(start + found + len(PLACEHOLDER), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
        return True
    return False


class SnippetDialog(QDialog):
    """Edit the snippets, one per line."""

    def __init__(self, snippets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mẫu câu"))
        self.text = QPlainTextEdit("\n".join(snippets))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mỗi dòng một mẫu câu; dấu … là chỗ cần điền:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(640, 360)

    def snippets(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().split("\n") if line.strip()]
