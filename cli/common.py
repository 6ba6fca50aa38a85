"""What every command shares: the failure type, messages to stderr, opening the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from models import LoadedSession, Problem, SessionInvalid, Severity, read_session_file

if TYPE_CHECKING:
    from storage import Store


class CommandFailed(Exception):
    """A user-facing failure: ``str(error)`` is printed on stderr and the exit code is 1."""


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays clean for results)."""
    print(message, file=sys.stderr)


def open_store(args: argparse.Namespace) -> Store:
    """The store chosen by --data-dir, $THUKY_DATA_DIR or the platform default.

    Use as ``with open_store(args) as store:``; failures are ``StoreError``s.
    """
    from storage import Store  # loaded on first use: SQLAlchemy is slow to import

    return Store.open(getattr(args, "data_dir", None))


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """"lỗi: path: message" / "cảnh báo: path: message", one line each."""
    return [
        f"  {'cảnh báo' if p.severity is Severity.WARNING else 'lỗi'}: {p}" for p in problems
    ]


def read_or_report(path: Path, refusal: str) -> LoadedSession | None:
    """Read a session file; if it is refused, print *refusal* and each problem, return None."""
    try:
        return read_session_file(path)
    except SessionInvalid as invalid:
        say(refusal)
        for line in problem_lines(invalid.problems):
            say(line)
        return None
