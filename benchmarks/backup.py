"""What the corruption check at open and the daily backup cost on a large store.

The store holds the 1000-directive session of ``benchmarks.sample_sessions`` with its 50 kept
revisions (a long meeting autosaved all afternoon) and 30 copies of the Cao Lãnh fixture.
Timed: ``Store.open`` alone, ``check_file`` (``PRAGMA quick_check`` on a read-only
connection: what ``storage.recovery.open_store`` adds to every start), ``make_daily_backup``
(the backup API copy, its check, fsync, rename) and ``restore_backup``. Real files in a
temporary folder; the OS page cache is warm, as it is on a clerk's laptop that has just used
the store.

    python -m benchmarks.backup            # from the repository root
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sample_sessions import large_session
from benchmarks.store import _fixture, machine
from storage import DB_NAME, KEEP_REVISIONS, Store
from storage.recovery import check_file, list_backups, make_daily_backup, restore_backup

ROUNDS = 7


def _fill(folder: Path) -> None:
    large = large_session(directives=1000, attendees=300)
    directive = large.conclusion.directives[500]
    with Store.open(folder) as store:
        session_id = store.save(large)
        for n in range(KEEP_REVISIONS):
            directive.text = f"{directive.text.split(' #')[0]} #{n}"
            store.save(large, session_id)
        fixture = _fixture()
        for _ in range(30):
            store.save(fixture)


def _median_ms(action: Callable[[int], object]) -> tuple[float, float]:
    timings = []
    for n in range(ROUNDS):
        started = time.perf_counter()
        action(n)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), max(timings)


def main() -> int:
    print(machine())
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _fill(folder)
        print(f"store: {(folder / DB_NAME).stat().st_size / 2**20:.1f} MiB")

        def open_only(_: int) -> None:
            Store.open(folder).close()

        store = Store.open(folder)

        def check(_: int) -> None:
            check_file(folder / DB_NAME)

        def backup(n: int) -> None:
            make_daily_backup(folder, today=dt.date(2026, 1, 1) + dt.timedelta(days=n), keep=3)

        def restore(_: int) -> None:
            restore_backup(folder, list_backups(folder)[0])

        results = [("Store.open", _median_ms(open_only)), ("check_file", _median_ms(check))]
        results.append(("make_daily_backup", _median_ms(backup)))
        store.close()
        results.append(("restore_backup", _median_ms(restore)))
        backup_size = list_backups(folder)[0].size / 2**20
        for label, (median, worst) in results:
            print(f"{label:18} median {median:7.1f} ms  max {worst:7.1f} ms  ({ROUNDS} runs)")
        print(f"backup file: {backup_size:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
