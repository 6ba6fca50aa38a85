"""RenderedDocument → one HTML page for the window's preview.

Qt's QTextDocument understands a subset of HTML 4 and CSS 2, so the page uses only tables,
paragraphs, ``<b>``/``<i>``, ``<hr width>`` for the rules and simple inline styles. It reads
the same blocks as the .docx writer, so the preview shows the same words in the same order
with the same emphasis.
"""

from __future__ import annotations

from html import escape

from renderer import docx_styles as st
from renderer.blocks import (
    Block,
    Heading,
    ListItem,
    Paragraph,
    RenderedDocument,
    Run,
    Signature,
)
from renderer.doctype import DocType

_INDENT = f"text-indent:{st.FIRST_LINE_INDENT_CM}cm;"
_BODY = f"margin:0 0 6pt 0; text-align:justify; {_INDENT}"


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


def _p(html: str, size: float, style: str = "text-align:center; margin:0;") -> str:
    return f'<p style="{style} font-size:{size}pt;">{html}</p>'


def _block(block: Block, size: float, table_size: float) -> str:
    if isinstance(block, Paragraph):
        return _p(_runs(block.runs), size, _BODY)
    if isinstance(block, ListItem):
        first = block.runs[0] if block.runs else Run("")
        label = _runs((Run(f"{block.label} ", first.bold, first.italic),))
        return _p(label + _runs(block.runs), size, _BODY)
    if isinstance(block, Heading):
        return _p(f"<b>{_runs(block.runs)}</b>", size, _BODY)
    rows = []
    for index, row in enumerate(block.rows):
        tag = "th" if index < block.header_rows else "td"
        cells = "".join(f"<{tag}>{_runs(cell)}</{tag}>" for cell in row)
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        f'style="font-size:{table_size}pt; border-collapse:collapse;">{"".join(rows)}</table>'
    )


def _signature(signature: Signature) -> str:
    lines = "".join(_p(f"<b>{escape(line)}</b>", 14) for line in signature.title_lines)
    room = _p("&nbsp;", 14) * 4
    return lines + room + _p(f"<b>{escape(signature.name) or '&nbsp;'}</b>", 14)


def _recipients(document: RenderedDocument) -> str:
    if document.recipients is None:
        return ""
    left = "text-align:left; margin:0;"
    lines = "".join(_p(escape(line), 11, left) for line in document.recipients.lines)
    return _p("<b><i>Nơi nhận:</i></b>", 12, left) + lines


def to_html(document: RenderedDocument) -> str:
    """The whole page: header table, title, body, signature table."""
    head = document.header
    left = ""
    if head.parent:
        left += _p(escape(head.parent), 12)
    if head.organ:
        left += _p(f"<b>{escape(head.organ)}</b>", 12)
    left += '<hr width="30%"/>'
    right = (
        _p("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", 12)
        + _p("<b>Độc lập - Tự do - Hạnh phúc</b>", 13)
        + '<hr width="60%"/>'
    )
    place = _p(f"<i>{escape(head.place_date)}</i>", 14) if head.place_date else ""
    header = (
        '<table width="100%" cellspacing="0" cellpadding="2">'
        f'<tr><td width="38%" valign="top">{left}</td><td valign="top">{right}</td></tr>'
        f"<tr><td>{_p(escape(head.number_line), 13)}</td><td>{place}</td></tr></table>"
    )
    title = (
        _p(f"<b>{escape(document.type_name)}</b>", 14, "text-align:center; margin:18pt 0 0 0;")
        + _p(f"<b>{escape(document.summary)}</b>", 14)
        + '<hr width="25%"/>'
    )
    # the brief's sizes as the .docx has them (renderer.docx_styles.BRIEF_SPECS)
    brief = document.doc_type is DocType.BAO_CAO
    size = st.BRIEF_BODY_SIZE if brief else st.BODY_SIZE
    table_size = st.BRIEF_TABLE_SIZE if brief else st.SPEC_BY_NAME[st.TABLE].size
    body = "".join(_block(block, size, table_size) for block in document.body)
    signatures = document.signatures
    if len(signatures) >= 2:
        closing = (
            '<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'<td width="50%" valign="top">{_signature(signatures[0])}</td>'
            f'<td width="50%" valign="top">{_signature(signatures[1])}</td></tr>'
            f'<tr><td valign="top">{_recipients(document)}</td><td></td></tr></table>'
        )
    else:
        signature = _signature(signatures[0]) if signatures else ""
        closing = (
            '<table width="100%" cellspacing="0" cellpadding="2"><tr>'
            f'<td width="45%" valign="top">{_recipients(document)}</td>'
            f'<td width="55%" valign="top">{signature}</td></tr></table>'
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{escape(document.type_name)}</title></head>"
        '<body style="font-family:\'Times New Roman\', serif; color:#000;">'
        f"{header}{title}{body}{closing}</body></html>"
    )
