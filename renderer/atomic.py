"""Replace a file whole or not at all: a temporary file beside it, then one rename.

A clerk may export over yesterday's copy while Word has it open, or into a folder they cannot
write. Either the new document is complete at the target or the target is untouched and the
clerk reads why; no half-written .docx is ever left behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from models.os_errors import os_reason
from renderer.errors import ExportFailed


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call *write* with a temporary path in *path*'s folder, then move it onto *path*."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportFailed(f"Không ghi được: {path} là một thư mục, không phải tệp.", path)
    if not folder.is_dir():
        raise ExportFailed(f"Không ghi được {path.name}: thư mục {folder} không tồn tại.", path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=folder)
    except PermissionError:
        raise ExportFailed(
            f"Không có quyền ghi vào thư mục {folder}; hãy chọn thư mục khác.", path
        ) from None
    except OSError as error:
        message = f"Không ghi được vào thư mục {folder}: {os_reason(error)}."
        raise ExportFailed(message, path) from None
    temp = Path(temp_name)
    try:
        os.close(handle)
        # mkstemp makes the file private (0600); give it the mode an ordinary file would have.
        os.chmod(temp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
        write(temp)
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except PermissionError:
        raise ExportFailed(
            f"Không ghi đè được {path}: tệp đang được mở (có thể trong Word) hoặc chỉ cho "
            "phép đọc. Hãy đóng tệp rồi thử lại, hoặc lưu với tên khác.",
            path,
        ) from None
    except OSError as error:
        raise ExportFailed(f"Không ghi được {path}: {os_reason(error)}.", path) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
