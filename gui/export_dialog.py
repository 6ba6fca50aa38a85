"""Export: choose the documents, see the file names and the problems, write the .docx files.

File names are suggested from the type, the date and the counterpart in plain ASCII
("thong-bao-ket-luan_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx") so they survive
e-mail, USB sticks and old Windows shares. The folder is remembered in QSettings. Errors
block the export; warnings are listed and a draft can still be exported.

Signals:
    exported(list): the written paths.
    path_chosen(str): the user clicked a problem; the window shows that field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import report_errors
from gui.labels import doc_type_label
from gui.problems import ProblemList
from models import Session, check_session
from models.text import fold_diacritics
from renderer import DocType, RenderError

if TYPE_CHECKING:
    from renderer import Renderer

FOLDER_KEY = "export/folder"


def safe_name(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by "-": "Ủy ban … Cao Lãnh" → "uy-ban-…-cao-lanh"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(text)).strip("-")
    return slug[:limit].rstrip("-")


def suggested_file_name(session: Session, doc_type: DocType) -> str:
    who = safe_name(session.counterpart) or safe_name(session.subject) or "phien-lam-viec"
    return f"{doc_type.file_stem}_{session.date.isoformat()}_{who}.docx"


class ExportDialog(QDialog):
    exported = Signal(list)
    path_chosen = Signal(str)

    def __init__(
        self,
        session: Session,
        renderer: Renderer,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất văn bản"))
        self.session = session
        self.renderer = renderer
        self.settings = settings
        self.checks: dict[DocType, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chọn văn bản cần xuất:")))
        for doc_type in DocType:
            box = QCheckBox(doc_type_label(doc_type))
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.checks[doc_type] = box
            layout.addWidget(box)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(settings.value(FOLDER_KEY, QDir.homePath())))
        self.browse = QPushButton(self.tr("Chọn thư mục…"))
        caption = QLabel(self.tr("&Thư mục:"))
        caption.setBuddy(self.folder)
        folder_row.addWidget(caption)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        layout.addLayout(folder_row)
        self.names = QLabel()
        self.names.setWordWrap(True)
        layout.addWidget(self.names)
        self.problems = ProblemList()
        layout.addWidget(self.problems)
        self.problems.set_problems(check_session(session))
        self.problems.path_chosen.connect(self.path_chosen)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Xuất"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        self.folder.textChanged.connect(self._update)
        self.written: list[Path] = []
        self._update()

    def chosen_types(self) -> list[DocType]:
        return [doc_type for doc_type, box in self.checks.items() if box.isChecked()]

    def targets(self) -> list[tuple[DocType, Path]]:
        folder = Path(self.folder.text().strip()).expanduser()
        return [(t, folder / suggested_file_name(self.session, t)) for t in self.chosen_types()]

    def _update(self) -> None:
        names = "\n".join(path.name for _t, path in self.targets())
        self.names.setText(names)
        blocked = self.problems.has_errors()
        self.export_button.setEnabled(
            bool(self.chosen_types()) and bool(self.folder.text().strip()) and not blocked
        )
        if blocked:
            self.export_button.setToolTip(self.tr("Hãy sửa các lỗi trong danh sách trước khi xuất"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục lưu văn bản"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        """Write every chosen document; a failure is reported and the dialog stays open."""
        targets = self.targets()
        if not targets or self.problems.has_errors():
            return
        written: list[Path] = []
        with report_errors(self, self.tr("Không xuất được văn bản"), RenderError):
            targets[0][1].parent.mkdir(parents=True, exist_ok=True)
            for doc_type, path in targets:
                self.renderer.write_docx(self.session, doc_type, path)
                written.append(path)
        if len(written) != len(targets):
            return
        self.settings.setValue(FOLDER_KEY, str(targets[0][1].parent))
        self.written = written
        self.exported.emit(written)
        self.accept()
