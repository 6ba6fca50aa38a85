"""Can Qt open a window here? Asked before the QApplication exists, because Qt's answer is an
abort.

On Linux, Qt stops the process with its own English diagnostics (and a core dump) when there
is no graphical session, or when a shared library its X11 platform plugin (``libqxcb.so``)
links against is missing — on a fresh Debian or Ubuntu typically libxcb-cursor0,
libxcb-icccm4 and libxcb-keysyms1. A clerk, or the colleague who set the laptop up, gets one
plain sentence instead, naming the packages to install, or saying that the commands still
work. Windows and macOS always have a display; an explicit QT_QPA_PLATFORM is respected.

Which libraries are missing is asked of the system's dynamic loader (``ldd`` on the plugin,
which follows the plugin's own dependencies such as libQt6XcbQpa), not of a list kept here:
every Qt release needs a slightly different set. Sonames are turned into Debian package
names by Debian's naming rule, so the sentence stays right for libraries Qt adds later.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: "libxcb-icccm.so.4 => not found", as ldd prints a dependency the loader cannot find.
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_SONAME = re.compile(r"(lib[^/\s]+?)\.so\.(\d+)(?:\.\d+)*")


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin as the installed PySide6 will load it; None if absent.

    Loading QtCore is safe (it is the platform plugin, loaded by QApplication, that aborts)
    and is needed a moment later anyway.
    """
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def run_ldd(library: Path) -> str | None:
    """ldd's report on *library*; None when ldd is missing or cannot read it."""
    try:
        done = subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                              timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def missing_libraries(library: Path | None,
                      ldd: Callable[[Path], str | None] = run_ldd) -> list[str]:
    """Sonames *library* needs (directly or through its own dependencies) that the loader
    cannot find, in ldd's order; empty when nothing is missing or nothing can be told."""
    report = ldd(library) if library is not None else None
    if not report:
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(report)))


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships *soname*, by Debian's library naming rule.

    Policy 8.1: the library's name, lower case, followed by its major version, with a hyphen
    between them when the name ends in a digit (libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0). A name that does not look like a library is
    returned as it is.
    """
    match = _SONAME.fullmatch(soname)
    if match is None:
        return soname
    name, major = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def _missing_xcb_libraries() -> list[str]:
    return missing_libraries(xcb_plugin())


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_missing: Callable[[], list[str]] = _missing_xcb_libraries,
) -> str | None:
    """Why the window cannot open here, in plain Vietnamese; None when it can (or may)."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "Không mở được cửa sổ Thư ký: không tìm thấy màn hình đồ họa (chưa có DISPLAY "
            "hoặc WAYLAND_DISPLAY). Hãy chạy trong phiên làm việc có giao diện; các lệnh "
            "không cần cửa sổ vẫn dùng được (python main.py --help)."
        )
    if env.get("WAYLAND_DISPLAY"):
        return None
    missing = find_missing()
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (
        f"Không mở được cửa sổ Thư ký: Qt cần thư viện {', '.join(missing)} mà máy chưa có; "
        f"hãy cài (Debian/Ubuntu: sudo apt install {packages}) rồi mở lại."
    )
