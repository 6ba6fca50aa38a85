"""The "general" section: what kind of session, about what, with whom, when, where, by whom."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.binding import ComboBinding, DateBinding, LineBinding, TimeBinding
from gui.editor.section import Section
from gui.errors import report_errors
from gui.fields import DateField, TimeField
from gui.labels import kind_choices
from gui.undo import Edits
from models import Issuer
from models.wording import issuer_in_text
from storage.errors import StoreError

if TYPE_CHECKING:
    from storage import Store


class GeneralSection(Section):
    def __init__(self, edits: Edits, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.store = store
        self.kind = QComboBox()
        for value, label in kind_choices():
            self.kind.addItem(label, value)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("triển khai các nhiệm vụ …"))
        self.counterpart = QLineEdit()
        self.date = DateField(required=True)
        self.start_time = TimeField()
        self.start_time.now_button.setText(self.tr("Bây giờ"))
        self.end_time = TimeField()
        self.location = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("&Loại:"), self.kind)
        form.addRow(self.tr("&Nội dung (trích yếu):"), self.subject)
        form.addRow(self.tr("Làm việc &với:"), self.counterpart)
        form.addRow(self.tr("Ngà&y:"), self.date)
        form.addRow(self.tr("&Bắt đầu:"), self.start_time)
        form.addRow(self.tr("&Kết thúc:"), self.end_time)
        form.addRow(self.tr("Địa điể&m:"), self.location)

        issuer_box = QGroupBox(self.tr("Cơ quan ban hành"))
        self.profile = QComboBox()
        self.profile.setToolTip(self.tr("Chọn một hồ sơ cơ quan đã lưu để điền nhanh"))
        self.save_profile = QPushButton(self.tr("Lưu hồ sơ"))
        self.delete_profile = QPushButton(self.tr("Xóa hồ sơ"))
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.save_profile)
        profile_row.addWidget(self.delete_profile)
        self.issuer_parent = QLineEdit()
        self.issuer_name = QLineEdit()
        self.issuer_symbol = QLineEdit()
        self.issuer_place = QLineEdit()
        # The issuer as sentences name it; empty shows (greyed) the name derived from the
        # header's, which the documents then use.
        self.issuer_in_text = QLineEdit()
        self.issuer_in_text.setToolTip(self.tr(
            "Tên cơ quan trong câu văn, viết hoa chữ đầu: “Văn phòng Ủy ban nhân dân tỉnh "
            "thông báo …”. Để trống: dùng tên tự suy ra (chữ mờ)."
        ))
        self.symbol_hint = QLabel(self.tr(
            "Ký hiệu của cơ quan, ví dụ VPUBND; gõ TB-VPUBND cũng được: văn bản tự thêm "
            "TB, BB hoặc BC."
        ))
        self.symbol_hint.setWordWrap(True)
        self.symbol_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        symbol_field = QVBoxLayout()
        symbol_field.setContentsMargins(0, 0, 0, 0)
        symbol_field.setSpacing(2)
        symbol_field.addWidget(self.issuer_symbol)
        symbol_field.addWidget(self.symbol_hint)
        issuer_form = QFormLayout(issuer_box)
        profile_label = QLabel(self.tr("Hồ &sơ:"))
        profile_label.setBuddy(self.profile)
        issuer_form.addRow(profile_label, profile_row)
        issuer_form.addRow(self.tr("&Cơ quan chủ quản:"), self.issuer_parent)
        issuer_form.addRow(self.tr("Cơ quan ban &hành:"), self.issuer_name)
        issuer_form.addRow(self.tr("Ký hiệ&u:"), symbol_field)
        issuer_form.addRow(self.tr("Địa &danh:"), self.issuer_place)
        issuer_form.addRow(self.tr("&Tên trong câu văn:"), self.issuer_in_text)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(issuer_box)
        layout.addStretch(1)

        self.bindings = [
            ComboBinding(edits, self.kind, ("kind",), self.tr("Loại")),
            LineBinding(edits, self.subject, ("subject",), self.tr("Nội dung")),
            LineBinding(edits, self.counterpart, ("counterpart",), self.tr("Làm việc với")),
            DateBinding(edits, self.date, ("date",), self.tr("Ngày")),
            TimeBinding(edits, self.start_time, ("start_time",), self.tr("Giờ bắt đầu")),
            TimeBinding(edits, self.end_time, ("end_time",), self.tr("Giờ kết thúc")),
            LineBinding(edits, self.location, ("location",), self.tr("Địa điểm")),
            LineBinding(
                edits, self.issuer_parent, ("issuer", "parent"), self.tr("Cơ quan chủ quản")
            ),
            LineBinding(edits, self.issuer_name, ("issuer", "name"), self.tr("Cơ quan ban hành")),
            LineBinding(edits, self.issuer_symbol, ("issuer", "symbol"), self.tr("Ký hiệu")),
            LineBinding(edits, self.issuer_place, ("issuer", "place"), self.tr("Địa danh")),
            LineBinding(edits, self.issuer_in_text, ("issuer", "name_in_text"),
                        self.tr("Tên trong câu văn")),
        ]
        self.fields = {
            ("kind",): self.kind,
            ("subject",): self.subject,
            ("counterpart",): self.counterpart,
            ("date",): self.date,
            ("start_time",): self.start_time,
            ("end_time",): self.end_time,
            ("location",): self.location,
            ("issuer", "parent"): self.issuer_parent,
            ("issuer", "name"): self.issuer_name,
            ("issuer", "symbol"): self.issuer_symbol,
            ("issuer", "place"): self.issuer_place,
            ("issuer", "name_in_text"): self.issuer_in_text,
            ("issuer",): self.profile,
        }
        for first, second in zip(
            [self.kind, self.subject, self.counterpart, self.date.line, self.start_time.line,
             self.start_time.now_button, self.end_time.line, self.end_time.now_button,
             self.location, self.profile, self.save_profile, self.delete_profile,
             self.issuer_parent, self.issuer_name, self.issuer_symbol, self.issuer_place],
            [self.subject, self.counterpart, self.date.line, self.start_time.line,
             self.start_time.now_button, self.end_time.line, self.end_time.now_button,
             self.location, self.profile, self.save_profile, self.delete_profile,
             self.issuer_parent, self.issuer_name, self.issuer_symbol, self.issuer_place,
             self.issuer_in_text],
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        self.reload_profiles()
        doc = edits.doc
        for signal in (doc.value_set, doc.reset_done):
            signal.connect(self._show_issuer_default)
        self._show_issuer_default()
        self.profile.activated.connect(self._apply_profile)
        self.save_profile.clicked.connect(self._save_profile)
        self.delete_profile.clicked.connect(self._delete_profile)

    def title(self) -> str:
        return self.tr("Thông tin chung")

    def _show_issuer_default(self, *_args: object) -> None:
        """The name the documents use while "Tên trong câu văn" is empty, as its placeholder."""
        issuer = self.edits.doc.session.issuer
        self.issuer_in_text.setPlaceholderText(
            issuer_in_text(issuer.name, issuer.parent, issuer.place)
        )

    # -- issuer profiles -------------------------------------------------------------------

    def reload_profiles(self) -> None:
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("(chọn hồ sơ cơ quan)"), "")
        with report_errors(self, self.tr("Không đọc được hồ sơ cơ quan")):
            for issuer in self.store.issuer_profiles():
                label = f"{issuer.name} - {issuer.parent}" if issuer.parent else issuer.name
                self.profile.addItem(label, issuer)
        self.profile.setCurrentIndex(0)
        self.profile.blockSignals(False)

    def _apply_profile(self, index: int) -> None:
        issuer = self.profile.itemData(index)
        if isinstance(issuer, Issuer):
            self.edits.set(("issuer",), issuer.model_copy(deep=True), self.tr("Chọn cơ quan"))
            # Saved again, it becomes the last used, which a new session starts from; a
            # convenience only: the session already has the issuer.
            with contextlib.suppress(StoreError):
                self.store.save_issuer_profile(issuer)

    def _save_profile(self) -> None:
        with report_errors(self, self.tr("Không lưu được hồ sơ cơ quan")):
            self.store.save_issuer_profile(self.edits.doc.session.issuer.model_copy(deep=True))
        self.reload_profiles()

    def _delete_profile(self) -> None:
        issuer = self.profile.currentData()
        if isinstance(issuer, Issuer):
            with report_errors(self, self.tr("Không xóa được hồ sơ cơ quan")):
                self.store.delete_issuer_profile(issuer)
            self.reload_profiles()
