"""A damaged store and daily backups, as a clerk or a batch script meets them on the command
line: plain words on stderr, the command's own exit code, never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from models import parse_json
from storage import DB_NAME, Store
from storage.recovery import list_backups, make_daily_backup

REPO = Path(__file__).resolve().parents[2]
SUBJECT = "triển khai các nhiệm vụ trọng tâm phát triển kinh tế - xã hội năm 2024"


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THUKY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )


@pytest.fixture
def data(tmp_path: Path, seed_text: str) -> Path:
    """A data folder whose store holds the seed session and has a backup of 20/11/2026."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(parse_json(seed_text).session)
    assert make_daily_backup(folder, today=dt.date(2026, 11, 20)) is not None
    return folder


def _damage(folder: Path) -> bytes:
    content = "Biên bản cuộc họp\n".encode() * 500  # a text file saved over the store
    (folder / DB_NAME).write_bytes(content)
    return content


def _aside(folder: Path, label: str) -> list[Path]:
    return sorted(folder.glob(f"{DB_NAME}.{label}-*"))


def test_a_damaged_store_in_a_subprocess_then_restored(data: Path) -> None:
    content = _damage(data)

    listed = _run("list", data_dir=data)
    assert listed.returncode == 0
    assert "Traceback" not in listed.stderr
    [moved] = _aside(data, "hong")
    assert moved.read_bytes() == content
    assert "bị hỏng" in listed.stderr
    assert f"Đã chuyển tệp hỏng sang {moved}" in listed.stderr
    assert "bắt đầu một kho dữ liệu mới" in listed.stderr
    assert "Bản sao lưu gần nhất: ngày 20/11/2026" in listed.stderr
    assert "python main.py restore-backup 2026-11-20" in listed.stderr
    assert listed.stdout == ""  # the fresh store is empty

    restored = _run("restore-backup", data_dir=data)
    assert restored.returncode == 0, restored.stderr
    [replaced] = _aside(data, "truoc-khoi-phuc")
    assert restored.stdout.strip() == str(replaced)
    assert "Đã khôi phục kho dữ liệu từ bản sao lưu ngày 20/11/2026" in restored.stderr
    assert f"được giữ tại {replaced}" in restored.stderr

    listed = _run("list", data_dir=data)
    assert listed.returncode == 0 and listed.stderr == ""
    assert SUBJECT in listed.stdout


def test_the_hint_carries_the_data_dir_option(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(data)
    assert main(["--data-dir", str(data), "list"]) == 0
    assert f"thuky --data-dir {data} restore-backup 2026-11-20" in capsys.readouterr().err


def test_no_backup_to_offer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _damage(tmp_path)
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "Chưa có bản sao lưu nào để khôi phục." in err


def test_import_into_a_damaged_store_still_imports(
    data: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(data)
    assert main(["--data-dir", str(data), "import", str(seed_path)]) == 0
    captured = capsys.readouterr()
    assert "bị hỏng" in captured.err and captured.out.strip() == "1"
    with Store.open(data) as store:
        assert [s.subject for s in store.list_sessions()] == [SUBJECT]


def test_export_of_a_missing_session_keeps_its_exit_code(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(data)
    assert main(["--data-dir", str(data), "export", "1", "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "Không có phiên làm việc số 1" in err


def test_a_newer_store_is_refused_and_left_in_place(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(data / DB_NAME)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    assert main(["--data-dir", str(data), "list"]) == 1
    assert "mới hơn" in capsys.readouterr().err
    assert _aside(data, "hong") == []


def test_the_cli_takes_the_daily_backup_once(data: Path) -> None:
    today = data / "backups" / f"thuky-{dt.date.today().isoformat()}.sqlite3"
    assert main(["--data-dir", str(data), "list"]) == 0
    assert today.is_file()
    made = today.stat().st_mtime_ns
    assert main(["--data-dir", str(data), "list"]) == 0
    assert today.stat().st_mtime_ns == made
    assert [b.taken_on for b in list_backups(data)] == [dt.date.today(), dt.date(2026, 11, 20)]


def test_backups_lists_date_size_and_path(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data):
        make_daily_backup(data, today=dt.date(2026, 11, 21))
    assert main(["--data-dir", str(data), "backups"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(line[0], line[2]) for line in lines] == [
        ("2026-11-21", str(data / "backups" / "thuky-2026-11-21.sqlite3")),
        ("2026-11-20", str(data / "backups" / "thuky-2026-11-20.sqlite3")),
    ]
    assert all(line[1].endswith(" KB") for line in lines)


def test_backups_when_there_are_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "backups"]) == 0
    assert "Chưa có bản sao lưu nào" in capsys.readouterr().err
    assert not (tmp_path / DB_NAME).exists()  # listing backups does not create a store


def test_restore_a_chosen_date(data: Path, seed_text: str) -> None:
    with Store.open(data) as store:
        session = parse_json(seed_text).session
        session.subject = "họp giao ban"
        store.save(session, 1)
        make_daily_backup(data, today=dt.date(2026, 11, 22))
    assert main(["--data-dir", str(data), "restore-backup", "20/11/2026"]) == 0
    with Store.open(data) as store:
        assert [s.subject for s in store.list_sessions()] == [SUBJECT]
    assert main(["--data-dir", str(data), "restore-backup"]) == 0  # the newest: the 22nd
    with Store.open(data) as store:
        assert [s.subject for s in store.list_sessions()] == ["họp giao ban"]
    assert len(_aside(data, "truoc-khoi-phuc")) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["restore-backup", "2020-01-01"], "không có bản sao lưu ngày 01/01/2020"),
        (["restore-backup", "hôm qua"], "không hợp lệ"),
    ],
)
def test_restore_of_a_date_without_backup(
    data: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(data), *argv])
    assert code in (1, 2)
    assert message in capsys.readouterr().err
    assert _aside(data, "truoc-khoi-phuc") == []


def test_restore_with_no_backups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "restore-backup"]) == 1
    assert "chưa có bản sao lưu nào" in capsys.readouterr().err


def test_restore_of_a_damaged_backup_keeps_the_store(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [backup] = list_backups(data)
    backup.path.write_bytes(b"\x00" * backup.size)
    assert main(["--data-dir", str(data), "restore-backup"]) == 1
    err = capsys.readouterr().err
    assert "Lỗi: Bản sao lưu ngày 20/11/2026" in err and "bị hỏng" in err
    assert "Traceback" not in err
    assert main(["--data-dir", str(data), "list"]) == 0
    assert SUBJECT in capsys.readouterr().out


def test_a_backup_that_cannot_be_made_does_not_stop_the_command(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "import", str(seed_path)]) == 0
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("Chú ý: Không tạo được thư mục sao lưu")
    assert SUBJECT in captured.out
