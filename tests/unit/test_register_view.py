"""The register window's filtering core (gui.register.data), without widgets: it must list
and count exactly what models.register's matcher, used by the CLI and the report, selects."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gui.register.data import RegisterData, WindowFilter, compute_view, folded_keys
from models.register import (
    DirectiveClass,
    RegisterEntry,
    RegisterFilter,
    entry_keys,
    filter_entries,
)
from models.session import DeadlineExtension, ProgressEntry, Status
from models.units import UnitDirectory

TODAY = dt.date(2024, 6, 1)
D = dt.date


def _entry(number: int, **changes: object) -> RegisterEntry:
    base = RegisterEntry(
        session_id=number // 3 + 1, directive_id=f"d{number % 3 + 1}", position=number % 3,
        session_date=D(2024, 3, 4), session_subject="Làm việc với “Đồng Tháp” – lần 2",
        session_kind="meeting", document_number="85/TB-VPUBND", document_issued_on=None,
        chair="Chủ tịch UBND tỉnh Phạm Thiện Nghĩa", text=f"Hoàn thành quy hoạch Ɖ İ ǅ {number}",
        lead=("UBND TP Cao Lãnh",), collaborators=("Sở KH&ĐT", "Sở Xây dựng"),
        deadline=D(2024, 5, 15), deadline_in_force=D(2024, 5, 15), extensions=(),
        standing=False, status=Status.OPEN, completed_on=None, last_progress=None,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


ENTRIES = [
    _entry(0),  # overdue
    _entry(1, deadline_in_force=D(2024, 6, 5), text="Báo cáo giải ngân",
           lead=("Ủy ban nhân dân thành phố Cao Lãnh",)),  # due within 7 days
    _entry(2, deadline_in_force=D(2024, 7, 1), lead=("Sở Xây dựng",),
           extensions=(DeadlineExtension(deadline=D(2024, 7, 1)),)),  # in progress
    _entry(3, status=Status.DONE, completed_on=D(2024, 5, 20)),  # done late
    _entry(4, standing=True, deadline=None, deadline_in_force=None),
    _entry(5, status=Status.CANCELLED),
    _entry(6, chair="Phó Chủ tịch Trần Trí Quang", lead=("Sở Y tế",),
           last_progress=ProgressEntry(date=D(2024, 5, 2), text="Đang làm")),
]


def test_folded_keys_equal_the_models_keys() -> None:
    directory = UnitDirectory({"so y te": "so xay dung"})
    entries = [*ENTRIES, _entry(9, lead=(), collaborators=(), document_number="")]
    folded = folded_keys(entries, directory)
    expected = [entry_keys(e, directory) for e in entries]
    assert [folded.whole_text(i) for i in range(len(entries))] == [k.text for k in expected]
    assert [(k.units, k.unit_spellings, k.chair) for k in folded.keys] == [
        (k.units, k.unit_spellings, k.chair) for k in expected]


@pytest.mark.parametrize("flt", [
    RegisterFilter(),
    RegisterFilter(classes=frozenset({DirectiveClass.OVERDUE})),
    RegisterFilter(unit="ubnd thanh pho cao lanh"),
    RegisterFilter(unit="so xay dung", classes=frozenset({DirectiveClass.IN_PROGRESS})),
    RegisterFilter(chair="pho chu tich"),
    RegisterFilter(text="giai ngan"),
    RegisterFilter(text="85/tb thien nghia cao lanh ke"),
    RegisterFilter(text="lam viec", unit="so y te"),
    RegisterFilter(text="quy hoach nghia xay"),
    RegisterFilter(due_within_days=7),
    RegisterFilter(deadline_from=D(2024, 6, 1), deadline_to=D(2024, 6, 30)),
])
def test_the_window_selects_and_counts_what_the_matcher_selects(flt: RegisterFilter) -> None:
    directory = UnitDirectory()
    data = RegisterData.build(ENTRIES, directory, TODAY)
    view = compute_view(data, WindowFilter(flt))
    expected = filter_entries(ENTRIES, flt, TODAY, directory)
    assert [e for e, ok in zip(ENTRIES, view.accepted, strict=True) if ok] == expected
    assert view.counts.total == len(expected)


def test_needs_chasing_is_overdue_or_due_within_the_days() -> None:
    data = RegisterData.build(ENTRIES, UnitDirectory(), TODAY)
    view = compute_view(data, WindowFilter(urgent_days=7))
    chosen = [e.text for e, ok in zip(ENTRIES, view.accepted, strict=True) if ok]
    assert chosen == [ENTRIES[0].text, "Báo cáo giải ngân", ENTRIES[6].text]
    assert data.urgent == (2, 1)
    assert view.counts[DirectiveClass.OVERDUE] == 2


def test_counts_per_lead_unit_group_spellings() -> None:
    data = RegisterData.build(ENTRIES, UnitDirectory(), TODAY)
    view = compute_view(data, WindowFilter())
    units = dict(view.per_unit)
    assert next(iter(units)) == "UBND TP Cao Lãnh"  # commonest spelling names the unit
    assert units["UBND TP Cao Lãnh"].total == 4  # both spellings, cancelled left out
    assert units["Sở Y tế"][DirectiveClass.OVERDUE] == 1


def test_loading_in_slices_gives_the_stores_rows_in_its_order(tmp_path: object) -> None:
    from pathlib import Path

    from gui.register import jobs
    from models import Directive, Session
    from storage import Store

    assert isinstance(tmp_path, Path)
    with Store.open(tmp_path) as store:
        for number in range(7):
            session = Session.new(D(2024, 1, 1 + number % 4))
            session.conclusion.directives = [
                Directive(id=f"d{i}", text=f"Việc {number}-{i}", assignees=["Sở Y tế"],
                          deadline=None if i == 2 else D(2024, 3, 1 + (number * i) % 5))
                for i in range(3)
            ]
            store.save(session)
        jobs.SESSIONS_PER_QUERY, saved = 2, jobs.SESSIONS_PER_QUERY
        try:
            assert jobs.load_entries(store) == store.register_entries()
        finally:
            jobs.SESSIONS_PER_QUERY = saved
