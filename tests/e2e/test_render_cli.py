"""``python main.py render …`` as a clerk runs it: exit codes, messages, atomic output, and
LibreOffice opening what it writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

REPO = Path(__file__).resolve().parents[2]


def _run(
    *args: str, cwd: Path | None = None, data_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["THUKY_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "render", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd or REPO, env=env, timeout=60,
    )


def test_render_writes_the_document(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "tb.docx"
    result = _run(str(seed_path), "--type", "thong-bao-ket-luan", "-o", str(out),
                  data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert Document(str(out)).paragraphs[0].text == "THÔNG BÁO"
    assert [p.name for p in tmp_path.iterdir()] == ["tb.docx"]  # no temporary file left


def test_user_template_in_the_data_folder_is_used(seed_path: Path, tmp_path: Path) -> None:
    templates = tmp_path / "data" / "templates"
    templates.mkdir(parents=True)
    (templates / "bao_cao_tom_tat.md.j2").write_text("Báo cáo riêng.\n", encoding="utf-8")
    out = tmp_path / "bc.docx"
    result = _run(str(seed_path), "-t", "bao-cao", "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Báo cáo riêng./." in [p.text for p in Document(str(out)).paragraphs]


def test_broken_user_template_is_reported_with_line(seed_path: Path, tmp_path: Path) -> None:
    templates = tmp_path / "data" / "templates"
    templates.mkdir(parents=True)
    (templates / "bien_ban.md.j2").write_text("A\n{{ thieu }}\n", encoding="utf-8")
    out = tmp_path / "bb.docx"
    result = _run(str(seed_path), "-t", "bien-ban", "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "bien_ban.md.j2, dòng 2" in result.stderr and "'thieu'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_session_file_is_a_plain_error(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "khong-co.json"), "-t", "bien-ban", "-o", str(tmp_path / "x"))
    assert result.returncode == 1
    assert "không tìm thấy tệp" in result.stderr and "Traceback" not in result.stderr


def test_bad_type_is_a_usage_error(seed_path: Path) -> None:
    result = _run(str(seed_path), "-t", "ket-luan")
    assert result.returncode == 2


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions do not bind on Windows or for root",
)
def test_unwritable_target_folder_leaves_nothing(seed_path: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = _run(str(seed_path), "-t", "bien-ban", "-o", str(locked / "bb.docx"))
        assert result.returncode == 1
        assert "không có quyền" in result.stderr.lower()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_target_that_is_a_folder_is_refused(seed_path: Path, tmp_path: Path) -> None:
    result = _run(str(seed_path), "-t", "bien-ban", "-o", str(tmp_path))
    assert result.returncode == 1
    assert "thư mục" in result.stderr and "Traceback" not in result.stderr


def test_failed_replace_keeps_the_old_file(seed_path: Path, tmp_path: Path) -> None:
    """A target that cannot be replaced (here: replacing fails) keeps yesterday's copy whole."""
    from models import read_session_file
    from renderer import DocType, ExportFailed, Renderer

    target = tmp_path / "bb.docx"
    target.write_bytes(b"old copy")
    original = os.replace

    def refuse(*_: object) -> None:
        raise PermissionError(13, "locked")

    session = read_session_file(seed_path).session
    os.replace = refuse  # type: ignore[assignment]
    try:
        with pytest.raises(ExportFailed) as caught:
            Renderer().write_docx(session, DocType.BIEN_BAN, target)
    finally:
        os.replace = original
    assert "đang được mở" in str(caught.value) and caught.value.path == target
    assert target.read_bytes() == b"old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["bb.docx"]


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_all_three(seed_path: Path, tmp_path: Path) -> None:
    for doc_type in ("bien-ban", "thong-bao-ket-luan", "bao-cao"):
        result = _run(str(seed_path), "-t", doc_type, "-o", str(tmp_path / f"{doc_type}.docx"))
        assert result.returncode == 0, result.stderr
    converted = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path),
         *[str(p) for p in sorted(tmp_path.glob("*.docx"))]],
        capture_output=True, text=True, timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    for doc_type in ("bien-ban", "thong-bao-ket-luan", "bao-cao"):
        pdf = tmp_path / f"{doc_type}.pdf"
        assert pdf.exists() and pdf.stat().st_size > 5000
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                  text=True, timeout=60).stdout
            # the national title and the motto each on one line
            assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in text.splitlines())
            assert any("Độc lập - Tự do - Hạnh phúc" in line for line in text.splitlines())
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tmp_path / "bao-cao.pdf")], capture_output=True,
                              text=True, timeout=60).stdout
        pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
        assert pages == "1"  # the Báo cáo tóm tắt of a normal session is a one-page brief


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice or poppler is not installed")
def test_the_brief_stays_on_one_page_however_long_the_session(
    seed_path: Path, tmp_path: Path
) -> None:
    from models import read_session_file
    from renderer import DocType, Renderer
    from tests.longer_sessions import longer

    seed = read_session_file(seed_path).session
    cases = {
        f"brief-{directives}-{figures}": longer(seed, directives, figures)
        for directives, figures in ((6, 0), (12, 0), (30, 40))
    }
    renderer = Renderer()
    for name, session in cases.items():
        renderer.write_docx(session, DocType.BAO_CAO, tmp_path / f"{name}.docx")
    converted = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path),
         *[str(tmp_path / f"{name}.docx") for name in cases]],
        capture_output=True, text=True, timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    for name in cases:
        info = subprocess.run(["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True,
                              text=True, timeout=60).stdout
        pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
        assert pages == "1", name


def test_in_process_callers_keep_the_garbage_collector(seed_path: Path, tmp_path: Path) -> None:
    """Only a command that is its own process runs without the cyclic collector (cli.process);
    the window and tests call the same entry point and must keep it."""
    import gc

    from cli.entry import main

    out = tmp_path / "bc.docx"
    assert main(["render", str(seed_path), "-t", "bao-cao", "-o", str(out)]) == 0
    assert out.exists() and gc.isenabled()
