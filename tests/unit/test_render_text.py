"""User text is data: whatever a clerk types prints literally, in .docx and preview alike.

Also the content rules: cancelled directives never appear, empty optional parts are left out
gracefully, and arbitrary Unicode never crashes the renderer or produces invalid XML.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as strategies
from lxml import etree

from models import Attendee, Directive, Proposal, Report, Session, Status, read_session_file
from renderer import DocType, Renderer
from renderer.blocks import Run
from renderer.context import in_sentence
from renderer.docx_writer import build_document, page_specs
from renderer.escape import escape
from renderer.markdown import to_blocks
from renderer.page_fit import fits_one_page, line_count
from tests.longer_sessions import longer

HOSTILE = [
    "1. không phải danh sách",
    "# không phải tiêu đề",
    "- không phải gạch đầu dòng",
    "a **không đậm** và *không nghiêng* _x_",
    "<b>không phải HTML</b> <script>alert(1)</script>",
    "[liên kết](http://example.com) ![ảnh](x.png)",
    "{{ 7 * 7 }} {% if true %}x{% endif %}",
    "dấu \\ gạch ngược `mã` | ống | &amp; &copy;",
    "    bốn dấu cách đầu dòng",
    "> trích dẫn",
    "2) không phải điểm",
    "***",
    "dòng một\ndòng hai\n\n# dòng ba",
    "6",  # a bare number followed by the template's full stop once made an empty list item
]


@pytest.fixture(scope="module")
def seed() -> Session:
    from tests.conftest import SEED

    return read_session_file(SEED).session


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_parses_back_to_itself(text: str) -> None:
    blocks = to_blocks(f"Trước {escape(text)} sau\n")
    assert len(blocks) == 1
    runs = blocks[0].runs  # type: ignore[union-attr]
    assert all(not run.bold and not run.italic for run in runs)
    assert _flat("".join(run.text for run in runs)) == f"Trước {_flat(text)} sau"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_directive_prints_literally(seed: Session, renderer: Renderer, text: str) -> None:
    session = seed.model_copy(deep=True)
    session.conclusion.directives[0].text = text
    session.subject = text
    for doc_type in DocType:
        body = renderer.blocks(session, doc_type).body_text()
        assert _flat(text) in _flat(body), doc_type
        html = renderer.html(session, doc_type)
        assert "<script>" not in html and "<b>không phải HTML" not in html
    document = build_document(renderer.blocks(session, DocType.THONG_BAO_KET_LUAN))
    runs = [run for p in document.paragraphs for run in p.runs if _flat(text) in _flat(run.text)]
    assert runs and all(not run.bold and not run.italic for run in runs)


def test_the_markdown_shown_to_a_person_has_values_escaped(
    seed: Session, renderer: Renderer
) -> None:
    # The parser never sees a clerk's punctuation (renderer.escape keeps values aside);
    # the Markdown a template author reads shows each value escaped in its place.
    session = seed.model_copy(deep=True)
    session.conclusion.directives[0].text = "1. **Gấp** <b>x</b>"
    markdown = renderer.markdown(session, DocType.THONG_BAO_KET_LUAN)
    assert "\n1) 1\\. \\*\\*Gấp\\*\\* \\<b\\>x\\<\\/b\\>\\.\n" in markdown
    assert "\ue000" not in markdown
    assert to_blocks(markdown) == renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body


@pytest.mark.parametrize("text", ["\ue0000\ue001", "a\ue000", "\ue001\ue0009\ue001 x"])
def test_a_clerk_cannot_forge_a_placeholder(seed: Session, renderer: Renderer, text: str) -> None:
    session = seed.model_copy(deep=True)
    # The placeholder for "04/3/2024" (the first value printed) is "\ue0000\ue001".
    session.conclusion.directives[0].text = text
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert f"\na) {text}.\n" in notice


def test_cancelled_directives_never_appear(seed: Session, renderer: Renderer) -> None:
    session = seed.model_copy(deep=True)
    session.conclusion.directives[1].status = Status.CANCELLED
    cancelled = session.conclusion.directives[1].text.rstrip(".")
    for doc_type in DocType:
        body = renderer.blocks(session, doc_type).body_text()
        assert cancelled not in body
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert "\nd) " in notice and "\nđ) " not in notice  # labels close the gap


def test_assignee_and_deadline_follow_a_directive(seed: Session, renderer: Renderer) -> None:
    session = seed.model_copy(deep=True)
    session.conclusion.directives.append(
        Directive(id="d9", text="Báo cáo kết quả giải ngân.", assignees=["Sở Tài chính"],
                  collaborators=["Kho bạc Nhà nước tỉnh"], deadline=dt.date(2024, 3, 31))
    )
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert ("e) Báo cáo kết quả giải ngân (Sở Tài chính chủ trì thực hiện; Kho bạc Nhà nước "
            "tỉnh phối hợp; thời hạn: 31/3/2024).") in notice
    assert "đề nghị các cơ quan, đơn vị tập trung" in notice  # no longer one owner


def test_empty_session_renders_gracefully(renderer: Renderer) -> None:
    session = Session.new(dt.date(2024, 1, 9))
    for doc_type in DocType:
        document = renderer.blocks(session, doc_type)
        assert document.body_text().rstrip().endswith("./.")
        assert "None" not in document.body_text()
        build_document(document)
    minutes = renderer.blocks(session, DocType.BIEN_BAN).body_text()
    assert "Địa điểm" not in minutes and "Ý kiến" not in minutes
    assert renderer.blocks(session, DocType.BAO_CAO).header.place_date == (
        "Ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2024"
    )


def test_absentees_are_listed_with_reasons(seed: Session, renderer: Renderer) -> None:
    session = seed.model_copy(deep=True)
    session.attendees.append(
        Attendee(id="p9", name="Lê Văn An", position="Giám đốc Sở Xây dựng",
                 group="Về phía tỉnh", present=False, absence_reason="đi công tác")
    )
    minutes = renderer.blocks(session, DocType.BIEN_BAN).body_text()
    assert "Vắng mặt:\n- Giám đốc Sở Xây dựng Lê Văn An (lý do: đi công tác)." in minutes
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert "Lê Văn An" not in notice


def test_meeting_minutes_are_named_and_closed_as_a_meeting(
    seed: Session, renderer: Renderer
) -> None:
    session = seed.model_copy(deep=True)
    session.kind = "meeting"  # type: ignore[assignment]
    document = renderer.blocks(session, DocType.BIEN_BAN)
    assert document.summary.startswith("Cuộc họp của Chủ tịch Ủy ban nhân dân tỉnh")
    assert document.body_text().endswith("Cuộc họp kết thúc vào 17 giờ 00 cùng ngày./.")


_TEXT = strategies.text(max_size=60)
_SHARED = Renderer()  # compiled templates are reused across examples, as in the window


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=_TEXT, directive=_TEXT, name=_TEXT, figure=_TEXT, recipient=_TEXT)
def test_any_unicode_is_rendered_literally_as_valid_xml(
    seed: Session, subject: str, directive: str, name: str, figure: str, recipient: str
) -> None:
    session = seed.model_copy(deep=True)
    session.subject = subject  # validate_assignment cleans it as the file reader would
    session.conclusion.directives[0].text = directive
    session.attendees[0].name = name
    session.reports[0].figures[0].note = figure
    session.document.recipients = [recipient]
    renderer = _SHARED
    for doc_type in (DocType.THONG_BAO_KET_LUAN, DocType.BAO_CAO):
        rendered = renderer.blocks(session, doc_type)
        body = _flat(rendered.body_text())
        for value in (session.subject, session.conclusion.directives[0].text):
            assert _flat(value).rstrip(".") in body
        if _flat(session.reports[0].figures[0].note) and doc_type is DocType.BAO_CAO:
            assert _flat(session.reports[0].figures[0].note) in body
        if _flat(session.attendees[0].name) and doc_type is DocType.THONG_BAO_KET_LUAN:
            assert _flat(session.attendees[0].name) in _flat(rendered.summary)
        renderer.html(session, doc_type)
        if doc_type is DocType.BAO_CAO:
            continue  # one .docx per example keeps the property test fast
        buffer = io.BytesIO()
        build_document(rendered).save(buffer)
        with zipfile.ZipFile(buffer) as package:
            etree.fromstring(package.read("word/document.xml"))
        Document(io.BytesIO(buffer.getvalue()))


def test_written_file_is_a_valid_package(seed: Session, tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    Renderer().write_docx(seed, DocType.BIEN_BAN, path)
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        for name in package.namelist():
            if name.endswith(".xml"):
                etree.fromstring(package.read(name))


# -- proposals and answers (Mẫu 1.4, section 3) -------------------------------------------------

PROPOSALS = [
    Proposal(id="k1", text="Hỗ trợ kinh phí nâng cấp tuyến đường ĐT 846.",
             answer="Thống nhất chủ trương; giao Sở Tài chính tham mưu bố trí vốn"),
    Proposal(id="k2", text="Cho phép thành phố điều chỉnh quy hoạch chung", answer=""),
    Proposal(id="k3", text="Ủy ban nhân dân thành phố được bố trí **gấp** 1. vốn",
             answer="Đồng ý."),
]


def _with_proposals(seed: Session, *, assessment: bool = True, directives: bool = True) -> Session:
    session = seed.model_copy(deep=True)
    session.conclusion.proposals = [p.model_copy() for p in PROPOSALS]
    if not assessment:
        session.conclusion.assessment = []
    if not directives:
        session.conclusion.directives = []
    return session


def _docx_lines(renderer: Renderer, session: Session, doc_type: DocType) -> list[str]:
    return [p.text for p in build_document(renderer.blocks(session, doc_type)).paragraphs]


def test_notice_answers_proposals_in_a_third_section(seed: Session, renderer: Renderer) -> None:
    lines = _docx_lines(renderer, _with_proposals(seed), DocType.THONG_BAO_KET_LUAN)
    heading = "3. Về các đề xuất, kiến nghị của Ủy ban nhân dân thành phố Cao Lãnh:"
    start = lines.index(heading)
    assert lines[start + 1:start + 3] == [
        "a) Về đề xuất hỗ trợ kinh phí nâng cấp tuyến đường ĐT 846: Thống nhất chủ trương; "
        "giao Sở Tài chính tham mưu bố trí vốn.",
        # a name keeps its capital; the clerk's text prints literally, markup and all
        "b) Về đề xuất Ủy ban nhân dân thành phố được bố trí **gấp** 1. vốn: Đồng ý.",
    ]
    assert not any("điều chỉnh quy hoạch chung" in line for line in lines)  # not answered
    assert lines[start + 3].endswith("thông báo để các cơ quan, đơn vị biết, thực hiện./.")


def test_a_proposal_typed_with_its_own_noun_is_not_called_a_proposal_twice(
    seed: Session, renderer: Renderer
) -> None:
    session = seed.model_copy(deep=True)
    session.conclusion.proposals = [
        Proposal(id="k1", text="Kiến nghị bổ sung vốn cho dự án kè.", answer="Đồng ý"),
        Proposal(id="k2", text="Đề nghị tỉnh hỗ trợ kinh phí", answer="Giao Sở Tài chính"),
    ]
    lines = _docx_lines(renderer, session, DocType.THONG_BAO_KET_LUAN)
    start = lines.index("3. Về các đề xuất, kiến nghị của Ủy ban nhân dân thành phố Cao Lãnh:")
    assert lines[start + 1:start + 3] == [
        "a) Về kiến nghị bổ sung vốn cho dự án kè: Đồng ý.",
        "b) Về đề nghị tỉnh hỗ trợ kinh phí: Giao Sở Tài chính.",
    ]


@pytest.mark.parametrize(
    ("assessment", "directives", "number"), [(False, True, 2), (True, False, 2), (False, False, 1)]
)
def test_proposal_section_number_follows_the_sections_present(
    seed: Session, renderer: Renderer, assessment: bool, directives: bool, number: int
) -> None:
    session = _with_proposals(seed, assessment=assessment, directives=directives)
    lines = _docx_lines(renderer, session, DocType.THONG_BAO_KET_LUAN)
    assert f"{number}. Về các đề xuất, kiến nghị của Ủy ban nhân dân thành phố Cao Lãnh:" in lines
    assert not any(line.startswith(f"{number + 1}. ") for line in lines)


def test_no_answered_proposal_no_section(seed: Session, renderer: Renderer) -> None:
    session = _with_proposals(seed)
    for proposal in session.conclusion.proposals:
        proposal.answer = "   "
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert "đề xuất" not in notice and "\n3. " not in notice
    brief = renderer.blocks(session, DocType.BAO_CAO).body_text()
    assert "đề xuất" not in brief


def test_minutes_record_every_proposal_and_its_answer(seed: Session, renderer: Renderer) -> None:
    lines = _docx_lines(renderer, _with_proposals(seed), DocType.BIEN_BAN)
    start = lines.index("2. Đề xuất, kiến nghị:")
    assert lines[start + 1:start + 4] == [
        "- Hỗ trợ kinh phí nâng cấp tuyến đường ĐT 846. Ý kiến trả lời của Chủ tịch Ủy ban nhân "
        "dân tỉnh: Thống nhất chủ trương; giao Sở Tài chính tham mưu bố trí vốn.",
        "- Cho phép thành phố điều chỉnh quy hoạch chung.",  # recorded, not answered
        "- Ủy ban nhân dân thành phố được bố trí **gấp** 1. vốn. Ý kiến trả lời của Chủ tịch Ủy "
        "ban nhân dân tỉnh: Đồng ý.",
    ]
    assert lines[start + 4].startswith("3. Kết luận của Chủ tịch Ủy ban nhân dân tỉnh")


def test_brief_gives_proposals_one_line(seed: Session, renderer: Renderer) -> None:
    brief = renderer.blocks(_with_proposals(seed), DocType.BAO_CAO).body_text()
    assert ("Chủ tịch Ủy ban nhân dân tỉnh đã trả lời 2 đề xuất, kiến nghị của Ủy ban nhân dân "
            "thành phố Cao Lãnh (chi tiết tại Thông báo kết luận).") in brief.split("\n")


# -- lists joined mid-sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại diện lãnh đạo các sở, ngành", "đại diện lãnh đạo các sở, ngành"),
        ("Lãnh đạo các phòng, ban", "lãnh đạo các phòng, ban"),
        ("Các Phó Chủ tịch Ủy ban nhân dân tỉnh", "các Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Thành viên Ban Chỉ đạo", "thành viên Ban Chỉ đạo"),
        ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("Cần Thơ", "Cần Thơ"),
        ("Cácbon", "Cácbon"),  # an opener only as a whole word
        ("UBND tỉnh", "UBND tỉnh"),
    ],
)
def test_in_sentence_lowers_common_openers_only(text: str, expected: str) -> None:
    assert in_sentence(text) == expected


def test_delegations_are_lower_case_mid_sentence(seed: Session, renderer: Renderer) -> None:
    notice = renderer.blocks(seed, DocType.THONG_BAO_KET_LUAN).body_text()
    assert ("Cùng dự có đại diện lãnh đạo Văn phòng Ủy ban nhân dân tỉnh và các sở, ngành tỉnh "
            "có liên quan; về phía thành phố có Chủ tịch Ủy ban nhân dân thành phố Cao Lãnh Võ "
            "Phan Thành Minh, lãnh đạo các phòng, ban, ngành thành phố") in notice
    # at the start of a line the capital stays
    minutes = renderer.blocks(seed, DocType.BIEN_BAN).body_text()
    assert "\n- Đại diện lãnh đạo Văn phòng Ủy ban nhân dân tỉnh" in minutes


def test_delegation_presenter_and_organisation_guests_mid_sentence(
    seed: Session, renderer: Renderer
) -> None:
    session = seed.model_copy(deep=True)
    session.attendees.append(
        Attendee(id="p8", position="Đại diện Sở Tài chính", group="Về phía tỉnh")
    )
    session.attendees.append(
        Attendee(id="p9", position="Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
                 group="Về phía thành phố")
    )
    session.reports.append(Report(id="r2", presenter="p8", title="Tình hình thu ngân sách"))
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert "; đại diện Sở Tài chính báo cáo tình hình thu ngân sách và ý kiến" in notice
    assert ", Ủy ban Mặt trận Tổ quốc Việt Nam thành phố." in notice
    brief = renderer.blocks(session, DocType.BAO_CAO).body_text()
    assert "; đại diện Sở Tài chính báo cáo tình hình thu ngân sách." in brief


def test_guests_only_from_the_other_side(seed: Session, renderer: Renderer) -> None:
    session = seed.model_copy(deep=True)
    session.attendees = [a for a in session.attendees if a.id != "p2"]  # no one else from tỉnh
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert ("Cùng dự, về phía thành phố có Chủ tịch Ủy ban nhân dân thành phố Cao Lãnh Võ Phan "
            "Thành Minh, lãnh đạo các phòng") in notice
    assert "có về phía" not in notice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rà soát quy hoạch; báo cáo kết quả.", "Rà soát quy hoạch"),
        ("Hoàn thành dự án (trước 30/6; báo cáo) đúng hạn.", "Hoàn thành dự án (trước 30/6; "
         "báo cáo) đúng hạn"),
        ("Khẩn trương; rà soát hồ sơ.", "Khẩn trương; rà soát hồ sơ"),  # two words: too little
        ("Thực hiện tốt cải cách hành chính.", "Thực hiện tốt cải cách hành chính"),
    ],
)
def test_brief_lists_a_directives_first_clause(
    seed: Session, renderer: Renderer, text: str, expected: str
) -> None:
    session = seed.model_copy(deep=True)
    session.conclusion.directives[0].text = text
    lines = renderer.blocks(session, DocType.BAO_CAO).body_text().split("\n")
    assert f"1. {expected}." in lines


def test_the_brief_says_summary_only_when_a_directive_was_shortened(
    seed: Session, renderer: Renderer
) -> None:
    session = seed.model_copy(deep=True)
    lines = _docx_lines(renderer, session, DocType.BAO_CAO)
    assert any(line.endswith("chủ trì thực hiện (tóm tắt):") for line in lines)
    for directive in session.conclusion.directives:
        directive.text = directive.text.split(";")[0]
    lines = _docx_lines(renderer, session, DocType.BAO_CAO)
    assert any(line.endswith("chủ trì thực hiện:") for line in lines)
    assert not any("(tóm tắt)" in line for line in lines)


# -- the brief stays on one page --------------------------------------------------------------


def test_a_brief_with_many_directives_lists_what_fits_and_counts_the_rest(
    seed: Session, renderer: Renderer
) -> None:
    session = longer(seed, 12)
    brief = renderer.blocks(session, DocType.BAO_CAO)
    lines = brief.body_text().split("\n")
    listed = [line for line in lines if line[:1].isdigit() and ". " in line[:4]]
    more = [line for line in lines if line.startswith("Ngoài ra còn ")]
    assert 3 <= len(listed) < 12
    assert [line.split(".")[0] for line in listed] == [str(n) for n in range(1, len(listed) + 1)]
    assert more == [f"Ngoài ra còn {12 - len(listed)} nhiệm vụ khác (chi tiết tại Thông báo kết "
                    "luận)./."]
    assert any(line.endswith("chủ trì thực hiện (tóm tắt):") for line in lines)
    assert fits_one_page(brief, page_specs(DocType.BAO_CAO))
    # the Thông báo keeps every one of them
    notice = renderer.blocks(session, DocType.THONG_BAO_KET_LUAN).body_text()
    assert "Nhiệm vụ thêm 12:" in notice


def test_a_brief_that_fits_lists_everything(seed: Session, renderer: Renderer) -> None:
    brief = renderer.blocks(seed, DocType.BAO_CAO)
    text = brief.body_text()
    assert "Ngoài ra còn" not in text and "số liệu khác" not in text
    assert len(brief.body[1].rows) == 7  # type: ignore[union-attr]  # header + six figures
    assert fits_one_page(brief, page_specs(DocType.BAO_CAO))


def test_a_brief_with_many_figures_keeps_three_directives_then_cuts_the_table(
    seed: Session, renderer: Renderer
) -> None:
    session = longer(seed, 10, extra_figures=40)
    figures = sum(len(r.figures) for r in session.reports)
    lines = renderer.blocks(session, DocType.BAO_CAO).body_text().split("\n")
    rows = [line for line in lines if " | " in line and line.split(" | ")[0].isdigit()]
    assert 3 <= len(rows) < figures
    assert f"Còn {figures - len(rows)} số liệu khác (chi tiết tại Biên bản)." in lines
    assert "Ngoài ra còn 7 nhiệm vụ khác (chi tiết tại Thông báo kết luận)./." in lines


@pytest.mark.parametrize(
    ("text", "width_pt", "indent_pt", "lines"),
    [
        ("", 100, 0, 1),
        ("một hai ba", 1000, 0, 1),
        ("một hai ba", 1000, 990, 2),  # the first line's indent leaves no room
        # "chữ" is 18.8 pt at 13 pt, a space 3.25 pt: nine words to 200 pt, 100 words on 12 lines
        (" ".join(["chữ"] * 100), 200, 0, 12),
    ],
)
def test_line_count_wraps_word_by_word(text: str, width_pt: float, indent_pt: float,
                                       lines: int) -> None:
    assert line_count((Run(text),), 13, width_pt, indent_pt) == lines


def _brief_lines(renderer: Renderer, session: Session) -> list[str]:
    brief = renderer.blocks(session, DocType.BAO_CAO)
    assert fits_one_page(brief, page_specs(DocType.BAO_CAO))
    return brief.body_text().split("\n")


def test_a_brief_with_many_reports_names_the_first_and_counts_the_rest(
    seed: Session, renderer: Renderer
) -> None:
    from tests.longer_sessions import busy

    opening = _brief_lines(renderer, busy(seed, reports=20))[0]
    named = opening.count(" báo cáo tình hình thực hiện") + 1  # and the seed's own report
    assert named >= 3
    assert f" và {21 - named} báo cáo khác (chi tiết tại Biên bản)." in opening
    assert "(lần 20)" not in opening


def test_when_nothing_else_gives_way_the_reports_are_only_counted(
    seed: Session, renderer: Renderer
) -> None:
    from tests.longer_sessions import busy

    session = busy(seed, reports=20, attendees=300, directives=1000, assessment=6)
    lines = _brief_lines(renderer, session)
    assert ", nghe 21 báo cáo của các đơn vị (chi tiết tại Biên bản)." in lines[0]
    assert "Ngoài ra còn 997 nhiệm vụ khác (chi tiết tại Thông báo kết luận)./." in lines


def test_a_long_assessment_gives_way_too(seed: Session, renderer: Renderer) -> None:
    from tests.longer_sessions import busy

    lines = _brief_lines(renderer, busy(seed, assessment=40))
    (assessment,) = [line for line in lines if line.startswith("Đánh giá:")]
    assert assessment.endswith(" … (chi tiết tại Thông báo kết luận).")
    assert 40 <= len(assessment.split()) < 1500  # of the 1500 words it has
    assert any(line.startswith("1. ") for line in lines)  # a directive is still listed


def test_a_directive_without_semicolons_is_printed_whole_in_the_brief(seed: Session) -> None:
    """Found by the property test above: "0 0 0:" lost its colon in the brief, as if the
    colon ended a first clause; only a semicolon does."""
    session = seed.model_copy(deep=True)
    session.conclusion.directives[0].text = "Rà soát các chỉ tiêu sau:"
    body = _SHARED.blocks(session, DocType.BAO_CAO).body_text()
    assert "Rà soát các chỉ tiêu sau:" in body
