"""An attendee added from an opinion or a report keeps that mark in the file, and only then."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models import Attendee, Session, check_session, parse_document
from models.text import matches_typed, same_typed, starts_typed


def test_the_mark_is_written_only_when_set_and_read_back() -> None:
    session = Session.new()
    plain = Attendee(id="p1", name="Nguyễn Văn A")
    added = Attendee(id="p2", name="Lê Văn Tám")
    added.added_from = "opinion"
    session.attendees = [plain, added]
    written = session.to_document()
    assert "added_from" not in written["attendees"][0]  # old files stay as they were
    assert written["attendees"][1]["added_from"] == "opinion"
    again = parse_document(written).session
    assert again.attendees[1].added_from == "opinion"
    assert again.attendees[0].added_from is None
    with pytest.raises(ValidationError):
        added.added_from = "somewhere"  # type: ignore[assignment]


def test_an_added_attendee_without_a_position_is_a_warning_until_completed() -> None:
    session = Session.new()
    added = Attendee(id="p1", name="Lê Văn Tám")
    added.added_from = "report"
    session.attendees = [added]
    found = [p for p in check_session(session) if p.path == "attendees[0].position"]
    assert [p.message for p in found] == [
        "Lê Văn Tám được thêm từ báo cáo: cần bổ sung chức vụ, đơn vị"
    ]
    assert found[0].severity.value == "warning"
    added.position = "Giám đốc Sở Tài chính"
    assert not [p for p in check_session(session) if p.path == "attendees[0].position"]


def test_typed_text_matches_with_or_without_diacritics() -> None:
    assert matches_typed("Nguyễn Văn B", "van b")
    assert matches_typed("Nguyễn Văn B", "NGUYÊN")
    assert not matches_typed("Nguyễn Văn B", "an")  # only at the start of a word
    assert starts_typed("Chủ trì", "chu")
    assert not starts_typed("Đồng chủ trì", "chu")
    assert same_typed("Đặng Thị  Hoa", "dang thi hoa")
    assert not same_typed("Đặng Thị Hoa", "dang thi")
