"""The session being edited, and the one place where the window changes it.

Every edit reaches the session through this object (and, for undo, through the commands in
``gui.undo``), so widgets, table models, the preview and autosave all learn about a change the
same way: from its signals. Places inside a session are named by *paths*, tuples such as
``("attendees", 2, "name")`` — the same shape as ``Problem.path`` ("attendees[2].name"), which
lets the validation list jump to the widget that shows a field.

Signals:
    value_set(path): a value at *path* was replaced (a field, or a whole list).
    about_to_insert(list_path, index) / inserted(list_path, index): one row is being added.
    about_to_remove(list_path, index) / removed(list_path, index): one row is being removed.
    about_to_move(list_path, source, target) / moved(list_path, source, target): a row moved
        so that it now sits at *target* (an index in the final list).
    about_to_reset() / reset_done(): another session was loaded; every view must start over.
    changed(): anything at all changed (for autosave and preview).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Signal

from models import Session

Path = tuple[str | int, ...]

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(text: str) -> Path:
    """"attendees[3].name" → ("attendees", 3, "name"), as ``Problem.path`` writes paths."""
    parts: list[str | int] = []
    for name, index in _PART.findall(text):
        parts.append(int(index) if index else name)
    return tuple(parts)


def resolve(root: Any, path: Path) -> Any:
    """The value found by following *path* from *root* (attributes by name, list items by index)."""
    value = root
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def _assign(root: Any, path: Path, value: Any) -> None:
    parent = resolve(root, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        items = list(parent)
        items[last] = value
        _assign(root, path[:-1], items)
    else:
        # Models validate on assignment: a wrong value raises here, before anything changed.
        setattr(parent, last, value)


class SessionDocument(QObject):
    """The open session, its store id, and change notifications (see module docstring)."""

    value_set = Signal(object)
    about_to_insert = Signal(object, int)
    inserted = Signal(object, int)
    about_to_remove = Signal(object, int)
    removed = Signal(object, int)
    about_to_move = Signal(object, int, int)
    moved = Signal(object, int, int)
    about_to_reset = Signal()
    reset_done = Signal()
    changed = Signal()

    def __init__(self, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session or Session.new()
        self.session_id: int | None = None

    @property
    def session(self) -> Session:
        return self._session

    def load(self, session: Session, session_id: int | None) -> None:
        """Show another session; views rebuild themselves from scratch."""
        self.about_to_reset.emit()
        self._session = session
        self.session_id = session_id
        self.reset_done.emit()
        self.changed.emit()

    # -- reading ---------------------------------------------------------------------------

    def get(self, path: Path) -> Any:
        return resolve(self._session, path)

    def items(self, list_path: Path) -> list[Any]:
        return list(resolve(self._session, list_path))

    # -- the only writers (called by undo commands) ------------------------------------------

    def set(self, path: Path, value: Any) -> None:
        _assign(self._session, path, value)
        self.value_set.emit(path)
        self.changed.emit()

    def insert(self, list_path: Path, index: int, item: Any) -> None:
        items = self.items(list_path)
        self.about_to_insert.emit(list_path, index)
        items.insert(index, item)
        _assign(self._session, list_path, items)
        self.inserted.emit(list_path, index)
        self.changed.emit()

    def remove(self, list_path: Path, index: int) -> Any:
        items = self.items(list_path)
        self.about_to_remove.emit(list_path, index)
        item = items.pop(index)
        _assign(self._session, list_path, items)
        self.removed.emit(list_path, index)
        self.changed.emit()
        return item

    def move(self, list_path: Path, source: int, target: int) -> None:
        """Move row *source* so that it ends up at index *target*."""
        if source == target:
            return
        items = self.items(list_path)
        self.about_to_move.emit(list_path, source, target)
        item = items.pop(source)
        items.insert(target, item)
        _assign(self._session, list_path, items)
        self.moved.emit(list_path, source, target)
        self.changed.emit()
