"""``directives``: the register from the command line, as scripts and clerks call it.

The store is filled through ``Store.save`` (as the window does); a few runs are real
subprocesses (exit codes, streams, no traceback), the rest call ``main(argv)`` in-process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from main import main
from models import Attendee, DeadlineExtension, Directive, Role, Session, Status
from storage import Store

REPO = Path(__file__).resolve().parents[2]
D = dt.date
CAO_LANH = ("UBND TP Cao Lãnh", "Ủy ban nhân dân thành phố Cao Lãnh", "UBND thành phố Cao Lãnh")
JSON_KEYS = {
    "session_id", "directive_id", "text", "lead", "collaborators", "deadline",
    "original_deadline", "completed_on", "class", "chair", "session_date", "session_subject",
    "document_number", "standing", "extensions", "last_progress",
}


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THUKY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )


def _session(on: D, subject: str, chair: str, directives: list[Directive]) -> Session:
    session = Session.new(on)
    session.subject = subject
    session.attendees = [Attendee(id="p1", name=chair, role=Role.CHAIR,
                                  position="Phó Chủ tịch Ủy ban nhân dân tỉnh")]
    session.conclusion.directives = directives
    session.document.number = f"{on.day}/TB-VPUBND"
    return session


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Two sessions: every class on 2024-06-01, three spellings of one unit, an extension."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(_session(D(2024, 3, 4), "làm việc với thành phố Cao Lãnh", "Phạm Thiện Nghĩa", [
            Directive(id="d1", text="Rà soát quy hoạch phân khu", assignees=[CAO_LANH[0]],
                      collaborators=["Sở Xây dựng"], deadline=D(2024, 4, 30),
                      extensions=[DeadlineExtension(deadline=D(2024, 6, 30), date=D(2024, 4, 25),
                                                    document="Công văn số 12/UBND-KT")]),
            Directive(id="d2", text="Báo cáo giải ngân", assignees=[CAO_LANH[1]],
                      deadline=D(2024, 4, 15), completed_on=D(2024, 4, 16), status=Status.DONE),
            Directive(id="d3", text="Giữ vững an ninh trật tự", assignees=[CAO_LANH[2]],
                      standing=True),
            Directive(id="d4", text="Đã hủy", assignees=["Sở Nội vụ"], deadline=D(2024, 4, 1),
                      status=Status.CANCELLED),
        ]))
        store.save(_session(D(2024, 4, 10), "họp về giao thông", "Đoàn Tấn Bửu", [
            Directive(id="d1", text="Sửa chữa cầu Đình Trung", assignees=["Sở Giao thông vận tải"],
                      deadline=D(2024, 5, 20)),
            Directive(id="d2", text="Lập dự toán", assignees=["Sở Tài chính"],
                      deadline=D(2024, 6, 5)),
            Directive(id="d3", text="Nghiệm thu", assignees=["Sở Giao thông vận tải"],
                      deadline=D(2024, 5, 10), completed_on=D(2024, 5, 9), status=Status.DONE),
        ]))
    return folder


def _json(capsys: pytest.CaptureFixture[str], *argv: str, data: Path) -> list[dict[str, Any]]:
    assert main(["--data-dir", str(data), "directives", *argv, "--format", "json"]) == 0
    result: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return result


def _ids(rows: list[dict[str, Any]]) -> list[tuple[int, str]]:
    return [(row["session_id"], row["directive_id"]) for row in rows]


# -- in a real process -------------------------------------------------------------------------


def test_json_listing_in_a_subprocess_is_reproducible(data: Path) -> None:
    done = _run("directives", "--today", "2024-06-01", "--format", "json", data_dir=data)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert all(set(row) >= JSON_KEYS for row in rows)
    by_id = {(r["session_id"], r["directive_id"]): r for r in rows}
    assert (1, "d4") not in by_id  # cancelled: in no list
    assert {key: r["class"] for key, r in by_id.items()} == {
        (1, "d1"): "in-progress", (1, "d2"): "done-late", (1, "d3"): "standing",
        (2, "d1"): "overdue", (2, "d2"): "in-progress", (2, "d3"): "done-on-time",
    }
    first = by_id[(1, "d1")]
    assert first["deadline"] == "2024-06-30" and first["original_deadline"] == "2024-04-30"
    assert first["lead"] == ["UBND TP Cao Lãnh"] and first["collaborators"] == ["Sở Xây dựng"]
    assert first["extensions"] == [
        {"deadline": "2024-06-30", "date": "2024-04-25", "document": "Công văn số 12/UBND-KT"}
    ]
    assert first["chair"] == "Phó Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"
    assert first["document_number"] == "4/TB-VPUBND" and first["session_date"] == "2024-03-04"
    assert by_id[(1, "d2")]["completed_on"] == "2024-04-16"
    assert by_id[(1, "d3")]["standing"] is True and by_id[(1, "d3")]["deadline"] is None
    again = _run("directives", "--today", "01/06/2024", "--format", "json", data_dir=data)
    assert again.stdout == done.stdout  # the same day, the same answer, in either spelling
    later = _run("directives", "--today", "2024-07-01", "--format", "json", data_dir=data)
    assert {r["class"] for r in json.loads(later.stdout) if r["directive_id"] == "d1"} == {
        "overdue"
    }


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["directives", "--today", "31/02/2024"], "31/02/2024"),
        (["directives", "--from", "2024-13-01"], "2024-13-01"),
        (["directives", "--class", "late"], "overdue"),
        (["directives", "--due-within", "soon"], "soon"),
        (["directives", "export", "--deadline-to", "mai", "-o", "x.xlsx"], "mai"),
        (["directives", "update", "1", "d1", "--done", "hôm qua"], "hôm qua"),
    ],
)
def test_bad_values_get_one_line_and_no_traceback(
    data: Path, argv: list[str], words: str
) -> None:
    done = _run(*argv, data_dir=data)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_refused_updates_exit_1_with_a_sentence(data: Path) -> None:
    future = _run("directives", "update", "2", "d1", "--done", "2024-06-02", "--today",
                  "2024-06-01", data_dir=data)
    assert future.returncode == 1
    assert future.stderr.startswith("Lỗi: ") and "chưa đến" in future.stderr
    missing = _run("directives", "update", "2", "d9", "--done", "2024-06-01", data_dir=data)
    assert missing.returncode == 1 and "'d9'" in missing.stderr
    nothing = _run("directives", "update", "2", "d1", data_dir=data)
    assert nothing.returncode == 1 and "--done" in nothing.stderr
    for done in (future, missing, nothing):
        assert "Traceback" not in done.stderr


# -- filters -----------------------------------------------------------------------------------


def test_filters(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = ["--today", "2024-06-01"]
    assert _ids(_json(capsys, *today, "--class", "overdue", data=data)) == [(2, "d1")]
    assert _ids(_json(capsys, *today, "--class", "done-late", "--class", "done-on-time",
                      data=data)) == [(1, "d2"), (2, "d3")]
    # three spellings of one unit, without diacritics or abbreviations
    assert sorted(_ids(_json(capsys, *today, "--unit", "uy ban nhan dan tp cao lanh",
                             data=data))) == [(1, "d1"), (1, "d2"), (1, "d3")]
    assert _ids(_json(capsys, *today, "--unit", "so xay dung", data=data)) == [(1, "d1")]
    assert _ids(_json(capsys, *today, "--due-within", "7", data=data)) == [(2, "d2")]
    assert sorted(_ids(_json(capsys, *today, "--from", "01/04/2024", data=data))) == [
        (2, "d1"), (2, "d2"), (2, "d3")
    ]
    assert _ids(_json(capsys, *today, "--to", "2024-03-31", "--class", "standing",
                      data=data)) == [(1, "d3")]
    assert _ids(_json(capsys, *today, "--deadline-from", "2024-06-01", "--deadline-to",
                      "2024-06-30", data=data)) == [(2, "d2"), (1, "d1")]
    assert _ids(_json(capsys, *today, "--deadline-from", "2024-06-05", "--deadline-to",
                      "05/06/2024", data=data)) == [(2, "d2")]  # both ends included
    assert sorted(_ids(_json(capsys, *today, "--chair", "doan tan", data=data))) == [
        (2, "d1"), (2, "d2"), (2, "d3")
    ]
    assert _ids(_json(capsys, *today, "--text", "cau dinh", data=data)) == [(2, "d1")]


def test_tsv_has_a_header_and_one_line_per_directive(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data), "directives", "--today", "2024-06-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["phiên", "nhiệm vụ"]
    assert len(lines) == 1 + 6
    first = lines[1].split("\t")
    assert first[:2] == ["1", "d2"]  # earliest deadline in force first
    assert first[10] == "Đã hoàn thành quá hạn"
    assert lines[-1].split("\t")[:2] == ["1", "d3"]  # a standing task last
    assert lines[-1].split("\t")[7] == "thường xuyên"


def test_an_empty_result_says_so(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _json(capsys, "--unit", "Sở Y tế", data=data) == []
    assert main(["--data-dir", str(data), "directives", "--unit", "Sở Y tế"]) == 0
    assert "Không có nhiệm vụ nào" in capsys.readouterr().err


# -- update -------------------------------------------------------------------------------------


def test_update_then_list_shows_it_and_the_store_kept_a_revision(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data) as store:
        before = len(store.revisions(2))
    base = ["--data-dir", str(data), "directives"]
    assert main([*base, "update", "2", "d1", "--progress", "Đã khởi công",
                 "--reference", "Báo cáo số 7/BC-SGTVT", "--today", "2024-05-25"]) == 0
    assert main([*base, "update", "2", "d1", "--extend", "15/06/2024",
                 "--reference", "Công văn số 30/UBND-KT", "--today", "2024-05-26"]) == 0
    assert "đang thực hiện trong hạn" in capsys.readouterr().err
    row = next(r for r in _json(capsys, "--today", "2024-06-01", data=data)
               if (r["session_id"], r["directive_id"]) == (2, "d1"))
    assert row["class"] == "in-progress"
    assert (row["deadline"], row["original_deadline"]) == ("2024-06-15", "2024-05-20")
    assert row["extensions"][-1]["document"] == "Công văn số 30/UBND-KT"
    assert row["last_progress"] == {"date": "2024-05-25", "text": "Đã khởi công",
                                    "reference": "Báo cáo số 7/BC-SGTVT"}
    assert main([*base, "update", "2", "d1", "--done", "2024-06-16",
                 "--today", "2024-06-20"]) == 0
    row = next(r for r in _json(capsys, "--today", "2024-06-20", data=data)
               if (r["session_id"], r["directive_id"]) == (2, "d1"))
    assert (row["class"], row["completed_on"]) == ("done-late", "2024-06-16")
    with Store.open(data) as store:
        assert len(store.revisions(2)) == before + 3
        directive = store.load(2).conclusion.directives[0]
    assert directive.status is Status.DONE and directive.completed_on == D(2024, 6, 16)


# -- report: the parser hands the report its options -------------------------------------------


def test_report_options_reach_run_report(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[argparse.Namespace] = []
    fake = types.ModuleType("cli.directives_report")
    fake.run_report = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cli.directives_report", fake)
    out = tmp_path / "bc.docx"
    assert main(["--data-dir", str(data), "directives", "report", "--from", "01/01/2024",
                 "--to", "2024-06-30", "--unit", "Sở Tài chính", "--chair", "Nghĩa",
                 "--today", "2024-07-05", "--force", "-o", str(out)]) == 0
    args = seen[0]
    assert (args.from_date, args.to_date, args.today) == (
        D(2024, 1, 1), D(2024, 6, 30), D(2024, 7, 5)
    )
    assert (args.unit, args.chair, args.force, args.output) == (
        "Sở Tài chính", "Nghĩa", True, out
    )
    assert args.data_dir == data
    assert main(["--data-dir", str(data), "directives", "report", "-o", str(out)]) == 0
    bare = seen[1]
    assert (getattr(bare, "from_date", None), getattr(bare, "unit", None), bare.force) == (
        None, None, False
    )
