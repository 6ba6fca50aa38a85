"""Each rule of models/, as the clerk meets it: what is refused, with which path and words."""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from typing import Any

import pytest

from models import (
    Attendee,
    Directive,
    Note,
    Session,
    SessionInvalid,
    Severity,
    check_session,
    dump_json,
    next_id,
    parse_document,
    parse_json,
)
from models.vi_format import (
    DRAFT_BLANK,
    admin_date,
    number_line,
    number_text,
    place_date_line,
    point_label,
    short_date,
    time_text,
)

BASE: dict[str, Any] = {
    "format": "thuky.session/1",
    "kind": "meeting",
    "subject": "giao ban tuần",
    "date": "2024-03-04",
    "start_time": "14:00",
    "end_time": "17:00",
    "attendees": [
        {"id": "p1", "name": "Phạm Thiện Nghĩa", "role": "chair"},
        {"id": "p2", "name": "Võ Phan Thành Minh", "role": "member"},
        {"id": "p3", "name": "", "position": "Đại diện các sở, ngành", "role": "member"},
        {"id": "p4", "name": "Nguyễn Thị Thư", "role": "secretary"},
    ],
    "reports": [{"id": "r1", "presenter": "p2", "title": "Báo cáo", "content": "Nội dung."}],
    "opinions": [{"id": "o1", "speaker": "p1", "content": "Đồng ý."}],
    "conclusion": {
        "assessment": ["Ghi nhận."],
        "directives": [
            {"id": "d1", "text": "Rà soát chỉ tiêu.", "assignees": ["UBND thành phố"]},
            {"id": "d2", "text": "Cải cách hành chính.", "status": "in_progress"},
        ],
    },
}


def doc(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def refused(data: Any) -> list[str]:
    with pytest.raises(SessionInvalid) as caught:
        parse_document(data)
    return [str(p) for p in caught.value.problems]


def test_a_well_formed_session_is_accepted_without_problems() -> None:
    loaded = parse_document(doc())
    assert loaded.warnings == []
    assert loaded.session.chair is not None and loaded.session.chair.id == "p1"


# -- identifiers and references ----------------------------------------------------------------


def test_sessions_read_from_files_never_share_their_lists() -> None:
    # Empty lists are class-level defaults (models/session.py); each session must get its own.
    first = parse_document(doc(conclusion={})).session
    second = parse_document(doc(conclusion={})).session
    first.notes.append(Note(time="09:00", text="x"))
    first.conclusion.assessment.append("y")
    first.document.recipients.append("z")
    assert second.notes == [] and second.conclusion.assessment == []
    assert second.document.recipients == []
    assert parse_document(doc(conclusion={})).session.conclusion.assessment == []


@pytest.mark.parametrize(
    "list_path", [("attendees",), ("reports",), ("opinions",), ("conclusion", "directives")]
)
def test_ids_are_unique_in_each_list(list_path: tuple[str, ...]) -> None:
    data = doc()
    target: Any = data
    for key in list_path:
        target = target[key]
    if len(target) < 2:
        target.append(copy.deepcopy(target[0]))
    last = len(target) - 1
    target[last]["id"] = target[0]["id"]
    problems = refused(data)
    assert len(problems) == 1
    path = ".".join(list_path) + f"[{last}].id"
    assert problems[0] == f"{path}: mã {target[0]['id']!r} bị trùng với {'.'.join(list_path)}[0]"


def test_proposals_are_optional_and_their_ids_unique() -> None:
    data = doc()
    assert "proposals" not in data["conclusion"]
    data["conclusion"]["proposals"] = [
        {"id": "k1", "text": "bổ sung vốn", "answer": "Đồng ý về chủ trương."},
        {"id": "k1", "text": "gia hạn", "answer": ""},
    ]
    assert refused(data) == [
        "conclusion.proposals[1].id: mã 'k1' bị trùng với conclusion.proposals[0]"
    ]
    data["conclusion"]["proposals"][1]["id"] = "k2"
    session = parse_document(data).session
    assert [p.answer for p in session.conclusion.proposals] == ["Đồng ý về chủ trương.", ""]
    assert session.to_document()["conclusion"]["proposals"] == data["conclusion"]["proposals"]


def test_the_same_id_in_different_lists_is_fine() -> None:
    data = doc()
    data["reports"][0]["id"] = "p1"
    loaded = parse_document(data)
    assert loaded.warnings == []
    session = loaded.session
    assert session.attendees[0].id == "p1" and session.attendees[0].name == "Phạm Thiện Nghĩa"
    report = session.reports[0]
    assert (report.id, report.presenter, report.title) == ("p1", "p2", "Báo cáo")
    assert session.to_document()["reports"] == data["reports"]


@pytest.mark.parametrize(
    ("where", "field", "path"),
    [
        ("reports", "presenter", "reports[0].presenter"),
        ("opinions", "speaker", "opinions[0].speaker"),
    ],
)
def test_presenter_and_speaker_must_be_attendees(where: str, field: str, path: str) -> None:
    data = doc()
    data[where][0][field] = "p99"
    assert refused(data) == [f"{path}: {_who(field)} 'p99' không có trong thành phần tham dự"]


def _who(field: str) -> str:
    return "người báo cáo" if field == "presenter" else "người phát biểu"


def test_presenter_may_be_left_empty() -> None:
    data = doc()
    data["reports"][0]["presenter"] = None
    data["opinions"][0]["speaker"] = ""
    loaded = parse_document(data)
    assert loaded.warnings == []
    report, opinion = loaded.session.reports[0], loaded.session.opinions[0]
    assert not report.presenter and (report.title, report.content) == ("Báo cáo", "Nội dung.")
    assert not opinion.speaker and opinion.content == "Đồng ý."


def test_at_most_one_chair() -> None:
    data = doc()
    data["attendees"][2]["role"] = "chair"
    assert refused(data) == ["attendees[2].role: chỉ được có một người chủ trì; attendees[0] "
                             "đã là chủ trì"]


# -- dates and times ---------------------------------------------------------------------------


@pytest.mark.parametrize("end", ["14:00", "13:59"])
def test_end_must_be_after_start(end: str) -> None:
    problems = refused(doc(end_time=end))
    assert len(problems) == 1 and problems[0].startswith("end_time: giờ kết thúc")


@pytest.mark.parametrize("value", ["2024-02-30", "2023-02-29", "2024-13-01", "04/03/2024", ""])
def test_invalid_dates_are_refused(value: str) -> None:
    problems = refused(doc(date=value))
    assert problems == ["date: ngày không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2024-03-04"]


def test_a_leap_day_is_a_date() -> None:
    assert parse_document(doc(date="2024-02-29")).session.date == dt.date(2024, 2, 29)


def test_a_deadline_date_is_checked_with_its_path() -> None:
    data = doc()
    data["conclusion"]["directives"][1]["deadline"] = "2024-04-31"
    assert refused(data)[0].startswith("conclusion.directives[1].deadline: ngày không hợp lệ")


def test_a_missing_date_is_named() -> None:
    data = doc()
    del data["date"]
    assert refused(data) == ["date: thiếu trường bắt buộc"]


# -- coded values and types --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("attendees", 1, "role"), "boss", "attendees[1].role: giá trị 'boss' không hợp lệ"),
        (("conclusion", "directives", 0, "status"), "xong",
         "conclusion.directives[0].status: giá trị 'xong' không hợp lệ"),
        (("kind",), "party", "kind: giá trị 'party' không hợp lệ"),
    ],
)
def test_unknown_coded_values_list_the_accepted_ones(
    path: tuple[Any, ...], value: str, expected: str
) -> None:
    data = doc()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    (problem,) = refused(data)
    assert problem.startswith(expected) and "chỉ chấp nhận" in problem and "hoặc" in problem


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("subject",), 42, "subject: phải là văn bản (chuỗi ký tự)"),
        (("attendees", 0, "present"), "yes", "attendees[0].present: phải là true hoặc false"),
        (("attendees",), {"id": "p1"}, "attendees: phải là một danh sách [...]"),
        (("conclusion",), [], "conclusion: phải là một đối tượng {...}"),
        (("start_time",), "25:00", "start_time: giờ không hợp lệ"),
        (("attendees", 2, "id"), "  ", "attendees[2].id: không được để trống"),
        (("attendees", 2, "id"), "\x00\x01", "attendees[2].id: không được để trống"),
        (("conclusion", "directives", 0, "assignees", 0), 7,
         "conclusion.directives[0].assignees[0]: phải là văn bản"),
    ],
)
def test_wrong_types_are_named_in_plain_words(
    path: tuple[Any, ...], value: Any, expected: str
) -> None:
    data = doc()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = refused(data)
    assert any(p.startswith(expected) for p in problems), problems


def test_a_top_level_that_is_not_an_object() -> None:
    assert refused([1, 2]) == ["tệp phiên làm việc phải là một đối tượng JSON {...}"]


# -- format version ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["thuky.session/2", "thuky.session/0", 1])
def test_an_unknown_format_version_is_one_message(version: Any) -> None:
    data = doc(format=version, date="not even a date", attendees="wrong")
    (problem,) = refused(data)
    assert problem.startswith("format: định dạng") and "không được hỗ trợ" in problem
    assert "cập nhật Thư ký" in problem


def test_a_missing_format_is_one_message() -> None:
    data = doc()
    del data["format"]
    assert refused(data) == ['format: thiếu trường định dạng; tệp phải có "format": '
                             '"thuky.session/1"']


# -- text hygiene ------------------------------------------------------------------------------


def test_nfd_input_becomes_nfc_everywhere() -> None:
    text = unicodedata.normalize("NFD", json.dumps(doc(), ensure_ascii=False))
    session = parse_json(text).session
    assert session.attendees[0].name == "Phạm Thiện Nghĩa"
    assert unicodedata.is_normalized("NFC", session.attendees[0].name)
    assert unicodedata.is_normalized("NFC", dump_json(session))


def test_nfd_in_assignment_is_normalised_too() -> None:
    session = parse_document(doc()).session
    session.subject = unicodedata.normalize("NFD", "tổng kết")
    assert session.subject == "tổng kết" and unicodedata.is_normalized("NFC", session.subject)


def test_control_characters_are_removed_and_reported_with_the_path() -> None:
    data = doc(subject="giao\x07 ban\x1b tuần")
    data["conclusion"]["directives"][1]["assignees"] = ["Sở\x00 Nội vụ"]
    loaded = parse_document(data)
    assert loaded.session.subject == "giao ban tuần"
    assert loaded.session.conclusion.directives[1].assignees == ["Sở Nội vụ"]
    warnings = {(w.path, w.message, w.severity) for w in loaded.warnings}
    assert ("subject", "đã xóa 2 ký tự điều khiển không hợp lệ (không hiển thị được trong Word)",
            Severity.WARNING) in warnings
    assert any(w.path == "conclusion.directives[1].assignees[0]" for w in loaded.warnings)


def test_tab_and_newline_are_kept() -> None:
    data = doc()
    data["reports"][0]["content"] = "Đoạn một.\n\nĐoạn\thai."
    loaded = parse_document(data)
    assert loaded.warnings == []
    assert loaded.session.reports[0].paragraphs == ["Đoạn một.", "Đoạn\thai."]


def test_a_file_cut_inside_a_string_is_called_truncated() -> None:
    text = json.dumps(doc(), ensure_ascii=False)
    with pytest.raises(SessionInvalid) as caught:
        parse_json(text[: text.index("Phạm") + 3])
    (problem,) = caught.value.problems
    assert "cắt ngang" in problem.message and "dòng 1" in problem.message


def test_broken_syntax_is_not_called_truncated() -> None:
    with pytest.raises(SessionInvalid) as caught:
        parse_json('{"format": "thuky.session/1",, "date": "2024-03-04"}')
    assert "không phải JSON hợp lệ" in str(caught.value)


# -- unknown fields ----------------------------------------------------------------------------


def test_unknown_fields_are_kept_at_top_level_and_nested() -> None:
    data = doc(x_top={"a": [1, 2]})
    data["attendees"][0]["x_phone"] = "0277 3851 000"
    data["conclusion"]["x_note"] = "riêng"
    data["conclusion"]["directives"][0]["x_priority"] = 1
    assert json.loads(dump_json(parse_document(data).session)) == data


def test_export_of_an_import_adds_no_defaults() -> None:
    data = doc()
    assert json.loads(dump_json(parse_document(data).session)) == data


def test_an_edit_to_a_list_the_file_lacked_is_written() -> None:
    data = doc()
    del data["opinions"]
    session = parse_document(data).session
    session.notes.append(Note(time=dt.time(14, 5), text="Bắt đầu"))
    assert json.loads(dump_json(session))["notes"] == [{"time": "14:05", "text": "Bắt đầu"}]


# -- cross-field rules as the window sees them --------------------------------------------------


def test_warnings_do_not_refuse() -> None:
    data = doc(subject=" ")
    data["attendees"][0]["role"] = "member"
    data["attendees"][1].update(present=False)
    loaded = parse_document(data)
    paths = [w.path for w in loaded.warnings]
    assert paths == ["attendees", "subject", "attendees[1].absence_reason"]
    assert all(w.severity is Severity.WARNING for w in loaded.warnings)


def test_a_missing_secretary_is_warned_as_a_missing_chair_is() -> None:
    """The Biên bản's "Thư ký:" line and signature would stay empty."""
    data = doc()
    data["attendees"][3]["role"] = "member"
    data["attendees"][0]["role"] = "member"
    warnings = [(w.path, w.message, w.severity) for w in parse_document(data).warnings]
    assert warnings == [
        ("attendees", "chưa có người chủ trì (vai trò: chủ trì)", Severity.WARNING),
        ("attendees", "chưa có thư ký (vai trò: thư ký)", Severity.WARNING),
    ]


def test_allow_errors_returns_a_half_finished_session_with_its_errors() -> None:
    data = doc()
    data["reports"][0]["presenter"] = "p99"
    loaded = parse_document(data, allow_errors=True)
    assert loaded.session.reports[0].presenter == "p99"
    assert [(p.path, p.severity) for p in loaded.warnings] == [
        ("reports[0].presenter", Severity.ERROR)
    ]


def test_allow_errors_still_refuses_wrong_types() -> None:
    with pytest.raises(SessionInvalid):
        parse_document(doc(date="2024-02-30"), allow_errors=True)


def test_check_session_on_an_edited_model() -> None:
    session = Session.new(dt.date(2024, 3, 4))
    session.attendees = [Attendee(id="a1", name="A", role="chair"),
                         Attendee(id="a1", name="B", role="chair")]
    session.conclusion.directives = [Directive(id="d1"), Directive(id="d1")]
    errors = [p.path for p in check_session(session) if p.severity is Severity.ERROR]
    assert errors == ["attendees[1].id", "conclusion.directives[1].id", "attendees[1].role"]


def test_a_new_session_equals_a_validated_one_and_validates_edits() -> None:
    # Session.new skips validation (start-up speed); it must not differ from a validated one.
    session = Session.new(dt.date(2024, 3, 4))
    validated = Session.model_validate(session.to_document())
    assert session == validated
    assert session.to_document() == validated.to_document()
    assert session.model_dump_json() == validated.model_dump_json()
    session.subject = "Cao Le\u0303nh"  # NFD typed into a new session is normalised
    assert session.subject == "Cao Lẽnh"
    with pytest.raises(ValueError):
        session.kind = "xong"  # type: ignore[assignment]


def test_next_id_continues_the_numbering() -> None:
    assert next_id("d", ["d1", "d2", "d9", "x"]) == "d10"
    assert next_id("p", []) == "p1"


# -- Vietnamese administrative formatting --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        (dt.date(2024, 1, 2), "ngày 02 tháng 01 năm 2024"),
        (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (dt.date(2024, 10, 15), "ngày 15 tháng 10 năm 2024"),
        (dt.date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
    ],
)
def test_admin_date_zero_rules(value: dt.date, expected: str) -> None:
    assert admin_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 3, 4), "04/3/2024"),
        (dt.date(2024, 2, 1), "01/02/2024"),
        (dt.date(2024, 1, 31), "31/01/2024"),
        (dt.date(2024, 11, 9), "09/11/2024"),
    ],
)
def test_short_date_zero_rules(value: dt.date, expected: str) -> None:
    assert short_date(value) == expected


def test_a_draft_date_leaves_day_and_month_blank() -> None:
    assert admin_date(None, 2024) == f"ngày{DRAFT_BLANK}tháng{DRAFT_BLANK}năm 2024"
    assert place_date_line("Đồng Tháp", None, 2024).startswith("Đồng Tháp, ngày" + DRAFT_BLANK)
    assert place_date_line("", dt.date(2024, 3, 5)) == "Ngày 05 tháng 3 năm 2024"
    assert place_date_line("Đồng Tháp", dt.date(2024, 3, 5)) == (
        "Đồng Tháp, ngày 05 tháng 3 năm 2024"
    )


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("7", "Số: 07/TB-VPUBND"),
        ("07", "Số: 07/TB-VPUBND"),
        ("85", "Số: 85/TB-VPUBND"),
        ("12a", "Số: 12a/TB-VPUBND"),
        ("", f"Số:{DRAFT_BLANK}/TB-VPUBND"),
        ("  ", f"Số:{DRAFT_BLANK}/TB-VPUBND"),
    ],
)
def test_number_line(number: str, expected: str) -> None:
    assert number_line(number, "TB", "VPUBND") == expected


def test_number_line_without_issuer_symbol() -> None:
    assert number_line("3", "BB", "") == "Số: 03/BB"
    assert number_text("10") == "10"


def test_point_labels_follow_the_vietnamese_alphabet() -> None:
    labels = [point_label(i) for i in range(23)]
    assert labels[:6] == ["a", "b", "c", "d", "đ", "e"]
    assert not {"f", "j", "w", "z"} & set(labels)
    assert labels[-1] == "y"
    assert point_label(23) == "aa"
    with pytest.raises(ValueError):
        point_label(-1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(dt.time(14, 0), "14 giờ 00"), (dt.time(8, 30), "8 giờ 30"), (dt.time(0, 5), "0 giờ 05")],
)
def test_time_text(value: dt.time, expected: str) -> None:
    assert time_text(value) == expected
