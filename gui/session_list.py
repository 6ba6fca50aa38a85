"""The sessions of the store, newest first, with a search box (diacritics optional).

The store does the searching (subject, counterpart, date, the people who took part, with or
without diacritics); this panel shows the result and offers new / duplicate / delete. ↓ in
the search box goes to the results and Enter opens one (Enter in the box: the first).

Signals:
    session_chosen(int): the user picked a session to open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import report_errors
from gui.labels import kind_choices
from models.vi_format import short_date

if TYPE_CHECKING:
    from storage import SessionSummary, Store

Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionListModel(QAbstractListModel):
    """Read-only rows of ``SessionSummary``; the data role ``SESSION_ID_ROLE`` gives the id."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SessionSummary] = []

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SessionSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            subject = row.subject or self.tr("(chưa có nội dung)")
            kinds = dict(kind_choices())
            with_whom = f" — {row.counterpart}" if row.counterpart else ""
            return f"{short_date(row.date)} · {kinds.get(row.kind, '')}{with_whom}\n{subject}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.subject}\n{row.counterpart}"
        if role == SESSION_ID_ROLE:
            return row.id
        return None

    def row_of(self, session_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)


class SessionList(QWidget):
    session_chosen = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm: nội dung, đơn vị, ngày, người dự"))
        self.search.setToolTip(self.tr(
            "Tìm theo nội dung, đơn vị làm việc, ngày hoặc tên người dự (gõ không dấu được); "
            "↓ xuống kết quả, Enter mở phiên"
        ))
        self.search.installEventFilter(self)
        self.search.setClearButtonEnabled(True)
        self.model = SessionListModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Mới"))
        self.duplicate_button = QPushButton(self.tr("Nhân bản"))
        self.duplicate_button.setToolTip(
            self.tr("Tạo phiên mới từ phiên đang chọn (giữ thành phần, cơ quan, nơi nhận)")
        )
        self.delete_button = QPushButton(self.tr("Xóa"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.current_id: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search box goes to the results; Enter there opens the first one."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if self._search_timer.isActive():  # the results of what was just typed
                self._search_timer.stop()
                self.reload()
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self._activated(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Query the store again, keeping the open session selected."""
        with report_errors(self, self.tr("Không đọc được danh sách phiên làm việc")):
            self.model.set_rows(self.store.list_sessions(self.search.text()))
        self.mark_current(self.current_id)

    def mark_current(self, session_id: int | None) -> None:
        self.current_id = session_id
        row = self.model.row_of(session_id)
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectionModel().blockSignals(False)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        value = index.data(SESSION_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(SESSION_ID_ROLE)
        if value is not None and int(value) != self.current_id:
            self.session_chosen.emit(int(value))
