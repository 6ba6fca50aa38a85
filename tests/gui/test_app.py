"""`python main.py` opens the window: it paints before the store is open, then the last
session appears and everything works; an empty store shows the first-run hint; a bad data
folder is a message, not a traceback."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import app as gui_app
from gui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    yield
    # run() leaves its closed window to the cyclic garbage collector (the window and its
    # WindowRun refer to each other through connected slots); collect it now, not in the
    # middle of a later test's event processing, which crashed that test's process.
    QApplication.processEvents()
    gc.collect()


def when_loaded(look: Callable[[MainWindow], None]) -> None:
    """Call *look* with the window once its store is open (its editing area is enabled), then
    close it so ``run`` returns; a window that never loads is closed after 10 s."""
    deadline = QTimer()
    deadline.setSingleShot(True)

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        area = windows[0].centralWidget() if windows else None
        if area is not None and area.isEnabled():
            look(windows[0])
            windows[0].close()
        elif deadline.isActive():
            QTimer.singleShot(10, poll)
        else:
            for window in windows:
                window.close()

    deadline.start(10_000)
    QTimer.singleShot(0, poll)


def test_run_opens_the_window_on_an_empty_store(qapp: QApplication, tmp_path: Path) -> None:
    seen: list[tuple[str, bool, bool, bool]] = []

    def look(window: MainWindow) -> None:
        new = window.findChild(QAction, "action_new")
        focused = window.focusWidget()
        seen.append((window.windowTitle(), window.hint.isVisible(), new.isEnabled(),
                     focused is not None and window.isAncestorOf(focused)))

    when_loaded(look)
    assert gui_app.run(tmp_path / "fresh") == 0
    assert seen == [("Thư ký", True, True, True)]
    assert (tmp_path / "fresh" / "thuky.sqlite3").is_file()


def test_an_unusable_data_folder_is_explained(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert gui_app.run(not_a_folder) == 1
    assert shown and "thư mục" in shown[0]


PROBE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication([])
HEAVY = ("sqlalchemy", "jinja2", "docx", "markdown_it")

def loaded():
    return ",".join(sorted(name for name in HEAVY if name in sys.modules)) or "-"

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "main_window":
            app.removeEventFilter(self)
            print("painted", loaded(), flush=True)
        return False

probe = Probe()
app.installEventFilter(probe)
import gui.trace

def trace(event):
    if event == "ready":
        print("ready", loaded(), flush=True)
        app.quit()

gui.trace.trace = trace
import main
sys.exit(main.main(["--data-dir", sys.argv[1]]))
"""


def test_the_window_paints_before_the_store_and_renderer_are_imported(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")], cwd=REPO, capture_output=True,
        text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0] == "painted -"
    assert lines[1].startswith("ready ") and "sqlalchemy" in lines[1]
