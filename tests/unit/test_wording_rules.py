"""The wording rules on their own (models.wording), with the spellings clerks type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import wording


@pytest.mark.parametrize(
    ("position", "posts"),
    [
        ("Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
         ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Trưởng Ban Chỉ đạo phòng, chống tham nhũng",
         ["Trưởng Ban Chỉ đạo phòng, chống tham nhũng"]),
        ("Chủ tịch Ủy ban nhân dân các xã, phường", ["Chủ tịch Ủy ban nhân dân các xã, phường"]),
        ("Trưởng phòng Kinh tế, Hạ tầng và Đô thị", ["Trưởng phòng Kinh tế, Hạ tầng và Đô thị"]),
        ("Cục trưởng Cục Thuế, Ủy viên Ban Chấp hành", ["Cục trưởng Cục Thuế",
                                                      "Ủy viên Ban Chấp hành"]),
        ("", []),
        (" , ,", []),
    ],
)
def test_positions_split_only_where_a_post_starts(position: str, posts: list[str]) -> None:
    assert wording.posts(position) == posts
    assert wording.default_title(position) == (posts[-1] if posts else "")


@pytest.mark.parametrize(
    ("name", "parent", "place", "expected"),
    [
        ("VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "Đồng Tháp",
         "Văn phòng Ủy ban nhân dân tỉnh"),
        ("VĂN PHÒNG", "UBND TỈNH ĐỒNG THÁP", "Đồng Tháp", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Văn phòng", "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp",
         "Văn phòng Ủy ban nhân dân tỉnh"),
        ("SỞ TÀI CHÍNH", "UBND TỈNH ĐỒNG THÁP", "Đồng Tháp", "Sở Tài chính"),
        ("", "ỦY BAN NHÂN DÂN XÃ TÂN HỘI", "", "Ủy ban nhân dân xã Tân Hội"),
        ("", "ỦY BAN NHÂN DÂN CÁC XÃ", "", "Ủy ban nhân dân các xã"),
        ("", "", "", ""),
    ],
)
def test_the_issuer_in_sentences(name: str, parent: str, place: str, expected: str) -> None:
    assert wording.issuer_in_text(name, parent, place) == expected


@pytest.mark.parametrize(
    ("organization", "named_by"),
    [
        ("Ủy ban nhân dân tỉnh Đồng Tháp", "Chủ tịch UBND tỉnh"),
        ("Ủy ban nhân dân các xã", "Chủ tịch Ủy ban nhân dân các xã"),
        ("Sở Lao động - Thương binh và Xã hội", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
    ],
)
def test_a_position_that_names_its_organization(organization: str, named_by: str) -> None:
    assert wording.names_organization(named_by, organization)
    assert wording.with_organization(named_by, organization) == named_by
    assert not wording.names_organization("Chuyên gia tư vấn", organization)


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(texts, texts, texts)
def test_the_rules_accept_any_text(first: str, second: str, third: str) -> None:
    wording.posts(first)
    wording.with_organization(first, second)
    wording.side_heading(first)
    wording.issuer_code(first)
    wording.issuer_in_text(first, second, third)
    wording.without_lead(first, "về")
