"""The renderer's shortcut for plain inline text (renderer.markdown._inline) must parse every
Markdown exactly as markdown-it's own inline rule does: same blocks, same runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from models import read_session_file
from renderer import DocType, Renderer
from renderer import markdown as md_module
from renderer.escape import TextSlots
from renderer.markdown import to_blocks


def _reference() -> MarkdownIt:
    options = {"html": False, "linkify": False, "typographer": False}
    return (
        MarkdownIt("commonmark", options)
        .enable("table")
        .disable(["code", "fence", "blockquote", "hr", "reference", "html_block", "lheading"])
    )


def _both(markdown: str, slots: TextSlots | None = None) -> tuple[object, object]:
    fast = to_blocks(markdown, slots)
    original = md_module.parser
    reference = _reference()
    md_module.parser = lambda: reference  # type: ignore[assignment]
    try:
        slow = to_blocks(markdown, slots)
    finally:
        md_module.parser = original
    return fast, slow


def test_every_document_of_the_fixture_parses_as_without_the_shortcut(seed_path: Path) -> None:
    from benchmarks.sample_sessions import large_session
    from renderer.context import build_context

    renderer = Renderer()
    for session in (read_session_file(seed_path).session, large_session(40, 20)):
        for doc_type in DocType:
            markdown, slots = renderer._render(build_context(session, doc_type), doc_type)
            fast, slow = _both(markdown, slots)
            assert fast == slow


_PIECES = st.sampled_from([
    "Chủ tịch", " ", "\n", "\n\n", "- ", "1. ", "1) ", "## ", "**", "*", "_", "`", "\\",
    "[a](b)", "![x](y)", "<b>", "<http://a.b>", "&amp;", "&#32;", "  \n", "| a | b |\n|---|---|\n",
    "!", "]", "[", "~~", "\ue0000\ue001", "đ", "5 tỷ đồng", ":", "#", "\t",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_markdown_parses_as_without_the_shortcut(markdown: str) -> None:
    fast, slow = _both(markdown)
    assert fast == slow


# -- lists of plain items, read without markdown-it (renderer.markdown._list_spans) ----------

_LIST_LINES = st.sampled_from([
    "1) Rà soát", "2) Báo cáo **kết quả**", "3) Hoàn thành;", "1. Mục", "2. Mục hai:",
    "- gạch", "- *nghiêng*", "* sao", "+ cộng", "1)  hai dấu cách", "1) # tiêu đề",
    "1) - lồng", "1) 2) lồng", "- 1. lồng", "1)", "-", "- ", "  thụt lề", "    mã",
    "nối tiếp", "## I. ĐỀ MỤC", "| a | b |", "|---|---|", "\xa0", "1) a\rb", "1) \\*x",
    "10) mười", "007) bảy", "", "", "",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LIST_LINES, min_size=1, max_size=14))
def test_plain_lists_give_the_blocks_markdown_it_gives(lines: list[str]) -> None:
    markdown = "\n".join(lines)
    assert to_blocks(markdown) == md_module._parsed_blocks(markdown)


@pytest.mark.parametrize("markdown", [
    "1) a\nnối tiếp\n\n1) b",  # a lazy line keeps the list open: b is "b)"
    "1) a\n\n1)  b\n\n1) c",  # an item that is not plain: the whole list to markdown-it
    "2. Mục:\n\n1) a\n\n2) b\n\n3. Mục ba",  # a new kind of list at the margin
    "- a\n\n  1) x\n\n1) y",  # nested under "- a", then a list of its own
    "1) a\n- b\n\n1) c",  # another list interrupting the item
    "1) a\n\n    mã\n\n2) b",  # a second paragraph of an item
    "Đoạn\n1) a\n\n2) b",  # an item directly under a paragraph
    "7) bảy\n\n8) tám",  # numbering starts at the first item's number
])
def test_lists_markdown_it_must_read_are_left_to_it(markdown: str) -> None:
    assert to_blocks(markdown) == md_module._parsed_blocks(markdown)


def test_the_directives_of_a_long_notice_are_read_without_markdown_it(seed_path: Path) -> None:
    """The shortcut is taken where it matters: the points of the Thông báo's directives."""
    from renderer.context import build_context
    from tests.longer_sessions import longer

    session = longer(read_session_file(seed_path).session, 50)
    doc_type = DocType.THONG_BAO_KET_LUAN
    markdown, slots = Renderer()._render(build_context(session, doc_type), doc_type)
    spans = md_module._list_spans(markdown.split("\n"))
    assert sum(end - start for start, end in spans) >= 50
    assert to_blocks(markdown, slots) == md_module._parsed_blocks(markdown, slots)
