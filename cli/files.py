"""Writing output files atomically, so a failure never leaves half a file behind.

The bytes go to a temporary file in the target's own folder (same file system, so the final
``os.replace`` is atomic), are flushed to disk, then take the target's name. Shared by
``export`` and ``render``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from cli.common import CommandFailed


def _why(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "không có quyền ghi"
    if isinstance(error, FileNotFoundError):
        return "thư mục không tồn tại"
    if isinstance(error, IsADirectoryError):
        return "đó là một thư mục"
    return error.strerror or str(error)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace *target* with *data* in one step; raise ``CommandFailed`` in plain words."""
    target = target.expanduser()
    folder = target.parent
    if target.is_dir():
        raise CommandFailed(f"Không ghi được {target}: đó là một thư mục, không phải tệp.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise CommandFailed(f"Không ghi được vào thư mục {folder}: {_why(error)}.") from None
    temp = Path(temp_name)
    try:
        # mkstemp makes the file private (0600); give it the mode an ordinary file would have.
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise CommandFailed(f"Không ghi được {target}: {_why(error)}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
