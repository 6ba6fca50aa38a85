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


def resolve_data_dir(data_dir: Path | None = None) -> Path:
    """--data-dir, else $THUKY_DATA_DIR, else the platform's per-user data folder."""
    if data_dir is not None:
        return Path(data_dir).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir("thuky", appauthor=False))
