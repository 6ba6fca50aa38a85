"""Convert exported .docx files to PDF/A on a worker thread (renderer.pdf does the work).

LibreOffice takes seconds to start and convert; on the GUI thread that would freeze the
window, and a hung LibreOffice would freeze it until the time limit. The result comes back
through a queued signal.

Signals:
    done(list): the PDF paths, all written.
    failed(str): one sentence for the clerk (no PDF is left half-written).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from renderer.errors import RenderError
from renderer.pdf import TIMEOUT_SECONDS, convert_to_pdf


class _PdfRunnable(QRunnable):
    """A QRunnable subclass, not ``QRunnable.create(callable)`` (see gui/daily_backup.py)."""

    def __init__(self, job: PdfJob, pairs: list[tuple[Path, Path]], timeout: float) -> None:
        super().__init__()
        self._job = job
        self._pairs = pairs
        self._timeout = timeout

    def run(self) -> None:
        self._job.run(self._pairs, self._timeout)


class PdfJob(QObject):
    done = Signal(list)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # Closing the window while LibreOffice works stops it at once: the pool waits for
        # its thread when it is destroyed, and must not wait for the time limit.
        cancel = self._cancel = threading.Event()
        self.destroyed.connect(lambda *_: cancel.set())

    def start(self, pairs: list[tuple[Path, Path]], timeout: float = TIMEOUT_SECONDS) -> None:
        self._cancel.clear()
        self.pool.start(_PdfRunnable(self, pairs, timeout))

    def cancel(self) -> None:
        self._cancel.set()

    def run(self, pairs: list[tuple[Path, Path]], timeout: float) -> None:
        """The conversion itself (on the pool's thread)."""
        try:
            convert_to_pdf(pairs, timeout=timeout, cancel=self._cancel)
        except RenderError as error:  # PdfUnavailable, PdfFailed, ExportFailed: one sentence
            self._emit(self.failed, str(error))
        except OSError as error:  # the .docx went away, the temporary folder failed
            from gui.errors import describe

            self._emit(self.failed, describe(error))
        else:
            self._emit(self.done, [pdf for _docx, pdf in pairs])

    def _emit(self, signal: Any, value: object) -> None:
        if self._cancel.is_set():
            return  # the window is gone: nobody to tell
        with contextlib.suppress(RuntimeError):  # deleted meanwhile
            signal.emit(value)

    def wait(self) -> None:
        self.pool.waitForDone()
