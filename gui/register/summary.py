"""The summary line under the register: totals and percentages per class, as reports print.

Percentages are of the tasks with a deadline (the base is said in the line); the tasks
without a deadline are counted apart, as the government's reports do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.register.model import class_label
from models.register import CLASS_COLOURS, DEADLINE_CLASSES, ClassCounts, DirectiveClass


def number(value: int) -> str:
    """1.234 — Vietnamese groups thousands with a dot."""
    return f"{value:,}".replace(",", ".")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def summary_html(counts: ClassCounts) -> str:
    parts = [
        QCoreApplication.translate("Register", "<b>%1</b> nhiệm vụ có thời hạn:").replace(
            "%1", number(counts.with_deadline))
    ]
    for klass in DEADLINE_CLASSES:
        parts.append(
            f'<span style="color:{CLASS_COLOURS[klass]}">■</span> {class_label(klass)} '
            f"<b>{number(counts[klass])}</b> ({percent(counts.percent(klass))})"
        )
    tail = QCoreApplication.translate(
        "Register",
        "(tỷ lệ trên tổng số nhiệm vụ có thời hạn; tỷ lệ hoàn thành %1). "
        "Không thời hạn: %2 thường xuyên, %3 đã hoàn thành.",
    )
    tail = (
        tail.replace("%1", percent(counts.completion_rate()))
        .replace("%2", number(counts[DirectiveClass.STANDING]))
        .replace("%3", number(counts[DirectiveClass.DONE]))
    )
    return f"{parts[0]} {' · '.join(parts[1:])} {tail}"
