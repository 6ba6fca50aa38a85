"""The one place where a failed action becomes a message for the clerk.

Known failures (the store's ``StoreError``, an invalid session file, a disk error, a template
error from the renderer) are shown in plain words in a message box; anything else is a bug and
is allowed to propagate. Message boxes open window-modal but without a nested event loop
(``open()``), so autosave keeps running and tests never hang on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models import SessionInvalid
from storage.errors import StoreError

KNOWN_ERRORS: tuple[type[Exception], ...] = (StoreError, SessionInvalid, OSError)


def describe(error: Exception) -> str:
    """One plain-words text for a known error: each session problem on its own line."""
    if isinstance(error, SessionInvalid):
        return "\n".join(str(problem) for problem in error.problems)
    if isinstance(error, OSError):
        from models.os_errors import os_reason
        from models.vi_format import upper_first

        where = f" ({error.filename})" if error.filename else ""
        if isinstance(error, FileNotFoundError):
            return f"Không tìm thấy tệp hoặc thư mục{where}."
        return f"{upper_first(os_reason(error))}{where}."
    return str(error)


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("error_box")
    box.open()
    return box


@contextmanager
def report_errors(
    parent: QWidget | None, title: str, *extra: type[Exception]
) -> Iterator[None]:
    """Run the block; a known error (or one of *extra*) becomes a message box, not a traceback."""
    try:
        yield
    except (*KNOWN_ERRORS, *extra) as error:
        show_error(parent, title or QCoreApplication.translate("Errors", "Lỗi"), describe(error))
