"""Every change reaches the store within a second, without freezing typing.

Edits restart a short single-shot timer (debounce); when typing pauses the session is saved
on the GUI thread — ``Store.save`` of a typical session takes a few milliseconds
(benchmarks/gui.py measures it) and skips writing when nothing changed. A second timer,
started by the first unsaved edit and never restarted, saves after ``max_wait_ms`` even if
the typing has not paused: a clerk typing steadily must not keep a minute of notes only in
memory (tests/reliability/test_window_kill.py types without pauses and kills the window).
``cancel()`` drops the waiting save (the session was deleted). The id of the open
session is remembered in QSettings so a restart after a crash reopens it as it was.

A save that fails (store locked, disk full, or any other exception: a bug must not lose the
clerk's words either) leaves the edit *unsaved*: ``unsaved`` stays true, ``flush()`` answers
False, and a retry timer tries again every ``retry_ms`` until a save succeeds. The window
asks before closing or switching sessions while something is unsaved.

Signals:
    saved(int, datetime): the session with that id reached the store at that local time.
    failed(str): the save failed; the text says why in plain words. Emitted at every failed
        attempt, retries included.
"""

from __future__ import annotations

import datetime as dt
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from gui.document import SessionDocument
from gui.errors import KNOWN_ERRORS, describe

if TYPE_CHECKING:
    from storage import Store

OPEN_SESSION_KEY = "session/open_id"


class Autosave(QObject):
    saved = Signal(int, object)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        doc: SessionDocument,
        settings: QSettings,
        delay_ms: int = 400,
        parent: QObject | None = None,
        max_wait_ms: int = 800,
        retry_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = doc
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(max(max_wait_ms, delay_ms))
        self.deadline.timeout.connect(self._deadline_reached)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(retry_ms)
        self.retry.timeout.connect(self.save_now)
        self.enabled = True
        self.unsaved = False
        self.last_saved: dt.datetime | None = None
        self.last_error = ""
        doc.changed.connect(self.schedule)

    @property
    def pending(self) -> bool:
        """An edit has not reached the store yet (waiting for a pause, or a failed save)."""
        return self.unsaved

    def schedule(self) -> None:
        if self.enabled:
            self.unsaved = True
            self.timer.start()
            if not self.deadline.isActive():
                self.deadline.start()

    def _deadline_reached(self) -> None:
        if self.timer.isActive():  # still waiting for a pause (not cancelled, not saved)
            self.save_now()

    def flush(self) -> bool:
        """Save now if anything is unsaved (before switching session, exporting or quitting);
        False when it still could not be saved."""
        if self.unsaved:
            return self.save_now()
        return True

    def cancel(self) -> None:
        """Forget the waiting save: the session it would write no longer exists."""
        self.timer.stop()
        self.deadline.stop()
        self.retry.stop()
        self.unsaved = False

    def save_now(self) -> bool:
        self.timer.stop()
        self.deadline.stop()
        self.retry.stop()
        self.unsaved = True
        try:
            session_id = self.store.save(self.doc.session, self.doc.session_id)
        except Exception as error:  # any failure keeps the edit unsaved
            if isinstance(error, KNOWN_ERRORS):
                self.last_error = describe(error)
            else:  # a bug: keep its trace for the report, and the words for the clerk
                traceback.print_exc()
                self.last_error = f"{type(error).__name__}: {error}"
            self.retry.start()
            self.failed.emit(self.last_error)
            return False
        self.unsaved = False
        self.last_error = ""
        self.doc.session_id = session_id
        self.remember(session_id)
        self.last_saved = dt.datetime.now()
        self.saved.emit(session_id, self.last_saved)
        return True

    def remember(self, session_id: int | None) -> None:
        """The session to reopen at the next start (None: start without one)."""
        if session_id is None:
            self.settings.remove(OPEN_SESSION_KEY)
        else:
            self.settings.setValue(OPEN_SESSION_KEY, session_id)
        self.settings.sync()

    def remembered(self) -> int | None:
        value = self.settings.value(OPEN_SESSION_KEY)
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None
