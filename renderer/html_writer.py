"""RenderedDocument → one HTML page for the window's preview, laid out like the .docx page.

The preview must break lines where Word does, so the page is described in the .docx writer's
own numbers: its page and column widths, its rule lengths and the Decree 30 paragraph styles
of renderer.docx_styles (size, weight, alignment, first-line indent, spacing, line height).
Nothing is copied, so the two outputs cannot drift apart.

Units: one CSS pixel here is one typographic point. Qt's rich text converts ``pt`` font sizes
with the screen's DPI (96 on Windows, 72 on macOS) and ignores ``pt`` in margins, whereas
``px`` is taken as given; with every length in points the page is a fixed 595 × 842 "pixel"
A4 sheet that the window scales to its width, and the decree's whole-point font sizes stay
exact (Qt rounds pixel font sizes to integers).

Qt's QTextDocument understands a subset of HTML 4 and CSS 2, so the page uses only what it
supports: borderless tables for the header and signature blocks, ``<p>`` with margins,
``text-indent``, ``text-align`` and a fixed ``line-height``, ``<hr width>`` for the rules and
bordered tables for figures. Between two paragraphs Word leaves the larger of the upper one's
"space after" and the lower one's "space before", as CSS margins collapse; each gap is still
written once, on the paragraph below it, because Qt drops the outer margins of a table
cell's first and last paragraph (those become the cell's padding) and lays a rule out its
own way.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape

from renderer import docx_styles as st
from renderer import docx_writer as dw
from renderer.blocks import (
    JOIN_LEFT,
    JOIN_UP,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Picture,
    RenderedDocument,
    Run,
    Signature,
    Table,
)
from renderer.textwidth import POINTS_PER_MM, text_width_mm

Specs = dict[str, st.StyleSpec]

#: Word's "single" line for Times New Roman: (ascent 1825 + descent 443 + line gap 87) / 2048
#: of the em, i.e. 1.15 × the font size; "1.15 lines" in a style multiplies this.
SINGLE_LINE_EM = 1.15
#: The gap between a rule paragraph's line and its bottom border (the writer's ``w:space``).
RULE_BORDER_SPACE_PT = 1.0
#: The rule's thickness (the writer's ``w:sz`` 6, in eighths of a point).
RULE_BORDER_WIDTH_PT = 0.75
#: The height Qt gives an <hr> block whose font is 1 px: ascent and descent rounded up.
HR_BLOCK_PT = 2.0
#: The figures tables' borders. The writer's are 0.5 pt (``w:sz`` 4), but Qt draws no
#: collapsed border thinner than one unit; on screen Word shows a 0.5 pt line one pixel wide.
TABLE_BORDER_PT = 1.0

PAGE_WIDTH_PT = dw.PAGE_WIDTH_MM * POINTS_PER_MM
PAGE_HEIGHT_PT = dw.PAGE_HEIGHT_MM * POINTS_PER_MM
MARGIN_LEFT_PT = dw.MARGIN_LEFT_MM * POINTS_PER_MM
MARGIN_RIGHT_PT = dw.MARGIN_RIGHT_MM * POINTS_PER_MM
MARGIN_TOP_PT = dw.MARGIN_TOP_MM * POINTS_PER_MM
MARGIN_BOTTOM_PT = dw.MARGIN_BOTTOM_MM * POINTS_PER_MM
TEXT_WIDTH_PT = dw.TEXT_WIDTH_MM * POINTS_PER_MM
#: The page number's distance from the sheet's top edge: the writer's header distance.
PAGE_NUMBER_TOP_PT = dw.HEADER_DISTANCE_MM * POINTS_PER_MM
_CELL_PAD = dw.CELL_MARGIN_MM * POINTS_PER_MM
_CM = 10 * POINTS_PER_MM

_ALIGN = {st.LEFT: "left", st.CENTER: "center", st.JUSTIFY: "justify"}
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def line_height_pt(spec: st.StyleSpec) -> float:
    """The height of one line of *spec*'s paragraphs, as Word spaces them."""
    if spec.exact_line_pt is not None:
        return spec.exact_line_pt
    return spec.size * SINGLE_LINE_EM * (spec.line or 1.0)


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _paragraph(
    spec: st.StyleSpec,
    inner: str,
    top: float,
    bottom: float,
    align: str = "",
) -> str:
    css = [
        f"margin:{_n(top)}px 0 {_n(bottom)}px 0",
        f"font-size:{_n(spec.size)}px",
        f"line-height:{_n(line_height_pt(spec))}px",
        "-qt-line-height-type:fixed",
    ]
    if spec.first_line_cm:
        css.append(f"text-indent:{_n(spec.first_line_cm * _CM)}px")
    css.append(f"font-weight:{'bold' if spec.bold else 'normal'}")
    if spec.italic:
        css.append("font-style:italic")
    # The align attribute, not CSS text-align: Qt ignores "text-align:justify".
    return f'<p align="{align or _ALIGN[spec.align]}" style="{"; ".join(css)};">{inner}</p>'


@dataclass
class _Para:
    spec: st.StyleSpec
    inner: str
    top: float
    align: str = ""
    bottom: float = 0.0

    def html(self) -> str:
        return _paragraph(self.spec, self.inner, self.top, self.bottom, self.align)


@dataclass
class _Rule:
    top: float
    length: float
    bottom: float = 0.0

    def html(self) -> str:
        return (
            '<p style="font-size:1px; margin:0;">'
            f'<hr width="{_n(self.length)}" '
            f'style="margin:{_n(self.top)}px 0 {_n(self.bottom)}px 0;"/></p>'
        )


@dataclass
class _Table:
    """A table as wide as the text; *borders* in points (0: borderless)."""

    rows: str
    borders: float = 0.0
    top: float = 0.0
    bottom: float = 0.0

    def html(self) -> str:
        # Qt drops a paragraph's bottom margin above a table: the gap is the table's margin.
        style = f"margin:{_n(self.top)}px 0 {_n(self.bottom)}px 0;"
        if self.borders:
            style += " border-collapse:collapse; border-style:solid; border-color:#000;"
        return (
            f'<table width="{_n(TEXT_WIDTH_PT)}" cellspacing="0" cellpadding="0" '
            f'border="{_n(self.borders)}" align="center" style="{style}">{self.rows}</table>'
        )


class _Flow:
    """Paragraphs stacked as Word stacks them: the gap between two is the larger of the upper
    one's space after and the lower one's space before."""

    def __init__(self, specs: Specs) -> None:
        self._specs = specs
        self._parts: list[_Para | _Rule | _Table] = []
        self._after = 0.0

    def add(
        self,
        style: str,
        inner: str = "",
        *,
        before: float | None = None,
        after: float | None = None,
        align: str = "",
    ) -> None:
        spec = self._specs[style]
        top = max(self._after, spec.before if before is None else before)
        self._parts.append(_Para(spec, inner or "&nbsp;", top, align))
        self._after = spec.after if after is None else after

    def rule(self, length_pt: float, width_pt: float, *, after: float | None = None) -> None:
        """A centred line *length_pt* long (at least 5 mm, as in the writer) within *width_pt*."""
        spec = self._specs[st.RULE]
        length = max(min(length_pt, width_pt), 5 * POINTS_PER_MM)
        # Word draws the border under the rule paragraph's line and gap; Qt draws an <hr>
        # across the middle of its block, which it makes as tall as a line of the block's
        # font (not its line-height): HR_BLOCK_PT with a 1 px font. Margins put the line
        # where Word has it and the next paragraph where Word's border ends.
        drawn_at = line_height_pt(spec) + RULE_BORDER_SPACE_PT
        top = max(self._after, spec.before) + drawn_at - HR_BLOCK_PT / 2
        self._parts.append(_Rule(top, length))
        overhang = HR_BLOCK_PT / 2 - RULE_BORDER_WIDTH_PT
        self._after = max((spec.after if after is None else after) - overhang, 0.0)

    def table(self, table: _Table) -> None:
        """A table; the gap above it is the paragraph before's space after."""
        table.top, self._after = self._after, 0.0
        self._parts.append(table)

    def _close(self) -> None:
        if self._parts:
            self._parts[-1].bottom = self._after
        self._after = 0.0

    def html(self) -> str:
        self._close()
        return "".join(part.html() for part in self._parts)

    def cell(self, width_pt: float, border_pt: float = 0.0) -> str:
        """The flow as a table cell with the writer's side margins. Qt drops the top margin
        of a cell's first paragraph and the bottom margin of its last, so those become the
        cell's padding; Qt's collapsed borders take half their width from each cell, Word's
        take nothing, so the padding gives that back."""
        self._close()
        top = bottom = 0.0
        side = _CELL_PAD - border_pt / 2
        if self._parts:
            first, last = self._parts[0], self._parts[-1]
            top, first.top = first.top, 0.0
            bottom, last.bottom = last.bottom, 0.0
        return (
            f'<td width="{_n(width_pt)}" valign="top" style="padding:{_n(top)}px '
            f'{_n(side)}px {_n(bottom)}px {_n(side)}px;">{self.html()}</td>'
        )


def _borderless(widths_mm: tuple[float, ...], rows: list[list[_Flow]]) -> _Table:
    """A borderless table with the .docx writer's column widths and cell margins."""
    cells = []
    for row in rows:
        tds = "".join(
            flow.cell(width * POINTS_PER_MM) for width, flow in zip(widths_mm, row, strict=True)
        )
        cells.append(f"<tr>{tds}</tr>")
    return _Table("".join(cells))


def _header(document: RenderedDocument, specs: Specs) -> _Table:
    head = document.header
    left_mm, right_mm = dw.HEADER_COLUMNS_MM
    left = _Flow(specs)
    if head.parent:
        left.add(st.HEADER_PARENT, escape(head.parent))
    if head.organ:
        left.add(st.HEADER_ORGAN, escape(head.organ))
    organ = head.organ or head.parent
    organ_size = specs[st.HEADER_ORGAN].size
    organ_rule = text_width_mm(organ, organ_size, bold=True) * dw.ORGAN_RULE_RATIO
    left.rule(organ_rule * POINTS_PER_MM, (left_mm - 2 * dw.CELL_MARGIN_MM) * POINTS_PER_MM)
    right = _Flow(specs)
    right.add(st.NATIONAL_TITLE, NATIONAL_TITLE)
    right.add(st.MOTTO, MOTTO)
    motto_size = specs[st.MOTTO].size
    motto_rule = text_width_mm(MOTTO, motto_size, bold=True)
    right.rule(motto_rule * POINTS_PER_MM, (right_mm - 2 * dw.CELL_MARGIN_MM) * POINTS_PER_MM)
    number = _Flow(specs)
    number.add(st.NUMBER, escape(head.number_line))
    place = _Flow(specs)
    place.add(st.PLACE_DATE, escape(head.place_date or ""))
    return _borderless(dw.HEADER_COLUMNS_MM, [[left, right], [number, place]])


def _figures(block: Table, specs: Specs) -> _Table | None:
    """A figures table with the writer's column widths, single 0.5 pt borders and alignment."""
    columns = max((len(row) for row in block.rows), default=0)
    if not columns:
        return None
    widths = dw.column_widths(block, columns, specs[st.TABLE].size)
    rows = []
    for index, row in enumerate(block.rows):
        header = index < block.header_rows
        cells = []
        for column, width in enumerate(widths):
            align = block.aligns[column] if column < len(block.aligns) else ""
            flow = _Flow(specs)
            runs = row[column] if column < len(row) else ()
            if (index, column) in block.joins and runs and runs[0].text in (JOIN_LEFT, JOIN_UP):
                runs = ()  # a joined cell: the preview shows it empty
            flow.add(st.TABLE_HEADER if header else st.TABLE, _runs(runs), align=align)
            cells.append(flow.cell(width * POINTS_PER_MM, TABLE_BORDER_PT))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return _Table("".join(rows), TABLE_BORDER_PT)


def _block(flow: _Flow, block: Block, specs: Specs) -> None:
    if isinstance(block, Paragraph):
        flow.add(st.BODY, _runs(block.runs))
    elif isinstance(block, ListItem):
        first = block.runs[0] if block.runs else Run("")
        label = _runs((Run(f"{block.label} ", first.bold, first.italic),))
        flow.add(st.BODY, label + _runs(block.runs))
    elif isinstance(block, Heading):
        flow.add(st.HEADING, _runs(block.runs))
    elif isinstance(block, Picture):
        data = base64.b64encode(block.png).decode("ascii")
        flow.add(
            st.PICTURE if st.PICTURE in specs else st.BODY,
            f'<img src="data:image/png;base64,{data}" width="{_n(block.width_mm * POINTS_PER_MM)}"'
            f' height="{_n(block.height_mm * POINTS_PER_MM)}" alt="{escape(block.alt)}"/>',
            align="center",
        )
    else:
        table = _figures(block, specs)
        if table:
            flow.table(table)
            flow.add(st.RULE, "", after=6)  # the writer's spacer paragraph below a table


def _signature(signature: Signature, specs: Specs) -> _Flow:
    flow = _Flow(specs)
    for index, line in enumerate(signature.title_lines):
        flow.add(st.SIGNATURE_TITLE, escape(line), before=6 if index == 0 else None)
    for _ in range(dw.SIGNING_ROOM_LINES):
        flow.add(st.SIGNATURE_SPACE)
    flow.add(st.SIGNATURE_NAME, escape(signature.name))
    return flow


def _recipients(document: RenderedDocument, first: bool, specs: Specs) -> _Flow:
    flow = _Flow(specs)
    if document.recipients is None:
        flow.add(st.RECIPIENT)
        return flow
    flow.add(st.RECIPIENTS_TITLE, "Nơi nhận:", before=6 if first else None)
    for line in document.recipients.lines:
        flow.add(st.RECIPIENT, escape(line))
    return flow


def _closing(document: RenderedDocument, specs: Specs) -> _Table:
    signatures = document.signatures
    if len(signatures) >= 2:  # Mẫu 1.9: THƯ KÝ | CHỦ TỌA, recipients under THƯ KÝ
        empty = _Flow(specs)
        empty.add(st.RECIPIENT)
        rows = [
            [_signature(signatures[0], specs), _signature(signatures[1], specs)],
            [_recipients(document, first=False, specs=specs), empty],
        ]
    else:  # Mẫu 1.4: recipients | signer
        signature = signatures[0] if signatures else Signature((), "")
        rows = [[_recipients(document, first=True, specs=specs), _signature(signature, specs)]]
    return _borderless(dw.SIGNATURE_COLUMNS_MM, rows)


def to_html(document: RenderedDocument) -> str:
    """The whole page: header table, title, body, signature table."""
    specs = dw.page_specs(document.doc_type)
    flow = _Flow(specs)
    flow.table(_header(document, specs))
    flow.add(st.TYPE_NAME, escape(document.type_name))
    flow.add(st.SUMMARY, escape(document.summary))
    summary_size = specs[st.SUMMARY].size
    summary_mm = min(text_width_mm(document.summary, summary_size, bold=True), dw.TEXT_WIDTH_MM)
    after = (dw.BRIEF_SUMMARY_RULE_AFTER_PT if dw.is_compact(document.doc_type)
             else dw.SUMMARY_RULE_AFTER_PT)
    flow.rule(summary_mm * dw.SUMMARY_RULE_RATIO * POINTS_PER_MM, TEXT_WIDTH_PT, after=after)
    for block in document.body:
        _block(flow, block, specs)
    flow.table(_closing(document, specs))
    for block in document.appendix:  # the preview shows the appendix on the same width
        if isinstance(block, Heading):
            flow.add(st.APPENDIX_TITLE, _runs(block.runs))
        elif isinstance(block, Paragraph):
            flow.add(st.APPENDIX_NOTE, _runs(block.runs))
        else:
            _block(flow, block, specs)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{escape(document.type_name)}</title></head>"
        f"<body style=\"font-family:'{st.FONT}', serif; font-size:{_n(st.BODY_SIZE)}px; "
        f'color:#000;">{flow.html()}</body></html>'
    )
