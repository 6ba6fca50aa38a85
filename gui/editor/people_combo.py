"""A combo box listing the session's attendees, kept up to date as attendees are edited."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from gui.document import SessionDocument
from gui.table_models import attendee_choices


class AttendeeCombo(QComboBox):
    """Item data is the attendee id (None for "nobody chosen")."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = attendee_choices(doc)
        for signal in (doc.value_set, doc.inserted, doc.removed, doc.moved, doc.reset_done):
            signal.connect(self.reload)
        self.reload()

    def reload(self, *_args: object) -> None:
        choices = self._choices()
        if [(self.itemData(i), self.itemText(i)) for i in range(self.count())] == choices:
            return
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
