"""Where the store lives: kept apart from the store so the command line can name the folder
(in --help, or to find user templates) without loading SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from platformdirs import user_data_dir

DATA_DIR_ENV: Final = "THUKY_DATA_DIR"
#: The store's file in the data folder (backups and recovery name it without loading SQLAlchemy).
DB_NAME: Final = "thuky.sqlite3"
#: Label of a damaged store moved aside ("hỏng"): thuky.sqlite3.hong-20261126-010800.
DAMAGED: Final = "hong"


def resolve_data_dir(data_dir: Path | None = None) -> Path:
    """--data-dir, else $THUKY_DATA_DIR, else the platform's per-user data folder."""
    if data_dir is not None:
        return Path(data_dir).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir("thuky", appauthor=False))


def sqlite_uri(path: Path, mode: str) -> str:
    """An SQLite ``file:`` URI for *path* opened in *mode* (ro, rw, rwc).

    A data folder on a network share resolves to a UNC path (Python resolves a mapped drive
    letter to one too), which ``as_uri`` writes as ``file://server/share/…``; SQLite refuses
    that authority, so the host goes into the path: ``file:////server/share/…``.
    """
    uri = Path(path).resolve().as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?mode={mode}"
