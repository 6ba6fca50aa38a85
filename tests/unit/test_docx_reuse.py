"""The .docx writer starts each document from a copy of a prepared page (renderer.docx_writer
._prepared): documents written one after another in a process never share content."""

from __future__ import annotations

import zipfile
from pathlib import Path

from models import read_session_file
from renderer import DocType, Renderer


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_documents_written_in_a_row_are_each_whole_and_alone(
    seed_path: Path, tmp_path: Path
) -> None:
    seed = read_session_file(seed_path).session
    other = seed.model_copy(deep=True)
    other.counterpart = "Sở Tài chính tỉnh Đồng Tháp"
    renderer = Renderer()
    written = []
    for index, session in enumerate([seed, other, seed, other, seed]):
        for doc_type in DocType:
            path = tmp_path / f"{index}-{doc_type.value}.docx"
            renderer.write_docx(session, doc_type, path)
            written.append((index, doc_type, path))
    first = {t: _parts(p) for i, t, p in written if i == 0}
    for index, doc_type, path in written:
        parts = _parts(path)
        document = parts["word/document.xml"].decode("utf-8")
        if index % 2 == 0:
            assert parts == first[doc_type], (index, doc_type)  # same input, same file
        else:
            assert "Sở Tài chính tỉnh Đồng Tháp" in document
            assert "thành phố Cao Lãnh</w:t></w:r></w:p><w:p" not in document[:2000]
        assert document.count("<w:sectPr") == 1 and document.count("CỘNG HÒA XÃ HỘI") == 1
