"""The SQLite store: sessions and their revisions, the directive index, people, issuers.

No Qt and no docx here. Open with ``Store.open(data_dir)``; every known failure is a
``StoreError`` whose text can be shown to the user as it is.
"""

from storage.errors import SessionNotFound, StoreCorrupt, StoreError, StoreLocked, StoreTooNew
from storage.records import DirectiveRow, Person, RevisionInfo, SessionSummary
from storage.store import DATA_DIR_ENV, DB_NAME, KEEP_REVISIONS, Store, resolve_data_dir

__all__ = [
    "DATA_DIR_ENV",
    "DB_NAME",
    "KEEP_REVISIONS",
    "DirectiveRow",
    "Person",
    "RevisionInfo",
    "SessionNotFound",
    "SessionSummary",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreTooNew",
    "resolve_data_dir",
]
