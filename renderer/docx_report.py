"""The progress report's .docx: the Decree 30 document, then its appendix on landscape pages.

The report is written like the other documents (renderer.docx_writer) with three additions:
its tables repeat their header rows on every page (``w:tblHeader``) and never split a row
across pages (``w:cantSplit``), header cells may span columns and rows (the table by unit
groups "Đã hoàn thành" over three columns), and after the signature a section break starts the
"Phụ lục" on landscape A4. The break is where the schema puts it: the portrait section's
``w:sectPr`` in the ``w:pPr`` of that section's last paragraph; the landscape section's is the
body's last child.

An appendix lists every task of the period, two thousand rows or more; each table is written
as WordprocessingML text from prepared pieces and parsed once, since python-docx builds a
cell in about a hundred element operations.
"""

from __future__ import annotations

import heapq
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt
from lxml import etree  # type: ignore[import-untyped]

from renderer import docx_styles as st
from renderer import docx_writer as dw
from renderer.blocks import (
    JOIN_LEFT,
    JOIN_UP,
    Block,
    Heading,
    ListItem,
    Paragraph,
    RenderedDocument,
    Run,
    Table,
)
from renderer.textwidth import text_width_mm

LANDSCAPE_TEXT_WIDTH_MM = dw.PAGE_HEIGHT_MM - dw.MARGIN_LEFT_MM - dw.MARGIN_RIGHT_MM
_TWIPS_PER_MM = 1440 / 25.4
#: Words measured per column to find its longest: the longest by letters, a few to spare.
_MEASURED_WORDS = 12
_JC = {"left": "left", "center": "center", "right": "right"}
_BORDERS = "".join(
    f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def column_widths(block: Table, columns: int, size: float, width_mm: float) -> list[float]:
    """Each column at least as wide as its longest word; the rest goes where the text is.

    A column would like room for its filled body cells' mean length on one line; when the table
    cannot give every column that, the width beyond the minimums is shared by how much each
    column lacks, so a column of long tasks gets the room and a column of dates keeps little
    more than its minimum (a row is as tall as its fullest cell). What a column lacks counts
    for the rows it fills: a note on three rows of ten makes three rows taller, a unit's
    name on every row makes every row taller. Only the longest words of a
    column (by letters) are measured: a 2,000-row appendix has a quarter of a million words.
    """
    longest: list[set[str]] = [set() for _ in range(columns)]
    letters = [0] * columns
    filled = [0] * columns
    for row_index, row in enumerate(block.rows):
        for index, cell in enumerate(row[:columns]):
            text = "".join(run.text for run in cell)
            longest[index].update(text.split())
            if row_index >= block.header_rows and text:
                letters[index] += len(text)
                filled[index] += 1
    minimum = []
    for words in longest:
        candidates = heapq.nlargest(_MEASURED_WORDS, words, key=len)
        widest = max((text_width_mm(w, size, True) for w in candidates), default=0.0)
        minimum.append(widest + 2 * dw.CELL_MARGIN_MM + 1)
    letter_mm = text_width_mm("n", size)  # an average letter of Vietnamese text
    wanted = [max(low, total / max(count, 1) * letter_mm + 2 * dw.CELL_MARGIN_MM)
              for low, total, count in zip(minimum, letters, filled, strict=True)]
    if sum(wanted) <= width_mm or sum(minimum) >= width_mm:
        scale = width_mm / sum(wanted if sum(wanted) <= width_mm else minimum)
        return [width * scale for width in (wanted if sum(wanted) <= width_mm else minimum)]
    body_rows = max(len(block.rows) - block.header_rows, 1)
    lacking = [(want - low) * count / body_rows
               for want, low, count in zip(wanted, minimum, filled, strict=True)]
    if sum(lacking) <= 0:
        return [low * width_mm / sum(minimum) for low in minimum]
    spare = width_mm - sum(minimum)
    return [low + spare * lack / sum(lacking) for low, lack in zip(minimum, lacking, strict=True)]


class ReportWriter(dw._Writer):
    """The progress report: portrait body and signature, then the landscape appendix."""

    text_width_mm: float = dw.TEXT_WIDTH_MM

    def write(self, rendered: RenderedDocument) -> Any:
        self.header(rendered)
        self.title(rendered)
        self.body(rendered)
        self.signatures(rendered)
        last = self.paragraph(self.document, st.RULE)  # Word wants a paragraph after a table
        if rendered.appendix:
            self.landscape_from_here(last._p)
            self.appendix(rendered.appendix)
            self.paragraph(self.document, st.RULE)
        return self.document

    def landscape_from_here(self, p: Any) -> None:
        """End the portrait section at paragraph *p*; what follows is landscape A4.

        The new section keeps the page numbers (its headers are the first section's) and
        numbers its first page too, as it is not the document's first.
        """
        sentinel = self.sect_pr
        p.set_sectPr(sentinel.clone())
        for reference in sentinel.xpath("w:headerReference|w:footerReference|w:titlePg"):
            sentinel.remove(reference)
        section = self.document.sections[-1]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Mm(dw.PAGE_HEIGHT_MM)
        section.page_height = Mm(dw.PAGE_WIDTH_MM)
        self.text_width_mm = LANDSCAPE_TEXT_WIDTH_MM

    def appendix(self, blocks: list[Block]) -> None:
        """The appendix: its title lines centred, then its tables as in the body."""
        pending: list[str] = []
        for block in blocks:
            if isinstance(block, Heading):
                pending.append(self.paragraph_xml(st.APPENDIX_TITLE, block.runs))
            elif isinstance(block, Paragraph):
                pending.append(self.paragraph_xml(st.APPENDIX_NOTE, block.runs))
            elif isinstance(block, ListItem):
                pending.append(self.paragraph_xml(st.BODY, (Run(f"{block.label} "),
                                                              *block.runs)))
            else:
                self.insert_xml(pending)
                pending = []
                if isinstance(block, Table):
                    self.table(block)
                else:
                    self.chart(block)
        self.insert_xml(pending)

    # -- tables --------------------------------------------------------------------------

    def table(self, block: Table) -> None:
        columns = max((len(row) for row in block.rows), default=0)
        if not columns:
            return
        widths = column_widths(block, columns, self.table_size, self.text_width_mm)
        twips = [round(width * _TWIPS_PER_MM) for width in widths]
        parts = [
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
            f'<w:jc w:val="center"/><w:tblBorders>{_BORDERS}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{width}"/>' for width in twips),
            "</w:tblGrid>",
        ]
        header_row = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
        body_row = '<w:tr><w:trPr><w:cantSplit/></w:trPr>'
        joins = block.joins
        for row_index, row in enumerate(block.rows):
            header = row_index < block.header_rows
            style = st.TABLE_HEADER if header else st.TABLE
            parts.append(header_row if header else body_row)
            column = 0
            while column < columns:
                runs = row[column] if column < len(row) else ()
                span = 1
                while (row_index, column + span) in joins and _text(
                    row[column + span]) == JOIN_LEFT:
                    span += 1
                width = sum(twips[column:column + span])
                properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                if span > 1:
                    properties += f'<w:gridSpan w:val="{span}"/>'
                if (row_index, column) in joins and _text(runs) == JOIN_UP:
                    properties += "<w:vMerge/>"
                    runs = ()
                elif _joined_below(block, row_index, column):
                    properties += '<w:vMerge w:val="restart"/>'
                if header:
                    properties += '<w:vAlign w:val="center"/>'
                align = block.aligns[column] if column < len(block.aligns) else ""
                parts.append(f"<w:tc><w:tcPr>{properties}</w:tcPr>")
                parts.append(self.cell_paragraph_xml(style, runs, _JC.get(align, "")))
                parts.append("</w:tc>")
                column += span
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        table = etree.fromstring("".join(parts), dw._BODY_PARSER)
        self.sect_pr.addprevious(table)
        spacer = self.paragraph(self.document, st.RULE)
        spacer.paragraph_format.space_after = Pt(6)

    def cell_paragraph_xml(self, style: str, runs: tuple[Run, ...], jc: str) -> str:
        xml = self.paragraph_xml(style, runs)
        if jc:
            xml = xml.replace("</w:pPr>", f'<w:jc w:val="{jc}"/></w:pPr>', 1)
        return xml


def _text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


def _joined_below(block: Table, row: int, column: int) -> bool:
    below = row + 1
    return (
        (below, column) in block.joins
        and below < len(block.rows)
        and column < len(block.rows[below])
        and _text(block.rows[below][column]) == JOIN_UP
    )


