"""A list of the session's problems; activating one asks the window to show the field.

Signals:
    path_chosen(str): the ``Problem.path`` of the problem the user clicked or pressed Enter on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from models import Problem, Severity

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemList(QListWidget):
    path_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.problems: list[Problem] = []
        self.setVisible(False)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        if list(problems) == self.problems:
            return
        self.problems = list(problems)
        self.clear()
        for problem in problems:
            mark = "⛔" if problem.severity is Severity.ERROR else "⚠"
            kind = self.tr("Lỗi") if problem.severity is Severity.ERROR else self.tr("Lưu ý")
            item = QListWidgetItem(f"{mark} {kind}: {problem.message}")
            item.setToolTip(problem.path)
            item.setData(PATH_ROLE, problem.path)
            self.addItem(item)
        self.setVisible(bool(problems))

    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.path_chosen.emit(str(item.data(PATH_ROLE) or ""))
