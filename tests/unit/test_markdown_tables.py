"""Pipe tables read row by row give the blocks markdown-it gives (renderer.markdown)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import read_session_file
from models.register import RegisterFilter
from renderer.blocks import Table
from renderer.context import build_context
from renderer.doctype import DocType
from renderer.markdown import _parsed_blocks, to_blocks
from renderer.pipeline import Renderer
from renderer.register_context import REPORT, ReportRequest, build_report_context
from tests.register_entries import D, many_entries

CASES = {
    "plain": "Trước bảng.\n\n| TT | Tên |\n|:-:|---|\n| 1 | Sở Xây dựng |\n| 2 | Sở Tài chính |\n",
    "inline markup": "| a | b |\n|---|--:|\n| **đậm** *nghiêng* | x \\| y |\n| &amp; | `mã` |\n",
    "short and long rows": "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n",
    "joined header": "| A | B | < |\n|---|---|---|\n| ^ | x | y |\n| 1 | 2 | 3 |\n",
    "empty cells": "| a | b |\n|---|---|\n|  | 2 |\n| | |\n",
    "after a paragraph": "Dòng chữ\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "in a list": "1. Mục\n\n   | a | b |\n   |---|---|\n   | 1 | 2 |\n",
    "ended by text": "| a | b |\n|---|---|\n| 1 | 2 |\nchữ tiếp\n\nĐoạn sau.\n",
    "two tables": "| a |\n|---|\n| 1 |\n\n| b | c |\n|:--|:-:|\n| 2 | 3 |\n",
    "not a table": "| a | b |\n|---|\n| 1 | 2 |\n",
}


@pytest.mark.parametrize("markdown", CASES.values(), ids=CASES.keys())
def test_the_same_blocks_as_markdown_it(markdown: str) -> None:
    assert to_blocks(markdown) == _parsed_blocks(markdown)


def test_a_joined_header_row_belongs_to_the_header() -> None:
    (table,) = to_blocks(CASES["joined header"])
    assert isinstance(table, Table)
    assert table.header_rows == 2 and table.joins == {(0, 2), (1, 0)}


def test_the_documents_templates_give_the_same_blocks(seed_path: Path) -> None:
    renderer = Renderer()
    session = read_session_file(seed_path).session
    rendered = [renderer._render(build_context(session, t), t) for t in DocType]
    request = ReportRequest(entries=many_entries(200), today=D(2024, 6, 30),
                            filter=RegisterFilter(session_from=D(2024, 1, 1)))
    rendered.append(renderer._render(build_report_context(request), REPORT))
    for markdown, slots in rendered:
        assert to_blocks(markdown, slots) == _parsed_blocks(markdown, slots)
