"""A diagnostic switch: ``THUKY_TRACE=1`` prints one line per start-up event on stdout.

The events are "painted", "ready" (the store is open and the last session loaded), "raised"
(a second copy called this window forward), "called the first window", "took the folder
over", "notice: …", "restored", "save failed: …", "backup failed: …" and "damaged store moved
to …". They let a support person see how far a window got on a machine where it misbehaves,
and let the tests (tests/reliability/window_process.py) and benchmarks/gui.py wait for the
window instead of sleeping. Unset, nothing is printed and nothing else changes; see
docs/RELIABILITY.md.
"""

from __future__ import annotations

import os

TRACE_ENV = "THUKY_TRACE"


def tracing() -> bool:
    return os.environ.get(TRACE_ENV) == "1"


def trace(event: str) -> None:
    if tracing():
        print(event, flush=True)
