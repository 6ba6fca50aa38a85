"""SQLite's failures as the clerk reads them: one Vietnamese sentence each.

Standard library only: the store (through SQLAlchemy, storage.db) and the backups (plain
``sqlite3``, storage.backup, which must start quickly) word the same failure the same way.
"""

from __future__ import annotations

from pathlib import Path

from storage.errors import StoreCorrupt, StoreError, StoreLocked

#: SQLite's words for damage, as the clerk reads them (SQLite's own kept after a dash).
_CORRUPT_DETAIL = {
    "file is not a database": "không phải tệp cơ sở dữ liệu — file is not a database",
    "database disk image is malformed": (
        "nội dung tệp bị hư hỏng — database disk image is malformed"
    ),
}


def translate(error: BaseException | None, path: Path) -> StoreError | None:
    """The ``StoreError`` for a driver error, or None when it is a bug to be shown as such."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return StoreLocked(path)
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text:
        return StoreCorrupt(path, _CORRUPT_DETAIL.get(text, text))
    if name.startswith("SQLITE_FULL"):
        return StoreError(f"Ổ đĩa chứa {path} đã đầy; hãy giải phóng chỗ trống rồi thử lại.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return StoreError(f"Không có quyền ghi vào tệp dữ liệu {path}.")
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(
            f"Không mở được tệp dữ liệu {path}; hãy kiểm tra thư mục và quyền truy cập."
        )
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"Lỗi đọc/ghi ổ đĩa với tệp dữ liệu {path} ({text}).")
    return None
