"""The day's backup, taken while this process has the store open, must not let another
program's close delete the -wal the store still writes to (POSIX locks are per process:
closing any descriptor of the file would drop the store's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models import Session
from storage import Store
from storage.recovery import make_daily_backup

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "cao-lanh-2024-03-04.json"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")


def test_saves_after_a_backup_and_another_programs_import_are_kept(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        session = Session.new()
        session.subject = "trước khi sao lưu"
        session_id = store.save(session)
        assert make_daily_backup(tmp_path) is not None
        imported = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path), "import",
             str(SEED)], cwd=REPO, capture_output=True, text=True, timeout=60,
        )
        assert imported.returncode == 0, imported.stderr
        session.subject = "sau khi nhập"
        store.save(session, session_id)
        # another program reads what this store wrote, while the store is still open
        listed = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path), "list"],
            cwd=REPO, capture_output=True, text=True, timeout=60,
        )
        assert "sau khi nhập" in listed.stdout
