"""A kill during export leaves yesterday's file or the complete new one, never half a document.

The render command writes to a temporary file beside the target and renames it in one step.
Here it overwrites an existing .docx and is killed with SIGKILL while the document's bytes are
being written: tests/reliability/slow_export.py runs `main.py` with python-docx's save slowed
down (the product's temporary file, fsync and rename unchanged) and announcing "writing" and
"written", so the test knows when the write is under way and checks that it interrupted one.
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
RUNS = 10
CHUNK_BYTES, DELAY_MS = 4096, 15

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _export_and_kill(session_file: Path, target: Path, data_dir: Path,
                     chance: random.Random) -> tuple[bool, float]:
    """One export killed at a random point of its write: (killed mid-write, write length)."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.slow_export", str(CHUNK_BYTES), str(DELAY_MS),
         "--data-dir", str(data_dir), "render", str(session_file), "--type",
         "thong-bao-ket-luan", "-o", str(target), "--force"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:
        assert child.stdout is not None
        started = child.stdout.readline().split()
        assert started[:1] == ["writing"], started
        chunks = -(-int(started[1]) // CHUNK_BYTES)
        writing_for = chunks * DELAY_MS / 1000  # at least; sleeps only lengthen it
        # mostly inside the write, sometimes at its very end or after the rename
        time.sleep(chance.uniform(0, writing_for * 1.25))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.wait(timeout=30)
    return "written" not in rest, writing_for


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_while_writing_the_docx_never_leaves_a_partial_file(
    tmp_path: Path, chance: random.Random
) -> None:
    session_file = tmp_path / "large.json"
    session_file.write_text(dump_json(large_session(directives=300, attendees=100)), "utf-8")
    target = tmp_path / "out" / "thong-bao.docx"
    target.parent.mkdir()
    outcomes = {"old": 0, "new": 0}
    mid_write = 0
    for _ in range(RUNS):
        target.write_bytes(OLD)
        interrupted, writing_for = _export_and_kill(session_file, target, tmp_path / "data",
                                                    chance)
        if target.read_bytes() == OLD:
            outcomes["old"] += 1
        else:
            assert not interrupted, "a write cut short reached the target's name"
            document = Document(str(target))  # a partial file would not open
            assert any("THÔNG BÁO" in p.text for p in document.paragraphs)
            outcomes["new"] += 1
        mid_write += interrupted
        # No half-written file under the target's name; a killed run may leave only its
        # hidden temporary file, which never takes a document's name.
        visible = [p.name for p in target.parent.iterdir() if not p.name.startswith(".")]
        assert visible == [target.name]
    assert sum(outcomes.values()) == RUNS
    # the point of the test: some kills did land while the document was being written
    assert mid_write >= 1, f"no kill interrupted a write ({writing_for:.2f} s long): {outcomes}"
    print(f"{mid_write} of {RUNS} kills interrupted the write; outcomes {outcomes}")
