"""Cell editors for the session's tables: choices, dates, times and names from the directory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gui.choice_combo import CompletingCombo
from gui.fields import DateField, parse_date
from gui.table_models.base import LIVE_EDIT_ROLE, ListTableModel
from models.wording import default_title, posts

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the column's choices that completes as you type (diacritics
    optional); Alt+↓ or F4 opens the list.

    Text that names no choice is kept when *create* is given: ``create(text)`` makes the
    choice (a new attendee) and returns its value, in one undo step with the cell's edit.
    Without it (roles, statuses) text starting exactly one choice picks it, and other text
    leaves the cell as it was.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        create: Callable[[str], Any] | None = None,
        create_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._create_text = create_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ListTableModel)
        column = model.columns[index.column()]
        combo = CompletingCombo(parent)
        for value, label in column.choices() if column.choices else ():
            combo.addItem(label, value)

        def return_pressed() -> None:
            # With the completion list open, QCompleter hands Return straight to the line
            # edit, bypassing this delegate's filter: commit here in that case only.
            combo.hide_completions()  # before the editor goes, or the window stays inactive
            if not combo.property("thuky_return_filtered"):
                self.commitData.emit(combo)
                self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)
                view = self.parent()
                if isinstance(view, QWidget):
                    view.setFocus()  # the view only takes it back from the combo itself
            combo.setProperty("thuky_return_filtered", False)

        def tab(next_item: bool) -> None:
            self.commitData.emit(combo)
            hint = QStyledItemDelegate.EndEditHint
            self.closeEditor.emit(combo, hint.EditNextItem if next_item else hint.EditPreviousItem)

        combo.on_tab = tab
        line = combo.lineEdit()
        assert line is not None  # CompletingCombo is editable
        line.returnPressed.connect(return_pressed)
        line.textEdited.connect(lambda _text: combo.setProperty("thuky_typed", True))
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.setProperty("thuky_return_filtered", True)
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, CompletingCombo)
        if editor.property("thuky_typed"):
            return  # the view refreshes open editors; keep what the clerk is typing
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()  # what is typed replaces the choice, as in a text cell

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, CompletingCombo)
        editor.hide_completions()
        found, value = editor.typed_choice(by_start=self._create is None)
        if found:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        elif value and self._create is not None and isinstance(model, ListTableModel):
            stack = model.edits.stack
            stack.beginMacro(self._create_text)
            created = self._create(value)
            model.setData(index, created, Qt.ItemDataRole.EditRole)
            stack.endMacro()
        elif value:  # a fixed list: say so where the clerk looks, rather than drop it silently
            view = self.parent()
            window = view.window() if isinstance(view, QWidget) else None
            if isinstance(window, QMainWindow):
                kept = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "Delegates", "Không có “%1” trong danh sách; vẫn giữ “%2”. F4 mở danh sách."
                    ).replace("%1", value).replace("%2", kept),
                    10_000,
                )


class PostDelegate(QStyledItemDelegate):
    """The post the documents name a person by: an editable list of the posts the row's
    position holds (models.wording.posts). Choosing the default one stores nothing, so the
    cell keeps following the position; any other choice, or a post typed in, is stored."""

    def __init__(self, position_of: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position_of = position_of

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(posts(self._position_of(index.row())))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        stored = index.data(Qt.ItemDataRole.EditRole) or ""
        text = stored or default_title(self._position_of(index.row()))
        found = editor.findText(text)
        if found >= 0:
            editor.setCurrentIndex(found)  # the arrow keys then step to the other posts
        else:
            editor.setEditText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        default = default_title(self._position_of(index.row()))
        model.setData(index, "" if text == default else text, Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date typed as dd/mm/yyyy or picked from the calendar (Alt+Down)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = DateField(parent)
        field.setAutoFillBackground(True)
        return field

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        editor.line.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        try:
            value = parse_date(editor.line.text())
        except ValueError:
            return  # keep the old deadline rather than store half a date
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class NameDelegate(QStyledItemDelegate):
    """An attendee's name, completed from the people directory.

    ``lookup(prefix)`` returns matching people as (name, position, organization); on commit
    ``fill(row, name)`` lets the section copy the chosen person's position and organization.
    """

    def __init__(
        self,
        lookup: Callable[[str], list[Any]],
        commit: Callable[[QAbstractItemModel, Index, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._commit = commit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        names = QStringListModel(editor)
        completer = QCompleter(names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        editor.setCompleter(completer)

        def update(text: str) -> None:
            found = [person.name for person in self._lookup(text)] if text.strip() else []
            names.setStringList(found)
            if found:
                completer.complete()

        editor.textEdited.connect(update)

        def return_pressed() -> None:
            # With the completion list open, QCompleter hands Return straight to the line
            # edit, bypassing the delegate's own filter: commit here in that case only.
            if not editor.property("thuky_return_filtered"):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            editor.setProperty("thuky_return_filtered", False)

        editor.returnPressed.connect(return_pressed)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.setProperty("thuky_return_filtered", True)
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        self._commit(model, index, editor.text())


class LiveTextDelegate(QStyledItemDelegate):
    """A text cell whose typing reaches the session at every keystroke, not when the cell
    closes.

    A live note or a directive typed for minutes in one cell would otherwise exist only in
    the editor widget: not autosaved, lost in a crash. Each keystroke is written with
    LIVE_EDIT_ROLE (merged into one undo step per cell); other kinds of cells (lists, dates)
    keep committing when they close, since half-typed they do not parse.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and _is_text(index):
            cell = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text: _write_live(cell, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # The view pushes every change of the cell back into its open editor; after a live
        # write the editor already holds that text, and resetting it would move the cursor.
        if isinstance(editor, QLineEdit) and editor.text() == str(
            index.data(Qt.ItemDataRole.EditRole) or ""
        ):
            return
        super().setEditorData(editor, index)


def _is_text(index: Index) -> bool:
    model = index.model()
    return isinstance(model, ListTableModel) and model.columns[index.column()].kind == "text"


def _write_live(index: QPersistentModelIndex, text: str) -> None:
    if index.isValid():
        model = index.model()
        model.setData(model.index(index.row(), index.column()), text, LIVE_EDIT_ROLE)
