"""The live preview: the renderer's HTML for the chosen document type, refreshed when typing pauses.

The HTML is shown as A4 pages scaled to the pane (gui.page_view), so lines break where
Word breaks them whatever the pane's width.

A single-shot timer restarts on every change, so a render starts once the clerk stops for
300 ms. Rendering a large session takes longer than a keystroke (~140 ms for 1000
directives), so it runs on a worker thread and the GUI thread only pays for a snapshot
(``model_dump``, ~1.5 ms there) and for showing the result. The renderer is pure Python
without Qt, and the worker validates its own copy of the session, so nothing is shared with
the session the window keeps editing. The worker makes no Qt object at all: a QTextDocument
parsed there and handed over crashed the window when a stale one was freed on the worker
(its layout timers belong to the GUI thread), so the GUI thread parses the HTML and lays it
out (a few ms for the fixture, ~20 ms for 1000 directives). Every request carries a
generation number; a result is shown only if it answers the newest request, so a slow old
render can never replace a newer one. The session's problems are checked on the same
snapshot and listed under the preview.

Signals:
    rendered(): the preview shows the session as it was at the newest request.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from gui.document import SessionDocument
from gui.labels import doc_type_label
from gui.page_view import PageView, parse
from gui.problems import ProblemList
from models import Problem, Session, check_session
from renderer import DocType, RenderError

if TYPE_CHECKING:
    from renderer import Renderer

_log = logging.getLogger(__name__)

# While a render runs on the worker, the GUI thread has to win the interpreter lock back for
# every Python slot a keystroke triggers; at CPython's default 5 ms switch interval one key
# then waited ~40 ms (median) behind a large render, at 0.5 ms it takes as long as with no
# render at all (benchmarks/gui.py, "keystroke" rows). Only the worker changes it, and only
# while it renders.
_RENDER_SWITCH_INTERVAL_S = 0.0005


@dataclass(frozen=True)
class PreviewResult:
    """What one render produced: HTML, or a message for the user, and the session's problems."""

    generation: int
    html: str
    error: str
    problems: list[Problem]
    render_ms: float


class _Results(QObject):
    """Carries a worker's result to the GUI thread (a queued connection, as the sender and
    the receiver live in different threads)."""

    finished = Signal(object)


class _RenderJob(QRunnable):
    def __init__(
        self,
        renderer: Renderer,
        snapshot: dict[str, Any],
        doc_type: DocType,
        generation: int,
        latest: Any,
        results: _Results,
    ) -> None:
        super().__init__()
        self._renderer = renderer
        self._snapshot = snapshot
        self._doc_type = doc_type
        self._generation = generation
        self._latest = latest
        self._results = results

    def run(self) -> None:
        if self._generation != self._latest():
            return  # a newer request is queued behind this one: skip the work
        started = time.perf_counter()
        html, error, problems = "", "", []
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, _RENDER_SWITCH_INTERVAL_S))
        try:
            session = Session.model_validate(self._snapshot)
            problems = check_session(session)
            html = self._renderer.html(session, self._doc_type)
        except RenderError as failure:
            error = str(failure)
        except Exception as failure:  # a bug must not silently freeze the preview
            _log.exception("preview render failed")
            error = f"{type(failure).__name__}: {failure}"
        finally:
            sys.setswitchinterval(interval)
        elapsed = (time.perf_counter() - started) * 1000
        self._results.finished.emit(
            PreviewResult(self._generation, html, error, problems, elapsed)
        )


class Preview(QWidget):
    rendered = Signal()

    def __init__(
        self,
        renderer: Renderer,
        doc: SessionDocument,
        delay_ms: int = 300,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.doc = doc
        self.doc_type = QComboBox()
        for doc_type in DocType:
            self.doc_type.addItem(doc_type_label(doc_type), doc_type)
        self.doc_type.setCurrentIndex(self.doc_type.findData(DocType.THONG_BAO_KET_LUAN))
        caption = QLabel(self.tr("X&em trước:"))
        caption.setBuddy(self.doc_type)
        self.page = PageView()
        self.problems = ProblemList()
        self.problems.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.doc_type)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.problems)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(self.timer.start)
        self.doc_type.currentIndexChanged.connect(lambda _i: self.refresh())
        # One worker: renders never compete with each other for the two cores of an office
        # laptop, and a queued stale request is skipped (see _RenderJob.run). The pool is a
        # child created before the results carrier, so on destruction it waits for a running
        # render before the carrier goes away.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._results = _Results(self)
        self._results.finished.connect(self._show)
        self._generation = 0
        self._shown_generation = 0
        self.last_render_ms = 0.0
        self.last_gui_ms = 0.0
        self.html = ""
        self.error = ""

    def current_type(self) -> DocType:
        return DocType(self.doc_type.currentData())

    def refresh(self) -> None:
        """Ask for a render of the session as it is now; the result arrives via ``rendered``."""
        self.timer.stop()
        started = time.perf_counter()
        self._generation += 1
        snapshot = self.doc.session.model_dump()
        job = _RenderJob(
            self.renderer, snapshot, self.current_type(), self._generation,
            self.latest_generation, self._results,
        )
        self.pool.start(job)
        self.last_gui_ms = (time.perf_counter() - started) * 1000

    def latest_generation(self) -> int:
        return self._generation

    def is_current(self) -> bool:
        """No render is pending: what the preview shows answers the newest request."""
        return self._shown_generation == self._generation

    def _show(self, result: PreviewResult) -> None:
        if result.generation != self._generation:
            return  # an answer to an older request: a newer one is on its way
        started = time.perf_counter()
        self._shown_generation = result.generation
        self.last_render_ms = result.render_ms
        self.error = result.error
        html = result.html
        if result.error:
            message = self.tr("Chưa xem trước được:")
            html = f"<p style='color:#a00'>{_escape(message)} {_escape(result.error)}</p>"
        if html != self.html:
            self.html = html
            if not result.error:
                self.page.show_document(parse(html))
            else:
                self.page.set_html(html)
        self.problems.set_problems(result.problems)
        self.last_gui_ms += (time.perf_counter() - started) * 1000
        self.rendered.emit()

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Let a running render finish (closing the window, benchmarks); results still arrive
        through the event loop."""
        return self.pool.waitForDone(timeout_ms)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
