"""The window as `python main.py` runs it (gui.app.WindowRun), driven without its event loop."""

from __future__ import annotations

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
    run.window.close()
    run.close()
