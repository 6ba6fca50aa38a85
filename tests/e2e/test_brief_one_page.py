"""The Báo cáo tóm tắt is one page whatever the session, as LibreOffice lays it out: many
reports, hundreds of attendees, a thousand directives, a long assessment, all at once."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models import read_session_file
from renderer import DocType, Renderer
from tests.longer_sessions import busy

CASES = {
    "fixture": {},
    "20-reports": {"reports": 20},
    "300-attendees": {"attendees": 300},
    "1000-directives": {"directives": 1000},
    "long-assessment": {"assessment": 20},
    "everything": {"reports": 20, "attendees": 300, "directives": 1000, "assessment": 6},
}


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice or poppler-utils (pdfinfo) is not installed")
def test_the_brief_is_one_page_whatever_the_session(seed_path: Path, tmp_path: Path) -> None:
    seed = read_session_file(seed_path).session
    renderer = Renderer()
    for name, sizes in CASES.items():
        renderer.write_docx(busy(seed, **sizes), DocType.BAO_CAO, tmp_path / f"{name}.docx")
    converted = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path),
         *[str(tmp_path / f"{name}.docx") for name in CASES]],
        capture_output=True, text=True, timeout=300,
    )
    assert converted.returncode == 0, converted.stderr
    pages = {}
    for name in CASES:
        info = subprocess.run(["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True,
                              text=True, timeout=60, check=True).stdout
        pages[name] = next(line.split()[-1] for line in info.splitlines()
                           if line.startswith("Pages:"))
    assert pages == dict.fromkeys(CASES, "1")
