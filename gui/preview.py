"""The live preview: the renderer's HTML for the chosen document type, refreshed when typing pauses.

A single-shot timer restarts on every change, so rendering (measured well under 100 ms for a
real session, see benchmarks/gui.py) happens once the clerk stops for 300 ms and never
between two keystrokes. The session's problems are listed under the preview.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from gui.document import SessionDocument
from gui.labels import doc_type_label
from gui.problems import ProblemList
from models import check_session
from renderer import DocType, Renderer, RenderError


class Preview(QWidget):
    """Signals: rendered(): the preview shows the current session."""

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
        caption = QLabel(self.tr("&Xem trước:"))
        caption.setBuddy(self.doc_type)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.problems = ProblemList()
        self.problems.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.doc_type)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.problems)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(self.timer.start)
        self.doc_type.currentIndexChanged.connect(lambda _i: self.refresh())
        self.last_render_ms = 0.0
        self.html = ""

    def current_type(self) -> DocType:
        return DocType(self.doc_type.currentData())

    def refresh(self) -> None:
        self.timer.stop()
        session = self.doc.session
        started = time.perf_counter()
        try:
            html = self.renderer.html(session, self.current_type())
        except RenderError as error:
            html = f"<p style='color:#a00'>{self.tr('Chưa xem trước được:')} {error}</p>"
        self.last_render_ms = (time.perf_counter() - started) * 1000
        if html != self.html:
            self.html = html
            bar = self.browser.verticalScrollBar()
            position = bar.value()
            self.browser.setHtml(html)
            bar.setValue(position)
        self.problems.set_problems(check_session(session))
        self.rendered.emit()
