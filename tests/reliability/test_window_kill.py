"""Kill the real window while a clerk types: every edit older than a second is in the store.

The window runs offscreen in a subprocess with tests/reliability/typing_window.py's robot: it
types " w1", " w2", … into the subject field with QTest (a word every 60–200 ms, no pauses, so only
autosave's maximum wait saves) and prints "edit N" once the field shows word N. The test kills
it with SIGKILL at a random moment, opens the store as the next start would, and checks that
the subject holds every word whose line was read more than 1 s before the kill, and that
SQLite's integrity check passes. Five runs keep CI fast; tests/reliability/test_store_crash.py
kills the store's autosave path twenty more times.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from storage import Store
from tests.reliability.window_process import WindowProcess

RUNS = 5
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_killing_the_window_loses_no_edit_older_than_a_second(
    tmp_path: Path, chance: random.Random
) -> None:
    checked = 0  # runs with an edit old enough to be required in the store
    for run in range(RUNS):
        data, config = tmp_path / f"data{run}", tmp_path / f"config{run}"
        window = WindowProcess(data, config, typing_ms=chance.randint(60, 200))
        try:
            window.wait_for("ready")
            # the last run types long enough to be checked if no earlier one was
            window.read_for(2.5 if run == RUNS - 1 and not checked else chance.uniform(0.3, 2.2))
        finally:
            killed_at = window.kill()
        old_enough = [number for at, number in window.edits() if at <= killed_at - 1.0]
        with Store.open(data) as store:
            rows = store.list_sessions()
            subject = store.load(rows[0].id).subject if rows else ""
        if old_enough:
            checked += 1
            expected = [f"w{number}" for number in range(1, max(old_enough) + 1)]
            assert subject.split()[: len(expected)] == expected, (run, window.lines[-3:])
        with closing(sqlite3.connect(data / "thuky.sqlite3")) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert checked >= 1, "the window was never killed after typing for over a second"
