"""Work the register does off the GUI thread: loading the rows, filtering, drawing the chart.

Each job runs on the pane's one-thread pool and hands its result back through a queued
signal with the generation it was started for; a result for an older generation (the clerk
typed on meanwhile) is dropped. The GUI thread only pays for showing the result.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Signal

from gui.register.data import RegisterData, WindowFilter, compute_view
from storage.errors import StoreError

if TYPE_CHECKING:
    from storage import Store

_log = logging.getLogger(__name__)

# As for the preview's renders (gui.preview): while a job holds the interpreter, the GUI
# thread wins it back within half a millisecond instead of CPython's default five, so a key
# typed in the filter box is shown at once.
_SWITCH_INTERVAL_S = 0.0005


class JobResults(QObject):
    """Carries a job's result to the GUI thread (queued: sender and receiver threads differ)."""

    finished = Signal(str, int, object)  # job kind, generation, result
    failed = Signal(str, int, str)  # job kind, generation, message for the clerk


class Job(QRunnable):
    def __init__(
        self, kind: str, generation: int, work: Callable[[], Any], results: JobResults
    ) -> None:
        super().__init__()
        self.kind = kind
        self.generation = generation
        self.work = work
        self.results = results

    def run(self) -> None:
        previous = sys.getswitchinterval()
        sys.setswitchinterval(_SWITCH_INTERVAL_S)
        try:
            result = self.work()
        except StoreError as error:
            self.results.failed.emit(self.kind, self.generation, str(error))
        except Exception as error:  # a bug must not kill the worker thread silently
            _log.exception("register job %s failed", self.kind)
            self.results.failed.emit(self.kind, self.generation, repr(error))
        else:
            self.results.finished.emit(self.kind, self.generation, result)
        finally:
            sys.setswitchinterval(previous)


def load_work(store: Store, today: dt.date) -> Callable[[], RegisterData]:
    def work() -> RegisterData:
        entries = store.register_entries()
        return RegisterData.build(entries, store.unit_directory(), today)

    return work


def view_work(data: RegisterData, flt: WindowFilter, per_unit: bool) -> Callable[[], Any]:
    return lambda: compute_view(data, flt, per_unit=per_unit)


def chart_work(
    rows: list[Any], width_in: float, height_in: float, dpi: int, title: str
) -> Callable[[], bytes]:
    def work() -> bytes:
        from renderer.register_chart import class_chart_png

        return class_chart_png(rows, width_in=width_in, height_in=height_in, dpi=dpi,
                               title=title)

    return work
