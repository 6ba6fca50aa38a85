"""PyInstaller run-time hook of the built Thư ký, in place of PyInstaller's own for PySide6.

PyInstaller's hook imports QtCore at every start to write a qt.conf that PySide6's wheels
already embed, so every command (``render``, ``validate``…) would pay for loading Qt, about
0.1 s of CPU. This one does the rest of its work: it shows Qt where the collected plugins
are, and on Windows puts the bundle's folder on PATH, where QtNetwork looks for DLLs.
"""

import os
import sys

_bundle = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
_windows = sys.platform.startswith("win")
_qt = os.path.join(_bundle, "PySide6") if _windows else os.path.join(_bundle, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if _windows:
    os.environ["PATH"] = _bundle + os.pathsep + os.environ.get("PATH", "")
