"""Where Thư ký looks for LibreOffice: PATH first, then the folders its Windows installer uses
(the installer does not add itself to PATH)."""

from __future__ import annotations

from pathlib import Path

import pytest

from renderer import pdf


def test_soffice_on_path_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert pdf.find_soffice() == program


def test_the_windows_install_folder_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    installed.parent.mkdir(parents=True)
    installed.write_bytes(b"MZ")
    monkeypatch.setattr(pdf.sys, "platform", "win32")
    monkeypatch.setattr(pdf.shutil, "which", lambda _name: None)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    assert pdf.find_soffice() == installed


def test_nothing_found_means_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pdf.sys, "platform", "linux")
    assert pdf.find_soffice() is None
    with pytest.raises(pdf.PdfUnavailable, match=r"libreoffice\.org"):
        pdf.convert_to_pdf([(tmp_path / "a.docx", tmp_path / "a.pdf")])
