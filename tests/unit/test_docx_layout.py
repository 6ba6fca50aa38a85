"""The three documents of the fixture, reopened with python-docx and held to Decree 30.

Every check reads the saved file, as Word would: page, fonts on every run, sizes and weights
through the named styles, the header table, the rules, the body, signatures and recipients.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from models import Session, read_session_file
from renderer import DocType, Renderer
from renderer import docx_styles as st
from renderer.textwidth import text_width_mm

FONT = "Times New Roman"


@pytest.fixture(scope="module")
def session() -> Session:
    from tests.conftest import SEED

    return read_session_file(SEED).session


@pytest.fixture(scope="module")
def documents(session: Session, tmp_path_factory: pytest.TempPathFactory) -> dict[DocType, Any]:
    folder = tmp_path_factory.mktemp("docx")
    renderer = Renderer()
    opened = {}
    for doc_type in DocType:
        path = folder / f"{doc_type.file_stem}.docx"
        renderer.write_docx(session, doc_type, path)
        opened[doc_type] = Document(str(path))
    return opened


def _resolve(paragraph: Any, run: Any, name: str) -> Any:
    value = getattr(run.font, name) if run is not None else None
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.font, name)
        style = style.base_style
    return value


def _all_paragraphs(document: Any) -> list[Any]:
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    return found


def _find(document: Any, text: str) -> Any:
    for paragraph in _all_paragraphs(document):
        if paragraph.text == text:
            return paragraph
    raise AssertionError(f"no paragraph reads {text!r}")


def _size(paragraph: Any) -> float:
    run = paragraph.runs[0] if paragraph.runs else None
    return float(_resolve(paragraph, run, "size").pt)


def _bold(paragraph: Any) -> bool:
    return all(bool(_resolve(paragraph, run, "bold")) for run in paragraph.runs)


def _italic(paragraph: Any) -> bool:
    return all(bool(_resolve(paragraph, run, "italic")) for run in paragraph.runs)


def _alignment(paragraph: Any) -> Any:
    if paragraph.alignment is not None:
        return paragraph.alignment
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.alignment is not None:
            return style.paragraph_format.alignment
        style = style.base_style
    return None


def _bottom_border(paragraph: Any) -> Any:
    ppr = paragraph._p.pPr
    borders = ppr.find(qn("w:pBdr")) if ppr is not None else None
    return borders.find(qn("w:bottom")) if borders is not None else None


def _rule_length_mm(paragraph: Any, column_mm: float) -> float:
    fmt = paragraph.paragraph_format
    return column_mm - 2 * 1.9 - fmt.left_indent.mm - fmt.right_indent.mm


ALL = list(DocType)


@pytest.mark.parametrize("doc_type", ALL)
def test_page_is_a4_with_decree_margins(documents: dict[DocType, Any], doc_type: DocType) -> None:
    section = documents[doc_type].sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 20 <= round(section.top_margin.mm) <= 25
    assert 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20


@pytest.mark.parametrize("doc_type", ALL)
def test_every_run_is_times_new_roman_in_all_scripts(
    documents: dict[DocType, Any], doc_type: DocType
) -> None:
    document = documents[doc_type]
    runs = [run for p in _all_paragraphs(document) for run in p.runs]
    runs += [run for p in document.sections[0].header.paragraphs for run in p.runs]
    assert len(runs) > 30
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts is not None, run.text
        for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            assert fonts.get(qn(script)) == FONT, (run.text, script)


@pytest.mark.parametrize("doc_type", ALL)
def test_every_style_used_is_defined(documents: dict[DocType, Any], doc_type: DocType) -> None:
    document = documents[doc_type]
    defined = {style.style_id for style in document.styles}
    for paragraph in _all_paragraphs(document):
        ppr = paragraph._p.pPr
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if style is not None:
            assert style.get(qn("w:val")) in defined
    names = {style.name for style in document.styles}
    assert {spec.name for spec in st.SPECS} <= names


@pytest.mark.parametrize("doc_type", ALL)
def test_header_block(documents: dict[DocType, Any], doc_type: DocType) -> None:
    document = documents[doc_type]
    header = document.tables[0]
    tbl_borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(edge.get(qn("w:val")) == "none" for edge in tbl_borders)
    left, right = header.columns[0].width.mm, header.columns[1].width.mm
    assert 0.33 <= left / (left + right) <= 0.45

    parent = header.cell(0, 0).paragraphs[0]
    assert parent.text == "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
    assert 12 <= _size(parent) <= 13 and not _bold(parent)
    organ = header.cell(0, 0).paragraphs[1]
    assert organ.text == "VĂN PHÒNG" and _bold(organ) and 12 <= _size(organ) <= 13
    for paragraph in (parent, organ):
        assert _alignment(paragraph) == WD_ALIGN_PARAGRAPH.CENTER

    title, motto = header.cell(0, 1).paragraphs[:2]
    assert title.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert _bold(title) and 12 <= _size(title) <= 13
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert _bold(motto) and 13 <= _size(motto) <= 14
    # the national title fits on one line of its column
    usable = right - 2 * 1.9
    assert text_width_mm(title.text, _size(title), bold=True) < usable


@pytest.mark.parametrize("doc_type", ALL)
def test_rules_under_issuer_and_motto(documents: dict[DocType, Any], doc_type: DocType) -> None:
    header = documents[doc_type].tables[0]
    left, right = header.columns[0].width.mm, header.columns[1].width.mm
    organ_rule = header.cell(0, 0).paragraphs[2]
    border = _bottom_border(organ_rule)
    assert border is not None and border.get(qn("w:val")) == "single"
    organ_width = text_width_mm("VĂN PHÒNG", 12, bold=True)
    assert organ_width / 3 <= _rule_length_mm(organ_rule, left) <= organ_width / 2
    motto_rule = header.cell(0, 1).paragraphs[2]
    assert _bottom_border(motto_rule) is not None
    motto_width = text_width_mm("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    assert _rule_length_mm(motto_rule, right) == pytest.approx(motto_width, abs=0.5)


def test_number_and_place_date_share_a_row(documents: dict[DocType, Any]) -> None:
    header = documents[DocType.THONG_BAO_KET_LUAN].tables[0]
    number = header.cell(1, 0).paragraphs[0]
    place = header.cell(1, 1).paragraphs[0]
    # a draft: blank number and blank day/month, in the official way
    assert number.text == "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-VPUBND"
    assert _size(number) == 13 and not _italic(number) and not _bold(number)
    assert place.text.startswith("Đồng Tháp, ngày") and place.text.endswith("năm 2024")
    assert _italic(place) and 13 <= _size(place) <= 14


def test_minutes_have_no_place_date_line(documents: dict[DocType, Any]) -> None:
    header = documents[DocType.BIEN_BAN].tables[0]
    assert header.cell(1, 0).paragraphs[0].text.endswith("/BB-VPUBND")
    assert header.cell(1, 1).text.strip() == ""


def test_issued_document_has_zero_padded_number_and_date(session: Session, tmp_path: Path) -> None:
    import datetime as dt

    issued = session.model_copy(deep=True)
    issued.document.number = "7"
    issued.document.issued_on = dt.date(2024, 3, 5)
    path = tmp_path / "tb.docx"
    Renderer().write_docx(issued, DocType.THONG_BAO_KET_LUAN, path)
    header = Document(str(path)).tables[0]
    assert header.cell(1, 0).text == "Số: 07/TB-VPUBND"
    assert header.cell(1, 1).text == "Đồng Tháp, ngày 05 tháng 3 năm 2024"


@pytest.mark.parametrize(
    ("doc_type", "type_name", "summary"),
    [
        (DocType.THONG_BAO_KET_LUAN, "THÔNG BÁO",
         "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa tại buổi làm việc với "
         "Ủy ban nhân dân thành phố Cao Lãnh"),
        (DocType.BIEN_BAN, "BIÊN BẢN",
         "Buổi làm việc của Chủ tịch Ủy ban nhân dân tỉnh với Ủy ban nhân dân thành phố Cao Lãnh"),
        (DocType.BAO_CAO, "BÁO CÁO",
         "Tóm tắt kết quả buổi làm việc của Chủ tịch Ủy ban nhân dân tỉnh với Ủy ban nhân dân "
         "thành phố Cao Lãnh"),
    ],
)
def test_type_name_summary_and_rule(
    documents: dict[DocType, Any], doc_type: DocType, type_name: str, summary: str
) -> None:
    paragraphs = documents[doc_type].paragraphs
    assert paragraphs[0].text == type_name
    assert _bold(paragraphs[0]) and 13 <= _size(paragraphs[0]) <= 14
    assert _alignment(paragraphs[0]) == WD_ALIGN_PARAGRAPH.CENTER
    assert paragraphs[1].text == summary
    assert _bold(paragraphs[1]) and not _italic(paragraphs[1])
    assert _alignment(paragraphs[1]) == WD_ALIGN_PARAGRAPH.CENTER
    rule = paragraphs[2]
    assert rule.text == "" and _bottom_border(rule) is not None
    line = min(text_width_mm(summary, 14, bold=True), 165)
    length = 165 - rule.paragraph_format.left_indent.mm - rule.paragraph_format.right_indent.mm
    assert line / 3 <= length <= line / 2


@pytest.mark.parametrize("doc_type", ALL)
def test_body_paragraph_format(documents: dict[DocType, Any], doc_type: DocType) -> None:
    body = [p for p in documents[doc_type].paragraphs if p.style.name == st.BODY]
    assert len(body) >= 8
    style = body[0].style
    fmt = style.paragraph_format
    # 13–14 pt: the one-page brief takes the smaller end, the other documents 14 pt
    assert style.font.size.pt == (13 if doc_type is DocType.BAO_CAO else 14)
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert fmt.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
    assert fmt.space_after.pt >= 6
    assert 1.0 <= fmt.line_spacing <= 1.5
    assert body[-1].text.endswith("./.")
    assert all(not p.text.endswith("./.") for p in body[:-1])


@pytest.mark.parametrize("doc_type", ALL)
def test_page_number_field_from_page_two(documents: dict[DocType, Any], doc_type: DocType) -> None:
    section = documents[doc_type].sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    instructions = "".join(t.text for t in header._p.iter(qn("w:instrText")))
    assert instructions.strip() == "PAGE"
    assert _alignment(header) == WD_ALIGN_PARAGRAPH.CENTER
    assert 13 <= _size(header) <= 14
    assert section.first_page_header.paragraphs[0].text == ""


def test_notice_signature_and_recipients_side_by_side(documents: dict[DocType, Any]) -> None:
    table = documents[DocType.THONG_BAO_KET_LUAN].tables[-1]
    left, right = table.cell(0, 0).paragraphs, table.cell(0, 1).paragraphs
    assert left[0].text == "Nơi nhận:"
    assert _bold(left[0]) and _italic(left[0]) and _size(left[0]) == 12
    lines = [p.text for p in left[1:]]
    assert lines == [
        "- Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh;",
        "- Các sở, ngành tỉnh có liên quan;",
        "- Thành ủy, Ủy ban nhân dân thành phố Cao Lãnh;",
        "- Lưu: VT, TH.",
    ]
    assert all(_size(p) == 11 and not _bold(p) and not _italic(p) for p in left[1:])
    assert [p.text for p in right[:2]] == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert all(_bold(p) and 13 <= _size(p) <= 14 for p in right[:2])
    room = right[2:-1]
    assert len(room) >= 3 and all(p.text == "" for p in room)
    assert right[-1].text == ""  # a blank signer name leaves the space


def test_minutes_signatures_secretary_left_chair_right(documents: dict[DocType, Any]) -> None:
    table = documents[DocType.BIEN_BAN].tables[-1]
    secretary, chair = table.cell(0, 0).paragraphs, table.cell(0, 1).paragraphs
    assert secretary[0].text == "THƯ KÝ" and chair[0].text == "CHỦ TỌA"
    assert _bold(secretary[0]) and _bold(chair[0])
    assert chair[-1].text == "Phạm Thiện Nghĩa" and _bold(chair[-1])
    recipients = [p.text for p in table.cell(1, 0).paragraphs]
    assert recipients[0] == "Nơi nhận:" and recipients[-1] == "- Lưu: VT, Hồ sơ."


def test_content_of_the_notice(documents: dict[DocType, Any], session: Session) -> None:
    text = "\n".join(p.text for p in documents[DocType.THONG_BAO_KET_LUAN].paragraphs).strip()
    assert text.count("Phạm Thiện Nghĩa") >= 2
    assert (
        "Ngày 04/3/2024, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa chủ "
        "trì buổi làm việc với Ủy ban nhân dân thành phố Cao Lãnh về triển khai các nhiệm vụ "
        "trọng tâm phát triển kinh tế - xã hội năm 2024. Cùng dự có " in text
    )
    assert (
        "Sau khi nghe Chủ tịch Ủy ban nhân dân thành phố Cao Lãnh Võ Phan Thành Minh báo cáo "
        "kết quả triển khai" in text
    )
    assert "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa kết luận như sau:" in text
    assert "\n1. Ghi nhận" in text and "\n2. " in text
    for paragraph in session.conclusion.assessment:
        assert paragraph.rstrip(".") in text
    for label, directive in zip("abcdđ", session.conclusion.directives, strict=True):
        assert f"\n{label}) {directive.text.rstrip('.')}" in text
    assert text.endswith(
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."
    )


def test_content_of_the_minutes(documents: dict[DocType, Any], session: Session) -> None:
    text = "\n".join(p.text for p in documents[DocType.BIEN_BAN].paragraphs).strip()
    for start in ("Thời gian bắt đầu: 14 giờ 00, ngày 04 tháng 3 năm 2024",
                  "Địa điểm: Trụ sở Ủy ban nhân dân thành phố Cao Lãnh",
                  "Thành phần tham dự:", "Về phía tỉnh:", "Về phía thành phố:",
                  "Chủ trì: Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa",
                  "Thư ký: Chuyên viên Văn phòng Ủy ban nhân dân tỉnh", "Nội dung:"):
        assert f"\n{start}" in "\n" + text
    for figure in session.reports[0].figures:
        assert f"{figure.label}: {figure.value} {figure.unit}" in text
    for directive in session.conclusion.directives:
        assert directive.text.rstrip(".") in text
    assert text.endswith("Buổi làm việc kết thúc vào 17 giờ 00 cùng ngày./.")


def test_content_of_the_brief(documents: dict[DocType, Any], session: Session) -> None:
    document = documents[DocType.BAO_CAO]
    paragraphs = document.paragraphs
    text = "\n".join(p.text for p in paragraphs)
    opening = next(p.text for p in paragraphs if p.text.startswith("Ngày 04/3/2024"))
    assert "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa chủ trì buổi làm việc" in opening
    assert "nghe Chủ tịch Ủy ban nhân dân thành phố Cao Lãnh Võ Phan Thành Minh báo cáo" in opening
    figures = document.tables[1]
    assert [c.text for c in figures.rows[0].cells] == ["TT", "Chỉ tiêu", "Kết quả"]
    assert all(_bold(p) for c in figures.rows[0].cells for p in c.paragraphs)
    assert len(figures.rows) == 1 + len(session.reports[0].figures)
    assert figures.rows[1].cells[2].text == "548 tỷ đồng (đạt 98% kế hoạch)"
    assert figures.rows[4].cells[2].text == "22,87 tỷ đồng"
    # the assessment condensed into one paragraph with a bold lead
    assessment = next(p for p in paragraphs if p.text.startswith("Đánh giá:"))
    assert assessment.runs[0].bold and not assessment.runs[-1].bold
    assert all(a.rstrip(".") in assessment.text for a in session.conclusion.assessment)
    # the directives: one numbered list under the assignee they share, each its first clause
    lead = next(p for p in paragraphs if p.text.startswith("Nhiệm vụ giao"))
    # some directives are cut to their first clause, and the lead says the list is a summary
    assert lead.text == (
        "Nhiệm vụ giao Ủy ban nhân dân thành phố Cao Lãnh chủ trì thực hiện (tóm tắt):"
    )
    assert _bold(lead)
    for number, directive in enumerate(session.conclusion.directives, start=1):
        first_clause = directive.text.split(";")[0].rstrip(".")
        assert f"\n{number}. {first_clause}." in text
    assert "thời hạn" not in text  # the fixture's directives have no deadline
