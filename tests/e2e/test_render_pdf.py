"""PDF export: PDF/A-2b with embedded fonts when LibreOffice is there, one plain sentence when
it is not, and a hung LibreOffice killed with no PDF left half-written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from renderer.pdf import PdfFailed, convert_to_pdf

REPO = Path(__file__).resolve().parents[2]
FAKE_SOFFICE = REPO / "tests" / "fake_soffice" / "soffice"

_LIBREOFFICE_MISSING = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdffonts") is None,
    reason="LibreOffice or poppler-utils (pdffonts) is not installed; "
    "install libreoffice-writer-nogui and poppler-utils to run this test",
)


def _render(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "render", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=300,
        env=env or dict(os.environ),
    )


def _xmp(pdf: Path) -> str:
    """The XMP metadata packet (LibreOffice may store it plain or deflated)."""
    data = pdf.read_bytes()
    if b"pdfaid" in data:
        return data.decode("latin-1")
    texts = []
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            texts.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            continue
    return "\n".join(texts)


@pytest.mark.soffice
@pytest.mark.slow
@_LIBREOFFICE_MISSING
def test_pdf_output_is_pdf_a_2b_with_every_font_embedded(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "thong-bao.pdf"
    result = _render(str(seed_path), "-t", "thong-bao-ket-luan", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    xmp = _xmp(out)
    assert re.search(r"<pdfaid:part>2</pdfaid:part>|pdfaid:part=\"2\"", xmp), "not PDF/A-2"
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>|pdfaid:conformance=\"B\"", xmp)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           timeout=60, check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        # name type encoding emb sub uni object ID: "emb" is the fourth column from the end
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "THÔNG BÁO" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thong-bao.pdf"]  # no .docx beside


def test_without_libreoffice_the_pdf_is_refused_in_one_sentence(
    seed_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    out = tmp_path / "bb.pdf"
    result = _render(str(seed_path), "-t", "bien-ban", "-o", str(out), env=env)
    assert result.returncode == 1
    message = result.stderr.strip()
    assert "LibreOffice" in message and "libreoffice.org" in message
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert not out.exists()
    # the .docx export does not need LibreOffice
    docx = tmp_path / "bb.docx"
    assert _render(str(seed_path), "-t", "bien-ban", "-o", str(docx), env=env).returncode == 0
    assert docx.exists()


def _dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "\nState:\tZ" in status.read_text()  # killed, not yet reaped


@pytest.mark.skipif(sys.platform == "win32", reason="the fake LibreOffice is a POSIX shell script")
def test_a_hung_conversion_is_killed_and_leaves_no_file(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models import read_session_file
    from renderer import DocType, Renderer

    docx = tmp_path / "tb.docx"
    Renderer().write_docx(read_session_file(seed_path).session, DocType.THONG_BAO_KET_LUAN, docx)
    pidfile = tmp_path / "pid"
    monkeypatch.setenv("FAKE_SOFFICE_PIDFILE", str(pidfile))
    target = tmp_path / "out" / "tb.pdf"
    target.parent.mkdir()
    started = time.monotonic()
    with pytest.raises(PdfFailed) as failed:
        convert_to_pdf([(docx, target)], soffice=FAKE_SOFFICE, timeout=1.5)
    assert time.monotonic() - started < 20
    assert "đã bị dừng" in str(failed.value)
    assert list(target.parent.iterdir()) == []  # the half-written PDF never reached the folder
    assert _dead(int(pidfile.read_text()))  # the child it started was killed too
