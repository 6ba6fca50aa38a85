"""Before Qt aborts for lack of a display, the clerk reads why in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui.display_check import display_problem

REPO = Path(__file__).resolve().parents[2]


def _libs(tmp_path: Path, present: bool) -> tuple[str]:
    folder = tmp_path / "lib" / "x86_64-linux-gnu"
    folder.mkdir(parents=True)
    if present:
        (folder / "libxcb-cursor.so.0").touch()
    return (str(tmp_path / "lib" / "*" / "libxcb-cursor.so.0"),)


def test_no_graphical_session_is_explained(tmp_path: Path) -> None:
    problem = display_problem({}, "linux", _libs(tmp_path, True))
    assert problem is not None and "DISPLAY" in problem and "python main.py --help" in problem


def _no_loader(name: str) -> object:
    raise OSError(f"{name}: cannot open shared object file")


def test_a_missing_xcb_cursor_says_what_to_install(tmp_path: Path) -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", _libs(tmp_path, False), _no_loader)
    assert problem is not None and "sudo apt install libxcb-cursor0" in problem


def test_a_usable_display_wayland_windows_and_an_explicit_platform_pass(tmp_path: Path) -> None:
    none_found = _libs(tmp_path, False)
    ok = _libs(tmp_path / "ok", True)
    assert display_problem({"DISPLAY": ":0"}, "linux", ok, _no_loader) is None
    assert display_problem({"DISPLAY": ":0"}, "linux", none_found, lambda name: name) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", none_found) is None
    assert display_problem({}, "win32", none_found) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", none_found) is None


def test_main_py_without_a_display_exits_with_the_sentence_not_a_qt_abort(
    tmp_path: Path,
) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"THUKY_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py")], capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=60, check=False,
    )
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert result.stderr.startswith("Không mở được cửa sổ Thư ký")
        assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr
        assert not (tmp_path / "data").exists()  # nothing was touched
