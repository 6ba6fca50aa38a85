"""The classification of the task-tracking rules and the grouping of unit spellings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from models import (
    DeadlineExtension,
    Directive,
    ProgressEntry,
    Severity,
    check_session,
    dump_json,
    parse_document,
)
from models.register import (
    ClassCounts,
    DirectiveClass,
    classify,
    days_overdue,
    due_within,
)
from models.units import UnitDirectory, unit_key

D = dt.date
DEADLINE = D(2024, 4, 30)
C = DirectiveClass


@pytest.mark.parametrize(
    ("status", "deadline", "completed_on", "today", "expected"),
    [
        # done, with a deadline: on the day is on time, a day after is late
        ("done", DEADLINE, D(2024, 4, 29), D(2024, 6, 1), C.DONE_ON_TIME),
        ("done", DEADLINE, D(2024, 4, 30), D(2024, 6, 1), C.DONE_ON_TIME),
        ("done", DEADLINE, D(2024, 5, 1), D(2024, 6, 1), C.DONE_LATE),
        # a completion date alone means done, whatever status was left behind
        ("open", DEADLINE, D(2024, 5, 1), D(2024, 4, 1), C.DONE_LATE),
        ("in_progress", DEADLINE, D(2024, 4, 2), D(2024, 6, 1), C.DONE_ON_TIME),
        # done without a date: on time (the problems list asks for the date)
        ("done", DEADLINE, None, D(2024, 6, 1), C.DONE_ON_TIME),
        # not done: due today is not overdue, the day after is
        ("open", DEADLINE, None, D(2024, 4, 29), C.IN_PROGRESS),
        ("open", DEADLINE, None, D(2024, 4, 30), C.IN_PROGRESS),
        ("in_progress", DEADLINE, None, D(2024, 5, 1), C.OVERDUE),
        ("open", DEADLINE, None, D(2025, 1, 1), C.OVERDUE),
        # no deadline
        ("open", None, None, D(2030, 1, 1), C.STANDING),
        ("done", None, None, D(2030, 1, 1), C.DONE),
        ("open", None, D(2024, 3, 5), D(2030, 1, 1), C.DONE),
        # cancelled: in no class at all
        ("cancelled", DEADLINE, None, D(2025, 1, 1), None),
        ("cancelled", DEADLINE, D(2024, 4, 1), D(2025, 1, 1), None),
        ("cancelled", None, None, D(2025, 1, 1), None),
    ],
)
def test_classification_table(
    status: str,
    deadline: dt.date | None,
    completed_on: dt.date | None,
    today: dt.date,
    expected: DirectiveClass | None,
) -> None:
    directive = Directive(id="d1", status=status, deadline=deadline, completed_on=completed_on)
    assert classify(directive, today) is expected


def test_the_deadline_in_force_is_the_last_extension_and_the_original_is_kept() -> None:
    directive = Directive(
        id="d1",
        deadline=D(2024, 4, 30),
        extensions=[
            DeadlineExtension(deadline=D(2024, 5, 31), date=D(2024, 4, 25), document="CV 1"),
            DeadlineExtension(deadline=D(2024, 6, 30), date=D(2024, 5, 28), document="CV 2"),
        ],
    )
    assert directive.deadline == D(2024, 4, 30)
    assert directive.deadline_in_force == D(2024, 6, 30)
    assert classify(directive, D(2024, 6, 30)) is C.IN_PROGRESS
    assert classify(directive, D(2024, 7, 1)) is C.OVERDUE
    directive.completed_on = D(2024, 6, 15)
    assert classify(directive, D(2024, 7, 1)) is C.DONE_ON_TIME


def test_a_standing_task_has_no_deadline_even_if_one_was_typed() -> None:
    directive = Directive(id="d1", standing=True, deadline=D(2024, 4, 30))
    assert directive.deadline_in_force is None
    assert classify(directive, D(2025, 1, 1)) is C.STANDING
    problems = _session_problems(directive)
    assert any("thường xuyên" in p.message for p in problems)


def test_days_overdue_and_due_within_count_whole_days_and_include_the_ends() -> None:
    assert days_overdue(DEADLINE, D(2024, 4, 30)) == 0
    assert days_overdue(DEADLINE, D(2024, 5, 3)) == 3
    assert days_overdue(None, D(2024, 5, 3)) == 0
    assert due_within(DEADLINE, D(2024, 4, 23), 7)
    assert not due_within(DEADLINE, D(2024, 4, 22), 7)
    assert due_within(DEADLINE, D(2024, 4, 30), 0)
    assert not due_within(DEADLINE, D(2024, 5, 1), 7)
    assert not due_within(None, D(2024, 4, 30), 7)


def test_counts_keep_tasks_without_deadline_apart_and_give_both_bases() -> None:
    classes = (
        [C.DONE_ON_TIME] * 6 + [C.DONE_LATE] * 2 + [C.IN_PROGRESS] * 5 + [C.OVERDUE] * 2
        + [C.STANDING] * 3 + [C.DONE] + [None] * 4
    )
    counts = ClassCounts.of(classes)
    assert counts.with_deadline == 15
    assert counts.without_deadline == 4
    assert counts.total == 19
    assert counts.done == 8
    assert counts.not_done == 7
    assert counts.due == 10
    assert counts.percent(C.DONE_ON_TIME) == pytest.approx(40.0)
    assert counts.percent(C.DONE_ON_TIME, base=counts.due) == pytest.approx(60.0)
    assert counts.completion_rate() == pytest.approx(800 / 15)
    empty = ClassCounts.of([])
    assert empty.percent(C.OVERDUE) is None
    assert empty.completion_rate() is None


def test_follow_up_fields_round_trip_and_old_files_stay_as_they_were() -> None:
    fixture = Path(__file__).parents[1] / "data" / "cao-lanh-2024-03-04.json"
    document = json.loads(fixture.read_text(encoding="utf-8"))
    session = parse_document(document).session
    # A thuky.session/1 file without the new fields is written back without them.
    assert json.loads(dump_json(session)) == document

    directive = session.conclusion.directives[0]
    directive.completed_on = D(2024, 4, 2)
    directive.progress = [
        ProgressEntry(date=D(2024, 3, 20), text="Đã rà soát", reference="Công văn số 125/UBND-KT")
    ]
    directive.extensions = [DeadlineExtension(deadline=D(2024, 5, 31), document="CV 9")]
    again = parse_document(json.loads(dump_json(session))).session.conclusion.directives[0]
    assert again.completed_on == D(2024, 4, 2)
    assert again.progress[0].reference == "Công văn số 125/UBND-KT"
    assert again.extensions[0].deadline == D(2024, 5, 31)
    assert again.last_progress is not None and again.last_progress.text == "Đã rà soát"


def test_done_without_a_date_is_a_warning_that_names_the_field() -> None:
    problems = _session_problems(Directive(id="d1", status="done"))
    assert [(p.path, p.severity) for p in problems if "ngày hoàn thành" in p.message] == [
        ("conclusion.directives[0].completed_on", Severity.WARNING)
    ]


def _session_problems(directive: Directive) -> list:
    session = parse_document(
        {"format": "thuky.session/1", "date": "2024-03-04", "conclusion": {}}
    ).session
    session.conclusion.directives = [directive]
    return check_session(session)


@pytest.mark.parametrize(
    "spellings",
    [
        ["UBND TP Cao Lãnh", "Ủy ban nhân dân thành phố Cao Lãnh", "UBND thành phố Cao Lãnh",
         "Uỷ ban nhân dân TP. Cao Lãnh", "ubnd tp cao lanh"],
        ["HĐND tỉnh", "Hội đồng nhân dân tỉnh"],
        ["TX Hồng Ngự", "Thị xã Hồng Ngự"],
        ["BCH Quân sự tỉnh", "Ban Chỉ huy Quân sự tỉnh", "BCHQS tỉnh"],
        ["Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", "Sở KHĐT"],
        ["Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"],
        ["Sở TP", "Sở Tư pháp"],
        ["so xay dung", "Sở Xây dựng", "Sở XD"],
    ],
)
def test_common_abbreviations_group_one_unit(spellings: list[str]) -> None:
    assert len({unit_key(s) for s in spellings}) == 1
    assert len(UnitDirectory().group(spellings)) == 1


def test_different_units_stay_apart() -> None:
    keys = {unit_key(s) for s in ["UBND TP Cao Lãnh", "UBND TP Sa Đéc", "Sở Tư pháp",
                                  "Thành phố Hồ Chí Minh", "Sở Xây dựng"]}
    assert len(keys) == 5


def test_the_clerk_merges_what_the_rules_cannot_see_and_names_the_unit() -> None:
    a, b, c = "Văn phòng UBND tỉnh", "VP UBND tỉnh Đồng Tháp", "Văn phòng Ủy ban tỉnh"
    assert UnitDirectory().key(a) != UnitDirectory().key(b)
    merged = UnitDirectory(merges={unit_key(b): unit_key(a), unit_key(c): unit_key(b)})
    assert merged.key(a) == merged.key(b) == merged.key(c)
    spellings = [a, b, b, c]
    assert merged.display_names(spellings) == {unit_key(a): b}  # the commonest spelling
    named = UnitDirectory(merges={unit_key(b): unit_key(a)}, names={unit_key(a): a})
    assert named.display_names([b, b, a]) == {unit_key(a): a}
    looped = UnitDirectory(merges={unit_key(a): unit_key(b), unit_key(b): unit_key(a)})
    assert looped.key(a) in {unit_key(a), unit_key(b)}


# -- filters and updates ---------------------------------------------------------------------

from models.register import (  # noqa: E402
    DirectiveUpdate,
    RegisterEntry,
    RegisterFilter,
    apply_update,
    filter_entries,
)
from models.session import Status  # noqa: E402

TODAY = D(2024, 5, 10)


def _entry(directive_id: str, **changes: object) -> RegisterEntry:
    values: dict[str, object] = dict(
        session_id=1, directive_id=directive_id, position=0, session_date=D(2024, 3, 4),
        session_subject="tình hình kinh tế - xã hội", session_kind="working_session",
        document_number="", document_issued_on=None,
        chair="Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa", text="Rà soát quy hoạch",
        lead=("Sở Xây dựng",), collaborators=(), deadline=D(2024, 5, 15),
        deadline_in_force=D(2024, 5, 15), extensions=(), standing=False,
        status=Status.OPEN, completed_on=None, last_progress=None,
    )
    values.update(changes)
    return RegisterEntry(**values)  # type: ignore[arg-type]


ENTRIES = [
    _entry("a"),
    _entry("b", lead=("UBND TP Cao Lãnh",), deadline_in_force=D(2024, 5, 1)),
    _entry("c", lead=("Sở Tài chính",), collaborators=("Sở XD",), completed_on=D(2024, 5, 2)),
    _entry("d", status=Status.CANCELLED),
    _entry("e", deadline=None, deadline_in_force=None, standing=True, text="Giữ vững an ninh"),
    _entry("f", deadline_in_force=D(2024, 6, 30), session_date=D(2024, 4, 1),
           chair="Phó Chủ tịch UBND tỉnh Đoàn Tấn Bửu"),
]


def _ids(flt: RegisterFilter) -> list[str]:
    return [e.directive_id for e in filter_entries(ENTRIES, flt, TODAY, UnitDirectory())]


def test_filters_of_the_register() -> None:
    assert _ids(RegisterFilter()) == ["a", "b", "c", "e", "f"]  # cancelled never listed
    assert _ids(RegisterFilter(classes=frozenset({C.OVERDUE}))) == ["b"]
    assert _ids(RegisterFilter(unit="so xay dung")) == ["a", "c", "e", "f"]
    assert _ids(RegisterFilter(unit="Ủy ban nhân dân thành phố Cao Lãnh")) == ["b"]
    assert _ids(RegisterFilter(unit="cao lanh")) == ["b"]  # any word of the name may start it
    assert _ids(RegisterFilter(unit="ao lanh")) == []
    assert _ids(RegisterFilter(chair="pho chu tich")) == ["f"]
    assert _ids(RegisterFilter(session_from=D(2024, 3, 5))) == ["f"]
    assert _ids(RegisterFilter(session_to=D(2024, 3, 4))) == ["a", "b", "c", "e"]
    assert _ids(RegisterFilter(deadline_from=D(2024, 5, 10), deadline_to=D(2024, 5, 31))) == [
        "a", "c"
    ]
    assert _ids(RegisterFilter(due_within_days=5)) == ["a"]
    assert _ids(RegisterFilter(due_within_days=4)) == []
    assert _ids(RegisterFilter(text="an ninh")) == ["e"]
    assert _ids(RegisterFilter(text="QUY HOACH cao lãnh")) == ["b"]


def test_updates_from_the_register() -> None:
    directive = Directive(id="d1", deadline=D(2024, 4, 30))
    done = apply_update(directive, DirectiveUpdate(done_on=D(2024, 5, 2)), TODAY)
    assert (done.completed_on, done.status) == (D(2024, 5, 2), Status.DONE)
    assert classify(done, TODAY) is C.DONE_LATE
    assert directive.completed_on is None  # the original is not touched (undo keeps it)

    noted = apply_update(
        directive, DirectiveUpdate(progress="Đã trình", reference="CV 12", on=D(2024, 4, 2)),
        TODAY,
    )
    assert noted.progress == [ProgressEntry(date=D(2024, 4, 2), text="Đã trình",
                                            reference="CV 12")]

    extended = apply_update(
        directive, DirectiveUpdate(extend_to=D(2024, 6, 30), reference="CV 20"), TODAY
    )
    assert extended.deadline == D(2024, 4, 30)
    assert extended.deadline_in_force == D(2024, 6, 30)
    assert extended.extensions[0].document == "CV 20"
    assert extended.extensions[0].date == TODAY

    for bad in (
        DirectiveUpdate(extend_to=D(2024, 4, 1)),
        DirectiveUpdate(done_on=D(2024, 5, 11)),
        DirectiveUpdate(progress="  "),
        DirectiveUpdate(reference="CV 1"),
    ):
        with pytest.raises(ValueError):
            apply_update(directive, bad, TODAY)


def test_filter_without_unit_chair_or_text_gives_what_the_full_match_gives() -> None:
    """filter_entries skips folding the entries' text when the filter reads none of it."""
    from models.register import RegisterFilter, RegisterMatcher, entry_keys, filter_entries
    from tests.register_entries import many_entries

    entries = many_entries(300)
    directory = UnitDirectory()
    today = D(2024, 6, 30)
    for flt in (
        RegisterFilter(session_from=D(2024, 1, 1), session_to=D(2024, 3, 31)),
        RegisterFilter(classes=frozenset({C.OVERDUE}), due_within_days=None),
        RegisterFilter(unit="ubnd tp cao lanh"),
    ):
        matcher = RegisterMatcher(flt, today, directory)
        full = [e for e in entries if matcher.matches(e, entry_keys(e, directory))]
        assert filter_entries(entries, flt, today, directory) == full
        assert full
