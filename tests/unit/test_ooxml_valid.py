"""Every generated package validates against ECMA-376 (transitional) with zero findings.

LibreOffice forgives elements out of the schema's order; Word may call such a file damaged
and "repair" it in front of the official. openxml-audit (pure Python) checks the schema, the
relationships, content types and the consistency of the parts Word reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from models import Session, read_session_file
from renderer import DocType, Renderer
from tests.hostile_sessions import hostile
from tests.longer_sessions import longer


def _findings(path: Path) -> list[str]:
    result = OpenXmlValidator(max_errors=0).validate(path)
    return [str(error) for error in result.errors]


def _sessions(seed_path: Path) -> dict[str, Session]:
    seed = read_session_file(seed_path).session
    return {
        "fixture": seed,
        "1000-directives": longer(seed, 1000, extra_figures=40),
        "hostile": hostile(seed_path),
    }


@pytest.mark.slow
@pytest.mark.parametrize("case", ["fixture", "1000-directives", "hostile"])
@pytest.mark.parametrize("doc_type", list(DocType))
def test_every_document_validates_with_zero_findings(
    seed_path: Path, tmp_path: Path, case: str, doc_type: DocType
) -> None:
    session = _sessions(seed_path)[case]
    target = tmp_path / f"{case}-{doc_type.value}.docx"
    Renderer().write_docx(session, doc_type, target)
    assert _findings(target) == []


def test_the_package_has_no_stale_styles_with_effects_part(
    seed_path: Path, tmp_path: Path
) -> None:
    """python-docx's default template carries Word 2010's stylesWithEffects.xml; left in, it
    disagrees with the styles the writer defines. The part, its relationship and its content
    type are all gone."""
    import zipfile

    target = tmp_path / "bb.docx"
    Renderer().write_docx(read_session_file(seed_path).session, DocType.BIEN_BAN, target)
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        listed = package.read("[Content_Types].xml").decode() + package.read(
            "word/_rels/document.xml.rels").decode()
    assert "word/stylesWithEffects.xml" not in names
    assert "stylesWithEffects" not in listed


@pytest.mark.slow
@pytest.mark.parametrize("count", [0, 1, 400])
def test_the_progress_report_validates_with_zero_findings(tmp_path: Path, count: int) -> None:
    """The fourth document too: its landscape section break, repeated header rows, joined
    header cells and the chart picture are where element order is easiest to get wrong."""
    from models.register import RegisterFilter
    from models.session import Issuer, Signer
    from renderer.register_context import ReportRequest
    from tests.register_entries import TODAY, D, many_entries

    request = ReportRequest(
        entries=many_entries(count),
        filter=RegisterFilter(session_from=D(2024, 1, 1), session_to=TODAY),
        today=TODAY,
        issuer=Issuer(parent="Ủy ban nhân dân tỉnh Đồng Tháp", name="Văn phòng",
                      symbol="VPUBND", place="Đồng Tháp"),
        signer=Signer(authority="KT. Chánh Văn phòng", position="Phó Chánh Văn phòng",
                      name="Nguyễn Văn An"),
    )
    target = tmp_path / f"bao-cao-nhiem-vu-{count}.docx"
    Renderer().write_report_docx(request, target)
    assert _findings(target) == []
