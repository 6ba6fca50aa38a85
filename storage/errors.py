"""The problems the store knows how to explain to a clerk.

A ``StoreError`` is a *known* condition (disk full, file locked, corrupt database, a session
that no longer exists): the window shows ``str(error)`` in a message box, the command line
prints it and exits 1. Anything else escaping the store is a bug and is allowed to fail loudly.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A known problem; ``str(error)`` is one plain Vietnamese sentence for the user."""


class StoreTooNew(StoreError):
    """The database was written by a newer Thư ký whose schema this version does not know."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        self.path = path
        self.found = found
        self.known = known
        super().__init__(
            f"Tệp dữ liệu {path} được tạo bởi phiên bản Thư ký mới hơn (lược đồ {found}, "
            f"phiên bản này chỉ đọc được đến lược đồ {known}). "
            "Hãy cập nhật Thư ký để mở tệp này."
        )


class StoreCorrupt(StoreError):
    """The file is damaged or is not a Thư ký database at all."""

    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        message = f"Tệp dữ liệu {path} bị hỏng hoặc không phải cơ sở dữ liệu của Thư ký"
        super().__init__(f"{message} ({detail})." if detail else f"{message}.")


class StoreLocked(StoreError):
    """Another program holds the database for longer than we are willing to wait."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Tệp dữ liệu {path} đang bị một chương trình khác khóa "
            "(có thể Thư ký đang mở ở cửa sổ khác). Hãy đóng chương trình đó rồi thử lại."
        )


class SessionNotFound(StoreError):
    """No session (or revision) with that id: deleted meanwhile, or a mistyped id."""

    def __init__(self, session_id: int, what: str = "phiên làm việc") -> None:
        self.session_id = session_id
        super().__init__(f"Không có {what} số {session_id} trong kho dữ liệu.")


class DirectiveNotFound(StoreError):
    """The session has no directive with that id (a mistyped id, or it was deleted)."""

    def __init__(self, session_id: int, directive_id: str) -> None:
        self.session_id = session_id
        self.directive_id = directive_id
        super().__init__(
            f"Phiên làm việc số {session_id} không có nhiệm vụ mang số hiệu {directive_id!r}."
        )


class DirectiveUpdateRefused(StoreError):
    """The update does not fit the directive (a completion date still to come, an extension
    earlier than the deadline in force …); nothing was saved."""

    def __init__(self, session_id: int, directive_id: str, reason: str) -> None:
        self.session_id = session_id
        self.directive_id = directive_id
        self.reason = reason
        super().__init__(
            f"Không cập nhật nhiệm vụ {directive_id} của phiên làm việc số {session_id}: "
            f"{reason}."
        )


class UnitNameInvalid(StoreError):
    """A unit merge or name with nothing in it."""
