"""The message shown when the store file was damaged and a fresh one was started.

The clerk must learn three things without a traceback or a manual: that their sessions are
not lost (the old file is kept, its path can be selected and copied for whoever will look at
it), that they can go on working now, and — when a daily backup exists — that one button puts
the latest backup back. The box opens window-modal without a nested event loop (``open()``),
like every message of the window, so autosave goes on and tests can drive it.

Signals:
    restore_chosen(object): the user asked to restore this ``storage.recovery.Backup``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from models.vi_format import short_date
from storage.backup import Backup


class RecoveryBox(QMessageBox):
    restore_chosen = Signal(object)

    def __init__(self, moved_to: str, reason: str, newest: Backup | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_box")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Tệp dữ liệu bị hỏng"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr(
            "Tệp dữ liệu của Thư ký bị hỏng nên chương trình đã bắt đầu một kho dữ liệu mới, "
            "trống. Tệp cũ được giữ nguyên, không bị xóa, tại:"
        )
        self.setText(f"{text}\n\n{moved_to}")
        if newest is not None:
            offer = self.tr(
                "Có thể khôi phục bản sao lưu tự động gần nhất (ngày %1); những gì ghi sau lúc "
                "sao lưu sẽ không có trong đó."
            ).replace("%1", short_date(newest.taken_on))
        else:
            offer = self.tr("Chưa có bản sao lưu tự động nào để khôi phục.")
        self.setInformativeText(self.tr("Lý do: %1").replace("%1", reason) + "\n\n" + offer)
        # the path must be selectable: the clerk copies it for whoever will look at the file
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.newest = newest
        self.restore_button: QAbstractButton | None = None
        if newest is not None:
            self.restore_button = self.addButton(
                self.tr("&Khôi phục bản sao lưu ngày %1").replace(
                    "%1", short_date(newest.taken_on)
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.keep_button = self.addButton(
            self.tr("&Dùng kho dữ liệu mới"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _clicked(self, button: QObject) -> None:
        if button is self.restore_button and self.newest is not None:
            self.restore_chosen.emit(self.newest)
