"""One window per data folder: a QLockFile in the folder, and a local socket to call the
first window forward.

Two windows autosaving the same sessions would overwrite each other's edits (each keeps the
session it loaded in memory), so a second copy started on the same folder asks the first to
come forward and leaves without opening the store. The lock file holds the owner's process
id; when that process is gone (killed, crashed, power cut) Qt recognises the lock as stale
and takes it over, and the caller tells the user the last run ended unexpectedly.

The socket is a QLocalServer named from the folder's path (a Unix socket or a Windows named
pipe, never the network), open only for the current user.
"""

from __future__ import annotations

import enum
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "thuky.lock"
ANSWER = b"ok\n"


class Claim(enum.Enum):
    OURS = "ours"
    OURS_AFTER_CRASH = "ours after crash"  # a stale lock from a dead process was taken over
    HELD = "held"  # a live process holds the folder
    UNUSABLE = "unusable"  # the folder cannot hold a lock file (missing rights, not a folder)


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every spelling of the same folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()
    return f"thuky-{digest[:24]}"


class SingleInstance(QObject):
    """Signals: come_forward(): a second copy asked this one to show its window."""

    come_forward = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(data_dir / LOCK_NAME))
        # only a dead owner makes the lock stale, never its age: a window stays open all day
        self.lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Claim.UNUSABLE
        if not self.data_dir.is_dir():
            return Claim.UNUSABLE
        previous_owner = (self.data_dir / LOCK_NAME).exists()
        if self.lock.tryLock(0):
            return Claim.OURS_AFTER_CRASH if previous_owner else Claim.OURS
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return Claim.HELD
        return Claim.UNUSABLE

    def owner(self) -> tuple[int, str]:
        """The process id and computer name written in the lock (0, "" when unreadable)."""
        pid, host, _app = self.lock.getLockInfo()
        return int(pid), str(host)

    def take_over(self) -> bool:
        """Remove a lock whose owner does not answer and take it; only on the user's word.

        Fails while the owner is really there: a running copy holds the file's system lock
        (or, on Windows, keeps it open), so only a lock nobody holds any more is removed.
        """
        self.lock.removeStaleLockFile()
        return bool(self.lock.tryLock(0))

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.lock.isLocked():
            self.lock.unlock()

    # -- the first copy: answer calls ------------------------------------------------------

    def listen(self) -> bool:
        """Start answering second copies (after the window is up; they retry meanwhile)."""
        from PySide6.QtNetwork import QLocalServer

        # a socket file left by a killed owner would make listen() fail; the lock is ours
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        self._server = server
        return server.listen(self.name)

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            self.come_forward.emit()
            socket.write(ANSWER)
            socket.flush()
            socket.disconnectFromServer()

    # -- the second copy: call the first ---------------------------------------------------

    def call_first(self, timeout_ms: int = 2000) -> bool:
        """Ask the owner to come forward; False when it does not answer within *timeout_ms*
        (it may still be starting, so connecting is retried until then)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            remaining = int((deadline - time.monotonic()) * 1000)
            if remaining <= 0:
                return False
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(remaining):
                answer = b""
                while ANSWER not in answer:
                    remaining = int((deadline - time.monotonic()) * 1000)
                    if remaining <= 0 or not socket.waitForReadyRead(remaining):
                        break
                    answer += bytes(socket.readAll().data())
                socket.abort()
                return ANSWER in answer
            socket.abort()
            time.sleep(0.05)  # the owner has not started listening yet
