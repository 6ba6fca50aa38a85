"""A choice list that takes typing: it completes as you type, with or without diacritics.

Used for the speaker, presenter, role and status cells and the presenter field. A clerk
typing "nguyen v" sees "Nguyễn Văn B" offered; Alt+↓ or F4 opens the whole list, as in any
combo box. What is typed is never thrown away: ``typed_choice`` tells the caller whether the
text names an item, and if not, the caller decides (a new speaker becomes an attendee).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.text import matches_typed, same_typed, starts_typed


class CompletingCombo(QComboBox):
    """An editable QComboBox whose completion list is filtered here (diacritics optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: what Tab in the completion list does (a cell editor closes and moves on);
        #: None: the focus moves to the next field
        self.on_tab: Callable[[bool], None] | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._matches = QStringListModel(self)
        self.typing_completer = QCompleter(self._matches, self)
        self.typing_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.typing_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        line = self.lineEdit()
        assert line is not None  # editable
        # Set on the line edit, not with QComboBox.setCompleter: the combo would match the
        # completion by its own (diacritics-sensitive) rules.
        line.setCompleter(self.typing_completer)
        self.typing_completer.activated.connect(self._completed)
        line.textEdited.connect(self._offer)
        popup = self.typing_completer.popup()
        assert popup is not None
        popup.installEventFilter(self)  # after QCompleter's filter, so it runs first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab in the open completion list leaves the field, as it does without the list
        (QCompleter would move the focus on its own, unseen by a table's cell editing)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.hide_completions()
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self.on_tab is not None:
                self.on_tab(forward)
            else:
                self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_completions()  # the clerk left the field: its list goes too
        super().focusOutEvent(event)

    def labels(self) -> list[str]:
        return [self.itemText(i) for i in range(self.count())]

    def _offer(self, text: str) -> None:
        found = [label for label in self.labels() if label and matches_typed(label, text)]
        self._matches.setStringList(found if text.strip() else [])
        if found and text.strip():
            self.typing_completer.complete()
        else:
            self.hide_completions()

    def hide_completions(self) -> None:
        popup = self.typing_completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def typed_choice(self, *, by_start: bool = False) -> tuple[bool, Any]:
        """(True, item data) when the text names an item (diacritics, case aside), else
        (False, the text as typed, stripped). With *by_start*, text that starts a word of
        exactly one item names it too (fixed lists: "chu tri" → "Chủ trì"); never for
        people, where "Lê" may well be a new speaker beside "Lê Văn C"."""
        text = self.currentText().strip()
        current = self.currentIndex()
        if current >= 0 and self.itemText(current).strip() == text:
            return True, self.itemData(current)
        for index in range(self.count()):
            if same_typed(self.itemText(index), text):
                return True, self.itemData(index)
        if by_start and text:  # the one item the text begins ("chu tri" → "Chủ trì"),
            for rule in (starts_typed, matches_typed):  # else the one it starts a word of
                found = [i for i in range(self.count())
                         if self.itemText(i) and rule(self.itemText(i), text)]
                if len(found) == 1:
                    return True, self.itemData(found[0])
        return False, text
