"""The directive register on a large store: store reads, the CLI, the Excel export, the report.

The store is ``benchmarks.register_store.generate_register_store`` (5,000 sessions, 100,000
directives, 300 units), generated once into a folder that is kept for the next run
(``--store DIR``; default: a folder in the system's temporary directory). Whole-process
figures run ``python main.py`` as a clerk does, after one warm-up run (the first command of
a day copies the store into backups/, which is measured in benchmarks/backup.py).

    python -m benchmarks.register [--store DIR] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.register_store import FIRST_DAY, TODAY, generate_register_store
from benchmarks.store import machine
from storage import DB_NAME, Store

REPO = Path(__file__).resolve().parent.parent
DEFAULT_STORE = Path(tempfile.gettempdir()) / "thuky-bench-register"


def _median(times: Sequence[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f})"


def _timed(action: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


#: Runs main.py as ``python main.py`` does and writes the process's own peak memory (VmHWM,
#: KiB; Linux) to the file named in THUKY_BENCH_RSS at exit. ru_maxrss would also count the
#: moment between fork and exec, when the child still holds this benchmark's memory.
_WRAPPER = """
import atexit, os, runpy, sys
def _report():
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["THUKY_BENCH_RSS"], "w") as out:
        out.write(peak)
atexit.register(_report)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _cpu(action: Callable[[], object], rounds: int) -> list[float]:
    """CPU seconds of this process: less disturbed than wall time on a shared machine."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return times


def _process(args: Sequence[str], store: Path, rounds: int) -> tuple[list[float], int]:
    """Wall times of ``python main.py ARGS`` (median of *rounds*, after a warm-up run) and
    the peak memory (KiB) of the last run; prints the runs' CPU time (user + system), which
    a shared machine disturbs less than the wall time."""
    with tempfile.TemporaryDirectory() as scratch:
        rss = Path(scratch) / "rss"
        command = [sys.executable, "-c", _WRAPPER, str(REPO / "main.py"),
                   "--data-dir", str(store), *args]
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "THUKY_BENCH_RSS": str(rss)}
        subprocess.run(command, check=True, capture_output=True, env=env)  # warm-up
        times, cpu = [], []
        for _ in range(rounds):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env)
            times.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        print(f"  [{' '.join(args[:3])} …] CPU per run: {_median(cpu)}")
        return times, int(rss.read_text())


def _period_with(store: Store, count: int) -> tuple[dt.date, dt.date]:
    """The first session dates from FIRST_DAY holding about *count* directives."""
    entries = sorted(store.register_entries(), key=lambda e: e.session_date)
    return entries[0].session_date, entries[min(count, len(entries)) - 1].session_date


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args(argv)
    folder: Path = options.store
    rounds: int = options.rounds
    if not (folder / DB_NAME).is_file():
        print(f"generating the store in {folder} (a minute or two) …", file=sys.stderr)
        start = time.perf_counter()
        generate_register_store(folder)
        print(f"generated in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    size = (folder / DB_NAME).stat().st_size / 2**20
    print(f"machine: {machine()}")
    print(f"store: {folder / DB_NAME} ({size:.0f} MiB), classified on {TODAY}")

    # In-process figures run without the cyclic collector, as the window and the commands
    # do (gui/main_thread_gc.py, cli/process.py); with it on, building 100,000 entries
    # costs about half a second more of collections over the growing heap.
    gc.disable()
    print(f"Store.open: {_median(_timed(lambda: Store.open(folder).close(), rounds))}")
    with Store.open(folder) as store:
        entries = store.register_entries()
        print(f"register_entries() ({len(entries)} rows): "
              f"{_median(_timed(store.register_entries, rounds))}; "
              f"process CPU {_median(_cpu(store.register_entries, rounds))}")
        units = _timed(lambda: (store.unit_directory(), store.unit_spellings()), rounds)
        print(f"unit_directory() + unit_spellings(): {_median(units)}")
        ten_thousand = _period_with(store, 10_000)
        two_thousand = _period_with(store, 2_000)

    today = ["--today", TODAY.isoformat()]
    times, peak = _process(["directives", *today, "--class", "overdue", "--format", "json"],
                           folder, rounds)
    print(f"directives --class overdue --format json (whole process): {_median(times)}, "
          f"peak {peak / 1024:.0f} MiB")

    from renderer.register_xlsx import register_xlsx_bytes

    with Store.open(folder) as store:
        directory = store.unit_directory()
    rows = entries[:10_000]
    xlsx = _timed(lambda: register_xlsx_bytes(rows, today=TODAY, directory=directory), rounds)
    print(f"register_xlsx_bytes, {len(rows)} rows (in process): {_median(xlsx)}")
    with tempfile.TemporaryDirectory() as out:
        target = Path(out) / "register.xlsx"
        period = ["--from", ten_thousand[0].isoformat(), "--to", ten_thousand[1].isoformat()]
        times, peak = _process(["directives", "export", *today, *period, "-o", str(target)],
                               folder, rounds)
        print(f"directives export {period} → ~10,000 rows (whole process): {_median(times)}, "
              f"peak {peak / 1024:.0f} MiB, {target.stat().st_size / 1024:.0f} KiB")
        if importlib.util.find_spec("cli.directives_report") is None:
            print("directives report: not in this branch (cli.directives_report missing)")
        else:
            report = Path(out) / "report.docx"
            period = ["--from", two_thousand[0].isoformat(), "--to", two_thousand[1].isoformat()]
            times, peak = _process(
                ["directives", "report", *today, *period, "--force", "-o", str(report)],
                folder, rounds,
            )
            print(f"directives report {period} → ~2,000 appendix rows (whole process): "
                  f"{_median(times)}, peak {peak / 1024:.0f} MiB")
    print(f"(sessions from {FIRST_DAY})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
