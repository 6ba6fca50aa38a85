"""Two-way links between one form widget and one place in the session.

A binding turns the widget's user edits into undo commands (typing merges into one step) and
shows the session's value again whenever the session changes — after undo, redo, loading
another session, or when the path it watches now points elsewhere (another report chosen).
It only rewrites the widget when the widget's own reading differs from the model, so the
cursor never jumps while the user types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from gui.document import Path
from gui.fields import DateField, TimeField
from gui.undo import Edits

PathSource = Callable[[], Path | None]


class Binding(QObject):
    """Base: subclasses say how to read, write and watch their kind of widget."""

    def __init__(self, edits: Edits, widget: QWidget, path: Path | PathSource, label: str) -> None:
        super().__init__(widget)
        self.edits = edits
        self.widget = widget
        self.label = label
        self._path_source: PathSource = path if callable(path) else (lambda: path)
        self._updating = False
        doc = edits.doc
        doc.value_set.connect(self.refresh)
        doc.inserted.connect(self.refresh)
        doc.removed.connect(self.refresh)
        doc.moved.connect(self.refresh)
        doc.reset_done.connect(self.refresh)

    @property
    def path(self) -> Path | None:
        return self._path_source()

    def _model_value(self) -> tuple[bool, Any]:
        path = self.path
        if path is None:
            return False, None
        try:
            return True, self.edits.doc.get(path)
        except (IndexError, AttributeError):
            return False, None

    def refresh(self, *_args: object) -> None:
        found, value = self._model_value()
        self.widget.setEnabled(found)
        if not found:
            value = self.empty_value()
        try:
            current = self.read()
        except ValueError:
            current = object()
        if current != value:
            self._updating = True
            try:
                self.write(value)
            finally:
                self._updating = False

    def user_edited(self, *_args: object, merge: bool = True) -> None:
        if self._updating:
            return
        path = self.path
        if path is None:
            return
        try:
            value = self.read()
        except ValueError as error:
            self.widget.setProperty("invalid", True)
            self.widget.setToolTip(str(error))
            return
        self.widget.setProperty("invalid", False)
        self.widget.setToolTip("")
        self.edits.set(path, value, self.label, merge=merge)

    # -- per widget kind -------------------------------------------------------------------

    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def empty_value(self) -> Any:
        return None


class LineBinding(Binding):
    def __init__(self, edits: Edits, widget: QLineEdit, path: Path | PathSource, label: str):
        super().__init__(edits, widget, path, label)
        self.line = widget
        widget.textEdited.connect(self.user_edited)
        self.refresh()

    def read(self) -> str:
        return self.line.text()

    def write(self, value: Any) -> None:
        self.line.setText(value or "")

    def empty_value(self) -> str:
        return ""


class TextBinding(Binding):
    """A multi-line text; with ``lines=True`` each non-empty line is one list item."""

    def __init__(
        self,
        edits: Edits,
        widget: QPlainTextEdit,
        path: Path | PathSource,
        label: str,
        *,
        lines: bool = False,
    ) -> None:
        super().__init__(edits, widget, path, label)
        self.text = widget
        self._lines = lines
        widget.setUndoRedoEnabled(False)  # the window's undo stack owns Ctrl+Z
        widget.textChanged.connect(self.user_edited)
        self.refresh()

    def read(self) -> Any:
        text = self.text.toPlainText()
        if self._lines:
            return [line.strip() for line in text.split("\n") if line.strip()]
        return text

    def write(self, value: Any) -> None:
        if self._lines:
            self.text.setPlainText("\n".join(value or []))
        else:
            self.text.setPlainText(value or "")

    def empty_value(self) -> Any:
        return [] if self._lines else ""


class ComboBinding(Binding):
    """A choice among the combo's item data (enum values, attendee ids)."""

    def __init__(self, edits: Edits, widget: QComboBox, path: Path | PathSource, label: str):
        super().__init__(edits, widget, path, label)
        self.combo = widget
        widget.currentIndexChanged.connect(lambda _i: self.user_edited(merge=False))
        self.refresh()

    def read(self) -> Any:
        value = self.combo.currentData()
        return None if value == "" else value  # "" is the "nobody chosen" item

    def write(self, value: Any) -> None:
        index = self.combo.findData("" if value is None else value)
        self.combo.setCurrentIndex(index)


class DateBinding(Binding):
    def __init__(self, edits: Edits, widget: DateField, path: Path | PathSource, label: str):
        super().__init__(edits, widget, path, label)
        self.field = widget
        widget.edited.connect(self.user_edited)
        self.refresh()

    def read(self) -> dt.date | None:
        return self.field.value()

    def write(self, value: Any) -> None:
        self.field.set_value(value)


class TimeBinding(Binding):
    def __init__(self, edits: Edits, widget: TimeField, path: Path | PathSource, label: str):
        super().__init__(edits, widget, path, label)
        self.field = widget
        widget.edited.connect(self.user_edited)
        self.refresh()

    def read(self) -> dt.time | None:
        return self.field.value()

    def write(self, value: Any) -> None:
        self.field.set_value(value)
