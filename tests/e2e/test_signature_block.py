"""The signature block never leaves its names behind: Biên bản whose body ends anywhere near
the foot of a page, converted by LibreOffice, print THƯ KÝ, CHỦ TỌA, both names, the
closing sentence and "Nơi nhận:" on one page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models import read_session_file
from models.session import Opinion
from renderer import DocType, Renderer

SECRETARY = "Nguyễn Thị Thư"
CHAIR = "Phạm Thiện Nghĩa"
#: One-line opinions added to the fixture's Biên bản: over this range its body's end moves
#: past the foot of page 3 (LibreOffice, Liberation Serif), where the block used to split.
OPINIONS = range(8, 19)


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    return text.split("\f")[:-1]


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils (pdftotext) is not installed")
def test_signature_titles_and_names_print_on_one_page(seed_path: Path, tmp_path: Path) -> None:
    seed = read_session_file(seed_path).session
    renderer = Renderer()
    for count in OPINIONS:
        session = seed.model_copy(deep=True)
        secretary = session.secretary
        assert secretary is not None
        secretary.name = SECRETARY
        session.opinions = [
            Opinion(id=f"o{i}", speaker="p3", content="Thống nhất.") for i in range(count)
        ]
        renderer.write_docx(session, DocType.BIEN_BAN, tmp_path / f"bb-{count:02d}.docx")
    converted = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path),
         *[str(p) for p in sorted(tmp_path.glob("*.docx"))]],
        capture_output=True, text=True, timeout=300,
    )
    assert converted.returncode == 0, converted.stderr
    page_counts = set()
    for count in OPINIONS:
        pages = _pages(tmp_path / f"bb-{count:02d}.pdf")
        page_counts.add(len(pages))
        last = pages[-1]
        for text in ("THƯ KÝ", "CHỦ TỌA", SECRETARY, CHAIR, "kết thúc vào", "Nơi nhận:"):
            assert text in last, (count, text, len(pages))
        assert "THƯ KÝ" not in "".join(pages[:-1])
    # the sweep really crossed a page's foot: the body's end moved onto a new page
    assert len(page_counts) > 1
