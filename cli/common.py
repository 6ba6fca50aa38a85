"""What every command shares: the failure type, messages to stderr, opening the store.

Imported by every command, so it imports nothing heavy itself: the pydantic models load
inside the functions that need them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import LoadedSession, Problem
    from storage import Store
    from storage.recovery import MovedAside


class CommandFailed(Exception):
    """A user-facing failure: ``str(error)`` is printed on stderr and the exit code is 1."""


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays clean for results)."""
    print(message, file=sys.stderr)


def open_store(args: argparse.Namespace) -> Store:
    """The store chosen by --data-dir, $THUKY_DATA_DIR or the platform default.

    Use as ``with open_store(args) as store:``; failures are ``StoreError``s. A damaged
    store is moved aside and a fresh one opened (``storage.recovery``); the user reads where
    the old file went and which backup can be restored, and the command goes on. Once a day
    the store is copied into ``backups/`` first (about 0.1 s on a 19 MiB store).
    """
    from storage.recovery import BackupFailed, make_daily_backup
    from storage.recovery import open_store as open_or_recover

    store, moved = open_or_recover(getattr(args, "data_dir", None))
    if moved is not None:
        for line in recovery_lines(moved, getattr(args, "data_dir", None), store.data_dir):
            say(line)
    try:
        make_daily_backup(store.data_dir)
    except BackupFailed as failed:
        say(f"Chú ý: {failed}")
    except BaseException:
        store.close()
        raise
    return store


def recovery_lines(moved: MovedAside, data_dir_option: Path | None, data_dir: Path) -> list[str]:
    """What a damaged store became and how to get the work back, in plain words."""
    from models.vi_format import short_date  # not at import: models loads pydantic
    from storage.recovery import list_backups

    lines = [
        moved.reason,
        f"Đã chuyển tệp hỏng sang {moved.moved_to} (giữ nguyên nội dung) "
        "và bắt đầu một kho dữ liệu mới, trống.",
    ]
    backups = list_backups(data_dir)
    if not backups:
        lines.append("Chưa có bản sao lưu nào để khôi phục.")
        return lines
    newest = backups[0]
    option = f" --data-dir {_quoted(data_dir_option)}" if data_dir_option else ""
    lines.append(
        f"Bản sao lưu gần nhất: ngày {short_date(newest.taken_on)} ({newest.path}). "
        f"Để khôi phục: {program_name()}{option} restore-backup {newest.taken_on.isoformat()}"
    )
    return lines


def program_name() -> str:
    """How the clerk started Thư ký, so a suggested command can be typed as shown: the
    README's ``python main.py`` or the installed ``thuky``."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "thuky"


def _quoted(path: Path) -> str:
    """A path as typed in a command: in double quotes when it has spaces (every shell,
    including Windows' cmd, reads those)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """"lỗi: path: message" / "cảnh báo: path: message", one line each."""
    from models.problems import Severity

    return [
        f"  {'cảnh báo' if p.severity is Severity.WARNING else 'lỗi'}: {p}" for p in problems
    ]


def read_or_report(path: Path, refusal: str) -> LoadedSession | None:
    """Read a session file; if it is refused, print *refusal* and each problem, return None."""
    from models import SessionInvalid, read_session_file

    try:
        return read_session_file(path)
    except SessionInvalid as invalid:
        say(refusal)
        for line in problem_lines(invalid.problems):
            say(line)
        return None
