"""Wording that survives real input, read back from the generated .docx with python-docx.

Each test types what clerks type (positions with commas, names in capitals, sides spelled
every way, "TB-VPUBND", titles starting with "Báo cáo") and checks what the documents print.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from models import Attendee, Kind, Opinion, Proposal, Role, Session, read_session_file
from renderer import DocType, Renderer
from tests.conftest import SEED


@pytest.fixture
def seed() -> Session:
    return read_session_file(SEED).session


def _texts(session: Session, doc_type: DocType, folder: Path) -> list[str]:
    """Every paragraph of the document, tables included, as Word shows its text."""
    path = folder / f"{doc_type.value}.docx"
    Renderer().write_docx(session, doc_type, path)
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(p.text for p in cell.paragraphs)
    return found


def _all(session: Session, folder: Path) -> dict[DocType, str]:
    return {t: "\n".join(_texts(session, t, folder)) for t in DocType}


def _attendee(session: Session, attendee_id: str) -> Attendee:
    found = session.attendee(attendee_id)
    assert found is not None
    return found


# -- positions with commas ---------------------------------------------------------------------


def _comma_session(seed: Session) -> Session:
    session = seed.model_copy(deep=True)
    chair = _attendee(session, "p1")
    chair.position = "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"
    chair.organization = ""
    minh = _attendee(session, "p3")
    minh.position = "Giám đốc Sở Lao động - Thương binh và Xã hội"
    minh.organization = ""
    session.attendees.append(Attendee(
        id="p9", name="Trần Văn Hòa", position="Chủ tịch Ủy ban nhân dân các xã, phường",
        group="Về phía thành phố"))
    session.opinions = [Opinion(id="o1", speaker="p9", content="Thống nhất.")]
    session.reports[0].presenter = "p9"
    return session


def test_positions_with_commas_are_never_split(seed: Session, tmp_path: Path) -> None:
    texts = _all(_comma_session(seed), tmp_path)
    whole = "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Phạm Thiện Nghĩa"
    wards = "Chủ tịch Ủy ban nhân dân các xã, phường Trần Văn Hòa"
    bien_ban, thong_bao, bao_cao = (texts[t] for t in DocType)
    assert f"Kết luận của {whole} tại buổi làm việc" in thong_bao  # the trích yếu
    assert f"Chủ trì: {whole}" in bien_ban
    assert f"1. {wards} báo cáo" in bien_ban and f"- {wards}: Thống nhất." in bien_ban
    assert f"Sau khi nghe {wards} báo cáo" in thong_bao
    assert f"{whole} chủ trì buổi làm việc" in bao_cao
    assert f"Ngày 04/3/2024, {whole} chủ trì buổi làm việc" in thong_bao
    assert "Buổi làm việc của Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh với " \
        in bien_ban  # the Biên bản's trích yếu
    assert f"- {wards}." in bien_ban.splitlines()  # the attendees' list
    assert "thành phố có Giám đốc Sở Lao động - Thương binh và Xã hội Võ Phan Thành Minh" \
        in thong_bao  # "Cùng dự"
    for text in texts.values():
        assert "của chống" not in text and "của tiêu cực" not in text
        assert "- phường:" not in text and "nghe phường" not in text


def test_the_post_a_document_uses_is_the_clerks_choice(seed: Session, tmp_path: Path) -> None:
    """A leader holding two posts is named by the State one unless the clerk picks another;
    the whole position still opens the Thông báo and lists the attendee."""
    session = seed.model_copy(deep=True)
    assert _attendee(session, "p1").post == ""
    by_default = _all(session, tmp_path)[DocType.THONG_BAO_KET_LUAN]
    assert "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa" in by_default
    _attendee(session, "p1").post = "Phó Bí thư Tỉnh ủy"
    texts = _all(session, tmp_path)
    assert "Kết luận của Phó Bí thư Tỉnh ủy Phạm Thiện Nghĩa tại" in texts[
        DocType.THONG_BAO_KET_LUAN]
    assert "Buổi làm việc của Phó Bí thư Tỉnh ủy với" in texts[DocType.BIEN_BAN]
    assert "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa chủ trì" in texts[
        DocType.THONG_BAO_KET_LUAN]


# -- lead words ---------------------------------------------------------------------------------

REPEATS = re.compile(r"\b(báo cáo|kết luận|về|với|đề xuất) \1\b", re.IGNORECASE)


def test_lead_words_the_template_writes_are_not_repeated(seed: Session, tmp_path: Path) -> None:
    session = seed.model_copy(deep=True)
    session.reports[0].title = "Báo cáo kết quả triển khai các nhiệm vụ trọng tâm"
    session.reports[0].presenter = None
    session.subject = "về việc triển khai các nhiệm vụ trọng tâm năm 2024"
    session.counterpart = "với Ủy ban nhân dân thành phố Cao Lãnh"
    session.conclusion.proposals = [
        Proposal(id="k1", text="Về việc bổ sung vốn", answer="Giao Sở Tài chính xem xét."),
        Proposal(id="k2", text="Đề xuất hỗ trợ kinh phí", answer="Thống nhất."),
    ]
    texts = _all(session, tmp_path)
    for doc_type, text in texts.items():
        assert not REPEATS.search(text), (doc_type, REPEATS.search(text))
    assert "2. Báo cáo kết quả triển khai" not in texts[DocType.BIEN_BAN]
    assert "1. Báo cáo kết quả triển khai các nhiệm vụ trọng tâm:" in texts[DocType.BIEN_BAN]
    thong_bao = texts[DocType.THONG_BAO_KET_LUAN]
    assert "buổi làm việc với Ủy ban nhân dân thành phố Cao Lãnh về việc triển khai" in thong_bao
    assert "Về đề xuất việc bổ sung vốn:" in thong_bao
    assert "Về đề xuất hỗ trợ kinh phí:" in thong_bao


# -- the issuing body in sentences ---------------------------------------------------------------


def test_an_issuer_typed_in_capitals_reads_in_sentence_case_in_the_body(
    seed: Session, tmp_path: Path
) -> None:
    session = seed.model_copy(deep=True)
    session.issuer.name = "VĂN PHÒNG"
    session.issuer.parent = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
    texts = _texts(session, DocType.THONG_BAO_KET_LUAN, tmp_path)
    assert "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./." \
        in texts
    assert "VĂN PHÒNG" in texts and "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" in texts  # the header
    assert not any("VĂN PHÒNG ỦY BAN" in text for text in texts)


def test_the_clerk_corrects_the_issuer_as_sentences_name_it(
    seed: Session, tmp_path: Path
) -> None:
    session = seed.model_copy(deep=True)
    session.issuer.name = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    session.issuer.name_in_text = "Sở Lao động - Thương binh và Xã hội"
    texts = _texts(session, DocType.THONG_BAO_KET_LUAN, tmp_path)
    assert "Sở Lao động - Thương binh và Xã hội thông báo để các cơ quan, đơn vị biết, " \
        "thực hiện./." in texts


def test_a_file_without_the_new_fields_still_reads_and_writes_without_them() -> None:
    """thuky.session/1 files from before keep their shape: no new field is added on export."""
    import json

    from models import dump_json

    data = json.loads(SEED.read_text("utf-8"))
    session = read_session_file(SEED).session
    written = json.loads(dump_json(session))
    assert written == data
    assert "name_in_text" not in written["issuer"]
    assert all("post" not in attendee for attendee in written["attendees"])


# -- sides ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["thành phố", "Thành phố", "phía thành phố",
                                      "về phía thành phố", "Về phía thành phố:"])
def test_every_spelling_of_a_side_prints_ve_phia(
    seed: Session, tmp_path: Path, spelling: str
) -> None:
    session = seed.model_copy(deep=True)
    _attendee(session, "p3").group = spelling  # p4 keeps "Về phía thành phố": one side
    texts = _all(session, tmp_path)
    bien_ban = texts[DocType.BIEN_BAN].splitlines()
    assert bien_ban.count("Về phía thành phố:") == 1
    assert bien_ban.count("Về phía tỉnh:") == 1
    assert "; về phía thành phố có Chủ tịch Ủy ban nhân dân thành phố Cao Lãnh Võ Phan " \
        "Thành Minh, lãnh đạo các phòng" in texts[DocType.THONG_BAO_KET_LUAN]


def test_a_side_typed_bare_gets_its_heading(seed: Session, tmp_path: Path) -> None:
    session = seed.model_copy(deep=True)
    for attendee in session.attendees:
        attendee.group = {"Về phía tỉnh": "tỉnh"}.get(attendee.group, "thành phố Cao Lãnh")
    lines = _texts(session, DocType.BIEN_BAN, tmp_path)
    assert "Về phía tỉnh:" in lines and "Về phía thành phố Cao Lãnh:" in lines
    assert "tỉnh:" not in lines and "thành phố Cao Lãnh:" not in lines


def test_nobody_is_listed_under_another_groups_heading(seed: Session, tmp_path: Path) -> None:
    session = seed.model_copy(deep=True)
    session.attendees.append(Attendee(id="g1", name="Lê Văn Khách", position="Chuyên gia",
                                      group="Khách mời", role=Role.GUEST))
    secretary = _attendee(session, "p5")
    secretary.group = ""
    secretary.name = "Nguyễn Thị Thư"
    lines = _texts(session, DocType.BIEN_BAN, tmp_path)
    start = lines.index("Thành phần tham dự:")
    end = lines.index(next(line for line in lines if line.startswith("Chủ trì:")))
    listing = [line for line in lines[start + 1:end] if line]
    # the secretary, with no side, comes first under no heading; the guest under "Khách mời:"
    assert listing[0].startswith("- Chuyên viên Văn phòng Ủy ban nhân dân tỉnh Nguyễn Thị Thư")
    assert listing[-2:] == ["Khách mời:", "- Chuyên gia Lê Văn Khách."]


# -- the symbol ---------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["VPUBND", "TB-VPUBND", "BB-VPUBND", " /TB-VPUBND "])
def test_the_symbol_is_accepted_as_clerks_write_it(
    seed: Session, tmp_path: Path, typed: str
) -> None:
    session = seed.model_copy(deep=True)
    session.issuer.symbol = typed
    session.document.number = "85"
    texts = _all(session, tmp_path)
    assert "Số: 85/TB-VPUBND" in texts[DocType.THONG_BAO_KET_LUAN].splitlines()
    assert "Số: 85/BB-VPUBND" in texts[DocType.BIEN_BAN].splitlines()
    assert "Số: 85/BC-VPUBND" in texts[DocType.BAO_CAO].splitlines()


# -- organizations, co-chairs, conferences --------------------------------------------------------


def test_an_organization_is_printed_where_the_position_does_not_name_it(
    seed: Session, tmp_path: Path
) -> None:
    session = seed.model_copy(deep=True)
    session.attendees.append(Attendee(
        id="g1", name="Lê Văn Khách", position="Chuyên gia tư vấn",
        organization="Công ty TNHH Tư vấn Mê Kông", group="Về phía tỉnh"))
    session.opinions = [Opinion(id="o1", speaker="g1", content="Đề nghị làm rõ nguồn vốn.")]
    texts = _all(session, tmp_path)
    guest = "Chuyên gia tư vấn Công ty TNHH Tư vấn Mê Kông Lê Văn Khách"
    assert f"- {guest}." in texts[DocType.BIEN_BAN].splitlines()
    assert f"- {guest}: Đề nghị làm rõ nguồn vốn." in texts[DocType.BIEN_BAN].splitlines()
    assert f"{guest}; về phía thành phố" in texts[DocType.THONG_BAO_KET_LUAN]
    # a position that names its body is not followed by it again
    for text in texts.values():
        assert "Ủy ban nhân dân tỉnh Ủy ban nhân dân" not in text
        assert "Cao Lãnh Ủy ban nhân dân thành phố Cao Lãnh" not in text


def test_co_chairs_are_printed_with_the_chair(seed: Session, tmp_path: Path) -> None:
    session = seed.model_copy(deep=True)
    session.attendees.insert(1, Attendee(
        id="c1", name="Trần Trí Quang", position="Phó Chủ tịch Ủy ban nhân dân tỉnh",
        group="Về phía tỉnh", role=Role.CO_CHAIR))
    texts = _all(session, tmp_path)
    co_chair = "Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Trí Quang"
    assert (f"Chủ trì: Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa; "
            f"{co_chair}") in texts[DocType.BIEN_BAN].splitlines()
    thong_bao = texts[DocType.THONG_BAO_KET_LUAN]
    assert f"Phạm Thiện Nghĩa và {co_chair} đồng chủ trì buổi làm việc" in thong_bao
    assert f"Cùng dự có {co_chair}" not in thong_bao  # not again among the others
    assert f"Phạm Thiện Nghĩa và {co_chair} đồng chủ trì" in texts[DocType.BAO_CAO]


def test_a_conference_is_called_by_its_own_name(seed: Session, tmp_path: Path) -> None:
    session = seed.model_copy(deep=True)
    session.kind = Kind.CONFERENCE
    session.counterpart = ""
    session.subject = "tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024"
    texts = _all(session, tmp_path)
    name = "Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024"
    assert name in texts[DocType.BIEN_BAN].splitlines()  # the trích yếu
    thong_bao = texts[DocType.THONG_BAO_KET_LUAN]
    assert f"Phạm Thiện Nghĩa tại {name}" in thong_bao
    assert f"Phạm Thiện Nghĩa chủ trì {name}." in thong_bao
    assert f"Tóm tắt kết quả {name}" in texts[DocType.BAO_CAO]
    for text in texts.values():
        assert "Hội nghị của" not in text and "hội nghị về" not in text


