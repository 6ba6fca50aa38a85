"""The intermediate document: what both writers (.docx and HTML preview) read.

A template's Markdown becomes a list of body blocks with inline runs; the fixed Decree 30
parts (header, title, signatures, recipients) are plain fields filled from the model. Keeping
one intermediate is what makes the preview show what Word will show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from renderer.doctype import AnyDocType


class Run(NamedTuple):
    """A stretch of text with one formatting; "\\n" inside is a line break."""

    text: str
    bold: bool = False
    italic: bool = False


class ItemKind(StrEnum):
    NUMBERED = "numbered"  # "1.", "2." items
    POINT = "point"  # "a)", "b)", "đ)" points
    BULLET = "bullet"  # "-" lists inside a point


class Heading(NamedTuple):
    """A section heading ("I. KẾT QUẢ"), bold; *level* 1 is the highest."""

    runs: tuple[Run, ...]
    level: int = 1


class Paragraph(NamedTuple):
    """A body paragraph: justified with a first-line indent."""

    runs: tuple[Run, ...]


class ListItem(NamedTuple):
    """A numbered item, point or bullet; *label* is printed before the text ("1.", "a)", "-")."""

    kind: ItemKind
    label: str
    runs: tuple[Run, ...]
    level: int = 1


class Table(NamedTuple):
    """A small bordered table; the first row is the header row."""

    rows: tuple[tuple[tuple[Run, ...], ...], ...]
    header_rows: int = 1
    aligns: tuple[str, ...] = ()  # per column: "left", "center", "right" or "" (default)
    #: (row, column) of the cells the template wrote as JOIN_LEFT or JOIN_UP; a clerk's text
    #: that happens to read "<" is never one of them.
    joins: frozenset[tuple[int, int]] = frozenset()


class Picture(NamedTuple):
    """A picture on a line of its own, centred (the progress report's chart): a PNG and the
    size it is printed at; *alt* is its text for readers that show no pictures."""

    png: bytes
    width_mm: float
    height_mm: float
    alt: str = ""


Block = Heading | Paragraph | ListItem | Table | Picture

#: A table cell holding just this joins the cell on its left (the header of a table whose
#: columns share a heading: "Đã hoàn thành" over "Tổng số | Đúng hạn | Quá hạn").
JOIN_LEFT = "<"
#: A table cell holding just this joins the cell above it.
JOIN_UP = "^"


class Header(NamedTuple):
    """The two-column header: issuing body and number left, national title and date right."""

    parent: str  # already upper case, may be empty
    organ: str  # already upper case
    number_line: str
    place_date: str | None  # None: Biên bản has no place/date line


class Signature(NamedTuple):
    """One signature: title lines (upper case, bold), room to sign, then the name."""

    title_lines: tuple[str, ...]
    name: str


class Recipients(NamedTuple):
    """"Nơi nhận:" and its lines, each already ending ";" and the last "- Lưu: …."."""

    lines: tuple[str, ...]


@dataclass(slots=True)
class RenderedDocument:
    """Everything needed to write the document, in reading order."""

    doc_type: AnyDocType
    header: Header
    type_name: str
    summary: str
    body: list[Block] = field(default_factory=list)
    signatures: tuple[Signature, ...] = ()
    recipients: Recipients | None = None
    #: Blocks after the signature, on landscape pages of their own (the report's "Phụ lục").
    appendix: list[Block] = field(default_factory=list)

    def body_text(self) -> str:
        """The body as plain text, one block a line: for tests, search and word counts."""
        return blocks_text(self.body)

    def appendix_text(self) -> str:
        return blocks_text(self.appendix)


def blocks_text(blocks: list[Block]) -> str:
    """Blocks as plain text, one block a line (a table one row a line, cells joined by " | ")."""
    lines = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                lines.append(" | ".join(run_text(cell) for cell in row))
        elif isinstance(block, ListItem):
            lines.append(f"{block.label} {run_text(block.runs)}")
        elif isinstance(block, Picture):
            lines.append(block.alt)
        else:
            lines.append(run_text(block.runs))
    return "\n".join(lines)


def run_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)
