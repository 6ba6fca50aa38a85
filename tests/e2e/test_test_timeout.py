"""A test that hangs fails within its time limit instead of stalling the run.

pyproject.toml gives every test 60 s (pytest-timeout, "thread" method). The method matters: a
test stuck in a modal dialog's exec() never returns to Python, so a SIGALRM handler would
never run and the whole suite would hang. This runs pytest on such a test with a 2 s limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HANGING = '''
import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.mark.timeout(2)
def test_a_dialog_nobody_answers(qtbot):
    QMessageBox(QMessageBox.Icon.Information, "Thư ký", "?").exec()
'''


def test_a_test_stuck_in_a_modal_dialog_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "test_hanging.py").write_text(HANGING, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path),
         str(tmp_path / "test_hanging.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=90, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode != 0
    assert "Timeout" in done.stdout + done.stderr
    assert "test_a_dialog_nobody_answers" in done.stdout + done.stderr
