"""A kill during export leaves yesterday's file or the complete new one, never half a document.

The render command writes to a temporary file beside the target and renames it in one step;
here it is killed with SIGKILL at random moments while overwriting an existing .docx.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document

from benchmarks.sample_sessions import large_session
from models import dump_json

REPO = Path(__file__).resolve().parents[2]
OLD = b"yesterday's document"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.slow
def test_sigkill_during_render_never_leaves_a_partial_docx(tmp_path: Path) -> None:
    session_file = tmp_path / "large.json"
    session_file.write_text(dump_json(large_session(directives=300, attendees=100)), "utf-8")
    target = tmp_path / "out" / "thong-bao.docx"
    target.parent.mkdir()
    chance = random.Random(1125)
    outcomes = {"old": 0, "new": 0}
    for _ in range(10):
        target.write_bytes(OLD)
        with subprocess.Popen(
            [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "render",
             str(session_file), "--type", "thong-bao-ket-luan", "-o", str(target), "--force"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as child:
            time.sleep(chance.uniform(0.2, 0.9))
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        if target.read_bytes() == OLD:
            outcomes["old"] += 1
        else:
            document = Document(str(target))  # a partial file would not open
            assert any("THÔNG BÁO" in p.text for p in document.paragraphs)
            outcomes["new"] += 1
        # No half-written file under the target's name; a killed run may leave only its
        # hidden temporary file, which never takes a document's name.
        visible = [p.name for p in target.parent.iterdir() if not p.name.startswith(".")]
        assert visible == [target.name]
    assert sum(outcomes.values()) == 10
