"""The small dialogs that record what a unit reported: done, a progress step, an extension.

Each opens with the cursor in its first field and today's date filled in, so the usual case
is one key (Return). ``update()`` turns the fields into a ``DirectiveUpdate``; a wrong date
or an empty text raises ValueError with the sentence the clerk sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.fields import DateField
from models.register import DirectiveUpdate, RegisterEntry
from models.vi_format import upper_first

DONE = "done"
PROGRESS = "progress"
EXTEND = "extend"


class UpdateDialog(QDialog):
    def __init__(
        self,
        kind: str,
        entry: RegisterEntry,
        today: dt.date,
        submit: Callable[[DirectiveUpdate], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.submit = submit
        self.setObjectName(f"register_{kind}_dialog")
        titles = {
            DONE: self.tr("Đánh dấu đã hoàn thành"),
            PROGRESS: self.tr("Thêm tiến độ thực hiện"),
            EXTEND: self.tr("Gia hạn thời hạn"),
        }
        self.setWindowTitle(titles[kind])
        about = QLabel(entry.text)
        about.setWordWrap(True)
        about.setStyleSheet("color:#444;")
        self.day = DateField(required=True)
        self.day.set_value(today)
        self.text = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("vd. Công văn số 125/UBND-KT ngày 02/4/2024"))
        self.new_deadline = DateField(required=True)
        form = QFormLayout()
        if kind == DONE:
            form.addRow(self.tr("&Ngày hoàn thành:"), self.day)
            first: QWidget = self.day
        elif kind == PROGRESS:
            form.addRow(self.tr("&Nội dung:"), self.text)
            form.addRow(self.tr("&Văn bản:"), self.reference)
            form.addRow(self.tr("N&gày:"), self.day)
            first = self.text
        else:
            form.addRow(self.tr("&Thời hạn mới:"), self.new_deadline)
            form.addRow(self.tr("&Văn bản cho phép:"), self.reference)
            form.addRow(self.tr("N&gày gia hạn:"), self.day)
            first = self.new_deadline
            self.reference.setPlaceholderText(self.tr("vd. Công văn số 310/UBND-TH ngày 15/4/2024"))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        first.setFocus()

    def accept(self) -> None:
        """Close only when the update was recorded; otherwise say why and stay open."""
        try:
            self.submit(self.directive_update())
        except ValueError as error:
            self.show_error(upper_first(str(error)))
            return
        super().accept()

    def directive_update(self) -> DirectiveUpdate:
        try:
            day = self.day.value()
        except ValueError:
            raise ValueError(self.tr("Ngày chưa đúng (ngày/tháng/năm).")) from None
        if self.kind == DONE:
            return DirectiveUpdate(done_on=day)
        if self.kind == PROGRESS:
            return DirectiveUpdate(progress=self.text.text(),
                                   reference=self.reference.text().strip() or None, on=day)
        try:
            new = self.new_deadline.value()
        except ValueError:
            raise ValueError(self.tr("Thời hạn mới chưa đúng (ngày/tháng/năm).")) from None
        assert new is not None  # required
        return DirectiveUpdate(extend_to=new,
                               extension_document=self.reference.text().strip(), on=day)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
