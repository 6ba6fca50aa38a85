"""Run the real window (`main.py`, offscreen) in a subprocess and read its trace lines.

gui/trace.py prints one line per event when THUKY_TRACE=1 ("ready", "raised", …); with
*typing_ms*, tests/reliability/typing_window.py's robot types and prints "edit 3" and so on.
A reader thread timestamps each line as it arrives, so a test can wait for a line without
sleeping and knows when each edit became visible in the window.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def window_env(config: Path, **extra: str) -> dict[str, str]:
    """Offscreen, traced, with QSettings in *config* (not the user's real settings)."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "THUKY_TRACE": "1",
            "XDG_CONFIG_HOME": str(config), **extra}


class WindowProcess:
    def __init__(self, data_dir: Path, config: Path, *, typing_ms: int | None = None) -> None:
        program = [str(REPO / "main.py")] if typing_ms is None else [
            "-m", "tests.reliability.typing_window", str(typing_ms)]
        self.process = subprocess.Popen(
            [sys.executable, *program, "--data-dir", str(data_dir)],
            cwd=REPO, env=window_env(config), stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
        )
        self.lines: list[tuple[float, str]] = []  # (time.monotonic() when read, line)
        self._queue: queue.Queue[tuple[float, str] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put((time.monotonic(), line.rstrip("\n")))
        self._queue.put(None)

    def next_line(self, timeout: float) -> tuple[float, str] | None:
        try:
            item = self._queue.get(timeout=max(timeout, 0))
        except queue.Empty:
            return None
        if item is not None:
            self.lines.append(item)
        return item

    def wait_for(self, text: str, timeout: float = 30) -> float:
        """Read until a line equal to *text*; the time it was read."""
        deadline = time.monotonic() + timeout
        while True:
            item = self.next_line(deadline - time.monotonic())
            if item is None:
                raise AssertionError(f"no {text!r} from the window; it said {self.lines!r}")
            if item[1] == text:
                return item[0]

    def read_for(self, seconds: float) -> None:
        """Keep reading (the window goes on typing) for *seconds*."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            item = self.next_line(deadline - time.monotonic())
            if item is None and self.process.poll() is not None:
                return

    def kill(self) -> float:
        """SIGKILL (no cleanup, no last save) and reap; the time of the kill."""
        killed_at = time.monotonic()
        self.process.kill()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)  # it has read every line printed before the kill
        while self.next_line(0) is not None:
            pass
        assert self.process.stdout is not None
        self.process.stdout.close()
        return killed_at

    def edits(self) -> list[tuple[float, int]]:
        return [(at, int(line.split()[1])) for at, line in self.lines if line.startswith("edit ")]
