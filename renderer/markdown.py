"""Markdown (a template's output) → document blocks, with a real CommonMark parser.

Conventions a template author uses (report_templates/README.md):
- ``## I. TEXT`` — a heading (any level; bold);
- a plain paragraph — a body paragraph;
- ``1. text`` — a numbered item printed "1.";
- ``1) text`` — a point printed with the Vietnamese letter of its number: "a)", "b)", … "đ)";
- ``- text`` — a bullet printed "-";
- a pipe table — a small bordered table (first row is the header);
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
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from models.vi_format import point_label
from renderer.blocks import Block, Heading, ItemKind, ListItem, Paragraph, Run, Table
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


def to_blocks(markdown: str, slots: TextSlots | None = None) -> list[Block]:
    """Parse *markdown* and flatten it into blocks in reading order.

    *slots*: the values the template printed, for the placeholders in *markdown*.
    """
    tokens = parser().parse(markdown)
    blocks: list[Block] = []
    lists: list[_ListState] = []
    table_rows: list[tuple[tuple[Run, ...], ...]] = []
    row: list[tuple[Run, ...]] = []
    header_rows = 0
    aligns: list[str] = []
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
            runs = inline_runs(tokens[i + 1], slots)
            if lists and lists[-1].first_paragraph:
                item_kind, label = _label(lists[-1])
                blocks.append(ListItem(item_kind, label, runs, len(lists)))
                lists[-1].first_paragraph = False
            elif runs:
                blocks.append(Paragraph(runs))
            i += 2
        elif kind == "table_open":
            table_rows, header_rows, aligns = [], 0, []
        elif kind == "th_open":
            style = str(token.attrGet("style") or "")
            aligns.append(style.removeprefix("text-align:"))
        elif kind == "thead_open":
            header_rows = -1
        elif kind == "tr_open":
            row = []
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            row.append(inline_runs(token, slots))
        elif kind == "tr_close":
            table_rows.append(tuple(row))
            if header_rows < 0:
                header_rows = 1
        elif kind == "table_close":
            blocks.append(Table(tuple(table_rows), max(header_rows, 0), tuple(aligns)))
        i += 1
    return blocks
