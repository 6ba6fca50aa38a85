"""The preview renders off the GUI thread: results show, stale ones never win, errors are words;
it shows A4 pages scaled to the pane, breaking lines where the page does at any width."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gui.document import SessionDocument
from gui.main_window import MainWindow
from gui.page_view import PageView, parse
from gui.preview import Preview
from models import Session, read_session_file
from renderer import DocType, Renderer
from renderer.blocks import Paragraph, Run
from renderer.html_writer import to_html
from storage import Store
from tests.gui.helpers import type_text


class GatedRenderer:
    """Renders the subject; a render of a subject in ``hold`` waits until ``release`` is set,
    standing in for a slow render of a large session."""

    def __init__(self, hold: set[str]) -> None:
        self.hold = hold
        self.release = threading.Event()
        self.started = threading.Event()

    def html(self, session: Session, doc_type: DocType) -> str:
        if session.subject in self.hold:
            self.started.set()
            self.release.wait(10)
        return f"<p>{session.subject}</p>"


def gated_preview(qtbot: QtBot, hold: set[str]) -> tuple[Preview, SessionDocument, GatedRenderer]:
    doc = SessionDocument()
    renderer = GatedRenderer(hold)
    preview = Preview(renderer, doc)  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    return preview, doc, renderer


def test_the_preview_shows_the_session_once_typing_pauses(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    window.import_file(seed_path)
    qtbot.waitUntil(lambda: "Cao Lãnh" in window.preview.page.toPlainText(), timeout=5000)
    window.editor.general.location.setFocus()
    window.editor.general.location.selectAll()
    type_text(qtbot, "Hội trường Tháp Mười")
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        pass  # the 300 ms pause, then the worker's result
    window.preview.doc_type.setCurrentIndex(window.preview.doc_type.findData(DocType.BIEN_BAN))
    qtbot.waitUntil(
        lambda: "Hội trường Tháp Mười" in window.preview.page.toPlainText(), timeout=5000
    )


def test_typing_goes_on_while_a_render_runs(qtbot: QtBot) -> None:
    preview, doc, renderer = gated_preview(qtbot, {"lớn"})
    doc.session.subject = "lớn"
    preview.refresh()  # returns at once although the render is held
    assert renderer.started.wait(5)
    field = QLineEdit()
    qtbot.addWidget(field)
    type_text(qtbot, "vẫn gõ được", field)
    assert field.text() == "vẫn gõ được"
    assert not preview.is_current()
    with qtbot.waitSignal(preview.rendered, timeout=5000):
        renderer.release.set()
    assert preview.page.toPlainText() == "lớn"


def test_a_stale_result_never_replaces_a_newer_one(qtbot: QtBot) -> None:
    preview, doc, renderer = gated_preview(qtbot, {"cũ"})
    shown: list[str] = []
    preview.rendered.connect(lambda: shown.append(preview.page.toPlainText()))
    doc.session.subject = "cũ"
    preview.refresh()
    assert renderer.started.wait(5)
    doc.session.subject = "mới"
    preview.refresh()  # asked while the old render is still running
    with qtbot.waitSignal(preview.rendered, timeout=5000):
        renderer.release.set()
    assert shown == ["mới"]
    assert preview.is_current()
    qtbot.waitUntil(lambda: preview.pool.activeThreadCount() == 0, timeout=5000)
    assert shown == ["mới"]


def test_an_error_in_a_user_template_shows_in_the_preview(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    templates = store.data_dir / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    broken = DocType.THONG_BAO_KET_LUAN.template_name
    (templates / broken).write_text("{% for x in %}\n", encoding="utf-8")
    assert callable(make_window)
    window = make_window()
    qtbot.waitUntil(lambda: window.preview.error != "", timeout=5000)
    text = window.preview.page.toPlainText()
    assert text.startswith("Chưa xem trước được: Lỗi trong mẫu văn bản")
    assert broken in text
    bien_ban = window.preview.doc_type.findData(DocType.BIEN_BAN)
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.preview.doc_type.setCurrentIndex(bien_ban)  # its template is fine
    assert "Chưa xem trước được" not in window.preview.page.toPlainText()
    assert "BIÊN BẢN" in window.preview.page.toPlainText()


def _line_counts(page: PageView) -> dict[str, int]:
    """Lines of the national title and of every body paragraph, keyed by their start."""
    counts, block = {}, page.document.begin()
    while block.isValid():
        if block.text():
            counts[block.text()[:40]] = block.layout().lineCount()
        block = block.next()
    return counts


def test_the_window_shows_the_national_title_on_one_line_in_a_narrow_pane(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    window.import_file(seed_path)
    page = window.preview.page
    qtbot.waitUntil(lambda: "Cao Lãnh" in page.toPlainText(), timeout=5000)
    qtbot.waitUntil(page.is_laid_out, timeout=5000)  # the last layout step has run
    assert page.viewport().width() < 595  # narrower than an A4 sheet at 72 px an inch
    assert page.zoom < 1
    assert _line_counts(page)["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] == 1
    assert page.pages() == 2


def test_the_page_zooms_with_the_pane_and_keeps_its_line_breaks(
    qtbot: QtBot, renderer: Renderer, seed_path: Path
) -> None:
    page = PageView()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    session = read_session_file(seed_path).session
    page.set_html(renderer.html(session, DocType.BAO_CAO))
    wide_zoom, wide_lines = page.zoom, _line_counts(page)
    assert wide_zoom > 1
    page.resize(450, 600)
    qtbot.waitUntil(lambda: page.zoom < wide_zoom * 0.6, timeout=2000)
    assert page.transform().m11() == pytest.approx(page.zoom)
    assert _line_counts(page) == wide_lines
    assert wide_lines["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] == 1
    assert page.sheets is not None
    sheet = page.mapFromScene(page.sheets.sheet_rect(0)).boundingRect()
    assert sheet.width() <= page.viewport().width()
    assert sheet.width() >= page.viewport().width() * 0.9


def test_a_long_document_is_laid_out_in_steps_and_keeps_the_reader_s_place(
    qtbot: QtBot, renderer: Renderer, seed_path: Path
) -> None:
    rendered = renderer.blocks(read_session_file(seed_path).session, DocType.THONG_BAO_KET_LUAN)
    words = "Giao Ủy ban nhân dân thành phố chủ trì thực hiện, báo cáo kết quả trước ngày 30/6. "
    rendered.body.extend(Paragraph((Run(f"{number}. {words * 3}"),)) for number in range(600))
    html = to_html(rendered)
    page = PageView()
    qtbot.addWidget(page)
    page.resize(500, 600)
    page.show()
    qtbot.waitExposed(page)
    page.show_document(parse(html))
    assert not page.is_laid_out()  # the rest follows in timer steps; the window stays free
    qtbot.waitUntil(page.is_laid_out, timeout=10000)
    pages = page.pages()
    assert pages > 20
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    page.show_document(parse(html))  # the next refresh while the clerk reads page ~20
    assert bar.value() == place
    qtbot.waitUntil(page.is_laid_out, timeout=10000)
    assert page.pages() == pages
    assert bar.value() == place


def _ink(page: PageView, area: QRectF) -> int:
    """Dark pixels drawn in *area* of the scene (rendered at four pixels a point)."""
    image = QImage(int(area.width() * 4), int(area.height() * 4), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    page.scene().render(painter, QRectF(image.rect()), area)
    painter.end()
    return sum(
        1 for y in range(image.height()) for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def test_pages_after_the_first_are_numbered_in_the_top_margin(
    qtbot: QtBot, renderer: Renderer, seed_path: Path
) -> None:
    page = PageView()
    qtbot.addWidget(page)
    page.set_html(renderer.html(read_session_file(seed_path).session, DocType.BIEN_BAN))
    assert page.pages() == 3
    sheets = page.sheets
    assert sheets is not None
    assert _ink(page, sheets.number_rect(0)) == 0  # Decree 30: no number on page 1
    assert _ink(page, sheets.number_rect(1)) > 0
    assert _ink(page, sheets.number_rect(2)) > 0
