"""The command line as a clerk or a batch script meets it.

A few tests run ``main.py`` in a real subprocess (exit codes, no traceback, real streams); the
rest call ``main(argv)`` in-process to keep the suite fast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import renderer.atomic
from main import main
from storage import DB_NAME

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THUKY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )


@pytest.fixture
def seed(seed_text: str) -> dict[str, Any]:
    return json.loads(seed_text)


def _write(path: Path, data: dict[str, Any] | str) -> Path:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


# -- in a real process -------------------------------------------------------------------------


def test_validate_the_seed_in_a_subprocess(seed_path: Path, tmp_path: Path) -> None:
    done = _run("validate", str(seed_path), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "hợp lệ" in done.stdout
    assert not (tmp_path / DB_NAME).exists()  # validate never touches the store


def test_truncated_file_in_a_subprocess(seed_text: str, tmp_path: Path) -> None:
    bad = _write(tmp_path / "cut.json", seed_text[: len(seed_text) // 2])
    done = _run("validate", str(bad), data_dir=tmp_path)
    assert done.returncode == 1
    problems = [line for line in done.stderr.splitlines() if line.startswith("  lỗi:")]
    assert len(problems) == 1
    assert "cắt ngang" in problems[0] and "dòng" in problems[0]
    assert "Traceback" not in done.stderr


def test_import_list_export_round_trip_in_a_subprocess(
    seed_path: Path, seed: dict[str, Any], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    imported = _run("import", str(seed_path), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    session_id = imported.stdout.strip()
    listed = _run("list", data_dir=data)
    assert listed.returncode == 0
    assert listed.stdout.split("\t")[0].strip() == session_id
    out = tmp_path / "out.json"
    exported = _run("export", session_id, "-o", str(out), data_dir=data)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text("utf-8")) == seed


def test_usage_errors_exit_2_in_a_subprocess(tmp_path: Path) -> None:
    done = _run("export", "abc", "-o", "x.json", data_dir=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


# -- validate ----------------------------------------------------------------------------------


def _one_problem(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    problems = [line for line in err.splitlines() if line.startswith("  lỗi:")]
    assert len(problems) == 1, err
    return problems[0]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d.update(format="thuky.session/9"), "format", "không được hỗ trợ"),
        (lambda d: d.pop("format"), "format", "thiếu"),
        (lambda d: d["reports"][0].update(presenter="p99"), "reports[0].presenter", "p99"),
        (lambda d: d["attendees"][3].update(id="p1"), "attendees[3].id", "trùng"),
        (lambda d: d.update(date="2024-02-30"), "date", "ngày không hợp lệ"),
    ],
)
def test_validate_names_the_field_of_one_mistake(
    seed: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Any,
    path: str,
    words: str,
) -> None:
    change(seed)
    assert main(["validate", str(_write(tmp_path / "s.json", seed))]) == 1
    problem = _one_problem(capsys)
    assert problem.startswith(f"  lỗi: {path}: ") and words in problem, problem


def test_validate_prints_warnings_but_succeeds(
    seed: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed["attendees"][0]["name"] = "Phạm\x0b Thiện Nghĩa"
    seed["subject"] = ""
    assert main(["validate", str(_write(tmp_path / "s.json", seed))]) == 0
    captured = capsys.readouterr()
    assert "hợp lệ" in captured.out
    assert "cảnh báo: attendees[0].name: đã xóa 1 ký tự" in captured.err
    assert "cảnh báo: subject:" in captured.err


def test_validate_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nothing.json")]) == 1
    assert "không tìm thấy" in _one_problem(capsys)


# -- import / list / export --------------------------------------------------------------------


def test_import_cleans_nfd_and_control_characters(
    seed: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed["conclusion"]["directives"][0]["text"] += "\x00\x1f"
    text = unicodedata.normalize("NFD", json.dumps(seed, ensure_ascii=False))
    source = _write(tmp_path / "nfd.json", text)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(source)]) == 0
    captured = capsys.readouterr()
    assert "cảnh báo: conclusion.directives[0].text: đã xóa 2 ký tự" in captured.err
    session_id = captured.out.strip()
    assert main([*data, "export", session_id, "-o", str(tmp_path / "out.json")]) == 0
    exported = (tmp_path / "out.json").read_text("utf-8")
    assert unicodedata.is_normalized("NFC", exported)
    assert "\x00" not in exported and "\x1f" not in exported
    assert json.loads(exported)["attendees"][0]["name"] == "Phạm Thiện Nghĩa"


def test_unknown_fields_survive_import_and_export(
    seed: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed["x_signed_by"] = {"key": "abc"}
    seed["reports"][0]["figures"][0]["x_source"] = "Cục Thống kê"
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(_write(tmp_path / "s.json", seed))]) == 0
    session_id = capsys.readouterr().out.strip()
    assert main([*data, "export", session_id, "-o", str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == seed


def test_an_invalid_file_is_not_imported(
    seed: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed["reports"][0]["presenter"] = "ghost"
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(_write(tmp_path / "s.json", seed))]) == 1
    assert "reports[0].presenter" in _one_problem(capsys)
    assert main([*data, "list"]) == 0
    assert capsys.readouterr().out == ""


def test_list_filters_and_uses_the_environment(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("THUKY_DATA_DIR", str(tmp_path / "env"))
    assert main(["import", str(seed_path)]) == 0
    capsys.readouterr()
    assert main(["list", "cao", "lanh"]) == 0
    row = capsys.readouterr().out.rstrip("\n").split("\t")
    assert [cell.strip() for cell in row] == [
        "1",
        "04/3/2024",
        "buổi làm việc",
        "triển khai các nhiệm vụ trọng tâm phát triển kinh tế - xã hội năm 2024",
        "Ủy ban nhân dân thành phố Cao Lãnh",
    ]
    assert main(["list", "12/2023"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Không có phiên" in captured.err
    assert (tmp_path / "env" / DB_NAME).exists()


def test_export_of_an_unknown_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "export", "7", "-o", str(tmp_path / "o.json")])
    assert code == 1
    assert "số 7" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


@pytest.fixture
def imported(seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(seed_path)]) == 0
    capsys.readouterr()
    return data


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("missing-folder/out.json", "không tồn tại"),
        ("a-file/out.json", "Không ghi được"),  # the "folder" is a file
        ("a-folder", "thư mục"),  # the target is a folder
    ],
)
def test_export_to_an_unwritable_place_leaves_nothing(
    imported: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    target: str, words: str,
) -> None:
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "a-folder").mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*") if "data" not in p.parts)
    assert main([*imported, "export", "1", "-o", str(tmp_path / target)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.rglob("*") if "data" not in p.parts) == before


def test_a_failed_export_keeps_the_old_file_whole(
    imported: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.json"
    target.write_text("bản cũ", encoding="utf-8")

    def fail(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(renderer.atomic.os, "replace", fail)
    assert main([*imported, "export", "1", "-o", str(target)]) == 1
    assert "ổ đĩa đã đầy" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "bản cũ"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["out.json"]


def test_an_exported_file_is_readable_like_any_other(imported: list[str], tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    assert main([*imported, "export", "1", "-o", str(target)]) == 0
    assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600


def test_export_to_stdout(imported: list[str], capsys: pytest.CaptureFixture[str],
                          seed: dict[str, Any]) -> None:
    assert main([*imported, "export", "1", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == seed


def test_a_corrupt_store_is_moved_aside_with_a_message(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """More in test_cli_recovery.py: the import goes into a fresh store."""
    (tmp_path / DB_NAME).write_bytes(os.urandom(8192))
    assert main(["--data-dir", str(tmp_path), "import", str(seed_path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"Tệp dữ liệu {tmp_path / DB_NAME} bị hỏng") and "Traceback" not in err


# -- usage, help, version, window ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["export", "1"], ["export", "x", "-o", "o.json"], ["validate"], ["--nope"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("validate", "import", "list", "export", "--data-dir", "THUKY_DATA_DIR"):
        assert command in out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("thuky ")


def test_no_command_opens_the_window_with_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path | None] = []
    fake = types.ModuleType("gui.app")
    fake.run = lambda data_dir: opened.append(data_dir) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert main([]) == 0
    assert opened == [tmp_path, None]


def test_no_command_without_a_window_prints_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "gui.app", None)  # as if gui/app.py did not exist yet
    assert main([]) == 0
    assert "validate" in capsys.readouterr().err


def test_exporting_a_half_finished_session_warns_with_the_path(
    seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from models import parse_json
    from storage import Store

    session = parse_json(seed_text).session
    session.reports[0].presenter = "p42"  # the window autosaved mid-edit
    with Store.open(tmp_path) as store:
        session_id = store.save(session)
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(tmp_path), "export", str(session_id), "-o", str(out)]) == 0
    assert "reports[0].presenter" in _one_problem(capsys)
    assert json.loads(out.read_text("utf-8"))["reports"][0]["presenter"] == "p42"
