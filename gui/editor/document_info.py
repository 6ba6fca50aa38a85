"""The document section: number, issue date, signer, recipients and archive line."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from gui.binding import DateBinding, LineBinding, TextBinding
from gui.editor.section import Section
from gui.fields import DateField
from gui.undo import Edits


class DocumentSection(Section):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("để trống: văn thư ghi số khi ban hành"))
        self.issued_on = DateField()
        self.authority = QLineEdit()
        self.authority.setPlaceholderText("TL. CHỦ TỊCH")
        self.position = QLineEdit()
        self.position.setPlaceholderText("CHÁNH VĂN PHÒNG")
        self.signer_name = QLineEdit()
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận"))
        self.archive = QLineEdit()
        self.archive.setPlaceholderText("VT, TH")
        form = QFormLayout(self)
        form.addRow(self.tr("&Số:"), self.number)
        form.addRow(self.tr("Ngày &ban hành:"), self.issued_on)
        form.addRow(self.tr("&Thẩm quyền ký:"), self.authority)
        form.addRow(self.tr("&Chức vụ người ký:"), self.position)
        form.addRow(self.tr("&Họ tên người ký:"), self.signer_name)
        form.addRow(self.tr("&Nơi nhận:"), self.recipients)
        form.addRow(self.tr("&Lưu:"), self.archive)
        base = ("document",)
        signer = ("document", "signer")
        self.bindings = [
            LineBinding(edits, self.number, (*base, "number"), self.tr("Số văn bản")),
            DateBinding(edits, self.issued_on, (*base, "issued_on"), self.tr("Ngày ban hành")),
            LineBinding(edits, self.authority, (*signer, "authority"), self.tr("Thẩm quyền ký")),
            LineBinding(edits, self.position, (*signer, "position"), self.tr("Chức vụ người ký")),
            LineBinding(edits, self.signer_name, (*signer, "name"), self.tr("Người ký")),
            TextBinding(edits, self.recipients, (*base, "recipients"), self.tr("Nơi nhận"),
                        lines=True),
            LineBinding(edits, self.archive, (*base, "archive"), self.tr("Lưu")),
        ]
        self.fields = {
            (*base, "number"): self.number,
            (*base, "issued_on"): self.issued_on,
            (*signer, "authority"): self.authority,
            (*signer, "position"): self.position,
            (*signer, "name"): self.signer_name,
            (*base, "recipients"): self.recipients,
            (*base, "archive"): self.archive,
        }

    def title(self) -> str:
        return self.tr("Văn bản")
