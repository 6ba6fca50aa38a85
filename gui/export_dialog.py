"""Export: choose the documents, see the file names and the problems, write the .docx files
and, when LibreOffice is installed and the box is ticked, their PDF/A copies.

File names are suggested from the type, the date and the counterpart in plain ASCII
("thong-bao-ket-luan_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx") so they survive
e-mail, USB sticks and old Windows shares. The folder and the PDF choice are remembered in
QSettings. Errors block the export; warnings are listed and a draft can still be exported.

Clerks edit exported documents in Word, so a file that already exists is never replaced
without asking: replace, keep both (the new one as "…-2.docx") or cancel; the answer is not
remembered. PDF conversion runs on a worker (gui.pdf_job) while a busy bar shows; the dialog
cannot be closed under it, and a failure leaves the .docx files and no partial PDF.

Signals:
    exported(list): the written paths.
    path_chosen(str): the user clicked a problem; the window shows that field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import report_errors, show_error
from gui.labels import doc_type_label
from gui.pdf_job import PdfJob
from gui.problems import ProblemList
from models import Session, check_session
from models.text import fold_diacritics
from renderer import DocType, RenderError
from renderer.pdf import TIMEOUT_SECONDS, pdf_available

if TYPE_CHECKING:
    from renderer import Renderer

FOLDER_KEY = "export/folder"
PDF_KEY = "export/pdf"


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
        self.pdf = QCheckBox(self.tr("Kèm bản &PDF (PDF/A, để ký và lưu trữ)"))
        self.pdf.setObjectName("pdf_check")
        available = self._pdf_possible = pdf_available()
        self.pdf.setEnabled(available)
        self.pdf.setChecked(available and _as_bool(settings.value(PDF_KEY, False)))
        self.pdf.toggled.connect(self._update)
        layout.addWidget(self.pdf)
        self.pdf_hint = QLabel(self.tr(
            "Chưa xuất được PDF vì máy chưa cài LibreOffice; hãy cài LibreOffice miễn phí "
            "từ libreoffice.org rồi mở lại hộp này (tệp .docx vẫn xuất bình thường)."
        ))
        self.pdf_hint.setObjectName("pdf_hint")
        self.pdf_hint.setWordWrap(True)
        self.pdf_hint.setVisible(not available)
        layout.addWidget(self.pdf_hint)
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
        self.progress_label = QLabel(self.tr("Đang tạo PDF bằng LibreOffice…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: LibreOffice does not report its progress
        self.progress.setTextVisible(False)
        for widget in (self.progress_label, self.progress):
            widget.setVisible(False)
            layout.addWidget(widget)
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
        #: Seconds LibreOffice may take before the conversion counts as hung.
        self.pdf_timeout = TIMEOUT_SECONDS
        self.pdf_job = PdfJob(self)
        self.pdf_job.done.connect(self._pdf_done)
        self.pdf_job.failed.connect(self._pdf_failed)
        self._converting = False
        self._update()

    def chosen_types(self) -> list[DocType]:
        return [doc_type for doc_type, box in self.checks.items() if box.isChecked()]

    def targets(self) -> list[tuple[DocType, Path]]:
        folder = Path(self.folder.text().strip()).expanduser()
        return [(t, folder / suggested_file_name(self.session, t)) for t in self.chosen_types()]

    def wants_pdf(self) -> bool:
        return self._pdf_possible and self.pdf.isChecked()

    def _files(self, docx: Path) -> list[Path]:
        """The files one document becomes: the .docx, and its PDF when asked for."""
        return [docx, docx.with_suffix(".pdf")] if self.wants_pdf() else [docx]

    def _update(self) -> None:
        names = "\n".join(f.name for _t, path in self.targets() for f in self._files(path))
        self.names.setText(names)
        blocked = self.problems.has_errors()
        self.export_button.setEnabled(
            bool(self.chosen_types()) and bool(self.folder.text().strip()) and not blocked
            and not self._converting
        )
        if blocked:
            self.export_button.setToolTip(self.tr("Hãy sửa các lỗi trong danh sách trước khi xuất"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục lưu văn bản"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        """Write every chosen document; files already there are replaced only if the clerk
        says so. A failure is reported and the dialog stays open."""
        targets = self.targets()
        if not targets or self.problems.has_errors() or self._converting:
            return
        existing = [f for _t, path in targets for f in self._files(path) if f.exists()]
        if existing:
            self._ask_before_replacing(targets, existing)
        else:
            self._write(targets)

    def _ask_before_replacing(
        self, targets: list[tuple[DocType, Path]], existing: list[Path]
    ) -> None:
        box = QMessageBox(self)
        box.setObjectName("overwrite_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tệp đã có"))
        box.setText(
            self.tr("Trong thư mục đã có:") + "\n" + "\n".join(p.name for p in existing)
            + "\n\n" + self.tr("Các tệp này có thể đã được sửa trong Word. Thay thế chúng?")
        )
        replace = box.addButton(self.tr("&Thay thế"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Giữ cả hai"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("&Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter never destroys the clerk's edits
        box.setEscapeButton(cancel)

        def clicked(button: object) -> None:
            if button is replace:
                self._write(targets)
            elif button is keep:
                self._write([(t, self._free_name(path)) for t, path in targets])

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _free_name(self, path: Path) -> Path:
        """*path*, or "…-2.docx", "…-3.docx" …: the first whose files (.docx, PDF) are all new."""
        candidate, number = path, 1
        while any(f.exists() for f in self._files(candidate)):
            number += 1
            candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        return candidate

    def _write(self, targets: list[tuple[DocType, Path]]) -> None:
        written: list[Path] = []
        with report_errors(self, self.tr("Không xuất được văn bản"), RenderError):
            targets[0][1].parent.mkdir(parents=True, exist_ok=True)
            for doc_type, path in targets:
                self.renderer.write_docx(self.session, doc_type, path)
                written.append(path)
        if len(written) != len(targets):
            return
        self.settings.setValue(FOLDER_KEY, str(targets[0][1].parent))
        if self._pdf_possible:
            self.settings.setValue(PDF_KEY, self.pdf.isChecked())
        self.written = written
        if self.wants_pdf():
            self._set_converting(True)
            self.pdf_job.start([(p, p.with_suffix(".pdf")) for p in written], self.pdf_timeout)
            return
        self._finish(written)

    def _set_converting(self, converting: bool) -> None:
        self._converting = converting
        self.progress.setVisible(converting)
        self.progress_label.setVisible(converting)
        for widget in (*self.checks.values(), self.pdf, self.folder, self.browse):
            widget.setEnabled(not converting and (widget is not self.pdf or self._pdf_possible))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not converting)
        self._update()

    def _pdf_done(self, pdfs: list[Path]) -> None:
        self._set_converting(False)
        self._finish([*self.written, *pdfs])

    def _pdf_failed(self, message: str) -> None:
        self._set_converting(False)
        written = "\n".join(str(p) for p in self.written)
        show_error(
            self, self.tr("Không tạo được PDF"),
            message + "\n\n" + self.tr("Các tệp .docx đã được ghi:") + "\n" + written,
        )

    def _finish(self, paths: list[Path]) -> None:
        self.exported.emit(paths)
        self.accept()

    def reject(self) -> None:
        if not self._converting:  # LibreOffice is writing: wait for it or its time limit
            super().reject()


def _as_bool(value: object) -> bool:
    """QSettings gives "true"/"false" from an INI file and a bool from the registry."""
    return value is True or str(value).lower() == "true"
