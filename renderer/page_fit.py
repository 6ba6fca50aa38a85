"""How tall a document will print, estimated, so the one-page brief can stay on one page.

Word lays the page out; the renderer can only estimate it, with the same Times metrics that
size the decree's rules (renderer.textwidth) and the writer's own styles and columns: every
paragraph is wrapped word by word at its style's size in the width it has; a line is Word's
single spacing for Times New Roman (1.15 em) times the style's line multiple; two
neighbouring paragraphs are as far apart as the larger of their spacings; a table row is as
tall as its tallest cell, plus its borders. Checked against LibreOffice (the same metrics,
with Liberation Serif) on the Cao Lãnh brief and longer ones: the estimate lands within
1–2 pt of where LibreOffice ends the page's last row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from renderer import docx_styles as st
from renderer import docx_writer as dw
from renderer.blocks import Heading, ListItem, Paragraph, RenderedDocument, Run, Table
from renderer.textwidth import POINTS_PER_MM, text_width_pt

#: Single spacing for Times New Roman, in ems: its ascent, descent and line gap (1825 + 443 +
#: 87 of 2048 units); Word and LibreOffice both give 12 pt text 13.8 pt lines.
LINE_EM = 1.15
#: The figures tables' borders: single, ``w:sz`` 4 (eighths of a point).
TABLE_BORDER_PT = 0.5
CM_TO_PT = 72 / 2.54
PAGE_BODY_PT = (dw.PAGE_HEIGHT_MM - dw.MARGIN_TOP_MM - dw.MARGIN_BOTTOM_MM) * POINTS_PER_MM
#: Room kept in hand. LibreOffice laid out the briefs this was checked on within 1–2 pt of the
#: estimate; a brief that overflows by a point prints a second page holding only the blank
#: lines of the signing space.
SAFETY_PT = 4.0
#: A line the estimate fills to within this much of its width may wrap: LibreOffice wrapped a
#: table cell left 0.7 pt to spare (and kept one with 1.4 pt), so a line counts as fitting
#: only with a point in hand.
LINE_SLACK_PT = 1.0

Specs = Mapping[str, st.StyleSpec]


def _words(runs: Iterable[Run]) -> Iterator[tuple[str, bool]]:
    for run in runs:
        for word in run.text.split():
            yield word, run.bold


def line_count(
    runs: Iterable[Run], size: float, width_pt: float, first_indent_pt: float = 0.0
) -> int:
    """Lines a paragraph of *runs* takes, wrapped word by word as Word does (at least one)."""
    space = text_width_pt(" ", size)
    width_pt -= LINE_SLACK_PT
    lines, used, room = 1, 0.0, width_pt - first_indent_pt
    for word, bold in _words(runs):
        width = text_width_pt(word, size, bold)
        needed = width if used == 0 else used + space + width
        if needed <= room or used == 0:
            used = needed
        else:
            lines, used, room = lines + 1, width, width_pt
    return lines


class _Column:
    """Paragraphs stacked in one column (the page's text or a table cell)."""

    def __init__(self, specs: Specs, width_pt: float) -> None:
        self.specs = specs
        self.width_pt = width_pt
        self.height = 0.0
        self._after = 0.0
        self._first = True

    def add(self, style: str, runs: Iterable[Run] = ()) -> None:
        spec = self.specs[style]
        if spec.exact_line_pt is not None:
            lines_pt = spec.exact_line_pt
        else:
            first = spec.first_line_cm * CM_TO_PT
            lines = line_count(runs, spec.size, self.width_pt, first)
            lines_pt = lines * spec.size * LINE_EM * (spec.line or 1.0)
        gap = spec.before if self._first else max(self._after, spec.before)
        self.height += gap + lines_pt
        self._after = spec.after
        self._first = False

    def text(self, style: str, text: str) -> None:
        self.add(style, (Run(text),))

    def block_gap(self, points: float) -> None:
        """Something that is not a paragraph (a table) ends here, with *points* below it."""
        self.height += self._after
        self._after = points
        self._first = False

    def total(self) -> float:
        return self.height + self._after


def _cell_width(column_mm: float) -> float:
    return (column_mm - 2 * dw.CELL_MARGIN_MM) * POINTS_PER_MM


def _row_height(cells: Iterable[_Column]) -> float:
    return max((cell.total() for cell in cells), default=0.0)


def _header(document: RenderedDocument, specs: Specs) -> float:
    head = document.header
    left_mm, right_mm = dw.HEADER_COLUMNS_MM
    left = _Column(specs, _cell_width(left_mm))
    if head.parent:
        left.text(st.HEADER_PARENT, head.parent)
    if head.organ:
        left.text(st.HEADER_ORGAN, head.organ)
    left.add(st.RULE)
    right = _Column(specs, _cell_width(right_mm))
    right.text(st.NATIONAL_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    right.text(st.MOTTO, "Độc lập - Tự do - Hạnh phúc")
    right.add(st.RULE)
    number = _Column(specs, _cell_width(left_mm))
    number.text(st.NUMBER, head.number_line)
    place = _Column(specs, _cell_width(right_mm))
    place.text(st.PLACE_DATE, head.place_date or "")
    return _row_height((left, right)) + _row_height((number, place))


def _table(block: Table, specs: Specs) -> float:
    columns = max((len(row) for row in block.rows), default=0)
    if not columns:
        return 0.0
    widths = dw.column_widths(block, columns, specs[st.TABLE].size)
    height = (len(block.rows) + 1) * TABLE_BORDER_PT  # the rules between and around the rows
    for index, row in enumerate(block.rows):
        style = st.TABLE_HEADER if index < block.header_rows else st.TABLE
        cells = []
        for column, width in enumerate(widths):
            cell = _Column(specs, _cell_width(width))
            cell.add(style, row[column] if column < len(row) else ())
            cells.append(cell)
        height += _row_height(cells)
    return height


def _closing(document: RenderedDocument, specs: Specs) -> float:
    """The signature table: the recipients beside the signer, or THƯ KÝ beside CHỦ TỌA."""
    left_mm, right_mm = dw.SIGNATURE_COLUMNS_MM

    def signer(column_mm: float, index: int) -> _Column:
        cell = _Column(specs, _cell_width(column_mm))
        signature = document.signatures[index] if index < len(document.signatures) else None
        for line in signature.title_lines if signature else ():
            cell.text(st.SIGNATURE_TITLE, line)
        cell.height += 6  # the space before the first title line (docx_writer.signature_cell)
        for _ in range(dw.SIGNING_ROOM_LINES):
            cell.add(st.SIGNATURE_SPACE)
        cell.text(st.SIGNATURE_NAME, signature.name if signature else "")
        return cell

    recipients = _Column(specs, _cell_width(left_mm))
    if document.recipients is not None:
        recipients.text(st.RECIPIENTS_TITLE, "Nơi nhận:")
        recipients.height += 6
        for line in document.recipients.lines:
            recipients.text(st.RECIPIENT, line)
    if len(document.signatures) >= 2:
        return _row_height((signer(left_mm, 0), signer(right_mm, 1))) + recipients.total()
    return _row_height((recipients, signer(right_mm, 0)))


def height_pt(document: RenderedDocument, specs: Specs) -> float:
    """The estimated height of *document* printed with *specs* (the writer's styles), in points,
    as if its pages were one long page."""
    page = _Column(specs, dw.TEXT_WIDTH_MM * POINTS_PER_MM)
    page.text(st.TYPE_NAME, document.type_name)
    page.text(st.SUMMARY, document.summary)
    page.add(st.RULE)
    after_rule = dw.BRIEF_SUMMARY_RULE_AFTER_PT if dw.is_compact(document.doc_type) else (
        dw.SUMMARY_RULE_AFTER_PT)
    page.block_gap(after_rule)
    for block in document.body:
        if isinstance(block, Table):
            page.block_gap(0)
            page.height += _table(block, specs)
            page.add(st.RULE)  # the spacer paragraph under a table
            page.block_gap(6)
        elif isinstance(block, Heading):
            page.add(st.HEADING, block.runs)
        elif isinstance(block, ListItem):
            page.add(st.BODY, (Run(f"{block.label} "), *block.runs))
        elif isinstance(block, Paragraph):
            page.add(st.BODY, block.runs)
    page.block_gap(0)
    return _header(document, specs) + page.total() + _closing(document, specs) + (
        specs[st.RULE].exact_line_pt or 0.0)


def most_lines(specs: Specs) -> int:
    """More lines of body text or table rows than a page can hold whatever their content:
    a list longer than this cannot fit, so the brief need not try it."""
    shortest = min(
        spec.size * LINE_EM * (spec.line or 1.0)
        for spec in (specs[st.BODY], specs[st.TABLE])
    )
    return int(PAGE_BODY_PT // shortest) + 1


def fits_one_page(document: RenderedDocument, specs: Specs) -> bool:
    return height_pt(document, specs) + SAFETY_PT <= PAGE_BODY_PT
