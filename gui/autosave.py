"""Every change reaches the store within a second, without freezing typing.

Edits restart a short single-shot timer (debounce); when typing pauses the session is saved
on the GUI thread — ``Store.save`` of a typical session takes a few milliseconds
(benchmarks/gui.py measures it) and skips writing when nothing changed. A second timer,
started by the first unsaved edit and never restarted, saves after ``max_wait_ms`` even if
the typing has not paused: a clerk typing steadily must not keep a minute of notes only in
memory (tests/reliability/test_window_kill.py types without pauses and kills the window).
Stopping ``timer`` cancels the waiting save, the deadline's too. The id of the open
session is remembered in QSettings so a restart after a crash reopens it as it was.

Signals:
    saved(int, datetime): the session with that id reached the store at that local time.
    failed(str): the store refused; the text says why in plain words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from gui.document import SessionDocument
from storage.errors import StoreError

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
        self.enabled = True
        self.last_saved: dt.datetime | None = None
        self.last_error = ""
        doc.changed.connect(self.schedule)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def schedule(self) -> None:
        if self.enabled:
            self.timer.start()
            if not self.deadline.isActive():
                self.deadline.start()

    def _deadline_reached(self) -> None:
        if self.timer.isActive():  # still waiting for a pause (not cancelled, not saved)
            self.save_now()

    def flush(self) -> bool:
        """Save now if a save is waiting (before switching session, exporting or quitting)."""
        if self.timer.isActive():
            return self.save_now()
        return True

    def save_now(self) -> bool:
        self.timer.stop()
        self.deadline.stop()
        try:
            session_id = self.store.save(self.doc.session, self.doc.session_id)
        except StoreError as error:
            self.last_error = str(error)
            self.failed.emit(self.last_error)
            return False
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
