"""The Conclusion tab's directive table, which also shows what the follow-up desk recorded.

Extensions and progress entries are lists of their own, edited from the register; here
they are shown as tooltips on the deadline and the completion date, so the clerk sees the
whole history of a task where it was written without another pane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from gui.fields import format_date
from gui.table_models.base import ListTableModel
from models import Directive

Index = QModelIndex | QPersistentModelIndex


def history_tooltip(directive: Directive) -> str:
    """Original deadline, each extension, and each progress entry, one per line."""
    lines: list[str] = []
    if directive.standing:
        lines.append(QCoreApplication.translate(
            "Tables", "Nhiệm vụ thường xuyên (không có thời hạn)"))
    elif directive.extensions:
        lines.append(QCoreApplication.translate("Tables", "Thời hạn ban đầu: %1").replace(
            "%1", format_date(directive.deadline) or "—"))
    for extension in directive.extensions:
        lines.append(
            QCoreApplication.translate("Tables", "Gia hạn đến %1 (ngày %2, %3)")
            .replace("%1", format_date(extension.deadline))
            .replace("%2", format_date(extension.date) or "—")
            .replace("%3", extension.document or "—")
        )
    for step in directive.progress:
        text = f"{format_date(step.date)}: {step.text}"
        lines.append(f"{text} ({step.reference})" if step.reference else text)
    return "\n".join(lines)


class DirectivesTableModel(ListTableModel):
    """A ListTableModel whose deadline shows the one in force and the history as tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not index.isValid() or index.row() >= len(self.items()):
            return value
        key = self.columns[index.column()].key
        directive: Directive = self.items()[index.row()]
        if key == "deadline" and role == Qt.ItemDataRole.DisplayRole:
            if directive.standing:
                return QCoreApplication.translate("Tables", "Thường xuyên")
            if directive.extensions:
                return QCoreApplication.translate("Tables", "%1 (gia hạn)").replace(
                    "%1", format_date(directive.deadline_in_force))
        if key in ("deadline", "completed_on", "text") and role == Qt.ItemDataRole.ToolTipRole:
            history = history_tooltip(directive)
            if key == "text":
                return "\n".join(part for part in (str(value or ""), history) if part)
            return history or value
        return value
