"""The self-contained build (scripts/build_app.py) does what the installed Thư ký does, on a
machine without Python: every run here starts the built executable from a folder of its own,
moved away from where it was built, with an empty environment (``env -i``: no PYTHONPATH, no
virtual environment on PATH; HOME points into the test's folder, and the window gets
QT_QPA_PLATFORM=offscreen).

One build serves the whole module (about half a minute once PyInstaller's cache is warm).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest

from tests.conftest import REPO, SEED

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the build is run and checked on Linux (README: Windows steps)"),
]

MIB = 1024 * 1024
TARGET_MIB = 150


@pytest.fixture(scope="module")
def app_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/thuky built into a temporary folder, then moved under a name with a space and
    Vietnamese letters, as an IT person copying it to a clerk's laptop might."""
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_app.py"),
         "--dist", str(build / "dist"), "--work", str(build / "work")],
        cwd=REPO, check=True, timeout=900,
    )
    moved = tmp_path_factory.mktemp("clerk") / "Ứng dụng" / "thuky"
    moved.parent.mkdir()
    shutil.move(build / "dist" / "thuky", moved)
    shutil.rmtree(build)
    return moved


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run_clean(app: Path, home: Path, args: Sequence[str], *, cwd: Path,
              window: bool = False) -> subprocess.CompletedProcess[str]:
    environment = [f"HOME={home}"]
    if window:
        environment += ["QT_QPA_PLATFORM=offscreen", "THUKY_CLOSE_WHEN_READY=1"]
    return subprocess.run(
        ["env", "-i", *environment, str(app / "thuky"), *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
    )


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def test_version_names_the_build(app_folder: Path, home: Path, tmp_path: Path) -> None:
    with (REPO / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    result = run_clean(app_folder, home, ["--version"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    today = dt.date.today()
    assert result.stdout.startswith(f"thuky {version} (bản dựng ngày {today.day:02d}/")
    assert str(today.year) in result.stdout
    assert "phát triển" not in result.stdout


def test_render_writes_the_notice_with_the_sessions_words(
    app_folder: Path, home: Path, tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "phien.json")
    result = run_clean(app_folder, home, ["render", "phien.json", "--type",
                                          "thong-bao-ket-luan", "-o", "thong-bao.docx"],
                       cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = document_text(tmp_path / "thong-bao.docx")
    session = json.loads(SEED.read_text(encoding="utf-8"))
    assert "THÔNG BÁO" in text
    assert session["counterpart"] in text
    for directive in session["conclusion"]["directives"]:
        assert directive["text"] in text


def test_a_template_copied_into_the_data_folder_replaces_the_builtin_one(
    app_folder: Path, home: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    builtin = app_folder / "_internal" / "report_templates" / "bien_ban.md.j2"
    (data / "templates" / "bien_ban.md.j2").write_text(
        builtin.read_text(encoding="utf-8") + "\nĐoạn do văn phòng tự thêm.\n", encoding="utf-8"
    )
    result = run_clean(app_folder, home, ["--data-dir", str(data), "render", str(SEED),
                                          "--type", "bien-ban", "-o", "bien-ban.docx"],
                       cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Đoạn do văn phòng tự thêm." in document_text(tmp_path / "bien-ban.docx")


def test_validate_explains_a_broken_file_and_exits_1(
    app_folder: Path, home: Path, tmp_path: Path
) -> None:
    session = json.loads(SEED.read_text(encoding="utf-8"))
    session["date"] = "2024-13-04"
    (tmp_path / "hong.json").write_text(json.dumps(session, ensure_ascii=False),
                                        encoding="utf-8")
    result = run_clean(app_folder, home, ["validate", "hong.json"], cwd=tmp_path)
    assert result.returncode == 1
    assert "không hợp lệ" in result.stderr
    assert "date: ngày không hợp lệ" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_opens_takes_the_days_backup_and_closes_cleanly(
    app_folder: Path, home: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    imported = run_clean(app_folder, home, ["--data-dir", str(data), "import", str(SEED)],
                         cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    today = data / "backups" / f"thuky-{dt.date.today().isoformat()}.sqlite3"
    assert not today.exists()  # the import opened an empty store: nothing to copy yet
    result = run_clean(app_folder, home, ["--data-dir", str(data)], cwd=tmp_path, window=True)
    assert result.returncode == 0, result.stderr
    assert "cửa sổ đã mở và đọc được kho dữ liệu" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (data / "thuky.lock").exists()  # released: the next start is not refused
    backups = run_clean(app_folder, home, ["--data-dir", str(data), "backups"], cwd=tmp_path)
    assert str(today) in backups.stdout  # taken by the window, after it opened the store


def test_every_command_is_in_the_build(app_folder: Path, home: Path, tmp_path: Path) -> None:
    """Commands are imported by name (cli.entry.COMMANDS), which no import scan follows: each
    must answer --help, and the store commands must work on a real store."""
    from cli.entry import COMMANDS

    for command in COMMANDS:
        result = run_clean(app_folder, home, [command, "--help"], cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert f"usage: thuky {command}" in result.stdout
    data = ["--data-dir", str(tmp_path / "data")]
    assert run_clean(app_folder, home, [*data, "import", str(SEED)], cwd=tmp_path).returncode == 0
    listed = run_clean(app_folder, home, [*data, "list", "cao lanh"], cwd=tmp_path)
    assert listed.stdout.startswith("1\t04/3/2024\t"), listed.stderr
    exported = run_clean(app_folder, home, [*data, "export", "1", "-o", "lai.json"],
                         cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "lai.json").read_text(encoding="utf-8"))["subject"] == (
        json.loads(SEED.read_text(encoding="utf-8"))["subject"])
    run_clean(app_folder, home, [*data, "list"], cwd=tmp_path)  # takes the day's backup
    restored = run_clean(app_folder, home, [*data, "restore-backup"], cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "Đã khôi phục" in restored.stderr


def test_the_window_speaks_english_when_chosen(
    app_folder: Path, home: Path, tmp_path: Path
) -> None:
    settings = home / ".config" / "ThuKy" / "Thư ký.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    result = run_clean(app_folder, home, ["--data-dir", str(tmp_path / "data")], cwd=tmp_path,
                       window=True)
    assert result.returncode == 0, result.stderr
    assert "the window opened and read the data store" in result.stderr


def test_the_menu_entry_installs_for_the_user(app_folder: Path, home: Path) -> None:
    result = subprocess.run(["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin",
                             str(app_folder / "install-desktop.sh")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    entry = (home / ".local" / "share" / "applications" / "thuky.desktop").read_text(
        encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Name"] == "Thư ký"
    assert fields["Exec"] == f'"{app_folder / "thuky"}"'
    assert os.access(app_folder / "thuky", os.X_OK)
    assert Path(fields["Icon"]).read_bytes().startswith(b"\x89PNG")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(home / ".local" / "share" /
                                                             "applications" / "thuky.desktop")],
                               capture_output=True, text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_folder_holds_nothing_it_does_not_use(app_folder: Path) -> None:
    files = [p for p in app_folder.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files if not p.is_symlink())
    assert size <= TARGET_MIB * MIB, f"{size / MIB:.1f} MiB"
    names = {part.lower() for p in files for part in p.relative_to(app_folder).parts}
    for unused in ("pytest", "_pytest", "hypothesis", "mypy", "ruff", "pytestqt",
                   "qttest.abi3.so", "libqt6qml.so.6", "libqt6quick.so.6", "libqt6test.so.6",
                   "tls", "libqgtk3.so"):
        assert unused not in names
    translations = app_folder / "_internal" / "PySide6" / "Qt" / "translations"
    assert not translations.exists() or all(p.name.endswith("_vi.qm")
                                            for p in translations.iterdir())
    assert (app_folder / "_internal" / "gui" / "translations" / "thuky_en.qm").is_file()
