"""The fixed Decree 30 parts, laid out from the model rather than by templates.

Header, title, signatures and recipients follow the decree's forms (Mẫu 1.4, Mẫu 1.9) to the
letter, so a user template cannot move or misspell them; templates own only the body.
"""

from __future__ import annotations

from models.session import Session
from models.vi_format import upper_vi
from renderer.blocks import (
    Block,
    Heading,
    ListItem,
    Paragraph,
    Picture,
    Recipients,
    Run,
    Signature,
    Table,
)
from renderer.context import Context
from renderer.doctype import DocType

#: Where a Biên bản is filed unless the session's archive says "Hồ sơ" itself.
MINUTES_ARCHIVE = "VT, Hồ sơ"
BODY_END = "./."


def signatures(doc_type: DocType, context: Context) -> tuple[Signature, ...]:
    """Mẫu 1.9: THƯ KÝ left and CHỦ TỌA right; Mẫu 1.4: the signer's authority and position."""
    if doc_type is DocType.BIEN_BAN:
        secretary = context.secretary.name if context.secretary else ""
        chair = context.chair.name if context.chair else ""
        return (Signature(("THƯ KÝ",), secretary), Signature(("CHỦ TỌA",), chair))
    signer = context.signer
    lines = tuple(line for line in (signer["authority"], signer["position"]) if line)
    return (Signature(lines, signer["name"]),)


def recipients(doc_type: DocType, session: Session) -> Recipients:
    """"- Như trên;"-style lines, each ending ";", then "- Lưu: VT, TH." ending with a full stop."""
    lines = []
    for recipient in session.document.recipients:
        text = recipient.strip().lstrip("-–").strip().rstrip(";.,").strip()
        if text:
            lines.append(f"- {text};")
    archive = session.document.archive.strip().rstrip(".;").strip()
    if doc_type is DocType.BIEN_BAN and "hồ sơ" not in archive.lower():
        archive = MINUTES_ARCHIVE
    lines.append(f"- Lưu: {archive or 'VT'}.")
    return Recipients(tuple(lines))


def header_names(session: Session) -> tuple[str, str]:
    """The parent body (not bold) and the issuing body (bold), both upper case."""
    return upper_vi(session.issuer.parent.strip()), upper_vi(session.issuer.name.strip())


def end_body(blocks: list[Block]) -> None:
    """The last paragraph of the body ends with "./." (Decree 30, Phụ lục I)."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Table | Picture):
            break
        if not block.runs:
            continue
        last = block.runs[-1]
        if last.text.rstrip().endswith(BODY_END):
            return
        text = last.text.rstrip().rstrip(".;:,")
        runs = (*block.runs[:-1], Run(text + BODY_END, last.bold, last.italic))
        if isinstance(block, Paragraph):
            blocks[index] = Paragraph(runs)
        elif isinstance(block, ListItem):
            blocks[index] = ListItem(block.kind, block.label, runs, block.level)
        elif isinstance(block, Heading):
            blocks[index] = Heading(runs, block.level)
        return
    blocks.append(Paragraph((Run(BODY_END),)))


def report_signatures(signer: dict[str, str]) -> tuple[Signature, ...]:
    """Mẫu 1.4, as for a Thông báo: the signer's authority and position, then the name."""
    lines = tuple(line for line in (signer["authority"], signer["position"]) if line)
    return (Signature(lines, signer["name"]),)


def report_recipients(chairs: list[str], archive: str) -> Recipients:
    """The leaders whose tasks are reported (to report to), the units, then the archive."""
    lines = [f"- {chair} (để báo cáo);" for chair in chairs[:3]]
    lines.append("- Các cơ quan, đơn vị được giao nhiệm vụ;")
    archive = archive.strip().rstrip(".;").strip()
    lines.append(f"- Lưu: {archive or 'VT'}.")
    return Recipients(tuple(lines))
