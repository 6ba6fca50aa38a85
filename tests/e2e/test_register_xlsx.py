"""``directives export``: the .xlsx read back with openpyxl as a leader's Excel would show it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from main import main
from models.register import CLASS_LABELS, DEADLINE_CLASSES, ClassCounts, DirectiveClass
from renderer.register_xlsx import COLUMNS, REGISTER_SHEET, SUMMARY_SHEET
from storage import Store
from tests.e2e.test_directives_cli import data  # noqa: F401  (the fixture: two sessions)

D = dt.date
TODAY = "2024-06-01"


def _export(data_dir: Path, out: Path, *filters: str) -> int:
    return main(["--data-dir", str(data_dir), "directives", "export", "--today", TODAY,
                 *filters, "-o", str(out)])


def _column(title: str) -> int:
    return [name for name, _ in COLUMNS].index(title)


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def _summary(sheet: Worksheet) -> dict[str, tuple[Any, ...]]:
    return {row[0]: row[1:] for row in _rows(sheet) if row and isinstance(row[0], str)}


def _counts_of(data_dir: Path) -> ClassCounts:
    with Store.open(data_dir) as store:
        entries = store.register_entries()
    return ClassCounts.of(e.classify(D(2024, 6, 1)) for e in entries)


def test_the_register_sheet(data: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "so-theo-doi.xlsx"
    assert _export(data, out) == 0
    workbook = load_workbook(out)
    assert workbook.sheetnames == [REGISTER_SHEET, SUMMARY_SHEET]
    sheet = workbook[REGISTER_SHEET]
    header = [cell for cell in sheet[1]]
    assert [c.value for c in header] == [name for name, _ in COLUMNS]
    assert all(c.font.b for c in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Q{1 + 6}"
    assert sheet.column_dimensions["F"].width >= 50  # the directive's text is readable
    rows = _rows(sheet)[1:]
    assert len(rows) == 6  # the cancelled directive is left out
    extended = next(r for r in rows if r[_column("Nhiệm vụ")] == "Rà soát quy hoạch phân khu")
    assert extended[_column("Thời hạn")] == dt.datetime(2024, 6, 30)
    assert extended[_column("Thời hạn ban đầu")] == dt.datetime(2024, 4, 30)
    assert extended[_column("Gia hạn theo văn bản")] == "Công văn số 12/UBND-KT"
    assert extended[_column("Phân loại")] == CLASS_LABELS[DirectiveClass.IN_PROGRESS]
    assert extended[_column("Đơn vị chủ trì")] == "UBND TP Cao Lãnh"
    assert extended[_column("Đơn vị phối hợp")] == "Sở Xây dựng"
    overdue = next(r for r in rows if r[_column("Nhiệm vụ")] == "Sửa chữa cầu Đình Trung")
    assert overdue[_column("Số ngày quá hạn")] == 12
    standing = next(r for r in rows if r[_column("Nhiệm vụ")] == "Giữ vững an ninh trật tự")
    assert standing[_column("Thời hạn")] == "Thường xuyên"
    # dates are dates, shown day/month/year, each row its own
    assert {r[_column("Ngày phiên họp")] for r in rows} == {
        dt.datetime(2024, 3, 4), dt.datetime(2024, 4, 10)
    }
    assert [r[_column("Thời hạn")] for r in rows][:3] == [
        dt.datetime(2024, 4, 15), dt.datetime(2024, 5, 10), dt.datetime(2024, 5, 20)
    ]
    for row in sheet.iter_rows(min_row=2):
        session_day = row[_column("Ngày phiên họp")]
        assert session_day.is_date and session_day.number_format == "dd/mm/yyyy"
    done = next(row for row in sheet.iter_rows(min_row=2)
                if row[_column("Nhiệm vụ")].value == "Báo cáo giải ngân")
    assert done[_column("Ngày hoàn thành")].value.date() == D(2024, 4, 16)
    assert done[_column("Ngày hoàn thành")].number_format == "dd/mm/yyyy"
    assert done[_column("Phân loại")].font.color.rgb.endswith("EF6C00")  # orange: done late


def test_the_summary_sheet_counts_equal_the_registers(data: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "so.xlsx"
    assert _export(data, out) == 0
    counts = _counts_of(data)
    sheet = load_workbook(out)[SUMMARY_SHEET]
    summary = _summary(sheet)
    for klass in DEADLINE_CLASSES:
        count, share, _ = summary[CLASS_LABELS[klass]][:3]
        assert count == counts[klass]
        assert share == pytest.approx(counts[klass] / counts.with_deadline)
    assert summary["Tổng số nhiệm vụ"][0] == counts.total == 6
    assert summary[CLASS_LABELS[DirectiveClass.STANDING]][0] == 1
    overdue_of_due = summary[CLASS_LABELS[DirectiveClass.OVERDUE]][2]
    assert overdue_of_due == pytest.approx(1 / counts.due)  # the base of the monthly reports
    # per unit: three spellings of the Cao Lãnh city committee are one row
    cao_lanh = [name for name in summary if "Cao Lãnh" in name]
    assert len(cao_lanh) == 1
    assert summary[cao_lanh[0]][:6] == (2, 0, 1, 1, 0, 0.5)  # d1 in progress, d2 done late
    assert summary[cao_lanh[0]][6] == 1  # the standing task, counted apart
    assert summary["Sở Giao thông vận tải"][:6] == (2, 1, 0, 0, 1, 0.5)


def test_a_manual_merge_shows_in_the_summary(data: Path, tmp_path: Path) -> None:  # noqa: F811
    with Store.open(data) as store:
        store.merge_units("Sở Tài chính", "Sở Giao thông vận tải")
        store.name_unit("Sở Tài chính", "Sở GTVT và Sở Tài chính (gộp)")
    out = tmp_path / "so.xlsx"
    assert _export(data, out) == 0
    summary = _summary(load_workbook(out)[SUMMARY_SHEET])
    assert "Sở Tài chính" not in summary and "Sở Giao thông vận tải" not in summary
    assert summary["Sở GTVT và Sở Tài chính (gộp)"][:6] == (3, 1, 0, 1, 1, pytest.approx(1 / 3))


def test_the_export_keeps_to_the_filter(data: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "qua-han.xlsx"
    assert _export(data, out, "--class", "overdue", "--unit", "so giao thong") == 0
    workbook = load_workbook(out)
    rows = _rows(workbook[REGISTER_SHEET])[1:]
    assert [r[_column("Nhiệm vụ")] for r in rows] == ["Sửa chữa cầu Đình Trung"]
    described = _rows(workbook[SUMMARY_SHEET])[1][0]
    assert "01/6/2024" in described and "chưa hoàn thành, quá hạn" in described
    assert "so giao thong" in described


def test_an_unwritable_target_is_a_message_and_nothing_is_left(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    missing = tmp_path / "no-such-folder" / "so.xlsx"
    assert _export(data, missing) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "không tồn tại" in err and "Traceback" not in err
    out = tmp_path / "so.xlsx"
    out.write_bytes(b"old")
    assert _export(data, out) == 0  # replaced whole
    assert load_workbook(out).sheetnames == [REGISTER_SHEET, SUMMARY_SHEET]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
