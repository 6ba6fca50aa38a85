"""How long ``Store.save()`` takes: the window calls it after every edit.

Two sessions (the Cao Lãnh fixture; a generated one with 1000 directives and 300 attendees)
and two cases each: a *changed* save (one field edited since the last save, the realistic
autosave) and an *identical* re-save (nothing changed; must be nearly free). Real SQLite file
in a temporary folder, WAL + synchronous=FULL as in production, so fsync is included.

    python -m benchmarks.store            # from the repository root
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sample_sessions import large_session
from models import Session, dump_json, read_session_file
from storage import Store

REPO = Path(__file__).resolve().parent.parent
TARGETS_MS = {"fixture": 10.0, "large": 50.0}


def _fixture() -> Session:
    for folder in (REPO.parent / "shared" / "fixtures", REPO / "tests" / "data"):
        path = folder / "cao-lanh-2024-03-04.json"
        if path.exists():
            return read_session_file(path).session
    raise SystemExit("cannot find cao-lanh-2024-03-04.json")


def _time(action: Callable[[int], None], rounds: int) -> list[float]:
    timings = []
    for n in range(rounds):
        started = time.perf_counter()
        action(n)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def measure(name: str, session: Session, rounds: int, store: Store) -> list[str]:
    session_id = store.save(session)
    directive = session.conclusion.directives[len(session.conclusion.directives) // 2]

    def changed(n: int) -> None:
        directive.text = f"{directive.text.split(' #')[0]} #{n}"  # one field edited
        store.save(session, session_id)

    def identical(_: int) -> None:
        store.save(session, session_id)

    lines = []
    for case, action in (("changed", changed), ("identical", identical)):
        timings = _time(action, rounds)
        median = statistics.median(timings)
        p95 = statistics.quantiles(timings, n=20)[-1]
        verdict = "ok" if median <= TARGETS_MS[name] else "OVER TARGET"
        lines.append(
            f"{name:8} {case:9}  median {median:6.2f} ms  p95 {p95:6.2f} ms  "
            f"(target ≤ {TARGETS_MS[name]:.0f} ms median: {verdict}, {rounds} saves)"
        )
    return lines


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    return (
        f"nproc {os.cpu_count()}, CPU {cpu}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def main() -> int:
    print(machine())
    large = large_session(directives=1000, attendees=300)

    for name, session in (("fixture", _fixture()), ("large", large)):
        print(
            f"{name}: file {len(dump_json(session).encode()) // 1024} KiB, stored (compact) "
            f"{len(dump_json(session, compact=True).encode()) // 1024} KiB"
        )
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        for line in measure("fixture", _fixture(), 200, store):
            print(line)
        for line in measure("large", large, 60, store):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
