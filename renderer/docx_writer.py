"""RenderedDocument → .docx in the Decree 30 layout, with python-docx.

Page A4 with the decree's margins; a borderless header table (issuing body | national title
on the first row, number | place and date on the second, so they share a line); rules drawn
as bottom borders of empty paragraphs whose indents set their length (Word and LibreOffice
both show these reliably, unlike floating shapes); the body; a borderless signature table;
page numbers centred in the header from page 2. Every paragraph names a style from
renderer.docx_styles and every run names Times New Roman for all four scripts.
"""

from __future__ import annotations

import copy
import io
import threading
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import element_class_lookup
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree  # type: ignore[import-untyped]

from renderer import docx_styles as st
from renderer.atomic import write_atomically
from renderer.blocks import (
    Heading,
    ListItem,
    Paragraph,
    Picture,
    RenderedDocument,
    Run,
    Signature,
    Table,
)
from renderer.doctype import AnyDocType, DocType, ReportType
from renderer.textwidth import text_width_mm

PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
HEADER_COLUMNS_MM = (62.0, TEXT_WIDTH_MM - 62.0)
SIGNATURE_COLUMNS_MM = (TEXT_WIDTH_MM * 0.45, TEXT_WIDTH_MM * 0.55)
CELL_MARGIN_MM = 1.9  # Word's default left and right cell margin (0.19 cm)
HEADER_DISTANCE_MM = 10  # page number (header) and footer distance from the sheet's edge
#: Space after the rule under the summary: the one-page brief is tighter.
SUMMARY_RULE_AFTER_PT = 12
BRIEF_SUMMARY_RULE_AFTER_PT = 6


def is_compact(doc_type: AnyDocType) -> bool:
    """The one-page brief has its own tighter styles and spacing (BRIEF_SPECS)."""
    return doc_type is DocType.BAO_CAO


def style_specs(doc_type: AnyDocType) -> tuple[st.StyleSpec, ...]:
    """The styles *doc_type* is written with: the one-page brief and the report have theirs."""
    if isinstance(doc_type, ReportType):
        return st.REPORT_SPECS
    return st.BRIEF_SPECS if is_compact(doc_type) else st.SPECS


def page_specs(doc_type: AnyDocType) -> dict[str, st.StyleSpec]:
    """The styles *doc_type* is written with, by name."""
    return {spec.name: spec for spec in style_specs(doc_type)}


SIGNING_ROOM_LINES = 4
#: Rule lengths relative to the text above them (Decree 30: 1/3–1/2; the motto's is whole).
ORGAN_RULE_RATIO = 0.45
_T, _TAB, _BR, _PRESERVE = qn("w:t"), qn("w:tab"), qn("w:br"), qn("xml:space")
SUMMARY_RULE_RATIO = 0.4
# python-docx's own parser drops whitespace-only text (remove_blank_text); a run of spaces is
# text here, so the body is parsed with the same element classes but every character kept.
_BODY_PARSER = etree.XMLParser(resolve_entities=False)
_BODY_PARSER.set_element_class_lookup(element_class_lookup)


def _xml(text: str) -> str:
    """Text for an XML element: markup characters escaped, CR kept as a character reference
    (a parser would otherwise turn it into a line feed, lxml's serialiser writes &#13;)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;").replace('"', "&quot;"))


#: Word 2010's copy of the styles part, which python-docx's default template carries.
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_styles_with_effects(document: Any) -> None:
    """Leave out the template's stylesWithEffects.xml part.

    It is a stale copy of the template's styles: once the writer defines its own, the two
    disagree (docDefaults, missing styles) and Word may take the difference for damage. Word
    does not need the part; without its relationship python-docx neither saves it nor lists
    its content type.
    """
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            part.drop_rel(rel_id)


#: The page every document starts from (python-docx's template, the Decree 30 styles, the
#: page setup and page numbers), by layout (compact or not): kept from the second document
#: of a process on and copied for each, which takes a third of the time of building it. The
#: first is built and used as is, so a one-document command pays no copy.
_PREPARED: dict[tuple[st.StyleSpec, ...], tuple[Any, dict[str, str]]] = {}
_BUILT_ONCE: set[tuple[st.StyleSpec, ...]] = set()
_PREPARED_LOCK = threading.Lock()  # the preview's worker and the window both write


def _prepared(specs: tuple[st.StyleSpec, ...]) -> tuple[Any, dict[str, str]]:
    """(a Document of its own with the page prepared, style name → style id)."""
    with _PREPARED_LOCK:
        found = _PREPARED.get(specs)
        if found is None:
            document = Document()
            _drop_styles_with_effects(document)
            styles = st.define_styles(document, specs)
            _page(document, styles)
            built = (document, {name: style.style_id for name, style in styles.items()})
            if specs not in _BUILT_ONCE:
                _BUILT_ONCE.add(specs)
                return built
            found = _PREPARED[specs] = built
        return copy.deepcopy(found[0]), found[1]


class _Writer:
    def __init__(self, doc_type: AnyDocType) -> None:
        #: The one-page brief: tighter spacing and the decree's smaller body size.
        self.compact = is_compact(doc_type)
        specs = style_specs(doc_type)
        self.table_size = next(spec.size for spec in specs if spec.name == st.TABLE)
        self.document, self.style_ids = _prepared(specs)
        self.rfonts = st.rfonts()
        self.sect_pr = self.document.element.body.sectPr
        # Prototypes copied for each paragraph and run: lxml copies faster than it builds.
        self.empty_paragraphs = {}
        for name, style_id in self.style_ids.items():
            p = OxmlElement("w:p")
            p.get_or_add_pPr().style = style_id
            self.empty_paragraphs[name] = p
        fonts = "".join(f' w:{key}="{st.FONT}"' for key in ("ascii", "hAnsi", "cs", "eastAsia"))
        self.run_xml = {
            (bold, italic): f"<w:r><w:rPr><w:rFonts{fonts}/>{'<w:b/>' if bold else ''}"
            f"{'<w:i/>' if italic else ''}</w:rPr>"
            for bold in (False, True)
            for italic in (False, True)
        }
        self.empty_runs = {}
        for bold in (False, True):
            for italic in (False, True):
                r = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr")
                rpr.append(copy.deepcopy(self.rfonts))
                if bold:
                    rpr.append(OxmlElement("w:b"))
                if italic:
                    rpr.append(OxmlElement("w:i"))
                r.append(rpr)
                self.empty_runs[bold, italic] = r

    # -- small helpers -------------------------------------------------------------------

    def paragraph(self, container: Any, style: str, text: str = "") -> DocxParagraph:
        """A new paragraph in *container* (document or cell) naming *style* by its id.

        The style is set as ``w:pStyle`` directly: python-docx's ``paragraph.style = …``
        scans every style for the default one on each call, which dominated large documents.
        """
        p = copy.deepcopy(self.empty_paragraphs[style])
        if container is self.document:
            self.sect_pr.addprevious(p)
        else:
            container._element.append(p)
        paragraph = DocxParagraph(p, container if container is not self.document else
                                  self.document._body)
        if text:
            self.run(paragraph, Run(text))
        return paragraph

    def run(self, paragraph: DocxParagraph, run: Run) -> None:
        """Append a ``w:r`` with the font on all four scripts; "\n" and "\t" become breaks
        and tabs as Word writes them."""
        r = copy.deepcopy(self.empty_runs[run.bold, run.italic])
        for index, line in enumerate(run.text.split("\n")):
            if index:
                r.append(r.makeelement(_BR))
            for piece_index, piece in enumerate(line.split("\t")):
                if piece_index:
                    r.append(r.makeelement(_TAB))
                if piece:
                    t = r.makeelement(_T)
                    t.text = piece
                    if piece != piece.strip():
                        t.set(_PRESERVE, "preserve")
                    r.append(t)
        paragraph._p.append(r)

    def rule(self, cell: Any, column_mm: float, length_mm: float) -> DocxParagraph:
        """An empty paragraph whose bottom border, *length_mm* long, is centred in the column."""
        paragraph = self.paragraph(cell, st.RULE)
        usable = column_mm - 2 * CELL_MARGIN_MM if isinstance(cell, _Cell) else column_mm
        length = max(min(length_mm, usable), 5.0)
        side = (usable - length) / 2
        fmt = paragraph.paragraph_format
        fmt.left_indent = Mm(side)
        fmt.right_indent = Mm(side)
        ppr = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                           ("w:color", "000000")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        ppr.insert_element_before(
            borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
            "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
            "w:rPr", "w:sectPr", "w:pPrChange",
        )
        return paragraph

    def borderless(self, table: DocxTable, widths_mm: tuple[float, ...]) -> None:
        self._layout(table, widths_mm, "none")

    def _layout(self, table: DocxTable, widths_mm: tuple[float, ...], border: str) -> None:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), border)
            if border != "none":
                element.set(qn("w:sz"), "4")
                element.set(qn("w:space"), "0")
                element.set(qn("w:color"), "000000")
            borders.append(element)
        # CT_TblPr is a sequence: tblBorders goes before shd, tblLayout (which
        # ``autofit = False`` has already written), tblCellMar and tblLook. Word is entitled
        # to call a file with them out of order damaged.
        tbl_pr.insert_element_before(
            borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
            "w:tblDescription", "w:tblPrChange",
        )
        columns = len(widths_mm)
        for index, (column, width) in enumerate(zip(table.columns, widths_mm, strict=True)):
            column.width = Mm(width)
            for cell in table._cells[index::columns]:
                cell.width = Mm(width)

    @staticmethod
    def first_paragraph(cell: _Cell) -> DocxParagraph:
        """A new cell holds one empty paragraph; remove it so cells hold only what we add."""
        for paragraph in cell.paragraphs:
            paragraph._p.getparent().remove(paragraph._p)
        return cell  # type: ignore[return-value]

    # -- the fixed parts -----------------------------------------------------------------

    def header(self, rendered: RenderedDocument) -> None:
        head = rendered.header
        table = self.document.add_table(rows=2, cols=2)
        self.borderless(table, HEADER_COLUMNS_MM)
        left_width, right_width = HEADER_COLUMNS_MM
        left = self.first_paragraph(table.cell(0, 0))
        if head.parent:
            self.paragraph(left, st.HEADER_PARENT, head.parent)
        organ = head.organ or head.parent
        if head.organ:
            self.paragraph(left, st.HEADER_ORGAN, head.organ)
        organ_spec = st.SPEC_BY_NAME[st.HEADER_ORGAN]
        organ_width = text_width_mm(organ, organ_spec.size, bold=True)
        self.rule(left, left_width, organ_width * ORGAN_RULE_RATIO)

        right = self.first_paragraph(table.cell(0, 1))
        self.paragraph(right, st.NATIONAL_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = "Độc lập - Tự do - Hạnh phúc"
        self.paragraph(right, st.MOTTO, motto)
        motto_spec = st.SPEC_BY_NAME[st.MOTTO]
        self.rule(right, right_width, text_width_mm(motto, motto_spec.size, bold=True))

        number = self.first_paragraph(table.cell(1, 0))
        self.paragraph(number, st.NUMBER, head.number_line)
        place = self.first_paragraph(table.cell(1, 1))
        self.paragraph(place, st.PLACE_DATE, head.place_date or "")

    def title(self, rendered: RenderedDocument) -> None:
        body = self.document
        self.paragraph(body, st.TYPE_NAME, rendered.type_name)
        summary = self.paragraph(body, st.SUMMARY, rendered.summary)
        spec = st.SPEC_BY_NAME[st.SUMMARY]
        length = min(text_width_mm(rendered.summary, spec.size, bold=True), TEXT_WIDTH_MM)
        rule = self.rule(body, TEXT_WIDTH_MM, length * SUMMARY_RULE_RATIO)
        rule.paragraph_format.space_after = Pt(
            BRIEF_SUMMARY_RULE_AFTER_PT if self.compact else SUMMARY_RULE_AFTER_PT
        )
        del summary

    def signature_cell(self, cell: _Cell, signature: Signature) -> None:
        target = self.first_paragraph(cell)
        for index, line in enumerate(signature.title_lines):
            paragraph = self.paragraph(target, st.SIGNATURE_TITLE, line)
            if index == 0:
                paragraph.paragraph_format.space_before = Pt(6)
        for _ in range(SIGNING_ROOM_LINES):
            self.paragraph(target, st.SIGNATURE_SPACE)
        self.paragraph(target, st.SIGNATURE_NAME, signature.name)

    def recipients_cell(self, cell: _Cell, rendered: RenderedDocument, first: bool) -> None:
        target = self.first_paragraph(cell)
        if rendered.recipients is None:
            self.paragraph(target, st.RECIPIENT)
            return
        title = self.paragraph(target, st.RECIPIENTS_TITLE, "Nơi nhận:")
        if first:
            title.paragraph_format.space_before = Pt(6)
        for line in rendered.recipients.lines:
            self.paragraph(target, st.RECIPIENT, line)

    def signatures(self, rendered: RenderedDocument) -> None:
        """The signature table, kept whole on one page (see :func:`keep_whole`)."""
        signatures = rendered.signatures
        if len(signatures) >= 2:  # Mẫu 1.9: THƯ KÝ | CHỦ TỌA, recipients under THƯ KÝ
            table = self.document.add_table(rows=2, cols=2)
            self.borderless(table, SIGNATURE_COLUMNS_MM)
            self.signature_cell(table.cell(0, 0), signatures[0])
            self.signature_cell(table.cell(0, 1), signatures[1])
            self.recipients_cell(table.cell(1, 0), rendered, first=False)
            self.first_paragraph(table.cell(1, 1))
            self.paragraph(table.cell(1, 1), st.RECIPIENT)
        else:  # Mẫu 1.4: recipients | signer
            table = self.document.add_table(rows=1, cols=2)
            self.borderless(table, SIGNATURE_COLUMNS_MM)
            self.recipients_cell(table.cell(0, 0), rendered, first=True)
            signature = signatures[0] if signatures else Signature((), "")
            self.signature_cell(table.cell(0, 1), signature)
        keep_whole(table)

    # -- the body ------------------------------------------------------------------------

    def body(self, rendered: RenderedDocument) -> None:
        """The body's paragraphs, written as WordprocessingML text and parsed in one go.

        A large session has thousands of paragraphs; building each through lxml element
        calls cost more than all of Jinja and python-docx's own start-up. The XML is exactly
        what :meth:`paragraph` and :meth:`run` build (the layout tests read it back).
        """
        pending: list[str] = []
        last = len(rendered.body) - 1
        for index, block in enumerate(rendered.body):
            # A line that introduces what follows ("2. Ý kiến phát biểu:", "Về phía tỉnh:")
            # stays with it, and the closing sentence stays with the signatures.
            keep = index == last or (
                not isinstance(block, Table | Picture) and _introduces(block.runs)
            )
            if isinstance(block, Paragraph):
                pending.append(self.paragraph_xml(st.BODY, block.runs, keep))
            elif isinstance(block, ListItem):
                first = block.runs[0] if block.runs else Run("")
                label = Run(f"{block.label} ", first.bold, first.italic)
                pending.append(self.paragraph_xml(st.BODY, (label, *block.runs), keep))
            elif isinstance(block, Heading):
                pending.append(self.paragraph_xml(st.HEADING, block.runs, keep))
            elif isinstance(block, Table | Picture):
                self.insert_xml(pending)
                pending = []
                if isinstance(block, Table):
                    self.table(block)
                else:
                    self.picture(block)
        self.insert_xml(pending)

    def picture(self, block: Picture) -> None:
        """The picture in a centred paragraph of its own, as wide as asked (python-docx
        adds the image part and the inline drawing)."""
        paragraph = self.paragraph(self.document, st.PICTURE if st.PICTURE in self.style_ids
                                   else st.BODY)
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(block.png), width=Mm(block.width_mm),
                        height=Mm(block.height_mm))
        drawing = run._r.find(qn("w:drawing"))
        if drawing is not None and block.alt:
            for doc_pr in drawing.iter(qn("wp:docPr")):
                doc_pr.set("descr", block.alt)

    def paragraph_xml(self, style: str, runs: tuple[Run, ...], keep: bool = False) -> str:
        """*keep*: kept on the page of the paragraph (or table) that follows it."""
        keep_next = "<w:keepNext/>" if keep else ""
        parts = [f'<w:p><w:pPr><w:pStyle w:val="{_xml(self.style_ids[style])}"/>'
                 f"{keep_next}</w:pPr>"]
        for run in runs:
            parts.append(self.run_xml[run.bold, run.italic])
            for index, line in enumerate(run.text.split("\n")):
                if index:
                    parts.append("<w:br/>")
                for piece_index, piece in enumerate(line.split("\t")):
                    if piece_index:
                        parts.append("<w:tab/>")
                    if piece:
                        space = ' xml:space="preserve"' if piece != piece.strip() else ""
                        parts.append(f"<w:t{space}>{_xml(piece)}</w:t>")
            parts.append("</w:r>")
        parts.append("</w:p>")
        return "".join(parts)

    def insert_xml(self, paragraphs: list[str]) -> None:
        if not paragraphs:
            return
        fragment = etree.fromstring(
            f'<w:body {nsdecls("w")}>{"".join(paragraphs)}</w:body>', _BODY_PARSER
        )
        body = self.sect_pr.getparent()
        body.remove(self.sect_pr)  # the section properties stay the body's last child
        body.extend(fragment)  # moves every paragraph in one call
        body.append(self.sect_pr)

    def table(self, block: Table) -> None:
        columns = max((len(row) for row in block.rows), default=0)
        if not columns:
            return
        widths = column_widths(block, columns, self.table_size)
        table = self.document.add_table(rows=len(block.rows), cols=columns)
        self._layout(table, widths, "single")
        cells = table._cells  # computed once: table.cell() rebuilds this list on every call
        for row_index, row in enumerate(block.rows):
            header = row_index < block.header_rows
            for column in range(columns):
                cell = cells[row_index * columns + column]
                target = self.first_paragraph(cell)
                paragraph = self.paragraph(target, st.TABLE_HEADER if header else st.TABLE)
                align = block.aligns[column] if column < len(block.aligns) else ""
                if align in _ALIGN:
                    paragraph.alignment = _ALIGN[align]
                for run in row[column] if column < len(row) else ():
                    self.run(paragraph, run)
        spacer = self.paragraph(self.document, st.RULE)
        spacer.paragraph_format.space_after = Pt(6)

    def write(self, rendered: RenderedDocument) -> Any:
        self.header(rendered)
        self.title(rendered)
        self.body(rendered)
        self.signatures(rendered)
        self.paragraph(self.document, st.RULE)  # Word wants a paragraph after a final table
        return self.document


def _introduces(runs: tuple[Run, ...]) -> bool:
    """A line ending with a colon introduces what follows it."""
    return bool(runs) and runs[-1].text.rstrip().endswith(":")


def keep_whole(table: DocxTable) -> None:
    """No row breaks across pages (``cantSplit``), and each row stays with the next
    (``keepNext`` on its paragraphs): the titles, the signing room, the names and the
    recipients print on one page."""
    rows = table.rows
    for index, row in enumerate(rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if index < len(rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _page(document: Any, styles: dict[str, Any]) -> None:
    """A4 with the decree's margins, and page numbers centred in the header from page 2."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = styles[st.PAGE_NUMBER]
    _page_field(paragraph)
    first = section.first_page_header
    first.is_linked_to_previous = False
    first.paragraphs[0].style = styles[st.PAGE_NUMBER]


def _page_field(paragraph: DocxParagraph) -> None:
    """A PAGE field as Word writes it: begin, instruction, separate, shown value, end."""
    rfonts = st.rfonts()
    parts: tuple[tuple[str | None, str], ...] = (
        ("begin", ""), (None, " PAGE "), ("separate", ""), (None, "2"), ("end", ""),
    )
    for kind, text in parts:
        run = paragraph.add_run()
        run._r.get_or_add_rPr().insert(0, copy.deepcopy(rfonts))
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            run.text = text


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def column_widths(block: Table, columns: int, size: float) -> tuple[float, ...]:
    """Each column at least as wide as its longest word (in bold at *size* pt, the table's
    type size); the rest shared by text length."""
    minimum = [0.0] * columns
    weight = [1.0] * columns
    for row in block.rows:
        for index, cell in enumerate(row[:columns]):
            text = "".join(run.text for run in cell)
            longest = max((text_width_mm(word, size, True) for word in text.split()), default=0)
            minimum[index] = max(minimum[index], longest + 2 * CELL_MARGIN_MM + 1)
            weight[index] = max(weight[index], min(len(text), 40))
    spare = max(TEXT_WIDTH_MM - sum(minimum), 0.0)
    total = sum(weight)
    widths = [low + spare * w / total for low, w in zip(minimum, weight, strict=True)]
    scale = TEXT_WIDTH_MM / sum(widths)
    return tuple(width * scale for width in widths)


def build_document(rendered: RenderedDocument) -> Any:
    """The python-docx Document for *rendered* (not yet saved)."""
    if isinstance(rendered.doc_type, ReportType):
        from renderer.docx_report import ReportWriter

        return ReportWriter(rendered.doc_type).write(rendered)
    return _Writer(rendered.doc_type).write(rendered)


def write_docx(rendered: RenderedDocument, path: Path) -> None:
    """Save *rendered* to *path* atomically (renderer.atomic)."""
    document = build_document(rendered)
    write_atomically(Path(path), lambda temp: document.save(str(temp)))

