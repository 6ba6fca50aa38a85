"""Thư ký's entry point: no arguments opens the window, a command runs headless (see cli/)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def window_folder(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, --data-dir or None) when *argv* asks for the window and nothing else.

    The window is the everyday case and must not wait for the command line's parser, which
    imports every command (and SQLAlchemy with them); anything else goes to cli.entry.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, Path(argv[0].removeprefix("--data-dir="))
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    """Run Thư ký; returns the process exit code (0 ok, 1 failure, 2 usage)."""
    # Pydantic looks for third-party validation plugins by scanning every installed package's
    # metadata when the first model is built (~20 ms of a ~0.3 s render). Thư ký uses none,
    # and a plugin some other tool installed has no business seeing a clerk's session.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for stream in (sys.stdout, sys.stderr):
        # A console or pipe that cannot show Vietnamese must not turn a message into a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    arguments = list(sys.argv[1:] if argv is None else argv)
    is_window, data_dir = window_folder(arguments)
    if is_window:
        try:
            from gui.display_check import display_problem  # type: ignore[import-not-found,unused-ignore]
        except ModuleNotFoundError:
            pass
        else:
            problem = display_problem()
            if problem:
                print(problem, file=sys.stderr)
                return 1
        try:
            from gui.app import run  # type: ignore[import-not-found,unused-ignore]
        except ModuleNotFoundError as missing:
            if missing.name not in ("gui.app", "gui", "PySide6"):
                raise
        else:
            result: int = run(data_dir)
            return result
    from cli.entry import main as run_cli

    # None tells the command line it is this whole process (its own argv), which lets a
    # headless command run without the cyclic collector (cli/process.py; ~50 ms a render).
    return run_cli(None if argv is None else arguments)


if __name__ == "__main__":
    raise SystemExit(main())
