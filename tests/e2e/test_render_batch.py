"""``render`` with many sessions and ``--type all``, and ``--force``: what a records office sees
when it renders a month of sessions, or renders again over a copy a clerk edited in Word."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from renderer import DocType
from renderer.file_names import batch_file_name, safe_slug

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, THUKY_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "render", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, env=env, timeout=120,
    )


def _variant(seed_text: str, folder: Path, name: str, subject: str, date: str) -> Path:
    data = json.loads(seed_text)
    data["subject"] = subject
    data["date"] = date
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_batch_writes_every_document_and_names_them_from_the_session(
    seed_text: str, tmp_path: Path
) -> None:
    a = _variant(seed_text, tmp_path, "a.json", "Sơ kết quý I: đầu tư công", "2024-04-02")
    b = _variant(seed_text, tmp_path, "b.json", "Làm việc với Đoàn kiểm tra", "2024-05-10")
    out = tmp_path / "out"
    result = _run(str(a), str(b), "--type", "all", "-o", f"{out}/", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2024-04-02_so-ket-quy-i-dau-tu-cong_bao-cao.docx",
        "2024-04-02_so-ket-quy-i-dau-tu-cong_bien-ban.docx",
        "2024-04-02_so-ket-quy-i-dau-tu-cong_thong-bao-ket-luan.docx",
        "2024-05-10_lam-viec-voi-doan-kiem-tra_bao-cao.docx",
        "2024-05-10_lam-viec-voi-doan-kiem-tra_bien-ban.docx",
        "2024-05-10_lam-viec-voi-doan-kiem-tra_thong-bao-ket-luan.docx",
    ]
    lines = result.stdout.splitlines()
    assert len(lines) == 6 and all(line.startswith("Đã ghi ") for line in lines)
    assert sorted(Path(line.removeprefix("Đã ghi ")).name for line in lines) == names
    first = Document(str(out / "2024-05-10_lam-viec-voi-doan-kiem-tra_bien-ban.docx"))
    assert any(p.text == "BIÊN BẢN" for p in first.paragraphs)


def test_one_bad_session_does_not_stop_the_others(seed_text: str, tmp_path: Path) -> None:
    good = _variant(seed_text, tmp_path, "good.json", "Họp giao ban", "2024-06-03")
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "out"
    result = _run(str(bad), str(good), str(tmp_path / "missing.json"), "-t", "bien-ban",
                  "-o", str(out), data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert [p.name for p in out.iterdir()] == ["2024-06-03_hop-giao-ban_bien-ban.docx"]
    assert result.stdout.splitlines() == [f"Đã ghi {out / '2024-06-03_hop-giao-ban_bien-ban.docx'}"]
    assert "bad.json" in result.stderr and "missing.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_stored_sessions_by_id_in_a_batch(seed_path: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    imported = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "import",
         str(seed_path)], capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    session_id = imported.stdout.strip().split()[-1]
    out = tmp_path / "out"
    result = _run(session_id, "99", "-t", "thong-bao-ket-luan", "-o", f"{out}/", data_dir=data)
    assert result.returncode == 1  # session 99 does not exist
    assert len(list(out.iterdir())) == 1 and len(result.stdout.splitlines()) == 1
    assert "99" in result.stderr


def test_without_force_an_existing_file_is_kept(seed_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "tb.docx"
    target.write_bytes(b"edited in Word")
    result = _run(str(seed_path), "-t", "thong-bao-ket-luan", "-o", str(target),
                  data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert target.read_bytes() == b"edited in Word"
    forced = _run(str(seed_path), "-t", "thong-bao-ket-luan", "-o", str(target), "--force",
                  data_dir=tmp_path / "d")
    assert forced.returncode == 0, forced.stderr
    assert Document(str(target)).paragraphs[0].text == "THÔNG BÁO"


def test_a_batch_keeps_existing_files_unless_forced(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(str(seed_path), "-t", "all", "-o", f"{out}/", data_dir=tmp_path / "d")
    assert first.returncode == 0, first.stderr
    edited = sorted(out.iterdir())[0]
    edited.write_bytes(b"edited")
    again = _run(str(seed_path), "-t", "all", "-o", f"{out}/", data_dir=tmp_path / "d")
    assert again.returncode == 1
    assert edited.read_bytes() == b"edited" and len(list(out.iterdir())) == 3
    assert len(again.stderr.strip().splitlines()) == 3 and "--force" in again.stderr
    forced = _run(str(seed_path), "-t", "all", "-o", f"{out}/", "-f", data_dir=tmp_path / "d")
    assert forced.returncode == 0 and len(forced.stdout.splitlines()) == 3
    assert edited.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    "subject",
    [
        'Họp về "dự án" <A>/B\\C: tầng 1|2? *khẩn*',
        "CON",
        "com1",
        "Ủy ban nhân dân tỉnh Đồng Tháp làm việc với Bộ Kế hoạch và Đầu tư về quy hoạch " * 5,
        "Đ̀ặc biệt\u0301 tổ hợp",  # combining marks typed separately
        "会議",
        "",
    ],
)
def test_batch_names_are_safe_on_windows(subject: str) -> None:
    from models import Session

    session = Session.new(on=dt.date(2024, 3, 4))
    session.subject = subject
    name = batch_file_name(session, DocType.BAO_CAO)
    assert re.fullmatch(r"2024-03-04_[a-z0-9-]+_bao-cao\.docx", name), name
    assert len(name) <= 100
    stem = safe_slug(subject)
    assert stem.upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    assert not stem.endswith(" ") and not stem.endswith(".")


def test_a_batch_into_a_file_name_is_refused(seed_path: Path, tmp_path: Path) -> None:
    result = _run(str(seed_path), "-t", "all", "-o", str(tmp_path / "ket-qua.docx"),
                  data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "thư mục" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
