"""A :class:`~renderer.blocks.Chart` as a native Word chart (a DrawingML chart part).

Word and LibreOffice draw the chart themselves from the values cached in the part
(``c:strCache``, ``c:numCache``), and the clerk can restyle it in Word like one made there. A
small workbook with the same numbers is embedded beside it (``c:externalData``, written by
openpyxl, which the register's Excel export already uses), so Word's *Edit Data* opens a sheet
instead of saying the linked file is missing. The package gains ``/word/charts/chartN.xml``
related from the document part, the workbook related from the chart part, and the paragraph
an inline ``w:drawing`` that points to the chart.

Word refuses a chart whose elements stray from the schema's order where LibreOffice forgives
it, so every element below is written in the order of CT_ChartSpace, CT_Chart, CT_PlotArea,
CT_BarChart, CT_BarSer, CT_CatAx and CT_ValAx (ECMA-376 Part 1, dml-chart.xsd).
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.shared import Mm

from models.register_chart import value_step
from renderer.blocks import Chart

FONT = "Times New Roman"
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#: Text sizes in hundredths of a point: labels and legend, title.
_TEXT_SIZE = 1100
_TITLE_SIZE = 1200
#: Axis ids: any two numbers, the same in the bar chart and its axes.
_CAT_AX, _VAL_AX = 111111111, 222222222
#: Data labels print a segment's count, and nothing for an empty segment.
_COUNT_FORMAT = "0;;;"


def _x(text: str) -> str:
    """*text* for XML element content or a double-quoted attribute."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _font(size: int, bold: bool = False, colour: str = "000000") -> str:
    """A ``a:defRPr`` in Times New Roman (Latin and complex scripts), *size* in 1/100 pt."""
    weight = ' b="1"' if bold else ' b="0"'
    return (f'<a:defRPr sz="{size}"{weight}><a:solidFill><a:srgbClr val="{colour}"/>'
            f'</a:solidFill><a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:defRPr>')


def _text_properties(size: int, bold: bool = False, colour: str = "000000") -> str:
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_font(size, bold, colour)}</a:pPr>'
            '<a:endParaRPr lang="vi-VN"/></a:p></c:txPr>')


def _fill(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'


def _line(colour: str, width_emu: int = 9525) -> str:
    return f'<a:ln w="{width_emu}">{_fill(colour)}</a:ln>'


def _title(title: str) -> str:
    if not title:
        return '<c:autoTitleDeleted val="1"/>'
    return (
        '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>'
        f'{_font(_TITLE_SIZE, bold=True)}</a:pPr><a:r><a:rPr lang="vi-VN" sz="{_TITLE_SIZE}" '
        f'b="1"><a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr>'
        f'<a:t>{_x(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/>'
    )


def _column(index: int) -> str:
    """The spreadsheet column of series *index* (B, C, …): the formulas Word expects."""
    return chr(ord("B") + index)


def _categories(chart: Chart) -> str:
    count = len(chart.bars)
    points = "".join(f'<c:pt idx="{i}"><c:v>{_x(bar.label)}</c:v></c:pt>'
                     for i, bar in enumerate(chart.bars))
    return (f"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${count + 1}</c:f><c:strCache>"
            f'<c:ptCount val="{count}"/>{points}</c:strCache></c:strRef></c:cat>')


def _series(chart: Chart, index: int) -> str:
    series = chart.series[index]
    column = _column(index)
    count = len(chart.bars)
    points = "".join(f'<c:pt idx="{i}"><c:v>{bar.values[index]}</c:v></c:pt>'
                     for i, bar in enumerate(chart.bars))
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
        f"<c:tx><c:strRef><c:f>Sheet1!${column}$1</c:f><c:strCache>"
        f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{_x(series.name)}</c:v></c:pt>'
        "</c:strCache></c:strRef></c:tx>"
        f'<c:spPr>{_fill(series.colour)}{_line("#FFFFFF")}</c:spPr>'
        '<c:invertIfNegative val="0"/>'
        f'<c:dLbls><c:numFmt formatCode="{_COUNT_FORMAT}" sourceLinked="0"/>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
        f'{_text_properties(_TEXT_SIZE - 200, colour="FFFFFF")}'
        '<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
        '<c:showBubbleSize val="0"/></c:dLbls>'
        f"{_categories(chart)}"
        f"<c:val><c:numRef><c:f>Sheet1!${column}$2:${column}${count + 1}</c:f><c:numCache>"
        f'<c:formatCode>General</c:formatCode><c:ptCount val="{count}"/>{points}'
        "</c:numCache></c:numRef></c:val></c:ser>"
    )


def _axes(chart: Chart) -> str:
    largest = max((sum(bar.values) for bar in chart.bars), default=0)
    step = value_step(max(largest, 1))
    top = max(step, -(-largest // step) * step)
    # The first unit at the top, as the table lists it: categories run from the top down,
    # and the value axis then crosses them at the last one to stay at the bottom.
    category_axis = (
        f'<c:catAx><c:axId val="{_CAT_AX}"/><c:scaling><c:orientation val="maxMin"/>'
        '</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" '
        'sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/><c:spPr>{_line("#808080")}</c:spPr>'
        f'{_text_properties(_TEXT_SIZE)}<c:crossAx val="{_VAL_AX}"/>'
        '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    )
    value_axis = (
        f'<c:valAx><c:axId val="{_VAL_AX}"/><c:scaling><c:orientation val="minMax"/>'
        f'<c:max val="{top}"/><c:min val="0"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:majorGridlines><c:spPr>'
        f'{_line("#D9D9D9")}</c:spPr></c:majorGridlines><c:numFmt formatCode="0" '
        'sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/><c:spPr>{_line("#808080")}</c:spPr>'
        f'{_text_properties(_TEXT_SIZE)}<c:crossAx val="{_CAT_AX}"/>'
        f'<c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="{step}"/>'
        "</c:valAx>"
    )
    return category_axis + value_axis


def chart_xml(chart: Chart, workbook_rel_id: str = "") -> bytes:
    """The chart part: one horizontal bar per unit, stacked by series, legend below;
    *workbook_rel_id*: the chart part's relationship to its embedded workbook, if any."""
    external = (f'<c:externalData r:id="{workbook_rel_id}"><c:autoUpdate val="0"/>'
                "</c:externalData>" if workbook_rel_id else "")
    series = "".join(_series(chart, index) for index in range(len(chart.series)))
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_R}">'
        '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>'
        f"<c:chart>{_title(chart.title)}"
        '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/>'
        '<c:grouping val="stacked"/><c:varyColors val="0"/>'
        f'{series}<c:gapWidth val="60"/><c:overlap val="100"/>'
        f'<c:axId val="{_CAT_AX}"/><c:axId val="{_VAL_AX}"/></c:barChart>'
        f"{_axes(chart)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/>'
        f"{_text_properties(_TEXT_SIZE)}</c:legend>"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        f'<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></c:spPr>'
        f"{_text_properties(_TEXT_SIZE)}{external}</c:chartSpace>"
    )
    return xml.encode("utf-8")


def inline_chart_xml(chart: Chart, rel_id: str, shape_id: int) -> str:
    """The ``w:drawing`` that shows the chart part *rel_id* inline at the chart's size."""
    width, height = int(Mm(chart.width_mm)), int(Mm(chart.height_mm))
    return (
        f'<w:drawing><wp:inline xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{width}" cy="{height}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="Biểu đồ {shape_id}" descr="{_x(chart.title)}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_C}">'
        f'<c:chart xmlns:c="{_C}" xmlns:r="{_R}" r:id="{rel_id}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


def chart_workbook(chart: Chart) -> bytes:
    """The chart's numbers as Word's chart data sheet lays them out: series names across
    the first row from B1, units down the first column from A2 (the formulas of
    :func:`chart_xml` point there)."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["", *(series.name for series in chart.series)])
    for bar in chart.bars:
        sheet.append([bar.label, *bar.values])
    sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def add_chart_part(document_part: Any, chart: Chart) -> str:
    """Add the chart's part and its workbook to the package: the chart's rId from
    *document_part*."""
    package = document_part.package
    partname = package.next_partname("/word/charts/chart%d.xml")
    part = Part(partname, CT.DML_CHART, b"", package)
    workbook = Part(
        package.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"),
        CT.SML_SHEET, chart_workbook(chart), package,
    )
    part._blob = chart_xml(chart, str(part.relate_to(workbook, RT.PACKAGE)))
    return str(document_part.relate_to(part, RT.CHART))
