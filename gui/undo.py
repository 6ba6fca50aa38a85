"""Every edit the window makes, as an undoable command (the shape git-cola uses for actions).

The commands only call ``SessionDocument``'s writers, so undo and redo notify views exactly
like the original edit did. Typing into one field produces a command per keystroke that
``mergeWith`` folds into the previous one, so Ctrl+Z takes back the whole word run, not a
letter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from gui.document import Path, SessionDocument

_MERGE_ID = 1001


class SetValue(QUndoCommand):
    """Replace the value at one path; consecutive typing into the same path merges."""

    def __init__(
        self, doc: SessionDocument, path: Path, value: Any, text: str, *, merge: bool = False
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self.path = path
        self._old = doc.get(path)
        self._new = value
        self._merge = merge

    def id(self) -> int:
        return _MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or not other._merge or other.path != self.path:
            return False
        self._new = other._new
        if self._new == self._old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._doc.set(self.path, self._new)

    def undo(self) -> None:
        self._doc.set(self.path, self._old)


class InsertRow(QUndoCommand):
    def __init__(
        self, doc: SessionDocument, list_path: Path, index: int, item: Any, text: str
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._path = list_path
        self._index = index
        self._item = item

    def redo(self) -> None:
        self._doc.insert(self._path, self._index, self._item)

    def undo(self) -> None:
        self._doc.remove(self._path, self._index)


class RemoveRow(QUndoCommand):
    def __init__(self, doc: SessionDocument, list_path: Path, index: int, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._path = list_path
        self._index = index
        self._item: Any = doc.items(list_path)[index]

    def redo(self) -> None:
        self._doc.remove(self._path, self._index)

    def undo(self) -> None:
        self._doc.insert(self._path, self._index, self._item)


class MoveRow(QUndoCommand):
    def __init__(
        self, doc: SessionDocument, list_path: Path, source: int, target: int, text: str
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._path = list_path
        self._source = source
        self._target = target

    def redo(self) -> None:
        self._doc.move(self._path, self._source, self._target)

    def undo(self) -> None:
        self._doc.move(self._path, self._target, self._source)


class Edits:
    """What widgets call to change the session: each method pushes one command on the stack.

    An edit that would not change anything pushes nothing, so no empty undo steps appear.
    """

    def __init__(self, doc: SessionDocument, stack: Any) -> None:
        self.doc = doc
        self.stack = stack

    def set(self, path: Path, value: Any, text: str, *, merge: bool = False) -> None:
        if self.doc.get(path) == value:
            return
        self.stack.push(SetValue(self.doc, path, value, text, merge=merge))

    def insert(self, list_path: Path, index: int, item: Any, text: str) -> None:
        self.stack.push(InsertRow(self.doc, list_path, index, item, text))

    def remove(self, list_path: Path, index: int, text: str) -> None:
        self.stack.push(RemoveRow(self.doc, list_path, index, text))

    def move(self, list_path: Path, source: int, target: int, text: str) -> None:
        if source != target:
            self.stack.push(MoveRow(self.doc, list_path, source, target, text))
