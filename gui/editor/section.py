"""What every editor section offers the window: a title, focusing a field by path, adding rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QWidget

from gui.document import Path, SessionDocument
from gui.editor.row_table import RowTable
from gui.undo import Edits


class Section(QWidget):
    """Base of the editor's tabs.

    ``fields`` maps a path to the widget showing it; ``tables`` maps a list path to its table,
    so ``focus_path`` can bring any ``Problem.path`` into view.
    """

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.fields: dict[Path, QWidget] = {}
        self.tables: dict[Path, RowTable] = {}

    def title(self) -> str:
        raise NotImplementedError

    def owns(self, path: Path) -> bool:
        return any(path[: len(p)] == p for p in (*self.fields, *self.tables))

    def focus_path(self, path: Path) -> bool:
        """Put the cursor on the widget or table cell for *path*; False if not shown here."""
        for field_path, widget in self.fields.items():
            if path[: len(field_path)] == field_path:
                widget.setFocus()
                return True
        for list_path, table in self.tables.items():
            if path[: len(list_path)] == list_path:
                return focus_cell(table, path[len(list_path):])
        return False

    def current_table(self) -> RowTable | None:
        """The table Ctrl+Enter adds to: the focused one, else the section's first table."""
        focused = QApplication.focusWidget()
        for table in self.tables.values():
            if focused is not None and (focused is table or table.isAncestorOf(focused)):
                return table
        return next(iter(self.tables.values()), None)

    def add_row(self) -> bool:
        table = self.current_table()
        if table is None:
            return False
        table.add_row()
        return True


def focus_cell(table: RowTable, rest: Path) -> bool:
    model = table.list_model
    if not rest or not isinstance(rest[0], int) or rest[0] >= model.rowCount():
        table.setFocus()
        return True
    column = 0
    if len(rest) > 1:
        keys = [c.key for c in model.columns]
        column = keys.index(str(rest[1])) if rest[1] in keys else 0
    index: QModelIndex = model.index(rest[0], column)
    table.setCurrentIndex(index)
    table.scrollTo(index)
    table.setFocus()
    return True


def follow_changes(
    doc: SessionDocument, table: RowTable, list_name: str, keys: set[str]
) -> None:
    """Make *table*'s current row the item whose form field (one of *keys*) just changed.

    A form under a list shows only the current item, and the clerk types only there; so a
    change to another item's field is an undo or redo, which must show the item it changes.
    Table cells are left out: a cell editor may commit after the clerk clicked another row.
    """

    def changed(path: Path) -> None:
        if (
            len(path) > 2
            and path[0] == list_name
            and isinstance(path[1], int)
            and path[2] in keys
            and path[1] != table.current_row()
            and path[1] < table.list_model.rowCount()
        ):
            column = max(0, table.currentIndex().column())
            table.setCurrentIndex(table.list_model.index(path[1], column))

    doc.value_set.connect(changed)
