"""The register in the window with 100,000 directives: open, filter, type, memory.

Run from the repository root: ``python -m benchmarks.register_gui``. Offscreen Qt. The store
(``benchmarks.register_store``: 5,000 sessions, 100,000 directives, 300 units, the same data
as ``benchmarks.register``; built once and kept under the system's temporary folder) is
opened by a fresh process that
starts the window as the application does: the register's rows load on its worker after
the store opens. Figures:

- load: from the register's first load (a second after ``window.start()``) until the rows,
  their keys and the first view are ready (worker time); the window stays usable meanwhile:
  the longest gap of a 10 ms GUI timer is reported during the load ("load gap") and before
  it, during the window's own start ("start gap", for comparison);
- open: Ctrl+R's action until the table has painted its first rows (rows already loaded);
- filter change: GUI-thread time (starting the job, then showing its result: the model
  rebuild, the summary, the repaint) and the latency until shown (the worker's filtering);
- keystroke: one key typed into the text filter while a filter job runs on the worker;
- peak memory: ``ru_maxrss`` of that process at the end.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
STORE_DIR = Path(tempfile.gettempdir()) / "thuky-register-gui-bench"


PROBE = r"""
import resource, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.composition import build_main_window
from renderer import Renderer
from storage import Store
import datetime as dt
from benchmarks.register_store import TODAY
folder = Path(sys.argv[1])
scratch = Path(sys.argv[2])
store = Store.open(folder)
settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
window = build_main_window(store, Renderer(user_templates_dir=scratch / "t"), settings, start=False)
pane = window.register.pane
pane.today = lambda: TODAY
window.show()
app.processEvents()

gaps = []
last = [time.perf_counter()]
def tick():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick); timer.start()

reload_at = []
original_reload = pane.reload
def timed_reload():
    reload_at.append(time.perf_counter())
    original_reload()
pane.reload = timed_reload
gaps_at = []
def tick_at():
    now = time.perf_counter(); gaps_at.append((now - last[0], now)); last[0] = now
timer.timeout.disconnect(); timer.timeout.connect(tick_at)
started = time.perf_counter()
window.start()
while not pane.settled:
    app.processEvents()
    time.sleep(0.001)
done = time.perf_counter()
print(f"start_to_rows {done - started:.4f}")
print(f"load {done - reload_at[0]:.4f}")
print(f"start_gap {max(g for g, at in gaps_at if at <= reload_at[0] + 0.01):.4f}")
print(f"load_gap {max(g for g, at in gaps_at if at > reload_at[0] + 0.01):.4f}")
timer.stop()

painted = []
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and pane.model.rowCount():
            painted.append(time.perf_counter())
        return False
probe = Probe(); pane.table.viewport().installEventFilter(probe)
started = time.perf_counter()
window.findChild(type(window.menuBar().actions()[0]), "action_register").trigger()
while not painted:
    app.processEvents()
print(f"open {painted[0] - started:.4f}")
print(f"rows {pane.model.rowCount()}")

gui_time = [0.0]
original = pane._show_view
def timed_show(view):
    t = time.perf_counter(); original(view); pane.table.viewport().repaint()
    gui_time[0] += time.perf_counter() - t
pane._show_view = timed_show

def measure(label, change):
    gui, latency = [], []
    for _ in range(5):
        gui_time[0] = 0.0
        t = time.perf_counter()
        change()
        pane.refilter()
        gui_time[0] += time.perf_counter() - t
        while not pane.settled:
            app.processEvents(); time.sleep(0.0005)
        latency.append(time.perf_counter() - t)
        gui.append(gui_time[0])
        reset()
        pane.refilter()
        while not pane.settled:
            app.processEvents(); time.sleep(0.0005)
    print(f"filter[{label}] {statistics.median(gui):.4f} {max(gui):.4f} "
          f"{statistics.median(latency):.4f}")

f = pane.filters
def reset():
    for w in (f.text, f.unit, f.chair): w.blockSignals(True); w.clear(); w.blockSignals(False)
    f.klass.blockSignals(True); f.klass.setCurrentIndex(0); f.klass.blockSignals(False)
measure("class overdue", lambda: f.klass.setCurrentIndex(f.klass.findData("overdue")))
measure("urgent 7 days", lambda: f.klass.setCurrentIndex(f.klass.findData("urgent")))
measure("unit 'ubnd tp khu vuc 12'", lambda: f.unit.setText("ubnd tp khu vuc 12"))
measure("text 'giai ngan'", lambda: f.text.setText("giai ngan"))
measure("chair 'doan tan buu'", lambda: f.chair.setText("doan tan buu"))

keys = []
f.text.setFocus()
for letter in "quy hoach so 12":
    pane.refilter()  # a filter job running on the worker while the key is typed
    time.sleep(0.002)
    t = time.perf_counter()
    QTest.keyClick(f.text, letter)
    keys.append(time.perf_counter() - t)
print(f"keystroke {statistics.median(keys):.4f} {max(keys):.4f}")
while not pane.settled:
    app.processEvents(); time.sleep(0.001)
print(f"memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
pane.wait_until_idle()
window.close()
store.close()
"""


def main() -> int:
    from benchmarks.register_store import generate_register_store
    from storage import DB_NAME

    if not (STORE_DIR / DB_NAME).exists():
        partial = STORE_DIR.with_name(STORE_DIR.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        generate_register_store(partial)  # renamed when whole: an interrupted build is not reused
        partial.rename(STORE_DIR)
        print(f"built the store in {time.perf_counter() - started:.0f} s: {STORE_DIR}")
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as scratch:
            out = subprocess.run(
                [sys.executable, "-c", PROBE, str(STORE_DIR), scratch], cwd=ROOT,
                capture_output=True, text=True, check=True,
                env={**os.environ, "PYTHONPATH": str(ROOT),
                     "XDG_CONFIG_HOME": str(Path(scratch) / "config")},
            ).stdout
        runs.append(out)
    figures: dict[str, list[list[float]]] = {}
    for out in runs:
        for line in out.splitlines():
            name, *values = line.rsplit(" ", 3) if line.startswith("filter[") else line.split()
            if line.startswith("filter["):
                name = line[: line.index("]") + 1]
                values = line[line.index("]") + 2:].split()
            figures.setdefault(name, []).append([float(v) for v in values if v])
    for name, values in figures.items():
        medians = [statistics.median(column) for column in zip(*values, strict=True)]
        print(name, " ".join(f"{v:.4f}" for v in medians))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
