"""The register's chart widget: the bars in the four colours, and the counts on hover."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from gui.register.chart import ClassChart
from models.register import CLASS_COLOURS, DEADLINE_CLASSES, ClassCounts
from models.register import DirectiveClass as C


def _counts(**numbers: int) -> ClassCounts:
    return ClassCounts.of(
        [C(key.replace("_", "-")) for key, n in numbers.items() for _ in range(n)]
    )


ROWS = [
    ("UBND TP Cao Lãnh", _counts(done_on_time=6, done_late=2, in_progress=3, overdue=4)),
    ("Sở Xây dựng", _counts(done_on_time=2, overdue=1)),
]


def colour_pixels(image: QImage, colour: str) -> int:
    """Pixels of exactly *colour* (bars are painted without antialiasing)."""
    wanted = QColor(colour).rgb()
    return sum(image.pixel(x, y) == wanted
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_the_bars_are_painted_in_the_class_colours(qtbot: QtBot) -> None:
    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_rows(ROWS)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    for klass in DEADLINE_CLASSES:
        assert colour_pixels(image, CLASS_COLOURS[klass]) > 20, klass
    first, second = chart.bar_rect(0), chart.bar_rect(1)
    assert first.top() < second.top()  # the first unit at the top, as the table lists it
    assert abs(first.width() / second.width() - 15 / 3) < 0.05


def test_pointing_at_a_bar_tells_its_counts(qtbot: QtBot) -> None:
    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_rows(ROWS)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: not chart.bar_rect(1).isEmpty())  # painted
    qtbot.mouseMove(chart, chart.bar_rect(1).center().toPoint())
    qtbot.waitUntil(lambda: "Sở Xây dựng" in chart.toolTip())
    tip = chart.toolTip()
    assert "Sở Xây dựng</b>: 3" in tip
    assert "Chưa hoàn thành, quá hạn: 1 (33,3%)" in tip
    qtbot.mouseMove(chart, QPoint(chart.width() - 2, chart.height() - 2))
    qtbot.waitUntil(lambda: chart.toolTip() == "")


def test_nothing_to_draw_says_so(qtbot: QtBot) -> None:
    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_rows([])
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    assert all(colour_pixels(image, CLASS_COLOURS[k]) == 0 for k in DEADLINE_CLASSES)


def test_the_preview_page_shows_the_report_s_chart_bars(qtbot: QtBot) -> None:
    """The window's preview lays out the renderer's HTML itself (gui.page_view): the chart
    arrives as coloured table cells, which it paints."""
    from gui.page_view import PageView
    from renderer.blocks import Chart
    from renderer.html_writer import to_html
    from renderer.pipeline import Renderer
    from tests.unit.test_progress_report import _request
    from tests.unit.test_report_chart import ENTRIES

    rendered = Renderer().report_blocks(_request(ENTRIES))
    rendered.body = [block for block in rendered.body if isinstance(block, Chart)]
    rendered.appendix = []
    view = PageView()
    qtbot.addWidget(view)
    view.resize(700, 1000)
    view.set_html(to_html(rendered))
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    for klass in DEADLINE_CLASSES:
        assert colour_pixels(image, CLASS_COLOURS[klass]) > 10, klass
    assert "UBND TP Cao Lãnh" in view.toPlainText()
