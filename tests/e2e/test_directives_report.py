"""``directives report``: the progress report from the store, as a clerk runs it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from main import main
from models import Attendee, DeadlineExtension, Directive, Issuer, Role, Session, Status
from storage import Store

REPO = Path(__file__).resolve().parents[2]
D = dt.date
PROFILE = Issuer(parent="Ủy ban nhân dân tỉnh Đồng Tháp", name="Văn phòng", symbol="VPUBND",
                 place="Đồng Tháp")


def _session(on: D, chair: str, signer: str, directives: list[Directive]) -> Session:
    session = Session.new(on)
    session.subject = "làm việc về tiến độ các dự án"
    session.attendees = [Attendee(id="p1", name=chair, role=Role.CHAIR,
                                  position="Chủ tịch Ủy ban nhân dân tỉnh")]
    session.conclusion.directives = directives
    session.document.number = f"{on.day}/TB-VPUBND"
    session.document.issued_on = on + dt.timedelta(days=1)
    session.document.signer.authority = "TL. Chủ tịch"
    session.document.signer.position = "Chánh Văn phòng"
    session.document.signer.name = signer
    session.document.archive = "VT, TH"
    return session


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """2024: every class, one unit spelt three ways; 2023: one task for the comparison."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(_session(D(2023, 3, 1), "Phạm Thiện Nghĩa", "Lê Văn Cũ", [
            Directive(id="d1", text="Nhiệm vụ năm trước", assignees=["Sở Tài chính"],
                      deadline=D(2023, 4, 1), completed_on=D(2023, 3, 20), status=Status.DONE),
        ]))
        store.save(_session(D(2024, 3, 4), "Phạm Thiện Nghĩa", "Trần Thị Bình", [
            Directive(id="d1", text="Rà soát quy hoạch phân khu", assignees=["UBND TP Cao Lãnh"],
                      deadline=D(2024, 4, 30),
                      extensions=[DeadlineExtension(deadline=D(2024, 5, 31), date=D(2024, 4, 25),
                                                    document="Công văn số 12/UBND-KT")]),
            Directive(id="d2", text="Báo cáo giải ngân",
                      assignees=["Ủy ban nhân dân thành phố Cao Lãnh"],
                      deadline=D(2024, 4, 15), completed_on=D(2024, 4, 16), status=Status.DONE),
            Directive(id="d3", text="Giữ vững an ninh trật tự", assignees=["Công an tỉnh"],
                      standing=True),
            Directive(id="d4", text="Đã hủy", assignees=["Sở Nội vụ"], deadline=D(2024, 4, 1),
                      status=Status.CANCELLED),
        ]))
        store.save(_session(D(2024, 4, 10), "Phạm Thiện Nghĩa", "Nguyễn Văn An", [
            Directive(id="d1", text="Sửa chữa cầu Đình Trung", assignees=["Sở Giao thông vận tải"],
                      deadline=D(2024, 7, 20)),
            Directive(id="d2", text="Nghiệm thu", assignees=["UBND thành phố Cao Lãnh"],
                      deadline=D(2024, 5, 10), completed_on=D(2024, 5, 9), status=Status.DONE),
        ]))
        store.save(_session(D(2024, 8, 1), "Phạm Thiện Nghĩa", "Người Sau Kỳ", [
            Directive(id="d1", text="Sau kỳ báo cáo", assignees=["Sở Tài chính"],
                      deadline=D(2024, 9, 1)),
        ]))
        store.save_issuer_profile(PROFILE)
    return folder


def _report(data: Path, out: Path, *more: str) -> int:
    return main(["--data-dir", str(data), "directives", "report", "--from", "01/01/2024",
                 "--to", "2024-06-30", "--today", "2024-06-30", *more, "-o", str(out)])


def _texts(path: Path) -> tuple[str, list[list[str]]]:
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    appendix = [[c.text for c in row.cells] for row in document.tables[-1].rows[1:]]
    return body, appendix


def test_the_report_counts_what_the_register_lists(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bao-cao.docx"
    assert _report(data, out) == 0
    assert "Đã ghi báo cáo" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "directives", "--from", "2024-01-01", "--to",
                 "2024-06-30", "--today", "2024-06-30", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    body, appendix = _texts(out)
    assert sorted(row[1] for row in appendix) == sorted(item["text"] for item in listed)
    assert len(listed) == 5
    assert "Tổng số nhiệm vụ được giao: 5 nhiệm vụ" in body
    overdue = sum(item["class"] == "overdue" for item in listed)
    assert overdue == 1 and "quá hạn 1 nhiệm vụ (25,0%)" in body
    assert "4. So với cùng kỳ năm trước (từ ngày 01/01/2023 đến ngày 30/6/2023)" in body
    document = docx.Document(str(out))
    header = document.tables[0]
    assert "VĂN PHÒNG" in header.cell(0, 0).text  # the issuer profile
    signature = document.tables[-2].cell(0, 1).text
    assert "Nguyễn Văn An" in signature  # the signer of the period's latest session
    assert "Lưu: VT, TH." in document.tables[-2].cell(0, 0).text


def test_a_report_for_one_unit(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "cao-lanh.docx"
    assert _report(data, out, "--unit", "ubnd tp cao lanh") == 0
    body, appendix = _texts(out)
    assert len(appendix) == 3  # three spellings, one unit
    assert "Tổng số nhiệm vụ được giao: 3 nhiệm vụ" in body


def test_an_existing_file_is_kept_unless_forced(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bao-cao.docx"
    out.write_bytes(b"the clerk's edited copy")
    assert _report(data, out) == 1
    assert "đã có; thêm --force để ghi đè" in capsys.readouterr().err
    assert out.read_bytes() == b"the clerk's edited copy"
    assert _report(data, out, "--force") == 0
    assert docx.Document(str(out)).sections[-1].orientation == 1  # landscape appendix


def test_a_period_that_ends_before_it_starts_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.docx"
    code = main(["--data-dir", str(data), "directives", "report", "--from", "2024-06-30",
                 "--to", "01/01/2024", "-o", str(out)])
    assert code == 1 and not out.exists()
    assert "--from 30/06/2024 sau --to 01/01/2024" in capsys.readouterr().err


def test_as_its_own_process_a_bad_date_is_one_line(data: Path, tmp_path: Path) -> None:
    env = {**os.environ, "THUKY_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "directives", "report", "--from", "31/02/2024",
         "-o", str(tmp_path / "r.docx")],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    good = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "directives", "report", "--today", "2024-06-30",
         "-o", str(tmp_path / "r.docx")],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "r.docx").exists()
