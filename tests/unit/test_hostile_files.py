"""Hostile session files: each one imports correctly or is refused with a message naming the field.

Never a crash, never a hang. The same entry point (models.parse_json / read_session_file) serves
the CLI's validate/import and the window's import, so proving it here covers all three.
"""

from __future__ import annotations

import copy
import json
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import (
    MAX_FILE_BYTES,
    SessionInvalid,
    Severity,
    dump_json,
    parse_document,
    parse_json,
    read_session_file,
)
from tests.conftest import SEED


@pytest.fixture
def seed(seed_text: str) -> dict[str, Any]:
    return json.loads(seed_text)


def _refusal(data: Any) -> list[str]:
    with pytest.raises(SessionInvalid) as caught:
        parse_document(data)
    return [str(p) for p in caught.value.problems]


def test_every_truncation_of_the_seed_is_refused_with_a_message(seed_text: str) -> None:
    raw = seed_text.encode("utf-8")
    for cut in range(1, len(raw) - 2, 97):
        with pytest.raises(SessionInvalid) as caught:
            parse_json(raw[:cut])
        assert len(caught.value.problems) == 1
        message = str(caught.value.problems[0])
        assert "dòng" in message or "UTF-8" in message, message


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("subject",), 42, "subject"),
        (("date",), "04/03/2024", "date"),
        (("date",), "2024-02-30", "date"),
        (("start_time",), "25:00", "start_time"),
        (("attendees",), {"id": "p1"}, "attendees"),
        (("attendees", 0), "Phạm Thiện Nghĩa", "attendees[0]"),
        (("attendees", 0, "present"), "yes", "attendees[0].present"),
        (("attendees", 0, "role"), "boss", "attendees[0].role"),
        (("attendees", 2, "id"), "", "attendees[2].id"),
        (("reports", 0, "figures", 3, "value"), 22.87, "reports[0].figures[3].value"),
        (
            ("conclusion", "directives", 4, "deadline"),
            "tuần sau",
            "conclusion.directives[4].deadline",
        ),
        (("conclusion", "directives", 1, "status"), "xong", "conclusion.directives[1].status"),
        (("conclusion", "assessment"), "Ghi nhận", "conclusion.assessment"),
        (("document", "recipients", 1), None, "document.recipients[1]"),
        (("kind",), None, "kind"),
    ],
)
def test_wrong_types_name_the_field(
    seed: dict[str, Any], path: tuple[Any, ...], value: Any, field: str
) -> None:
    data = copy.deepcopy(seed)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = _refusal(data)
    assert any(p.startswith(f"{field}: ") for p in problems), problems


def test_duplicate_and_dangling_ids_name_the_field(seed: dict[str, Any]) -> None:
    seed["attendees"][3]["id"] = "p1"
    seed["reports"][0]["presenter"] = "p99"
    seed["opinions"] = [{"id": "o1", "speaker": "ghost", "content": "Đồng ý."}]
    seed["conclusion"]["directives"][1]["id"] = "d1"
    problems = _refusal(seed)
    assert any(p.startswith("attendees[3].id: ") and "p1" in p for p in problems)
    assert any(p.startswith("reports[0].presenter: ") and "p99" in p for p in problems)
    assert any(p.startswith("opinions[0].speaker: ") for p in problems)
    assert any(p.startswith("conclusion.directives[1].id: ") for p in problems)


def test_oversized_file_is_refused_by_size_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing to parse
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(SessionInvalid) as caught:
        read_session_file(big)
    assert time.perf_counter() - started < 1.0
    assert "quá lớn" in str(caught.value)
    assert MAX_FILE_BYTES < 50 * 1024 * 1024


@pytest.mark.parametrize("ascii_only", [True, False])  # with \u escapes, and plain UTF-8
@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
def test_deeply_nested_json_is_refused(
    seed: dict[str, Any], depth: int, ascii_only: bool
) -> None:
    text = json.dumps(seed, ensure_ascii=ascii_only)[:-1]
    text += ', "extra": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(SessionInvalid) as caught:
        parse_json(text)
    assert "lồng quá sâu" in str(caught.value)


def test_xml_illegal_characters_are_removed_and_reported(seed: dict[str, Any]) -> None:
    seed["attendees"][0]["name"] = "Phạm\x00 Thiện\x0b Nghĩa\x1f"
    seed["conclusion"]["directives"][0]["text"] += "\ufffe"
    loaded = parse_document(seed)
    assert loaded.session.attendees[0].name == "Phạm Thiện Nghĩa"
    assert not loaded.session.conclusion.directives[0].text.endswith("\ufffe")
    paths = {w.path for w in loaded.warnings if w.severity is Severity.WARNING}
    assert {"attendees[0].name", "conclusion.directives[0].text"} <= paths
    assert any("3 ký tự" in w.message for w in loaded.warnings)


@pytest.mark.parametrize(
    ("typed", "stored", "removed"),
    [
        ("Nghĩa\x07", "Nghĩa", True),  # written \u0007
        ("Nghĩa\x08", "Nghĩa", True),  # written \b
        ("Nghĩa\x0c", "Nghĩa", True),  # written \f
        ("Nghĩa\ufffe", "Nghĩa", True),  # written as it is
        (unicodedata.normalize("NFD", "Nghĩa"), "Nghĩa", False),  # written \u0303
    ],
)
def test_file_text_is_cleaned_however_the_json_spells_it(
    seed: dict[str, Any], typed: str, stored: str, removed: bool
) -> None:
    # parse_json skips the string-by-string cleaning when the text as a whole is clean; these
    # are the spellings that look clean as text and are not once decoded.
    seed["attendees"][0]["name"] = typed
    for ascii_only in (False, True):
        loaded = parse_json(json.dumps(seed, ensure_ascii=ascii_only))
        assert loaded.session.attendees[0].name == stored
        warned = any(w.path == "attendees[0].name" for w in loaded.warnings)
        assert warned is removed


def test_nfd_text_becomes_nfc(seed_text: str) -> None:
    nfd = unicodedata.normalize("NFD", seed_text)
    assert nfd != seed_text
    session = parse_json(nfd).session
    assert session.attendees[0].name == "Phạm Thiện Nghĩa"
    assert unicodedata.is_normalized("NFC", dump_json(session))


def test_a_one_megabyte_field_imports_intact(seed: dict[str, Any]) -> None:
    huge = ("Ghi nhận kết quả đạt được. " * 40_000)[: 1024 * 1024]
    seed["reports"][0]["content"] = huge
    assert parse_document(seed).session.reports[0].content == huge


def test_ten_thousand_attendees_import_quickly(seed: dict[str, Any]) -> None:
    seed["attendees"] += [
        {
            "id": f"x{i}",
            "name": f"Nguyễn Văn {i}",
            "position": "Chuyên viên",
            "group": "Về phía tỉnh",
            "role": "member",
            "present": True,
        }
        for i in range(10_000)
    ]
    started = time.perf_counter()
    session = parse_json(json.dumps(seed, ensure_ascii=False)).session
    assert len(session.attendees) == 10_005
    assert time.perf_counter() - started < 10


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(
        [
            "subject",
            "date",
            "start_time",
            "attendees",
            "reports",
            "opinions",
            "conclusion",
            "notes",
            "document",
            "issuer",
            "kind",
            "format",
        ]
    ),
    value=json_values,
)
def test_any_value_in_any_field_is_accepted_or_explained(field: str, value: Any) -> None:
    data = json.loads(SEED.read_text("utf-8"))
    data[field] = value
    try:
        parse_document(data)
    except SessionInvalid as refused:
        assert refused.problems
        assert all(str(p).strip() for p in refused.problems)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300))
def test_arbitrary_bytes_never_crash(raw: bytes | str) -> None:
    try:
        parse_json(raw)
    except SessionInvalid as refused:
        assert refused.problems
