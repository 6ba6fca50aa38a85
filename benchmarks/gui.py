"""Window benchmarks: start-up, autosave, preview refresh, peak memory (offscreen Qt).

Run from the repository root: ``python -m benchmarks.gui``. Each start-up figure is a fresh
process (median of several), timed from interpreter start to the window's first paint, and
compared with a bare PySide6 QMainWindow measured the same way.

When dist/thuky exists (scripts/build_app.py), the built application's start to first paint
is compared with the installed one's, both timed from outside, from launching the process
to the window's "painted" line (THUKY_TRACE); ``python -m benchmarks.gui --built`` measures
only that.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "fixtures" / "cao-lanh-2024-03-04.json"
if not SEED.exists():
    SEED = ROOT / "tests" / "data" / "cao-lanh-2024-03-04.json"

_PAINT_PROBE = r"""
import time, sys
from PySide6.QtCore import QEvent, QObject, QTimer
class _Probe(QObject):
    def __init__(self, target):
        super().__init__()
        self.target = target
    def eventFilter(self, watched, event):
        if watched is self.target and event.type() == QEvent.Type.Paint:
            print(f"{time.perf_counter() - START:.4f}")
            QTimer.singleShot(0, sys.exit)
        return False
"""

BARE = (
    "import time; START = time.perf_counter()\n" + _PAINT_PROBE + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1500, 900)
probe = _Probe(window); window.installEventFilter(probe)
window.show(); app.exec()
"""
)

# The window as `python main.py --data-dir D` starts it (gui.app.run: lock, window, first
# paint, then the store and the last session). An application-wide filter sees the main
# window's first Paint; gui.trace.trace reports "ready" once the session is loaded.
THUKY = (
    "import time; START = time.perf_counter()\n" + """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
class _Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "main_window":
            app.removeEventFilter(self)
            print(f"paint {time.perf_counter() - START:.4f}", flush=True)
        return False
probe = _Probe(); app.installEventFilter(probe)
import gui.trace
def _ready(event):
    if event == "ready":
        print(f"ready {time.perf_counter() - START:.4f}", flush=True)
        app.quit()  # a normal exit: the lock is released for the next run
gui.trace.trace = _ready
import main
main.main(["--data-dir", sys.argv[1]])
"""
)

MEMORY = """
import resource, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from benchmarks.sample_sessions import large_session
from gui.composition import build_main_window
from renderer import Renderer
from storage import Store
data = Path(sys.argv[1])
store = Store.open(data)
store.save(large_session())
settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
window = build_main_window(store, Renderer(user_templates_dir=data / "templates"), settings)
window.show()
for _ in range(3):
    window.preview.refresh()
    window.preview.wait_until_idle()
    app.processEvents()
window.autosave.save_now()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


# An installed program runs from bytecode (pip compiles it; Python caches it on first run),
# so the processes write and reuse .pyc files in a private cache even where the environment
# sets PYTHONDONTWRITEBYTECODE (compiling our ~80 modules from source costs ~0.1 s a start).
# The window's QSettings go to a private folder too, not the user's.
_SCRATCH = tempfile.mkdtemp(prefix="thuky-bench-")
atexit.register(shutil.rmtree, _SCRATCH, True)
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
_ENV |= {"PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(Path(_SCRATCH) / "pycache"),
         "XDG_CONFIG_HOME": str(Path(_SCRATCH) / "config")}


def _output(code: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
        check=True, env=_ENV,
    ).stdout


def _run(code: str, *args: str) -> float:
    return float(_output(code, *args).strip().splitlines()[-1])


def _thuky(folder: str) -> tuple[float, float]:
    """(first paint, session loaded) in seconds for one start of the real window."""
    times = dict(line.split() for line in _output(THUKY, folder).splitlines() if " " in line)
    return float(times["paint"]), float(times["ready"])


def startup(runs: int = 7) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        from models import read_session_file
        from storage import Store

        with Store.open(Path(folder)) as store:
            store.save(read_session_file(SEED).session)
        _thuky(folder)  # warm the file cache once
        thuky = [_thuky(folder) for _ in range(runs)]
    _run(BARE)
    bare = statistics.median(_run(BARE) for _ in range(runs))
    paint = statistics.median(p for p, _ in thuky)
    ready = statistics.median(r for _, r in thuky)
    return bare * 1000, paint * 1000, ready * 1000


BUILT = ROOT / "dist" / "thuky" / ("thuky.exe" if sys.platform.startswith("win") else "thuky")


def _installed() -> list[str]:
    """The installed ``thuky`` command (pip's launcher in the environment), else main.py."""
    name = "thuky.exe" if sys.platform.startswith("win") else "thuky"
    launcher = Path(sys.executable).parent / name
    return [str(launcher)] if launcher.exists() else [sys.executable, str(ROOT / "main.py")]


def _cpu_seconds(pid: int) -> float | None:
    """CPU time the process used so far (Linux's /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _external_paint(command: list[str], folder: str) -> tuple[float, float | None]:
    """(wall, CPU) seconds from launching *command* to the window's first paint, seen from
    outside (the built program cannot be given a probe); the window closes itself once ready.
    The CPU time is read with the process stopped at the "painted" line: on a machine shared
    with other work it varies far less than the wall time."""
    env = _ENV | {"THUKY_TRACE": "1", "THUKY_CLOSE_WHEN_READY": "1"}
    started = time.perf_counter()
    painted, cpu = None, None
    with subprocess.Popen([*command, "--data-dir", folder], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=env, cwd=_SCRATCH) as run:
        assert run.stdout is not None
        for line in run.stdout:
            if painted is None and line.strip() == "painted":
                painted = time.perf_counter() - started
                stop = getattr(signal, "SIGSTOP", None)
                if stop is not None:
                    os.kill(run.pid, stop)
                    cpu = _cpu_seconds(run.pid)
                    os.kill(run.pid, signal.SIGCONT)
        run.wait(timeout=60)
    if painted is None or run.returncode != 0:
        raise RuntimeError(f"{command[0]} did not paint and close (exit {run.returncode})")
    return painted, cpu


def startup_built(runs: int = 11) -> dict[str, dict[str, float]] | None:
    """Start to first paint in ms, installed and built: medians of alternating runs (wall,
    and CPU where the system tells it); None when there is no build."""
    if not BUILT.exists():
        return None
    commands = {"installed": _installed(), "built": [str(BUILT)]}
    times: dict[str, list[tuple[float, float | None]]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder:
        from models import read_session_file
        from storage import Store

        with Store.open(Path(folder)) as store:
            store.save(read_session_file(SEED).session)
        for command in commands.values():
            _external_paint(command, folder)  # warm the file cache and the bytecode cache
        for _ in range(runs):  # alternating, so a busy moment of the machine hits both
            for name, command in commands.items():
                times[name].append(_external_paint(command, folder))
    results: dict[str, dict[str, float]] = {}
    for name, runs_of_one in times.items():
        results[name] = {"wall": statistics.median(w for w, _ in runs_of_one) * 1000,
                         "wall min": min(w for w, _ in runs_of_one) * 1000}
        cpus = [c for _, c in runs_of_one if c is not None]
        if cpus:
            results[name]["cpu"] = statistics.median(cpus) * 1000
    return results


def _print_built() -> None:
    figures = startup_built()
    if figures is None:
        print(f"no build at {BUILT} (scripts/build_app.py makes it): built start-up not measured")
        return
    installed, built = figures["installed"], figures["built"]
    for measure in ("wall", "wall min", "cpu"):
        if measure in installed and measure in built:
            print(f"start to first paint from launch ({measure}): installed "
                  f"{installed[measure]:.0f} ms, built {built[measure]:.0f} ms "
                  f"({built[measure] / installed[measure]:.2f}×, target ≤ 1.2×)")


def _median_ms(action: object, runs: int) -> tuple[float, float]:
    assert callable(action)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def _preview_ms(window: Any, app: Any, runs: int) -> dict[str, tuple[float, float]]:
    """GUI-thread time of a preview refresh (snapshot and hand-off, then showing the result),
    and the latency until the result shows, laid out to the last page; the render itself runs
    on the preview's worker.
    Each run edits the session first so the HTML really changes and setHtml is paid for."""
    preview = window.preview
    gui, latency = [], []
    for number in range(runs):
        window.doc.set(("counterpart",), f"Ủy ban nhân dân xã {number}")
        preview.timer.stop()
        started = time.perf_counter()
        preview.refresh()
        while not preview.is_current() or not preview.page.is_laid_out():
            preview.wait_until_idle()
            app.processEvents()
        latency.append((time.perf_counter() - started) * 1000)
        gui.append(preview.last_gui_ms)

    def summary(times: list[float]) -> tuple[float, float]:
        times.sort()
        return statistics.median(times), times[int(len(times) * 0.95) - 1]

    return {"GUI thread": summary(gui), "until shown": summary(latency)}


def _keystroke_ms(window: Any, app: Any, runs: int, *, rendering: bool) -> tuple[float, float]:
    """One key typed into the subject field (binding, undo command, session update), with or
    without a preview render running on the worker at the same time: the worker shares the
    interpreter (GIL) with the GUI thread, so this shows what the clerk feels."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    preview = window.preview
    field = window.editor.general.subject
    field.setFocus()
    times = []
    for _ in range(runs):
        if rendering and preview.pool.activeThreadCount() == 0:
            preview.refresh()
            time.sleep(0.005)  # let the worker get going
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_A)
        times.append((time.perf_counter() - started) * 1000)
        preview.timer.stop()
    preview.wait_until_idle()
    app.processEvents()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def in_process() -> dict[str, tuple[float, float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.sample_sessions import large_session
    from gui.composition import build_main_window
    from models import read_session_file
    from renderer import Renderer
    from storage import Store

    app = QApplication.instance() or QApplication([])
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = Store.open(data)
        settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, Renderer(user_templates_dir=data / "templates"),
                                   settings)
        window.show()
        for name, session in (("fixture", read_session_file(SEED).session),
                              ("1000 directives", large_session())):
            window.start_session(session)
            edits = iter(range(1_000_000))

            def autosave(edits: Iterator[int] = edits) -> None:
                # a realistic edit: the location changes, then the debounced save runs
                window.doc.set(("location",), f"Hội trường {next(edits)}")
                window.autosave.save_now()

            results[f"autosave, {name}"] = _median_ms(autosave, 30)
            for part, figures in _preview_ms(window, app, 20).items():
                results[f"preview refresh ({part}), {name}"] = figures
            if name != "fixture":
                for rendering in (False, True):
                    label = "while the preview renders" if rendering else "preview idle"
                    results[f"keystroke ({label}), {name}"] = _keystroke_ms(
                        window, app, 40, rendering=rendering
                    )
        window.close()
        store.close()
    app.processEvents()
    return results


def peak_memory_mib() -> float:
    with tempfile.TemporaryDirectory() as folder:
        return _run(MEMORY, folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Window benchmarks (offscreen Qt).")
    parser.add_argument("--built", action="store_true",
                        help="only the built application's start-up against the installed one")
    if parser.parse_args(argv).built:
        _print_built()
        return 0
    bare, thuky, ready = startup()
    print(f"start to first paint: bare PySide6 {bare:.0f} ms, Thư ký {thuky:.0f} ms "
          f"({thuky / bare:.1f}×, target ≤ 4×); last session loaded and editable at "
          f"{ready:.0f} ms")
    for name, (median, p95) in in_process().items():
        print(f"{name}: median {median:.1f} ms, p95 {p95:.1f} ms")
    print(f"peak memory with the 1000-directive session: {peak_memory_mib():.0f} MiB "
          "(target ≤ 200 MiB)")
    _print_built()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
