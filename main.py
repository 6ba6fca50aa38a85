"""Thư ký's entry point: no arguments opens the window, a command runs headless (see cli/)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run Thư ký; returns the process exit code (0 ok, 1 failure, 2 usage)."""
    for stream in (sys.stdout, sys.stderr):
        # A console or pipe that cannot show Vietnamese must not turn a message into a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    from cli.entry import main as run_cli

    return run_cli(argv)


if __name__ == "__main__":
    raise SystemExit(main())
