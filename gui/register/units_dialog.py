"""The units directory: every spelling of a unit grouped under it, merged and named by hand.

The rules of ``models.units`` already put "UBND TP Cao Lãnh" and "Ủy ban nhân dân thành
phố Cao Lãnh" together; what they cannot see ("VP UBND tỉnh" and "Văn phòng Ủy ban") the
clerk merges here, and chooses the name the statistics print. Every change goes to the
store at once (``Store.merge_units`` …) and the register reloads with it.

Signals:
    changed(): a merge, an unmerge or a name reached the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.errors import report_errors

if TYPE_CHECKING:
    from storage import Store

SPELLING_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitsDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_dialog")
        self.setWindowTitle(self.tr("Danh bạ đơn vị"))
        self.store = store
        self.tree = QTreeWidget()
        self.tree.setObjectName("units_tree")
        self.tree.setHeaderLabels([self.tr("Đơn vị / cách viết"), self.tr("Số lần dùng")])
        self.tree.setColumnWidth(0, 460)
        self.target = QComboBox()
        self.target.setObjectName("units_target")
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.merge_button = QPushButton(self.tr("&Gộp"))
        self.unmerge_button = QPushButton(self.tr("&Tách ra"))
        self.name = QLineEdit()
        self.name.setObjectName("units_name")
        self.name_button = QPushButton(self.tr("Đặt tê&n"))
        merge_label = QLabel(self.tr("Gộp cách viết đang chọn &vào đơn vị:"))
        merge_label.setBuddy(self.target)
        name_label = QLabel(self.tr("Tên &hiển thị của đơn vị:"))
        name_label.setBuddy(self.name)
        grid = QGridLayout()
        grid.addWidget(merge_label, 0, 0)
        grid.addWidget(self.target, 0, 1)
        grid.addWidget(self.merge_button, 0, 2)
        grid.addWidget(self.unmerge_button, 0, 3)
        grid.addWidget(name_label, 1, 0)
        grid.addWidget(self.name, 1, 1)
        grid.addWidget(self.name_button, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr(
            "Các cách viết cùng một đơn vị (viết tắt UBND, TP, Sở …) được nhóm tự động; "
            "gộp tay những cách viết còn lại và chọn tên in trong thống kê."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.merge_button.clicked.connect(self.merge)
        self.unmerge_button.clicked.connect(self.unmerge)
        self.name_button.clicked.connect(self.set_name)
        self.name.returnPressed.connect(self.set_name)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_current())
        self.resize(760, 560)
        self.reload()

    def reload(self) -> None:
        """Read the spellings and the directory again and show them grouped."""
        current = self.current_spelling()
        with report_errors(self, self.tr("Không đọc được danh bạ đơn vị")):
            spellings = self.store.unit_spellings()
            directory = self.store.unit_directory()
            names = directory.display_names(s for s, _ in spellings)
            groups: dict[str, list[tuple[str, int]]] = {}
            for spelling, uses in spellings:
                groups.setdefault(directory.key(spelling), []).append((spelling, uses))
            self.tree.clear()
            self.target.clear()
            ordered = sorted(groups.items(), key=lambda g: names[g[0]].casefold())
            for key, members in ordered:
                unit = QTreeWidgetItem([names[key], str(sum(u for _, u in members))])
                unit.setData(0, SPELLING_ROLE, members[0][0])
                font = unit.font(0)
                font.setBold(True)
                unit.setFont(0, font)
                for spelling, uses in members:
                    child = QTreeWidgetItem([spelling, str(uses)])
                    child.setData(0, SPELLING_ROLE, spelling)
                    unit.addChild(child)
                self.tree.addTopLevelItem(unit)
                unit.setExpanded(len(members) > 1)
                self.target.addItem(names[key], members[0][0])
            self.target.setCurrentIndex(-1)
            self._select(current)

    def _select(self, spelling: str | None) -> None:
        for top in range(self.tree.topLevelItemCount()):
            unit = self.tree.topLevelItem(top)
            assert unit is not None
            for item in (unit, *(unit.child(i) for i in range(unit.childCount()))):
                if item is not None and item.data(0, SPELLING_ROLE) == spelling and (
                    item is not unit or spelling is None
                ):
                    self.tree.setCurrentItem(item)
                    return
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def current_spelling(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, SPELLING_ROLE))

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            unit = item.parent() or item
            self.name.setText(unit.text(0))

    def _target_spelling(self) -> str:
        index = self.target.findText(self.target.currentText())
        if index >= 0:
            return str(self.target.itemData(index))
        return self.target.currentText().strip()

    def merge(self) -> None:
        spelling = self.current_spelling()
        target = self._target_spelling()
        if spelling is None or not target:
            return
        with report_errors(self, self.tr("Không gộp được đơn vị")):
            self.store.merge_units(spelling, target)
            self._changed(spelling)

    def unmerge(self) -> None:
        spelling = self.current_spelling()
        if spelling is None:
            return
        with report_errors(self, self.tr("Không tách được đơn vị")):
            self.store.unmerge_unit(spelling)
            self._changed(spelling)

    def set_name(self) -> None:
        spelling = self.current_spelling()
        if spelling is None:
            return
        with report_errors(self, self.tr("Không đặt được tên đơn vị")):
            self.store.name_unit(spelling, self.name.text())
            self._changed(spelling)

    def _changed(self, spelling: str) -> None:
        self.reload()
        self._select(spelling)
        self.changed.emit()
