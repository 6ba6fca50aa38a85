"""Can Qt open a window here? Asked before Qt is loaded, because Qt's answer is an abort.

On Linux, Qt stops the process with its own English diagnostics (and a core dump) when there
is no graphical session, or when the X11 plugin lacks libxcb-cursor0, which Qt 6.5 and newer
need and a fresh Debian or Ubuntu install often lacks. A clerk, or the colleague who set the
laptop up, gets one plain sentence instead, saying what to install or that the commands still
work. Windows and macOS always have a display; an explicit QT_QPA_PLATFORM is respected.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

#: Where Linux distributions put shared libraries (multiarch on Debian/Ubuntu, lib64 on Fedora).
LIBRARY_GLOBS = ("/usr/lib/*/libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0",
                 "/usr/lib64/libxcb-cursor.so.0", "/lib/*/libxcb-cursor.so.0")


def _has_xcb_cursor(patterns: Iterable[str], load: Callable[[str], object]) -> bool:
    # Ask the dynamic loader first, which searches where Qt's plugin will (LD_LIBRARY_PATH,
    # ld.so.cache, NixOS and conda layouts); the usual folders are a fallback.
    try:
        load("libxcb-cursor.so.0")
    except OSError:
        pass
    else:
        return True
    for pattern in patterns:
        root, _, rest = pattern.lstrip("/").partition("/")
        if any(Path("/" + root).glob(rest)):
            return True
    return False


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    library_globs: Iterable[str] = LIBRARY_GLOBS,
    load: Callable[[str], object] = ctypes.CDLL,
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
    if not env.get("WAYLAND_DISPLAY") and not _has_xcb_cursor(library_globs, load):
        return (
            "Không mở được cửa sổ Thư ký: Qt cần thư viện libxcb-cursor0 mà máy chưa có. "
            "Hãy cài nó (Debian/Ubuntu: sudo apt install libxcb-cursor0) rồi mở lại."
        )
    return None
