"""The presenter field: a choice among the session's attendees that also takes a new name.

The list follows the attendees as they are edited. A name typed that is not an attendee is
not dropped: ``add_attendee_named`` adds it to the attendees, marked as added from a report
or an opinion (``Attendee.added_from``), so the clerk can complete the row after the meeting.

Signals (AttendeeCombo):
    new_name_typed(str): the clerk left the field with a name no attendee has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

from gui.choice_combo import CompletingCombo
from gui.document import SessionDocument
from gui.table_models import attendee_choices, new_attendee
from gui.undo import Edits
from models import AddedFrom


class AttendeeCombo(CompletingCombo):
    """Item data is the attendee id ("" for "nobody chosen")."""

    new_name_typed = Signal(str)

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = attendee_choices(doc)
        for signal in (doc.value_set, doc.inserted, doc.removed, doc.moved, doc.reset_done):
            signal.connect(self.reload)
        self.reload()
        line = self.lineEdit()
        assert line is not None  # editable
        line.returnPressed.connect(self._finished)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # left, not into its list
            self._finished()

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

    def pending_new_name(self) -> str | None:
        """A name typed here that no attendee has, not handed on yet (else None)."""
        found, value = self.typed_choice()
        return None if found or not value else str(value)

    def _finished(self) -> None:
        found, value = self.typed_choice()
        if found:
            index = self.findData(value)
            if index != self.currentIndex():
                self.setCurrentIndex(index)
            elif self.currentText() != self.itemText(index):
                self.setEditText(self.itemText(index))
        elif value:
            self.new_name_typed.emit(value)


def add_attendee_named(edits: Edits, name: str, added_from: AddedFrom) -> str:
    """Add *name* at the end of the attendees, marked as made from a report or an opinion;
    its id. The caller wraps it with the edit that uses the id in one undo step."""
    items = edits.doc.items(("attendees",))
    attendee = new_attendee(items)
    attendee.name = name.strip()  # assigned, so validated (NFC) and written to the file
    attendee.added_from = added_from
    edits.insert(
        ("attendees",), len(items), attendee,
        QCoreApplication.translate("People", "Thêm người vào thành phần"),
    )
    return attendee.id
