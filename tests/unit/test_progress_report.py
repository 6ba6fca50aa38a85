"""The progress report (Báo cáo tình hình thực hiện các nhiệm vụ được giao), read back from the
.docx as the people who receive it read it: its counts, its tables, its landscape appendix."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from models.register import ClassCounts, RegisterFilter, filter_entries
from models.register import DirectiveClass as C
from models.session import DeadlineExtension, Issuer, Signer, Status
from models.units import UnitDirectory
from renderer.pipeline import Renderer
from renderer.register_context import ReportRequest
from tests.register_entries import D, entry, many_entries

TODAY = D(2024, 6, 30)
HALF_YEAR = RegisterFilter(session_from=D(2024, 1, 1), session_to=D(2024, 6, 30))
ISSUER = Issuer(parent="Ủy ban nhân dân tỉnh Đồng Tháp", name="Văn phòng", symbol="VPUBND",
                place="Đồng Tháp")
SIGNER = Signer(authority="KT. Chánh Văn phòng", position="Phó Chánh Văn phòng",
                name="Nguyễn Văn An")


def _request(entries: list, flt: RegisterFilter = HALF_YEAR, **more: object) -> ReportRequest:
    return ReportRequest(entries=entries, filter=flt, today=TODAY, issuer=ISSUER,
                         signer=SIGNER, **more)  # type: ignore[arg-type]


def _write(request: ReportRequest, path: Path, templates: Path | None = None) -> docx.Document:
    Renderer(templates).write_report_docx(request, path)
    return docx.Document(str(path))


def _body_text(document: docx.Document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def _table(document: docx.Document, first_header: str) -> object:
    """The first table whose header row's second cell is *first_header* ("TT" is first)."""
    return next(t for t in document.tables if _cells(t.rows[0])[1:2] == [first_header])


def _cells(row: object) -> list[str]:
    """The row's cells as printed: a cell spanning columns once."""
    return [tc.xpath("string(.)") for tc in row._tr.tc_lst]  # type: ignore[attr-defined]


# Five tasks with a deadline, one of each class and an extended overdue one, two without a
# deadline, one cancelled, and one from before the period.
SMALL = [
    entry(directive_id="a", text="Hoàn thành quy hoạch chung.", completed_on=D(2024, 4, 20),
          status=Status.DONE, lead=("UBND TP Cao Lãnh",)),
    entry(directive_id="b", text="Giải ngân vốn đầu tư công.", completed_on=D(2024, 5, 10),
          status=Status.DONE, lead=("Ủy ban nhân dân thành phố Cao Lãnh",)),
    entry(directive_id="c", text="Chỉnh trang đô thị.", deadline=D(2024, 7, 31),
          lead=("Sở Xây dựng",)),
    entry(directive_id="d", text="Giải phóng mặt bằng ĐT 846.", deadline=D(2024, 3, 31),
          extensions=(DeadlineExtension(deadline=D(2024, 5, 31), date=D(2024, 3, 25),
                                        document="Công văn số 125/UBND-KT"),),
          lead=("Sở Giao thông vận tải",)),
    entry(directive_id="e", text="Báo cáo chỉ tiêu quý I.", deadline=D(2024, 4, 15),
          lead=("Sở Kế hoạch và Đầu tư",)),
    entry(directive_id="f", text="Theo dõi an ninh trật tự.", deadline=None, standing=True,
          lead=("Công an tỉnh",)),
    entry(directive_id="g", text="Tổng kết mô hình.", deadline=None, status=Status.DONE,
          completed_on=D(2024, 5, 1), lead=("Sở Xây dựng",)),
    entry(directive_id="h", text="Nhiệm vụ đã hủy.", status=Status.CANCELLED,
          lead=("Sở Tài chính",)),
    entry(directive_id="i", text="Nhiệm vụ năm trước.", session_date=D(2023, 3, 4),
          deadline=D(2023, 4, 30), completed_on=D(2023, 4, 1), status=Status.DONE,
          lead=("Sở Tài chính",)),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> docx.Document:
    return _write(_request(SMALL), tmp_path_factory.mktemp("small") / "bao-cao-nhiem-vu.docx")


def test_the_totals_state_counts_percentages_and_their_base(small: docx.Document) -> None:
    text = _body_text(small)
    assert "Tổng số nhiệm vụ được giao: 7 nhiệm vụ" in text  # cancelled and 2023 left out
    assert "trong đó 5 nhiệm vụ có thời hạn và 2 nhiệm vụ thường xuyên" in text
    # done on time a; done late b (10/5 > 30/4); in progress c; overdue d (extended to 31/5)
    # and e: percentages of the five tasks with a deadline, and the base said
    assert "Đã hoàn thành: 2 nhiệm vụ (40,0%), trong đó đúng hạn 1 nhiệm vụ (20,0%)" in text
    assert "quá hạn 1 nhiệm vụ (20,0%)" in text
    assert ("Chưa hoàn thành: 3 nhiệm vụ (60,0%), trong đó đang thực hiện trong hạn "
            "1 nhiệm vụ (20,0%), quá hạn 2 nhiệm vụ (40,0%)") in text
    assert "tính trên tổng số nhiệm vụ có thời hạn (5 nhiệm vụ)" in text
    assert "Tính trên số nhiệm vụ đã đến hạn (4 nhiệm vụ" in text
    assert "tỷ lệ hoàn thành là 50,0%" in text
    # the tasks without a deadline apart
    assert "3. Nhiệm vụ thường xuyên, chưa có thời hạn (không tính vào các tỷ lệ trên): " \
           "2 nhiệm vụ, trong đó đã hoàn thành 1, đang thực hiện 1" in text
    # the register holds 2023's same period: the comparison is there
    assert "4. So với cùng kỳ năm trước (từ ngày 01/01/2023 đến ngày 30/6/2023)" in text
    assert "cùng kỳ được giao 1 nhiệm vụ" in text


def test_no_comparison_when_the_register_has_nothing_a_year_earlier(tmp_path: Path) -> None:
    document = _write(_request(SMALL[:-1]), tmp_path / "r.docx")
    assert "cùng kỳ năm trước" not in _body_text(document)


def test_the_table_by_unit_groups_spellings_and_spans_its_header(small: docx.Document) -> None:
    table = _table(small, "Cơ quan, đơn vị")
    header = _cells(table.rows[0])
    assert header == ["TT", "Cơ quan, đơn vị", "Tổng số nhiệm vụ", "Đã hoàn thành",
                      "Chưa hoàn thành", "Tỷ lệ hoàn thành (%)", "Ghi chú"]
    spans = [tc.grid_span for tc in table.rows[0]._tr.tc_lst]
    assert spans == [1, 1, 1, 3, 2, 1, 1]
    assert _cells(table.rows[1])[3:8] == ["Tổng số", "Đúng hạn", "Quá hạn", "Trong hạn",
                                           "Quá hạn"]
    rows = {cells[1]: cells for cells in map(_cells, table.rows[2:])}
    # "UBND TP Cao Lãnh" and its spelt-out form are one unit: two tasks, both done
    cao_lanh = next(cells for name, cells in rows.items() if "Cao Lãnh" in name)
    assert cao_lanh[2:9] == ["2", "2", "1", "1", "0", "0", "100,0"]
    assert sum("Cao Lãnh" in name for name in rows) == 1
    assert rows["Công an tỉnh"][2] == "0" and rows["Công an tỉnh"][9] == "1 nhiệm vụ thường xuyên"
    assert rows["Tổng cộng"][2:9] == ["5", "2", "1", "1", "1", "2", "40,0"]


def test_every_table_repeats_its_header_and_never_splits_a_row(small: docx.Document) -> None:
    tables = [t for t in small.tables if _cells(t.rows[0])[:1] == ["TT"]]
    assert len(tables) == 3  # by unit, overdue, appendix
    for table in tables:
        rows = table._tbl.tr_lst
        headers = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
                   for tr in rows]
        assert headers[0] and not headers[-1]
        assert headers == sorted(headers, reverse=True)  # the header rows come first
        assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)
    unit_table = tables[0]._tbl.tr_lst
    assert [tr.trPr.find(qn("w:tblHeader")) is not None for tr in unit_table[:3]] == [
        True, True, False]


def test_overdue_tasks_one_by_one_with_their_extension(small: docx.Document) -> None:
    table = _table(small, "Nhiệm vụ")
    assert _cells(table.rows[0])[-1] == "Số ngày quá hạn"
    rows = [_cells(row) for row in table.rows[1:]]
    assert [row[1] for row in rows] == ["Báo cáo chỉ tiêu quý I.", "Giải phóng mặt bằng ĐT 846."]
    assert rows[0][2] == "Thông báo số 85/TB-VPUBND ngày 05/3/2024"
    assert rows[0][4:] == ["15/4/2024", "76"]
    assert rows[1][4] == ("31/5/2024 (hạn ban đầu 31/3/2024; gia hạn đến 31/5/2024 "
                          "(Công văn số 125/UBND-KT))")
    assert rows[1][5] == "30"


def test_the_appendix_is_landscape_a4_after_the_signature(small: docx.Document) -> None:
    portrait, landscape = small.sections
    def shape(section: object) -> tuple:
        return (section.orientation, round(section.page_width.mm),  # type: ignore[attr-defined]
                round(section.page_height.mm))  # type: ignore[attr-defined]

    assert shape(portrait) == (WD_ORIENT.PORTRAIT, 210, 297)
    assert shape(landscape) == (WD_ORIENT.LANDSCAPE, 297, 210)
    assert landscape.left_margin == portrait.left_margin
    body = small.element.body
    children = list(body)
    assert children[-1].tag == qn("w:sectPr")  # the last section's properties close the body
    breaks = [i for i, child in enumerate(children) if child.tag == qn("w:p")
              and child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    assert len(breaks) == 1
    ppr = children[breaks[0]].find(qn("w:pPr"))
    assert list(ppr)[-1].tag == qn("w:sectPr")  # sectPr last in its pPr, as the schema says
    before = "".join(c.xpath("string(.)") for c in children[:breaks[0]])
    after = "".join(c.xpath("string(.)") for c in children[breaks[0] + 1:])
    assert "Nơi nhận" in before and before.endswith("Nguyễn Văn An")
    assert "DANH MỤC NHIỆM VỤ" not in before
    assert after.startswith("Phụ lục")
    # the appendix's first page shows its page number: no "different first page" there
    assert landscape.different_first_page_header_footer is False


def test_the_appendix_lists_every_task_the_register_filter_gives(tmp_path: Path) -> None:
    entries = many_entries(400)
    directory = UnitDirectory()
    document = _write(_request(entries), tmp_path / "r.docx")
    expected = filter_entries(entries, HALF_YEAR, TODAY, directory)
    counts = ClassCounts.of(e.classify(TODAY) for e in expected)
    appendix = document.tables[-1]
    assert _cells(appendix.rows[0]) == ["TT", "Nhiệm vụ", "Văn bản giao (số, ngày)",
                                        "Đơn vị chủ trì", "Thời hạn", "Kết quả, tiến độ",
                                        "Phân loại"]
    rows = [_cells(row) for row in appendix.rows[1:]]
    assert [row[1] for row in rows] == [e.text for e in expected]
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(expected) + 1)]
    overdue = sum(row[6] == "Chưa hoàn thành, quá hạn" for row in rows)
    assert overdue == counts[C.OVERDUE]
    text = _body_text(document)
    assert f"Tổng số nhiệm vụ được giao: {counts.total} nhiệm vụ" in text
    assert f"quá hạn {counts[C.OVERDUE]} nhiệm vụ" in text


def test_a_report_for_one_unit_counts_only_its_tasks(tmp_path: Path) -> None:
    flt = RegisterFilter(session_from=D(2024, 1, 1), session_to=D(2024, 6, 30),
                         unit="ubnd thanh pho cao lanh")
    document = _write(_request(SMALL, flt), tmp_path / "r.docx")
    text = _body_text(document)
    assert "Tổng số nhiệm vụ được giao: 2 nhiệm vụ" in text
    assert len(document.tables[-1].rows) == 3  # header and the two tasks


def test_decree_30_parts_and_the_chart(small: docx.Document) -> None:
    header_cells = [c.text for c in small.tables[0]._cells]
    assert "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nVĂN PHÒNG\n" in header_cells[0]
    assert re.fullmatch(r"Số:\s+/BC-VPUBND", small.tables[0].cell(1, 0).text.strip())
    assert "BÁO CÁO" in [p.text for p in small.paragraphs]
    summary = "Tình hình thực hiện các nhiệm vụ được giao từ ngày 01/01/2024 đến ngày 30/6/2024"
    assert summary in [p.text for p in small.paragraphs]
    body = [p.text for p in small.paragraphs if p.text.strip()]
    last_of_body = body[body.index("Phụ lục") - 1] if "Phụ lục" in body else body[-1]
    assert last_of_body.endswith("./.")
    assert len(small.inline_shapes) == 1  # the chart
    fonts = {r.element.rPr.rFonts.get(qn("w:ascii")) for p in small.paragraphs for r in p.runs
             if r.element.rPr is not None and r.element.rPr.rFonts is not None}
    assert fonts == {"Times New Roman"}
    signature = small.tables[-2]
    assert "KT. CHÁNH VĂN PHÒNG" in signature.cell(0, 1).text
    assert "Nguyễn Văn An" in signature.cell(0, 1).text
    assert "Lưu: VT." in signature.cell(0, 0).text


def test_nothing_with_a_deadline_means_no_chart(tmp_path: Path) -> None:
    standing = [entry(directive_id="s", deadline=None, standing=True)]
    document = _write(_request(standing), tmp_path / "r.docx")
    assert len(document.inline_shapes) == 0
    assert "Không có nhiệm vụ quá hạn chưa hoàn thành." in _body_text(document)


def test_a_template_in_the_user_folder_replaces_the_built_in_one(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "bao_cao_nhiem_vu.md.j2").write_text(
        "Tổng cộng {{ totals.assigned }} nhiệm vụ; {{ 1234567 | number }}.\n\n"
        "{{ appendix_break }}\n\n# Phụ lục\n",
        encoding="utf-8",
    )
    document = _write(_request(SMALL), tmp_path / "r.docx", templates)
    text = _body_text(document)
    assert "Tổng cộng 7 nhiệm vụ; 1.234.567./." in text
    assert "I. TÌNH HÌNH" not in text
    assert len(document.sections) == 2


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice or poppler is not installed")
def test_libreoffice_shows_portrait_pages_then_landscape_ones(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao-nhiem-vu.docx"
    _write(_request(many_entries(120)), path)
    converted = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path.with_suffix(".pdf"))],
                          capture_output=True, text=True, timeout=60).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    shapes = ["portrait" if float(h) > float(w) else "landscape" for w, h in sizes]
    first_landscape = shapes.index("landscape")
    assert first_landscape >= 2
    assert set(shapes[first_landscape:]) == {"landscape"}  # the appendix, to the end
    assert len(shapes) - first_landscape >= 2  # the appendix needs more than one page ...
    text = subprocess.run(["pdftotext", "-layout", str(path.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, timeout=60).stdout
    pages = text.split("\f")
    for page in pages[first_landscape + 1:]:
        if page.strip():  # ... and its header row is printed on each of them
            assert "Phân loại" in page and "Nhiệm vụ" in page


def test_the_preview_shows_the_chart_and_the_appendix() -> None:
    html = Renderer().report_html(_request(SMALL))
    assert 'src="data:image/png;base64,' in html
    assert html.index("Nơi nhận") < html.index("DANH MỤC NHIỆM VỤ") < html.index("Phân loại")
    assert "Giải phóng mặt bằng ĐT 846." in html
    assert "&lt;" not in html and ">^<" not in html  # joined cells show empty


def test_a_clerks_text_prints_as_typed_in_every_table(tmp_path: Path) -> None:
    odd = ["^", "<", "| a | b |", "**Gấp** 1. <b>x</b>", "{{ totals }}", "Dòng một\nDòng hai"]
    entries = [
        entry(directive_id=f"x{i}", text=text, lead=(text,), deadline=D(2024, 4, 1))
        for i, text in enumerate(odd)
    ]
    document = _write(_request(entries), tmp_path / "r.docx")
    rows = [_cells(row) for row in document.tables[-1].rows[1:]]
    assert [row[1] for row in rows] == [t.replace("\n", " ") for t in odd]
    assert [row[3] for row in rows] == [t.replace("\n", " ") for t in odd]
    overdue = _table(document, "Nhiệm vụ")
    assert len(overdue.rows) == 1 + len(odd)  # no clerk's "^" joined a row to the header
    assert all(tc.grid_span == 1 for row in overdue.rows for tc in row._tr.tc_lst)


# The schema's sequences (ECMA-376 Part 1, wml.xsd) for the elements the report writes itself;
# Word, stricter than LibreOffice, may call a file whose children are out of order damaged.
SEQUENCES = {
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
              "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
              "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
             "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"),
    "pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
            "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
            "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
            "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
            "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange"),
    "tbl": ("tblPr", "tblGrid", "tr"),
    "tc": ("tcPr", "p"),
    "tr": ("trPr", "tc"),
}


def test_what_the_report_writes_keeps_the_schemas_order(small: docx.Document) -> None:
    """The report's own tables (those with header rows), its pictures' and its section
    break's paragraphs; the header and signature blocks are the other documents' code."""
    body = small.element.body
    tables = [t._tbl for t in small.tables
              if t._tbl.tr_lst[0].trPr is not None
              and t._tbl.tr_lst[0].trPr.find(qn("w:tblHeader")) is not None]
    assert len(tables) == 3
    section_break = [p for p in body.iter(qn("w:p"))
                     if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    picture = [p for p in body.iter(qn("w:p")) if p.find(f".//{qn('w:drawing')}") is not None]
    roots = [*tables, *section_break, *picture]
    assert len(section_break) == 1 and len(picture) == 1
    checked = 0
    for name, order in SEQUENCES.items():
        for element in (e for root in roots for e in root.iter(qn(f"w:{name}"))):
            tags = [child.tag.split("}")[1] for child in element]
            positions = [order.index(tag) for tag in tags if tag in order]
            assert positions == sorted(positions), (name, tags)
            assert all(tag in order for tag in tags), (name, tags)
            checked += 1
    assert checked > 400
    for table in tables:  # every row fills the grid exactly
        columns = len(table.tblGrid.gridCol_lst)
        for tr in table.tr_lst:
            assert sum(tc.grid_span for tc in tr.tc_lst) == columns
