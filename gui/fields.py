"""Typed entry fields for dates and times that may also be empty.

Qt's QDateEdit/QTimeEdit cannot show "no value", but a draft's issue date, a deadline or an
unknown end time must stay blank. These fields are line edits a clerk can type into
("04/03/2024", "14:00") with a picker beside them: a calendar for dates, a "now" button for
times.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.g]|giờ)?\s*(\d{2})(?::(\d{2}))?\s*$")


def parse_date(text: str, *, required: bool = False) -> dt.date | None:
    """"04/03/2024", "4/3/2024" or "2024-03-04"; empty means no date (unless required)."""
    if not text.strip():
        if required:
            raise ValueError("cần nhập ngày")
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError("ngày viết theo dạng ngày/tháng/năm, ví dụ 04/03/2024")
        year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_time(text: str) -> dt.time | None:
    """"14:00", "14h00", "1400"; empty means no time."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError("giờ viết theo dạng giờ:phút, ví dụ 14:00")
    hour, minute, second = match.groups()
    return dt.time(int(hour), int(minute), int(second or 0))


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


class DateField(QWidget):
    """A date typed as dd/mm/yyyy, or picked from a calendar (Alt+Down or the button).

    Signals:
        edited(): the user typed or picked a date.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Chọn ngày trên lịch (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.menu = menu
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        # A label's Alt+letter focuses its buddy only if the buddy takes focus itself.
        self.setFocusPolicy(self.line.focusPolicy())
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.button.showMenu()
            return True
        return False

    def _prepare_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        day = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.menu.hide()
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.edited.emit()
        self.line.setFocus()

    def value(self) -> dt.date | None:
        """The date shown; raises ValueError while the text is not (yet) a date."""
        return parse_date(self.line.text(), required=self.required)

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(format_date(value))


class TimeField(QWidget):
    """A time typed as HH:MM, with a button that writes the current time.

    Signals:
        edited(): the user typed a time or pressed "now".
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("giờ:phút"))
        self.line.setMaximumWidth(90)
        self.now_button = QToolButton(self)
        self.now_button.setText(self.tr("Bây giờ"))
        self.now_button.setToolTip(self.tr("Ghi giờ hiện tại"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(self.line.focusPolicy())  # see DateField
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self.now_button.clicked.connect(self.set_now)

    def set_now(self) -> None:
        now = dt.datetime.now().time().replace(second=0, microsecond=0)
        self.set_value(now)
        self.edited.emit()

    def value(self) -> dt.time | None:
        return parse_time(self.line.text())

    def set_value(self, value: dt.time | None) -> None:
        self.line.setText(format_time(value))
