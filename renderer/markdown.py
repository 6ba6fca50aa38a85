"""Markdown (a template's output) → document blocks, with a real CommonMark parser.

Conventions a template author uses (report_templates/README.md):
- ``## I. TEXT`` — a heading (any level; bold);
- a plain paragraph — a body paragraph;
- ``1. text`` — a numbered item printed "1.";
- ``1) text`` — a point printed with the Vietnamese letter of its number: "a)", "b)", … "đ)";
- ``- text`` — a bullet printed "-";
- a pipe table — a small bordered table (first row is the header; a body row holding a
  cell of just "^" continues the header, see renderer.blocks.JOIN_UP);
- ``![text](name)`` alone in a paragraph — the chart the renderer has under *name* (the
  progress report's ``chart``), titled *text*, when it has one; otherwise its text;
- ``**bold**`` and ``*italic*`` inside any of them.

Only those block constructs are parsed. CommonMark's others (indented and fenced code, block
quotes, thematic breaks, setext headings, link reference definitions) have no place in a
Decree 30 document; a template that writes ``> …`` or ``---`` gets those characters printed,
not a construct the writers would drop or flatten, and the parser skips seven rules on every
line (a third of a 1000-directive document's parse). Raw HTML is off (``html=False``): a
``<b>`` in the output is text, never markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from models.vi_format import point_label
from renderer.blocks import (
    JOIN_LEFT,
    JOIN_UP,
    Block,
    Chart,
    Heading,
    ItemKind,
    ListItem,
    Paragraph,
    Run,
    Table,
)
from renderer.escape import TextSlots

#: The characters that can start an inline construct of the rules left on (line breaks,
#: backslash escapes, code spans, emphasis, links, images, autolinks, entities). Inline text
#: without any of them parses to itself, one text token.
_INLINE_MARKUP = re.compile(r"[\n\\`*_\[\]!<&]")


def _inline(state: StateCore) -> None:
    """markdown-it's "inline" core rule, with plain text given its one text token directly.

    Most paragraphs are plain: the clerk's text waits in slots (renderer.escape) and the
    templates' own words rarely carry markup, so the inline parser would only walk them
    character run by character run to the same result (a quarter of a 1000-directive
    document's parse).
    """
    for token in state.tokens:
        if token.type != "inline":
            continue
        if _INLINE_MARKUP.search(token.content) is None:
            text = Token("text", "", 0)
            text.content = token.content
            token.children = [text]
        else:
            token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """One parser for the process: building it compiles many regular expressions."""
    options = {"html": False, "linkify": False, "typographer": False}
    md = (
        MarkdownIt("commonmark", options)
        .enable("table")
        .disable(["code", "fence", "blockquote", "hr", "reference", "html_block", "lheading"])
    )
    md.core.ruler.at("inline", _inline)
    return md


def inline_runs(token: Token, slots: TextSlots | None = None) -> tuple[Run, ...]:
    """The runs of an inline token, adjacent runs of equal format merged, values filled in."""
    children = token.children
    if children is not None and len(children) == 1 and children[0].type == "text":
        # Plain text (see _inline), most paragraphs: one run, without the walk below.
        text = children[0].content
        if not text:
            return ()
        return (Run(slots.fill(text) if slots is not None else text),)
    runs: list[Run] = []
    bold = italic = 0
    for child in token.children or ():
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        else:
            if kind in ("text", "code_inline", "html_inline"):
                text = child.content
            elif kind == "softbreak":
                text = " "
            elif kind == "hardbreak":
                text = "\n"
            elif kind == "image":
                text = "".join(c.content for c in child.children or ())
            else:  # link_open/close and anything else without text of its own
                text = ""
            if not text:
                continue
            if slots is not None:
                text = slots.fill(text)
            run = Run(text, bold > 0, italic > 0)
            if runs and runs[-1].bold == run.bold and runs[-1].italic == run.italic:
                runs[-1] = Run(runs[-1].text + text, run.bold, run.italic)
            else:
                runs.append(run)
    return tuple(runs)


@dataclass
class _ListState:
    ordered: bool
    delimiter: str  # "." or ")" for ordered lists
    number: int
    first_paragraph: bool = True


def _label(state: _ListState) -> tuple[ItemKind, str]:
    if not state.ordered:
        return ItemKind.BULLET, "-"
    if state.delimiter == ")":
        return ItemKind.POINT, f"{point_label(max(state.number, 1) - 1)})"
    return ItemKind.NUMBERED, f"{state.number}."


#: A chart by its name and title, or None when the renderer has none of that name.
Charts = Callable[[str, str], Chart | None]


def _chart(inline: Token, charts: Charts | None) -> Chart | None:
    """The chart of a paragraph that is one ``![title](name)`` and nothing else."""
    children = [c for c in inline.children or () if c.type != "softbreak"]
    if charts is None or len(children) != 1 or children[0].type != "image":
        return None
    image = children[0]
    title = "".join(c.content for c in image.children or ())
    return charts(str(image.attrGet("src") or ""), title)


def to_blocks(
    markdown: str, slots: TextSlots | None = None, charts: Charts | None = None
) -> list[Block]:
    """Parse *markdown* and flatten it into blocks in reading order.

    *slots*: the values the template printed, for the placeholders in *markdown*;
    *charts*: looks up the chart an image names (called with its name and text).

    Pipe tables that stand on their own (see :func:`_table_spans`) are read here row by row,
    the rest by markdown-it: its table rule costs half a millisecond a row, and the progress
    report's appendix has thousands. Both give the same blocks (tests/unit/test_render_text).
    So are plain lists of one-line items (:func:`_list_spans`): markdown-it's list rule was
    a third of a 1000-directive Thông báo (tests/unit/test_markdown_fast_path).
    """
    lines = markdown.split("\n")
    blocks: list[Block] = []
    done = 0
    spans = sorted([(start, end, True) for start, end in _table_spans(lines)]
                   + [(start, end, False) for start, end in _list_spans(lines)])
    for start, end, is_table in spans:
        if start < done:  # never: a table line starts with "|", an item with its marker
            continue
        if start > done:
            blocks.extend(_parsed_blocks("\n".join(lines[done:start]), slots, charts))
        if is_table:
            blocks.append(_table(lines[start:end], slots))
        else:
            blocks.extend(_list_items(lines[start:end], slots))
        done = end
    if done < len(lines):
        blocks.extend(_parsed_blocks("\n".join(lines[done:]), slots, charts))
    return blocks


_DELIMITER_CELL = re.compile(r":?-+:?")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
#: Characters that may start inline markup or an escape; a cell without them is plain text.
_CELL_MARKUP = re.compile(r"[\\*_`\[\]<>&!\x00\r]|^[ \t]|[ \t]$")


def _row_cells(line: str) -> list[str]:
    """A table line's cells, as markdown-it splits them: edge pipes dropped, cells trimmed."""
    text = line.strip()
    text = text.removeprefix("|")
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip() for cell in _CELL_SPLIT.split(text)]


def _table_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past-last) line of each pipe table read without markdown-it.

    Only the plain case: a header line starting with "|" at the left margin after a blank
    line (or at the start), a delimiter row with as many cells, rows starting with "|", and
    a blank line or the end after them. Anything else (a table inside a list, one
    interrupting a paragraph, rows without a leading pipe) is left to markdown-it.
    """
    spans = []
    index = 0
    count = len(lines)
    while index < count - 1:
        line = lines[index]
        if (
            line.startswith("|")
            and (index == 0 or not lines[index - 1].strip())
            and _is_delimiter(lines[index + 1], len(_row_cells(line)))
        ):
            end = index + 2
            while end < count and lines[end].startswith("|"):
                end += 1
            if end == count or not lines[end].strip():
                spans.append((index, end))
                index = end
                continue
        index += 1
    return spans


#: An item line read without markdown-it: "12) text", "3. text" or "- text", one space after
#: the marker, and text that cannot open a block of its own (a heading, a nested list).
_ITEM = re.compile(
    r"(?:(\d{1,9})([.)])|-) (?!#|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))(\S[^\r]*)"
)
#: The start of any list item markdown-it would see at the left margin.
_MARKER = re.compile(r"(?:\d{1,9}([.)])|([-+*]))(?:[ \t]|$)")


def _blank(line: str) -> bool:
    """Blank as markdown-it sees it: spaces and tabs only (a no-break space is text)."""
    return not line.strip(" \t")


def _item_kind(match: re.Match[str]) -> str:
    return match.group(2) or "-"


def _marker_kind(line: str) -> str | None:
    """The kind of list an item starting *line* belongs to ("." or ")" or a bullet)."""
    match = _MARKER.match(line)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def _list_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past-last) line of each list of plain items read without markdown-it.

    Only the plain case: after a blank line (or at the start), items of one kind (same
    delimiter, or all "-"), each on one line, separated by nothing or blank lines, and after
    them the end, or a blank line then a line at the left margin that is not an item of the
    same kind. Anything else (a continuation line, an indented line, a nested list) leaves
    the whole list to markdown-it, and so does a list that markdown-it could take for the
    continuation of one it reads (*open_kind*), so one list is never read half one way.
    """
    spans = []
    open_kind: str | None = None  # a list markdown-it may still have open at the margin
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        if _blank(line):
            index += 1
            continue
        after_blank = index == 0 or _blank(lines[index - 1])
        match = _ITEM.fullmatch(line)
        if match is not None and after_blank and open_kind != _item_kind(match):
            end, plain = _list_end(lines, index, _item_kind(match))
            if plain:
                spans.append((index, end))
                open_kind = None
                index = end
                continue
        kind = _marker_kind(line)
        if kind is not None:
            open_kind = kind
        elif after_blank and line[0] not in " \t":
            open_kind = None  # a block at the margin after a blank line ends any list
        index += 1
    return spans


def _list_end(lines: list[str], start: int, kind: str) -> tuple[int, bool]:
    """Past the last item of the list of *kind* starting at *start*, and whether it is plain."""
    end = start + 1
    count = len(lines)
    while end < count:
        line = lines[end]
        if _blank(line):
            end += 1
            continue
        following = _ITEM.fullmatch(line)
        if following is not None and _item_kind(following) == kind:
            end += 1
            continue
        plain = not (
            not _blank(lines[end - 1])  # a continuation line, or another list interrupting
            or line[0] in " \t"  # indented after a blank: it may belong to the last item
            or _marker_kind(line) == kind  # an item of this list that is not plain
        )
        break
    else:
        plain = True
    while end > start + 1 and _blank(lines[end - 1]):
        end -= 1  # the blank lines after the list stay outside the span
    return end, plain


def _list_items(lines: list[str], slots: TextSlots | None) -> list[Block]:
    """The ListItems of a span found by :func:`_list_spans`, labelled as _parsed_blocks
    labels markdown-it's items: numbering from the first item's number."""
    items: list[Block] = []
    state: _ListState | None = None
    for line in lines:
        match = _ITEM.fullmatch(line)
        if match is None:
            continue
        if state is None:
            number = match.group(1)
            state = _ListState(ordered=number is not None, delimiter=_item_kind(match),
                               number=int(number) - 1 if number is not None else 0)
        state.number += 1
        item_kind, label = _label(state)
        items.append(ListItem(item_kind, label, _cell_runs(match.group(3).strip(), slots), 1))
    return items


def _is_delimiter(line: str, columns: int) -> bool:
    if "-" not in line:
        return False
    cells = _row_cells(line)
    return len(cells) == columns and all(_DELIMITER_CELL.fullmatch(c) for c in cells)


def _align(cell: str) -> str:
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    if cell.endswith(":"):
        return "right"
    return "left" if cell.startswith(":") else ""


def _cell_runs(text: str, slots: TextSlots | None) -> tuple[Run, ...]:
    if not text:
        return ()
    if _CELL_MARKUP.search(text) is None:
        return (Run(slots.fill(text) if slots is not None else text),)
    return inline_runs(parser().parseInline(text)[0], slots)


def _table(lines: list[str], slots: TextSlots | None) -> Table:
    """The Table of a span found by :func:`_table_spans`, as markdown-it would give it:
    rows padded or cut to the header's number of cells."""
    header = _row_cells(lines[0])
    columns = len(header)
    aligns = tuple(_align(cell) for cell in _row_cells(lines[1]))
    rows: list[tuple[tuple[Run, ...], ...]] = []
    joins: set[tuple[int, int]] = set()
    header_rows = 1
    for line in (lines[0], *lines[2:]):
        cells = _row_cells(line) if line is not lines[0] else header
        cells = (cells + [""] * columns)[:columns]
        row_index = len(rows)
        for column, cell in enumerate(cells):
            if cell in (JOIN_LEFT, JOIN_UP):
                joins.add((row_index, column))
        rows.append(tuple(_cell_runs(cell, slots) for cell in cells))
        if row_index == header_rows and any(
            (row_index, column) in joins and cell == JOIN_UP for column, cell in enumerate(cells)
        ):
            header_rows += 1
    return Table(tuple(rows), header_rows, aligns, frozenset(joins))


def _parsed_blocks(
    markdown: str, slots: TextSlots | None = None, charts: Charts | None = None
) -> list[Block]:
    """The blocks of *markdown* as markdown-it parses it."""
    tokens = parser().parse(markdown)
    blocks: list[Block] = []
    lists: list[_ListState] = []
    table_rows: list[tuple[tuple[Run, ...], ...]] = []
    row: list[tuple[Run, ...]] = []
    header_rows = 0
    aligns: list[str] = []
    joins: set[tuple[int, int]] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            lists.append(
                _ListState(
                    ordered=kind == "ordered_list_open",
                    delimiter=token.markup,
                    number=int(start) - 1 if start is not None else 0,
                )
            )
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            lists[-1].number += 1
            lists[-1].first_paragraph = True
        elif kind == "heading_open":
            level = int(token.tag[1:])
            blocks.append(Heading(inline_runs(tokens[i + 1], slots), level))
            i += 2
        elif kind == "paragraph_open":
            chart = None if lists else _chart(tokens[i + 1], charts)
            runs = inline_runs(tokens[i + 1], slots)
            if chart is not None:
                blocks.append(chart)
            elif lists and lists[-1].first_paragraph:
                item_kind, label = _label(lists[-1])
                blocks.append(ListItem(item_kind, label, runs, len(lists)))
                lists[-1].first_paragraph = False
            elif runs:
                blocks.append(Paragraph(runs))
            i += 2
        elif kind == "table_open":
            table_rows, header_rows, aligns, joins = [], 0, [], set()
        elif kind == "th_open":
            style = str(token.attrGet("style") or "")
            aligns.append(style.removeprefix("text-align:"))
        elif kind == "thead_open":
            header_rows = -1
        elif kind == "tr_open":
            row = []
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            if token.content in (JOIN_LEFT, JOIN_UP):  # the template's own, not a value
                joins.add((len(table_rows), len(row)))
            row.append(inline_runs(token, slots))
        elif kind == "tr_close":
            table_rows.append(tuple(row))
            if header_rows < 0:
                header_rows = 1
            elif len(table_rows) == header_rows + 1 and any(
                (header_rows, column) in joins and cell[0].text == JOIN_UP
                for column, cell in enumerate(row)
            ):
                header_rows += 1  # a row joined to the one above continues the header
        elif kind == "table_close":
            blocks.append(Table(tuple(table_rows), max(header_rows, 0), tuple(aligns),
                                frozenset(joins)))
        i += 1
    return blocks
