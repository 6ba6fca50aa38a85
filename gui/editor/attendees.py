"""The attendees section: who took part, on which side, in which role, present or not."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.delegates import ChoiceDelegate, NameDelegate, PostDelegate
from gui.editor.frozen_column import FrozenFirstColumn
from gui.editor.section import Section
from gui.editor.tables import TableBox
from gui.table_models import attendees_model
from gui.undo import Edits
from storage.errors import StoreError

if TYPE_CHECKING:
    from storage import Person, Store


class AttendeesSection(Section):
    def __init__(self, edits: Edits, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(edits, parent)
        self.store = store
        self.model = attendees_model(edits)
        self.box = TableBox(self.model, self.tr("&Thành phần tham dự"))
        self.table = self.box.table
        keys = [c.key for c in self.model.columns]
        self.table.setItemDelegateForColumn(
            keys.index("name"), NameDelegate(self.search_people, self._commit_name, self.table)
        )
        self.table.setItemDelegateForColumn(keys.index("role"), ChoiceDelegate(self.table))
        self.table.setItemDelegateForColumn(
            keys.index("post"), PostDelegate(self._position_of, self.table)
        )
        for key, width in (("name", 170), ("position", 260), ("organization", 200),
                           ("group", 130), ("role", 100), ("present", 60), ("post", 220)):
            self.table.setColumnWidth(keys.index(key), width)
        # the name stays in sight while the later columns of its row are typed
        self.table.pinned = FrozenFirstColumn(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.tables = {("attendees",): self.table}

    def title(self) -> str:
        return self.tr("Thành phần")

    def _position_of(self, row: int) -> str:
        items = self.model.items()
        return items[row].position if 0 <= row < len(items) else ""

    def search_people(self, prefix: str) -> list[Person]:
        try:
            return list(self.store.search_people(prefix, limit=10))
        except StoreError:  # completion is a convenience; it must never break typing
            return []

    def _commit_name(
        self, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex, name: str
    ) -> None:
        """Store the name; a person known to the directory also brings position and unit."""
        person = next((p for p in self.search_people(name) if p.name == name.strip()), None)
        row = index.row()
        item: Any = self.model.items()[row] if row < self.model.rowCount() else None
        fill = person is not None and item is not None and item.name != person.name
        stack = self.edits.stack
        if fill:
            stack.beginMacro(self.tr("Thành phần: chọn người trong danh bạ"))
        model.setData(index, name, Qt.ItemDataRole.EditRole)
        if fill and person is not None:
            base = ("attendees", row)
            if not item.position:
                self.edits.set((*base, "position"), person.position, "")
            if not item.organization:
                self.edits.set((*base, "organization"), person.organization, "")
            stack.endMacro()
