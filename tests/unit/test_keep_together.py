"""What must print together, as Word reads it from the saved file: a line that introduces
what follows stays with it, the closing sentence stays with the signatures, and the
signature block never breaks across pages."""

from __future__ import annotations

from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from models import Session, read_session_file
from models.session import Opinion
from renderer import DocType, Renderer


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[DocType, Any]:
    from tests.conftest import SEED

    session: Session = read_session_file(SEED).session
    session.opinions = [Opinion(id="o1", speaker="p3", content="Thống nhất với báo cáo.")]
    folder = tmp_path_factory.mktemp("keep")
    opened = {}
    for doc_type in DocType:
        path = folder / f"{doc_type.file_stem}.docx"
        Renderer().write_docx(session, doc_type, path)
        opened[doc_type] = Document(str(path))
    return opened


def _kept(paragraph: Any) -> bool:
    """keep-with-next as Word resolves it: the paragraph's own setting, else its style's."""
    own = paragraph.paragraph_format.keep_with_next
    return bool(own if own is not None else paragraph.style.paragraph_format.keep_with_next)


@pytest.mark.parametrize(
    ("doc_type", "line"),
    [
        (DocType.BIEN_BAN, "Thành phần tham dự:"),
        (DocType.BIEN_BAN, "Về phía tỉnh:"),
        (DocType.BIEN_BAN, "Về phía thành phố:"),
        (DocType.BIEN_BAN, "Nội dung:"),
        (DocType.BIEN_BAN, "Một số số liệu chủ yếu:"),
        (DocType.BIEN_BAN, "2. Ý kiến phát biểu:"),
        (DocType.BIEN_BAN, "3. Kết luận của"),
        (DocType.THONG_BAO_KET_LUAN, "2. Thời gian tới, đề nghị"),
        (DocType.THONG_BAO_KET_LUAN, "Sau khi nghe"),
        (DocType.BAO_CAO, "Nhiệm vụ giao"),
    ],
)
def test_heading_like_lines_keep_with_the_next_paragraph(
    documents: dict[DocType, Any], doc_type: DocType, line: str
) -> None:
    found = [p for p in documents[doc_type].paragraphs if p.text.startswith(line)]
    assert found, line
    assert all(p.text.rstrip().endswith(":") and _kept(p) for p in found)


@pytest.mark.parametrize("doc_type", list(DocType))
def test_ordinary_paragraphs_are_free_to_break(
    documents: dict[DocType, Any], doc_type: DocType
) -> None:
    """Keeping everything together would push whole sections to the next page."""
    body = [p for p in documents[doc_type].paragraphs if p.style.name == "TK Nội dung"]
    free = [p for p in body if not p.text.rstrip().endswith(":")][:-1]
    assert free and not any(_kept(p) for p in free)


@pytest.mark.parametrize("doc_type", list(DocType))
def test_the_closing_sentence_and_the_signature_block_stay_together(
    documents: dict[DocType, Any], doc_type: DocType
) -> None:
    document = documents[doc_type]
    closing = [p for p in document.paragraphs if p.text.strip()][-1]
    assert closing.text.endswith("./.") and _kept(closing)
    signatures = document.tables[-1]
    for index, row in enumerate(signatures.rows):
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None
        if index < len(signatures.rows) - 1:  # THƯ KÝ | CHỦ TỌA stays with "Nơi nhận:"
            assert all(_kept(p) for cell in row.cells for p in cell.paragraphs)


