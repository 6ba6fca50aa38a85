"""What every command shares: the failure type, messages to stderr, opening the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from models import Problem, Severity

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
