"""The parser and the dispatcher: one place that turns known failures into exit code 1.

Only the command being run is imported. A command module pulls in what its work needs
(pydantic models, the renderer, the store), and a clerk's ``render`` should not pay for
``export``'s imports, nor for the package metadata behind ``--version``. The full parser, with
every command, is built only when no known command is named (``--help``, a typo).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

from cli.common import CommandFailed, problem_lines, say
from cli.process import short_lived

#: Command name → the module that registers and runs it (see cli/__init__.py).
COMMANDS: dict[str, str] = {
    "validate": "cli.validate",
    "import": "cli.import_session",
    "list": "cli.list_sessions",
    "export": "cli.export",
    "render": "cli.render",
    "backups": "cli.backups",
    "restore-backup": "cli.restore_backup",
    "directives": "cli.directives",
}


def version() -> str:
    """"0.1.0 (bản phát triển)", or for a built application its version and build date."""
    from models.version import version_info

    return version_info().describe()


class _VersionAction(argparse.Action):
    """argparse's ``version`` action with the version looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(f"thuky {version()}")
        parser.exit()


class _PeekFailed(Exception):
    pass


class _PeekParser(argparse.ArgumentParser):
    """Finds the command word exactly as the real parser will (abbreviated options too)."""

    def error(self, message: str) -> NoReturn:
        raise _PeekFailed(message)


def _command_named(argv: Sequence[str] | None) -> str | None:
    peek = _PeekParser(add_help=False)
    peek.add_argument("--data-dir")
    peek.add_argument("command", nargs="?")
    try:
        known, _ = peek.parse_known_args(argv)
    except _PeekFailed:
        return None
    command = known.command
    return command if command in COMMANDS else None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with just *only* (the one about to run)."""
    epilog = None
    if only is None:
        from storage import DATA_DIR_ENV

        epilog = (
            f"Thư mục dữ liệu: --data-dir, nếu không có thì biến môi trường {DATA_DIR_ENV}, "
            "nếu không có nữa thì thư mục dữ liệu người dùng của hệ điều hành."
        )
    parser = argparse.ArgumentParser(
        prog="thuky",
        description=(
            "Thư ký: ghi buổi làm việc và soạn văn bản theo Nghị định 30/2020/NĐ-CP. "
            "Không có lệnh thì mở cửa sổ chương trình."
        ),
        epilog=epilog,
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, metavar="DIR",
        help="thư mục chứa kho dữ liệu (thuky.sqlite3)",
    )
    parser.add_argument("--version", action=_VersionAction, help="in số phiên bản rồi thoát")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else COMMANDS:
        _module(name).register(subparsers)
    return parser


def _module(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])


def _known_failure(error: Exception) -> bool:
    """A ``StoreError`` is the user's to read; only a loaded store module can raise one."""
    errors = sys.modules.get("storage.errors")
    return errors is not None and isinstance(error, errors.StoreError)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 failure, 2 usage).

    *argv* None means this process's own command line (main.py): a headless command is then
    the whole process and runs without the cyclic garbage collector (cli.process).
    """
    command = _command_named(argv)
    with short_lived(argv is None and command is not None):
        return _run(argv, command)


def _run(argv: Sequence[str] | None, command: str | None) -> int:
    parser = build_parser(command)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exiting:  # --help, --version and usage errors
        return exiting.code if isinstance(exiting.code, int) else 2
    if args.command is None:
        return _open_window(parser, args.data_dir)
    try:
        code: int = args.func(args)
    except CommandFailed as failure:
        say(f"Lỗi: {failure}")
        return 1
    except KeyboardInterrupt:
        say("Đã dừng.")
        return 130
    except Exception as failure:
        problems = sys.modules.get("models.problems")
        if problems is not None and isinstance(failure, problems.SessionInvalid):
            say("Lỗi: phiên làm việc không hợp lệ:")
            for line in problem_lines(failure.problems):
                say(line)
            return 1
        if _known_failure(failure):
            say(f"Lỗi: {failure}")
            return 1
        raise
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
