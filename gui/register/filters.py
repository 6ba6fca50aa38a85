"""The register's filter bar: class, unit, chair, session dates, deadlines, due soon, text.

Every field reports ``changed``; the pane debounces it, so typing in a box never waits for
the rows. ``value()`` reads the fields into a :class:`WindowFilter`, raising ValueError with
a Vietnamese message while a date is half typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gui.fields import DateField
from gui.register.data import WindowFilter
from gui.register.model import class_label
from models.register import ALL_CLASSES, CLASS_LABELS, RegisterFilter

URGENT = "urgent"
NOT_DONE = "not-done"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.klass = QComboBox()
        self.klass.setObjectName("register_class")
        self.klass.addItem(self.tr("Tất cả"), "")
        self.klass.addItem(self.tr("Cần đôn đốc (quá hạn, sắp đến hạn)"), URGENT)
        self.klass.addItem(self.tr("Chưa hoàn thành"), NOT_DONE)
        for klass in ALL_CLASSES:
            self.klass.addItem(class_label(klass), klass.value)
        self.unit = QLineEdit()
        self.unit.setObjectName("register_unit")
        self.unit.setPlaceholderText(self.tr("vd. so xay dung"))
        self.chair = QLineEdit()
        self.chair.setObjectName("register_chair")
        self.text = QLineEdit()
        self.text.setObjectName("register_text")
        self.text.setPlaceholderText(self.tr("Tìm trong nội dung, phiên, đơn vị…"))
        self.text.setClearButtonEnabled(True)
        self.session_from = DateField()
        self.session_to = DateField()
        self.deadline_from = DateField()
        self.deadline_to = DateField()
        self.due_within = QSpinBox()
        self.due_within.setObjectName("register_due_within")
        self.due_within.setRange(0, 365)
        self.due_within.setSpecialValueText(self.tr("—"))
        self.due_within.setSuffix(self.tr(" ngày"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        def put(row: int, column: int, caption: str, widget: QWidget, span: int = 1) -> None:
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label, row, column)
            layout.addWidget(widget, row, column + 1, 1, span)

        put(0, 0, self.tr("&Tìm:"), self.text)
        put(0, 2, self.tr("P&hân loại:"), self.klass)
        put(0, 4, self.tr("Đơn &vị:"), self.unit)
        put(0, 6, self.tr("&Người chủ trì:"), self.chair)
        put(1, 0, self.tr("Họp từ ngày:"), self.session_from)
        put(1, 2, self.tr("đến ngày:"), self.session_to)
        put(1, 4, self.tr("Thời hạn từ:"), self.deadline_from)
        put(1, 6, self.tr("đến:"), self.deadline_to)
        put(1, 8, self.tr("Đến hạn trong:"), self.due_within)
        layout.setColumnStretch(1, 3)
        for line in (self.text, self.unit, self.chair):
            line.textChanged.connect(lambda _t: self.changed.emit())
        for field in (self.session_from, self.session_to, self.deadline_from, self.deadline_to):
            field.edited.connect(self.changed.emit)
            field.line.textChanged.connect(lambda _t: self.changed.emit())
        self.klass.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.due_within.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> WindowFilter:
        choice = str(self.klass.currentData() or "")
        classes = None
        urgent_days = None
        if choice == URGENT:
            urgent_days = self.due_within.value() or 7
        elif choice == NOT_DONE:
            classes = frozenset(k for k in ALL_CLASSES if k.value in {"in-progress", "overdue",
                                                                         "standing"})
        elif choice:
            classes = frozenset(k for k in ALL_CLASSES if k.value == choice)
        dates = []
        for field, name in ((self.session_from, self.tr("Họp từ ngày")),
                            (self.session_to, self.tr("Họp đến ngày")),
                            (self.deadline_from, self.tr("Thời hạn từ")),
                            (self.deadline_to, self.tr("Thời hạn đến"))):
            try:
                dates.append(field.value())
            except ValueError:
                raise ValueError(
                    self.tr("%1: ngày chưa đúng (ngày/tháng/năm)").replace("%1", name)
                ) from None
        due = self.due_within.value() or None
        register = RegisterFilter(
            classes=classes,
            unit=self.unit.text().strip() or None,
            chair=self.chair.text().strip() or None,
            session_from=dates[0],
            session_to=dates[1],
            deadline_from=dates[2],
            deadline_to=dates[3],
            due_within_days=None if urgent_days is not None else due,
            text=self.text.text().strip() or None,
        )
        return WindowFilter(register, urgent_days)

    def described(self) -> str:
        """What is filtered, in words, for the exported workbook's summary sheet (a
        document, so in Vietnamese whatever the window's language, as documents are)."""
        parts = []
        choice = str(self.klass.currentData() or "")
        if choice:
            labels = {URGENT: "Quá hạn hoặc sắp đến hạn", NOT_DONE: "Chưa hoàn thành",
                      **{k.value: label for k, label in CLASS_LABELS.items()}}
            parts.append(f"Phân loại: {labels[choice]}")
        for caption, widget in (("Đơn vị", self.unit), ("Người chủ trì", self.chair),
                                ("Tìm", self.text)):
            if widget.text().strip():
                parts.append(f"{caption}: {widget.text().strip()}")
        for caption, first, last in (("Ngày họp", self.session_from, self.session_to),
                                     ("Thời hạn", self.deadline_from, self.deadline_to)):
            if first.line.text().strip() or last.line.text().strip():
                parts.append(f"{caption}: {first.line.text().strip() or '…'} – "
                             f"{last.line.text().strip() or '…'}")
        days = self.due_within.value()
        if days and choice != URGENT:
            parts.append(f"Đến hạn trong {days} ngày")
        elif choice == URGENT:
            parts.append(f"Trong {days or 7} ngày tới")
        return "; ".join(parts)

    def show_urgent(self, days: int = 7) -> None:
        """The status bar notice's filter: overdue, or due within *days*; the rest cleared."""
        lines = [self.text, self.unit, self.chair, *(f.line for f in (
            self.session_from, self.session_to, self.deadline_from, self.deadline_to))]
        for widget in lines:
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.due_within.blockSignals(True)
        self.due_within.setValue(days)
        self.due_within.blockSignals(False)
        self.klass.setCurrentIndex(self.klass.findData(URGENT))
        self.changed.emit()
