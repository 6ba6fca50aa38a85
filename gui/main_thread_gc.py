"""Python's cyclic garbage collector, run only on the GUI thread.

CPython collects garbage cycles in whichever thread happens to allocate when a threshold is
crossed. The preview renders (and the daily backup copies) on worker threads, so a cycle
holding a Qt object — a closed dialog, a replaced window's lambdas — could be freed there,
and a QObject destroyed outside its own thread corrupts that thread's timer lists: the
window then crashed in ``QTimerInfoList::activateTimers`` (seen in the test suite, ~1 run
in 2). Automatic collection is therefore switched off and the same thresholds are applied
from a timer on the GUI thread, the approach long used by PyQt applications.

Installed once per application as a child of the QApplication (no module state), so every
window built by the composition root, in the app or in tests, is covered.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread checks the collector's counters; a generation-0 pass over a
#: young heap costs well under a millisecond.
CHECK_INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage cycles on the GUI thread, with CPython's own thresholds."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("main_thread_gc")
        self._was_enabled = gc.isenabled()
        self._oldest = 2  # the oldest generation a pass may collect (see pause)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """What automatic collection would have done by now; returns objects freed."""
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 <= threshold0:
            return 0
        if count1 < threshold1:
            return gc.collect(0)
        if count2 < threshold2 or self._oldest < 2:
            return gc.collect(1)
        return gc.collect(2)

    def pause(self) -> None:
        """Only young generations until :meth:`resume`: a worker building a large structure
        (the register's 100,000 rows) would otherwise have the GUI thread walk all of it,
        half-built, in full passes of tenths of a second each."""
        self._oldest = 1

    def resume(self, *, freeze: bool = False) -> None:
        """Full passes again; with *freeze*, the young generations are collected (garbage
        made meanwhile is freed) and what is alive then, the structure just built with it,
        goes to the permanent generation, so no later pass walks it."""
        if freeze:
            gc.collect(1)
            gc.freeze()
        self._oldest = 2

    def uninstall(self) -> None:
        """Give collection back to CPython (end of a test session)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        self.setParent(None)


def install_main_thread_gc(app: QCoreApplication) -> MainThreadCollector:
    """The application's collector, created on first use."""
    existing = app.findChild(MainThreadCollector, "main_thread_gc")
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)


def settle_heap(app: QCoreApplication) -> None:
    """Once the window has loaded: collect, then freeze what is alive into the permanent
    generation. Without this, a full collection walks the whole heap (pydantic's schemas,
    Jinja, Qt wrappers: ~30 ms on the GUI thread) about once a minute while the clerk types;
    after it, a full pass only looks at objects made since."""
    collector = app.findChild(MainThreadCollector, "main_thread_gc")
    if isinstance(collector, MainThreadCollector):
        gc.collect()
        gc.freeze()
