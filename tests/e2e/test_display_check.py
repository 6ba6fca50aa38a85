"""Before Qt aborts for lack of a display or a library, the clerk reads why in one sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.display_check import debian_package, display_problem, missing_libraries

REPO = Path(__file__).resolve().parents[2]

# What ldd printed for PySide6 6.11's libqxcb.so on a Debian 12 that had libxcb-cursor0 but
# not libxcb-icccm4 nor libxcb-keysyms1 (shortened): the plugin's own dependencies and those of
# libQt6XcbQpa, each missing one listed once per library needing it.
FRESH_DEBIAN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffaada33000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007ffaacd6e000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007ffaad90c000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007ffaacd66000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007ffaada35000)
"""


def _ldd_saying(report: str | None) -> Callable[[Path], str | None]:
    return lambda library: report


def test_no_graphical_session_is_explained() -> None:
    problem = display_problem({}, "linux", lambda: [])
    assert problem is not None and "DISPLAY" in problem and "python main.py --help" in problem


def test_every_missing_library_is_named_with_its_package() -> None:
    missing = missing_libraries(Path("libqxcb.so"), _ldd_saying(FRESH_DEBIAN_LDD))
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda: missing)
    assert problem == (
        "Không mở được cửa sổ Thư ký: Qt cần thư viện libxcb-icccm.so.4, libxcb-keysyms.so.1 "
        "mà máy chưa có; hãy cài (Debian/Ubuntu: sudo apt install libxcb-icccm4 "
        "libxcb-keysyms1) rồi mở lại."
    )


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),  # a name ending in a digit: hyphen
        ("libX11-xcb.so.1", "libx11-xcb1"),  # package names are lower case
        ("libdbus-1.so.3.32.4", "libdbus-1-3"),
        ("ld-linux.so", "ld-linux.so"),  # not a library name: left as it is
    ],
)
def test_sonames_become_debian_package_names(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_nothing_missing_or_nothing_known_lets_qt_start() -> None:
    complete = FRESH_DEBIAN_LDD.replace(" => not found", " => /lib/x.so (0x1)")
    assert missing_libraries(Path("p.so"), _ldd_saying(complete)) == []
    assert missing_libraries(Path("p.so"), _ldd_saying(None)) == []
    assert missing_libraries(None) == []  # no xcb plugin installed: Qt will say so itself
    assert display_problem({"DISPLAY": ":0"}, "linux", lambda: []) is None


def test_wayland_windows_and_an_explicit_platform_are_not_checked() -> None:
    def never() -> list[str]:
        raise AssertionError("the xcb plugin is not used there")

    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", never) is None
    assert display_problem({}, "win32", never) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", never) is None


def _plugin_missing_a_library(folder: Path) -> Path:
    """A real shared object linked against libthukygone.so.3, which is then deleted."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd")
    (folder / "gone.c").write_text("int thuky_gone(void) { return 1; }\n")
    (folder / "plugin.c").write_text(
        "int thuky_gone(void);\nint f(void) { return thuky_gone(); }\n"
    )
    subprocess.run([compiler, "-shared", "-fPIC", "-Wl,-soname,libthukygone.so.3", "-o",
                    str(folder / "libthukygone.so.3"), str(folder / "gone.c")], check=True)
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(folder / "libqxcb.so"),
                    str(folder / "plugin.c"), str(folder / "libthukygone.so.3")], check=True)
    (folder / "libthukygone.so.3").unlink()
    return folder / "libqxcb.so"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's dynamic loader")
def test_the_loader_is_asked_not_a_list(tmp_path: Path) -> None:
    plugin = _plugin_missing_a_library(tmp_path)
    assert missing_libraries(plugin) == ["libthukygone.so.3"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's dynamic loader")
def test_main_py_names_the_package_and_exits_before_qt_aborts(tmp_path: Path) -> None:
    plugin = _plugin_missing_a_library(tmp_path)
    script = (
        "import sys, pathlib, gui.display_check as check\n"
        f"check.xcb_plugin = lambda: pathlib.Path({str(plugin)!r})\n"
        "import main\n"
        "sys.exit(main.main([]))\n"
    )
    env = {key: value for key, value in os.environ.items()
           if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"DISPLAY": ":0", "THUKY_DATA_DIR": str(tmp_path / "data"),
            "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == (
        "Không mở được cửa sổ Thư ký: Qt cần thư viện libthukygone.so.3 mà máy chưa có; hãy "
        "cài (Debian/Ubuntu: sudo apt install libthukygone3) rồi mở lại.\n"
    )
    assert not (tmp_path / "data").exists()  # nothing was touched


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
