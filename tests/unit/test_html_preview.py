"""The preview's HTML, laid out by Qt as the window lays it out, held to the .docx page.

Each document of the fixture is parsed into a page-sized QTextDocument (gui.page_view.parse,
the window's own path) and compared with what Word gets: the national title on one line,
body paragraphs justified with the writer's first-line indent, the decree's gaps, rules as
long as the writer's, figures in bordered tables with the writer's column widths, and the
signature beside the recipients.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from docx.oxml.ns import qn
from docx.shared import Emu
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat, QTextFrameFormat, QTextTable
from PySide6.QtWidgets import QApplication

from gui.page_view import parse
from models import Session, read_session_file
from renderer import DocType, Renderer
from renderer import docx_styles as st
from renderer.blocks import Heading, Run
from renderer.docx_writer import build_document
from renderer.html_writer import to_html
from renderer.textwidth import POINTS_PER_MM

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
PT_PER_EMU = 72 / 914400


@pytest.fixture(scope="module")
def session() -> Session:
    from tests.conftest import SEED

    return read_session_file(SEED).session


@pytest.fixture(scope="module")
def pages(session: Session) -> Iterator[dict[DocType, QTextDocument]]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    renderer = Renderer()
    laid_out = {}
    for doc_type in DocType:
        document = parse(renderer.html(session, doc_type))
        document.pageCount()  # lay it out, as the window does
        laid_out[doc_type] = document
    yield laid_out


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _block(document: QTextDocument, starts: str) -> QTextBlock:
    return next(block for block in _blocks(document) if block.text().startswith(starts))


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


@pytest.mark.parametrize("doc_type", list(DocType))
def test_the_national_title_is_one_line_at_the_page_width(
    pages: dict[DocType, QTextDocument], doc_type: DocType
) -> None:
    document = pages[doc_type]
    title = _block(document, NATIONAL_TITLE)
    assert title.text() == NATIONAL_TITLE
    assert title.layout().lineCount() == 1
    assert _block(document, "Độc lập - Tự do - Hạnh phúc").layout().lineCount() == 1


def test_body_paragraphs_are_justified_with_the_writers_first_line_indent(
    pages: dict[DocType, QTextDocument],
) -> None:
    document = pages[DocType.THONG_BAO_KET_LUAN]
    indent_pt = st.FIRST_LINE_INDENT_CM * 10 * POINTS_PER_MM
    for starts in ("Ngày 04/3/2024", "1. Ghi nhận", "a) ", "Văn phòng Ủy ban nhân dân tỉnh"):
        paragraph = _block(document, starts)
        assert paragraph.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify, starts
        assert paragraph.blockFormat().textIndent() == pytest.approx(indent_pt, abs=0.01)
        assert paragraph.charFormat().font().pixelSize() == st.BODY_SIZE
    title = _block(document, "THÔNG BÁO")
    assert title.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert title.blockFormat().textIndent() == 0


def test_the_gaps_are_the_writers(pages: dict[DocType, QTextDocument]) -> None:
    """Space before the type name, before the number line, between paragraphs, around headings."""
    spec = st.SPEC_BY_NAME
    notice = pages[DocType.THONG_BAO_KET_LUAN]
    type_name = _block(notice, "THÔNG BÁO")
    assert type_name.blockFormat().topMargin() == spec[st.TYPE_NAME].before == 24
    layout = notice.documentLayout()
    number = _block(notice, "Số:")
    number_bottom = layout.blockBoundingRect(number).bottom()
    gap = layout.blockBoundingRect(type_name).top() - number_bottom
    assert gap >= spec[st.TYPE_NAME].before - 1  # the fault: no space above "THÔNG BÁO"
    header = _tables(notice)[0]
    number_cell = header.cellAt(1, 0).format().toTableCellFormat()
    assert number_cell.topPadding() == spec[st.NUMBER].before
    second = _block(notice, "1. Ghi nhận")
    assert second.blockFormat().topMargin() == spec[st.BODY].after


def test_a_heading_is_bold_and_spaced_as_the_writer_spaces_it(session: Session) -> None:
    spec = st.SPEC_BY_NAME
    rendered = Renderer().blocks(session, DocType.THONG_BAO_KET_LUAN)
    rendered.body.insert(1, Heading((Run("II. KẾT LUẬN"),)))
    document = parse(to_html(rendered))
    document.pageCount()
    heading = _block(document, "II. KẾT LUẬN")
    assert heading.blockFormat().topMargin() == max(spec[st.BODY].after, spec[st.HEADING].before)
    assert heading.charFormat().font().bold()
    after = heading.next()
    assert after.blockFormat().topMargin() == max(spec[st.HEADING].after, spec[st.BODY].before)


def _docx_rule_lengths_pt(session: Session, doc_type: DocType) -> list[float]:
    """The rules of the .docx: bordered paragraphs, as long as their column minus indents."""
    from renderer import docx_writer as dw

    document = build_document(Renderer().blocks(session, doc_type))
    header = document.tables[0]
    lengths = []
    columns = (
        (header.cell(0, 0), dw.HEADER_COLUMNS_MM[0] - 2 * dw.CELL_MARGIN_MM),
        (header.cell(0, 1), dw.HEADER_COLUMNS_MM[1] - 2 * dw.CELL_MARGIN_MM),
        (document, dw.TEXT_WIDTH_MM),
    )
    for container, usable_mm in columns:
        for paragraph in container.paragraphs:
            if paragraph._p.pPr is None or paragraph._p.pPr.find(qn("w:pBdr")) is None:
                continue
            fmt = paragraph.paragraph_format
            sides = Emu(fmt.left_indent or 0) + Emu(fmt.right_indent or 0)
            lengths.append(usable_mm * POINTS_PER_MM - sides * PT_PER_EMU)
    return lengths


@pytest.mark.parametrize("doc_type", list(DocType))
def test_rules_are_as_long_as_the_writers(
    pages: dict[DocType, QTextDocument], session: Session, doc_type: DocType
) -> None:
    rules = [
        block.blockFormat().lengthProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
        for block in _blocks(pages[doc_type])
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
    ]
    expected = _docx_rule_lengths_pt(session, doc_type)
    assert len(expected) == 3  # under the issuing body, the motto and the summary
    assert [rule.rawValue() for rule in rules] == pytest.approx(expected, abs=0.05)


def test_figures_have_borders_and_the_writers_column_widths(
    pages: dict[DocType, QTextDocument], session: Session
) -> None:
    document = build_document(Renderer().blocks(session, DocType.BAO_CAO))
    grid = document.tables[1]._tbl.tblGrid
    widths_pt = [Emu(int(col.get(qn("w:w"))) * 635) * PT_PER_EMU for col in grid.gridCol_lst]
    figures = _tables(pages[DocType.BAO_CAO])[1]
    assert figures.format().border() > 0
    assert figures.format().borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
    constraints = [c.rawValue() for c in figures.format().columnWidthConstraints()]
    assert constraints == pytest.approx(widths_pt, abs=0.1)
    assert _cell_text(figures, 0, 1) == "Chỉ tiêu"
    assert figures.cellAt(0, 1).firstCursorPosition().charFormat().font().bold()
    assert _cell_text(figures, 3, 2).startswith("717 tỷ đồng")
    size = st.BRIEF_TABLE_SIZE  # the brief's own table size, as in its .docx
    assert figures.cellAt(3, 2).firstCursorPosition().charFormat().font().pixelSize() == size


def _closing(document: QTextDocument) -> Any:
    return _tables(document)[-1]


def test_recipients_sit_beside_the_signature(pages: dict[DocType, QTextDocument]) -> None:
    closing = _closing(pages[DocType.THONG_BAO_KET_LUAN])
    assert closing.columns() == 2
    recipients, signer = _cell_text(closing, 0, 0), _cell_text(closing, 0, 1)
    assert recipients.startswith("Nơi nhận:\n- ")
    assert recipients.endswith("- Lưu: VT, TH.")
    assert signer.startswith("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n")
    minutes = _closing(pages[DocType.BIEN_BAN])
    assert _cell_text(minutes, 0, 0).startswith("THƯ KÝ")
    assert _cell_text(minutes, 0, 1).startswith("CHỦ TỌA")
    assert _cell_text(minutes, 0, 1).endswith("Phạm Thiện Nghĩa")
    assert _cell_text(minutes, 1, 0).startswith("Nơi nhận:")
