"""The renderer's shortcut for plain inline text (renderer.markdown._inline) must parse every
Markdown exactly as markdown-it's own inline rule does: same blocks, same runs."""

from __future__ import annotations

from pathlib import Path

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
