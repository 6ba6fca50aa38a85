"""The SQLite store: sessions and their revisions, the directive index, people, issuers.

No Qt and no docx here. Open with ``Store.open(data_dir)``, or with
``storage.recovery.open_store(data_dir)`` to have a damaged file moved aside and a fresh store
started (as the command line does); daily backups are in ``storage.recovery`` too.
Every known failure is a ``StoreError`` whose text can be shown to the user as it is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from storage.errors import (
    DirectiveNotFound,
    DirectiveUpdateRefused,
    SessionNotFound,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    UnitNameInvalid,
)
from storage.location import DATA_DIR_ENV, DB_NAME, resolve_data_dir
from storage.records import Person, RevisionInfo, SessionSummary

if TYPE_CHECKING:
    from storage.store import KEEP_REVISIONS, Store

# SQLAlchemy costs a quarter of a second to import; commands that never open the store (render
# from a file, validate) should not pay it, so the store module loads on first use.
_LAZY = {"KEEP_REVISIONS", "Store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("storage.store"), name)
    raise AttributeError(f"module 'storage' has no attribute {name!r}")


__all__ = [
    "DATA_DIR_ENV",
    "DB_NAME",
    "KEEP_REVISIONS",
    "DirectiveNotFound",
    "DirectiveUpdateRefused",
    "Person",
    "RevisionInfo",
    "SessionNotFound",
    "SessionSummary",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreTooNew",
    "UnitNameInvalid",
    "resolve_data_dir",
]
