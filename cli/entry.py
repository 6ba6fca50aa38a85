"""The parser and the dispatcher: one place that turns known failures into exit code 1."""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from cli import backups, export, import_session, list_sessions, restore_backup, validate
from cli.common import CommandFailed, problem_lines, say
from models import SessionInvalid
from storage import DATA_DIR_ENV, StoreError

COMMANDS: list[ModuleType] = [
    validate, import_session, list_sessions, export, backups, restore_backup
]

# cli/render.py belongs to the renderer's engineer; until it lands the command is absent.
if importlib.util.find_spec("cli.render") is not None:
    COMMANDS.append(importlib.import_module("cli.render"))


def version() -> str:
    try:
        return importlib.metadata.version("thuky")
    except importlib.metadata.PackageNotFoundError:
        return "(chưa cài đặt)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thuky",
        description=(
            "Thư ký: ghi buổi làm việc và soạn văn bản theo Nghị định 30/2020/NĐ-CP. "
            "Không có lệnh thì mở cửa sổ chương trình."
        ),
        epilog=(
            f"Thư mục dữ liệu: --data-dir, nếu không có thì biến môi trường {DATA_DIR_ENV}, "
            "nếu không có nữa thì thư mục dữ liệu người dùng của hệ điều hành."
        ),
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, metavar="DIR",
        help="thư mục chứa kho dữ liệu (thuky.sqlite3)",
    )
    parser.add_argument("--version", action="version", version=f"thuky {version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 failure, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exiting:  # --help, --version and usage errors
        return exiting.code if isinstance(exiting.code, int) else 2
    if args.command is None:
        return _open_window(parser, args.data_dir)
    try:
        code: int = args.func(args)
    except (CommandFailed, StoreError) as failure:
        say(f"Lỗi: {failure}")
        return 1
    except SessionInvalid as invalid:
        say("Lỗi: phiên làm việc không hợp lệ:")
        for line in problem_lines(invalid.problems):
            say(line)
        return 1
    except KeyboardInterrupt:
        say("Đã dừng.")
        return 130
    return code


def _open_window(parser: argparse.ArgumentParser, data_dir: Path | None) -> int:
    """No command: the desktop window. Imported here so headless commands never load Qt."""
    try:
        from gui.app import run  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError as missing:
        if missing.name not in ("gui.app", "gui"):
            raise
        parser.print_help(sys.stderr)
        return 0
    result: int = run(data_dir)
    return result
