"""Take the day's backup of the store on a worker thread after the window is up.

``storage.recovery.make_daily_backup`` copies the whole store with SQLite's backup API on its
own connection (about 0.1 s on a 19 MiB store, more on a slow disk); on the GUI thread that
would be a pause in typing at every first start of the day. The result comes back to the GUI
thread through a queued signal.

Signals:
    failed(str): today's copy could not be made; older copies are untouched.
    done(): the worker finished (made a copy, found today's, or failed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _BackupJob(QRunnable):
    """A QRunnable subclass rather than ``QRunnable.create(callable)``: PySide6 6.12.0 on
    Python 3.11 mishandled the callable's reference count (the same defect as
    tests/reliability/test_binding_refcount.py), which corrupted memory and crashed the
    process later at random; a subclass owns its references plainly on any version."""

    def __init__(self, backup: DailyBackup) -> None:
        super().__init__()
        self._backup = backup

    def run(self) -> None:
        self._backup.run()


class DailyBackup(QObject):
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # our own pool: waiting for the backup (before a restore, at exit) waits for nothing else
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def start(self) -> None:
        self.pool.start(_BackupJob(self))

    def run(self) -> None:
        """The copy itself (on the pool's thread)."""
        from storage.errors import StoreError
        from storage.recovery import make_daily_backup

        try:
            make_daily_backup(self.data_dir)
        except StoreError as error:  # BackupFailed: already one sentence for the clerk
            self.failed.emit(str(error))
        except OSError as error:  # the folder went away meanwhile
            from gui.errors import describe

            self.failed.emit(describe(error))

    def wait(self) -> None:
        self.pool.waitForDone()
