"""The window as `python main.py` runs it (gui.app.WindowRun), driven without its event loop."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import APPLICATION, ORGANIZATION, WindowRun
from gui.single_instance import Claim, SingleInstance


def start_window_run(qapp: QApplication, qtbot: QtBot, tmp_path: Path, folder: Path) -> WindowRun:
    """Claim *folder*, show the window and wait until the store is open and the window usable.
    Settings go to tmp_path/config. Call ``stop_window_run`` at the end."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    instance = SingleInstance(folder)
    assert instance.claim() is Claim.OURS
    run = WindowRun(qapp, folder, Claim.OURS, instance)
    run.show()
    qtbot.waitUntil(lambda: run.store.target is not None and run.window.isEnabled(),
                    timeout=10_000)
    return run


def stop_window_run(run: WindowRun) -> None:
    """Close as `run` does at exit, and let nothing of this window act during the next test:
    the calls it queued are run, its preview timer and worker stopped, and it is freed now
    (freed by the garbage collector during a later test's event processing, a closed window
    crashed that test's process)."""
    window = run.window
    window.close()
    run.close()
    QCoreApplication.processEvents()  # calls already queued for this window (a first preview)
    window.preview.timer.stop()
    window.preview.wait_until_idle()
    QCoreApplication.processEvents()  # its result
    gc.collect()  # the window and its WindowRun refer to each other: free them now, not later
