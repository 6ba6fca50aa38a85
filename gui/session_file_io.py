"""Writing a session file safely: the whole file or nothing (QSaveFile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from models import Session, dump_json


def write_session_file(session: Session, path: Path) -> None:
    """Write ``dump_json(session)``; a crash or full disk leaves any old file untouched."""
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(0, file.errorString(), str(path))
    file.write(dump_json(session).encode("utf-8"))
    if not file.commit():
        raise OSError(0, file.errorString(), str(path))
