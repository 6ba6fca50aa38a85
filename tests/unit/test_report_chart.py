"""The chart of classes per unit: its rows, and the native Word chart the report carries.

The chart part is read back from the package as Word reads it (the document's relationship,
the content type, then the cached categories, values, series names and colours), and
LibreOffice must draw it: its PDF has bars in the four colours and the units' names.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree  # type: ignore[import-untyped]

from models.register import CLASS_COLOURS, CLASS_LABELS, DEADLINE_CLASSES, ClassCounts
from models.register import DirectiveClass as C
from models.register_chart import OTHER_UNITS, chart_rows, value_step
from renderer.pipeline import Renderer
from renderer.register_context import ReportRequest
from tests.register_entries import D, entry
from tests.unit.test_progress_report import SIGNER, TODAY, _request

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "r": "http://schemas.openxmlformats.org/package/2006/relationships"}
CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"


def _counts(**numbers: int) -> ClassCounts:
    return ClassCounts.of(
        [C(key.replace("_", "-")) for key, n in numbers.items() for _ in range(n)]
    )


# -- the rows, shared by the report and the window -------------------------------------------


def test_rows_most_tasks_with_a_deadline_first_and_units_without_any_left_out() -> None:
    rows = chart_rows([
        ("Sở Tài chính", _counts(in_progress=1)),
        ("Công an tỉnh", _counts(standing=5)),
        ("Sở Xây dựng", _counts(done_on_time=2, overdue=1)),
        ("Sở Nội vụ", _counts(in_progress=1, standing=1)),
    ])
    assert [name for name, _ in rows] == ["Sở Xây dựng", "Sở Nội vụ", "Sở Tài chính"]


def test_beyond_the_limit_the_last_bar_sums_the_other_units() -> None:
    per_unit = [(f"Đơn vị {n:02}", _counts(overdue=n, done_late=1)) for n in range(1, 41)]
    rows = chart_rows(per_unit, limit=12)
    assert len(rows) == 12
    assert rows[0][0] == "Đơn vị 40" and rows[10][0] == "Đơn vị 30"
    name, others = rows[-1]
    assert name == OTHER_UNITS
    assert others[C.OVERDUE] == sum(range(1, 30)) and others[C.DONE_LATE] == 29
    assert sum(c.with_deadline for _, c in rows) == sum(c.with_deadline for _, c in per_unit)


@pytest.mark.parametrize(("largest", "step"), [(1, 1), (8, 1), (9, 2), (16, 2), (17, 5),
                                               (40, 5), (41, 10), (80, 10), (81, 20),
                                               (1234, 200)])
def test_the_value_axis_counts_whole_tasks_in_a_few_steps(largest: int, step: int) -> None:
    assert value_step(largest) == step


# -- the chart part in the .docx -------------------------------------------------------------


UNITS = ("UBND TP Cao Lãnh", "Sở Xây dựng", 'Sở "A" & <B>')
ENTRIES = [
    entry(directive_id="a", lead=(UNITS[0],), deadline=D(2024, 4, 30),
          completed_on=D(2024, 4, 20)),
    entry(directive_id="b", lead=("Ủy ban nhân dân thành phố Cao Lãnh",),
          deadline=D(2024, 4, 30), completed_on=D(2024, 5, 10)),
    entry(directive_id="c", lead=(UNITS[0],), deadline=D(2024, 7, 31)),
    entry(directive_id="d", lead=(UNITS[0],), deadline=D(2024, 3, 31)),
    entry(directive_id="e", lead=(UNITS[1],), deadline=D(2024, 5, 31)),
    entry(directive_id="f", lead=(UNITS[1],), deadline=D(2024, 8, 31)),
    entry(directive_id="g", lead=(UNITS[2],), deadline=D(2024, 7, 1)),
    entry(directive_id="h", lead=("Công an tỉnh",), deadline=None, standing=True),
]


def _chart_part(path: Path) -> etree._Element:
    """The chart part the document part relates to, checked as Word finds it."""
    with zipfile.ZipFile(path) as package:
        rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
        targets = [r.get("Target") for r in rels.iterfind("r:Relationship", NS)
                   if r.get("Type") == CHART_REL]
        assert len(targets) == 1
        name = "word/" + targets[0]
        types = package.read("[Content_Types].xml").decode()
        assert f'PartName="/{name}" ContentType="{CHART_TYPE}"' in types
        document = package.read("word/document.xml").decode()
        assert 'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"' in document
        return etree.fromstring(package.read(name))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chart") / "bao-cao-nhiem-vu.docx"
    Renderer().write_report_docx(_request(ENTRIES), path)
    return path


def test_the_report_carries_a_stacked_bar_chart_of_the_units_in_the_tables_order(
    report: Path,
) -> None:
    chart = _chart_part(report)
    bar = chart.find(".//c:barChart", NS)
    assert bar.find("c:barDir", NS).get("val") == "bar"
    assert bar.find("c:grouping", NS).get("val") == "stacked"
    assert bar.find("c:overlap", NS).get("val") == "100"
    series = bar.findall("c:ser", NS)
    assert [s.findtext("c:tx//c:v", namespaces=NS) for s in series] == [
        CLASS_LABELS[k] for k in DEADLINE_CLASSES]
    assert [s.find("c:spPr/a:solidFill/a:srgbClr", NS).get("val") for s in series] == [
        CLASS_COLOURS[k].lstrip("#").upper() for k in DEADLINE_CLASSES]
    categories = [v.text for v in series[0].iterfind("c:cat//c:pt/c:v", NS)]
    table = docx.Document(str(report)).tables[1]  # the table by unit
    names = [row.cells[1].text for row in table.rows[2:-1]]
    assert categories == [n for n in names if n != "Công an tỉnh"]  # no deadline: no bar
    assert categories[0] == "UBND TP Cao Lãnh" and 'Sở "A" & <B>' in categories
    values = {CLASS_LABELS[k]: [int(v.text) for v in s.iterfind("c:val//c:pt/c:v", NS)]
              for k, s in zip(DEADLINE_CLASSES, series, strict=True)}
    first = categories.index("UBND TP Cao Lãnh")  # two spellings, one unit
    assert [values[CLASS_LABELS[k]][first] for k in DEADLINE_CLASSES] == [1, 1, 1, 1]
    assert chart.find(".//c:legend/c:legendPos", NS).get("val") == "b"
    fonts = {f.get("typeface") for f in chart.iter(f"{{{NS['a']}}}latin")}
    assert fonts == {"Times New Roman"}


def test_word_s_edit_data_finds_the_same_numbers_in_the_embedded_workbook(
    report: Path,
) -> None:
    """Without the workbook Word draws the chart but says the linked file is missing when
    the clerk asks to edit its data."""
    import io

    import openpyxl

    chart = _chart_part(report)
    assert chart.find("c:externalData", NS) is not None
    with zipfile.ZipFile(report) as package:
        rels = etree.fromstring(package.read("word/charts/_rels/chart1.xml.rels"))
        target = rels.find("r:Relationship", NS).get("Target")
        book = openpyxl.load_workbook(
            io.BytesIO(package.read(f"word/{target.removeprefix('../')}")))
    rows = list(book["Sheet1"].values)
    series = chart.findall(".//c:ser", NS)
    assert list(rows[0][1:]) == [s.findtext("c:tx//c:v", namespaces=NS) for s in series]
    categories = [v.text for v in series[0].iterfind("c:cat//c:pt/c:v", NS)]
    assert [row[0] for row in rows[1:]] == categories
    for column, ser in enumerate(series, start=1):
        assert [row[column] for row in rows[1:]] == [
            int(v.text) for v in ser.iterfind("c:val//c:pt/c:v", NS)]


def test_the_chart_is_as_wide_as_the_text_and_as_tall_as_its_bars_need(
    tmp_path: Path,
) -> None:
    heights = []
    for name, entries in (("one", ENTRIES[:1]), ("three", ENTRIES)):
        path = tmp_path / f"{name}.docx"
        Renderer().write_report_docx(_request(entries), path)
        shape = docx.Document(str(path)).inline_shapes[0]
        assert abs(shape.width.mm - 160) < 0.1
        heights.append(shape.height.mm)
    assert heights[1] > heights[0] + 15


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice or poppler is not installed")
def test_libreoffice_draws_the_bars_in_their_colours_with_the_units_names(
    report: Path, tmp_path: Path
) -> None:
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(report)],
        capture_output=True, timeout=180, check=True,
    )
    pdf = tmp_path / "bao-cao-nhiem-vu.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    for words in ("Sở Xây dựng", 'Sở "A" & <B>', "Đang thực hiện trong hạn",
                  "Chưa hoàn thành, quá hạn"):
        assert words in text
    subprocess.run(["pdftoppm", "-r", "60", str(pdf), str(tmp_path / "page")], check=True,
                   timeout=60)
    pixels = b"".join(_rgb(page) for page in sorted(tmp_path.glob("page-*.ppm")))
    for klass in DEADLINE_CLASSES:
        colour = bytes.fromhex(CLASS_COLOURS[klass].lstrip("#"))
        assert _count(pixels, colour) > 200, CLASS_LABELS[klass]


def _rgb(ppm: Path) -> bytes:
    """The pixels of a binary PPM (P6, 8 bits), three bytes each."""
    data = ppm.read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P6" and fields[3] == b"255"
    return fields[4]


def _count(pixels: bytes, colour: bytes, slack: int = 6) -> int:
    view = memoryview(pixels)
    found = 0
    for index in range(0, len(view) - 2, 3):
        if all(abs(view[index + i] - colour[i]) <= slack for i in range(3)):
            found += 1
    return found


def test_no_unit_with_a_deadline_means_no_chart_part(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    request = ReportRequest(entries=ENTRIES[-1:], filter=_request([]).filter, today=TODAY,
                            issuer=_request([]).issuer, signer=SIGNER)
    Renderer().write_report_docx(request, path)
    with zipfile.ZipFile(path) as package:
        assert not [n for n in package.namelist() if "chart" in n]
