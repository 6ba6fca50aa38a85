"""Why a file operation failed, in the clerk's words.

Python's ``strerror`` is English on most systems ("Permission denied"); every layer that
reports a file error to a person (export, store, backups, reading a session file, the
window) says the common reasons the same way through :func:`os_reason`. Standard library
only, like the rest of the domain.
"""

from __future__ import annotations

import errno


def os_reason(error: OSError) -> str:
    """The reason in Vietnamese; the system's own words only for rare cases."""
    if isinstance(error, PermissionError):
        return "không có quyền ghi"
    if isinstance(error, FileNotFoundError):
        return "thư mục không tồn tại"
    if isinstance(error, IsADirectoryError):
        return "đó là một thư mục"
    if isinstance(error, (NotADirectoryError, FileExistsError)):
        return "trên đường dẫn có một tệp trùng tên với thư mục cần dùng"
    if error.errno == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    if error.errno == errno.EROFS:
        return "ổ đĩa chỉ cho phép đọc"
    return error.strerror or str(error)
