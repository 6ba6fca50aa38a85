"""Work the register does off the GUI thread: loading the rows and filtering them.

Each job runs on the pane's one-thread pool and hands its result back through a queued
signal with the generation it was started for; a result for an older generation (the clerk
typed on meanwhile) is dropped. The GUI thread only pays for showing the result.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Signal

from gui.register.data import RegisterData, WindowFilter, compute_view
from models.register import RegisterEntry
from renderer.errors import RenderError
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
        except (StoreError, RenderError, OSError) as error:
            self.results.failed.emit(self.kind, self.generation, str(error))
        except Exception as error:  # a bug must not kill the worker thread silently
            _log.exception("register job %s failed", self.kind)
            self.results.failed.emit(self.kind, self.generation, repr(error))
        else:
            self.results.finished.emit(self.kind, self.generation, result)
        finally:
            sys.setswitchinterval(previous)


#: Sessions per query when loading: one query for 100,000 rows keeps the interpreter for
#: up to half a second inside the database driver, where the GUI thread cannot get it back.
SESSIONS_PER_QUERY = 500


_NO_DEADLINE = dt.date.max.toordinal() + 1


def register_order(entry: RegisterEntry) -> int:
    """The store's order (``Store.register_entries``): deadline in force, none last, then
    the newest session, then the order in the conclusion. One int rather than a tuple:
    sorting 100,000 entries keeps a key for each (3 MB instead of 15)."""
    deadline = entry.deadline_in_force
    day = deadline.toordinal() if deadline is not None else _NO_DEADLINE
    newest = _NO_DEADLINE - entry.session_date.toordinal()
    return ((day * _NO_DEADLINE + newest) << 64) + ((_SESSION_IDS - entry.session_id) << 24) \
        + entry.position


_SESSION_IDS = 1 << 40  # session ids and positions stay far below these bounds


def load_entries(store: Store) -> list[RegisterEntry]:
    """Every entry, read in slices of session dates so the GUI thread gets the interpreter
    back between them, then put in the store's order."""
    sessions = store.list_sessions()
    days = sorted({summary.date for summary in sessions})
    slices = -(-len(sessions) // SESSIONS_PER_QUERY)
    if slices <= 1:
        return share_strings(store.register_entries(), {})
    step = -(-len(days) // slices)
    entries: list[RegisterEntry] = []
    shared: dict[str, str] = {}
    for start in range(0, len(days), step):
        part = store.register_entries(days[start], days[min(start + step, len(days)) - 1])
        share_strings(part, shared)
        entries.extend(part)
    entries.sort(key=register_order)
    return entries


_SHARED_FIELDS = ("session_subject", "session_kind", "document_number", "chair", "directive_id")


def share_strings(entries: list[RegisterEntry], shared: dict[str, str]) -> list[RegisterEntry]:
    """Make the entries of one session use one copy of its subject, kind, number and chair
    (and every entry one copy of "d1", "d2" …): the store hands each row its own copies,
    35 MB for 100,000 rows. Entries are replaced in place, so the copies go at once."""
    for index, entry in enumerate(entries):
        changes: dict[str, Any] = {}
        for name in _SHARED_FIELDS:
            value = getattr(entry, name)
            kept = shared.setdefault(value, value)
            if kept is not value:
                changes[name] = kept
        if changes:
            entries[index] = dataclasses.replace(entry, **changes)
    return entries


def load_work(store: Store, today: dt.date) -> Callable[[], RegisterData]:
    def work() -> RegisterData:
        return RegisterData.build(load_entries(store), store.unit_directory(), today)

    return work


def view_work(data: RegisterData, flt: WindowFilter, per_unit: bool) -> Callable[[], Any]:
    return lambda: compute_view(data, flt, per_unit=per_unit)
