"""The register's chart: a stacked bar per unit, painted with QPainter.

The same bars as the report's chart (models.register_chart picks the units for both): green
done on time, orange done late, blue in progress, red overdue, the first unit at the top.
Painting a few rectangles needs no chart library: matplotlib (with NumPy and Pillow) would
add about 85 MiB to the self-contained build and a few tenths of a second to the first
chart, QtCharts the whole of PySide6-Addons. Pointing at a bar shows its counts in a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models.register import CLASS_COLOURS, CLASS_LABELS, DEADLINE_CLASSES, ClassCounts
from models.register import DirectiveClass as C
from models.register_chart import value_step

MARGIN = 8.0
BAR_HEIGHT = 18.0
BAR_GAP = 8.0
KEY_SIZE = 10.0
NAME_SHARE = 0.4  # at most this share of the width for the units' names
GRID = QColor("#d9d9d9")
AXIS = QColor("#808080")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%" if whole else "—"


class ClassChart(QWidget):
    """Horizontal stacked bars of the classes with a deadline, a bar per row of
    :meth:`set_rows`, with the value axis below and the legend under it."""

    def __init__(
        self,
        label: Callable[[C], str] = CLASS_LABELS.__getitem__,
        parent: QWidget | None = None,
    ) -> None:
        """*label*: a class's name as the window shows it (translated)."""
        super().__init__(parent)
        self._label = label
        self._rows: list[tuple[str, ClassCounts]] = []
        self._bars: list[QRectF] = []  # where each row's bar is, for the tooltip
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 120)

    # -- data --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[tuple[str, ClassCounts]]) -> None:
        """Draw these (unit, counts) rows, from models.register_chart.chart_rows."""
        self._rows = list(rows)
        self._bars = []
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, ClassCounts]]:
        return list(self._rows)

    def bar_rect(self, index: int) -> QRectF:
        """Where row *index*'s bar was last painted (empty before the first paint)."""
        return self._bars[index] if index < len(self._bars) else QRectF()

    def sizeHint(self) -> QSize:
        height = 2 * MARGIN + len(self._rows) * (BAR_HEIGHT + BAR_GAP) + 4 * self._line()
        return QSize(480, int(max(height, 160)))

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    # -- the tooltip -------------------------------------------------------------------------

    def tooltip_for(self, index: int) -> str:
        name, counts = self._rows[index]
        whole = counts.with_deadline
        lines = [f"<b>{escape(name)}</b>: {_number(whole)}"]
        for klass in DEADLINE_CLASSES:
            lines.append(
                f'<span style="color:{CLASS_COLOURS[klass]}">■</span> '
                f"{escape(self._label(klass))}: {_number(counts[klass])} "
                f"({_percent(counts[klass], whole)})"
            )
        return "<br/>".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        hovered = next((i for i, bar in enumerate(self._bars)
                        if bar.adjusted(-MARGIN, -BAR_GAP / 2, 0, BAR_GAP / 2).contains(point)),
                       None)
        text = self.tooltip_for(hovered) if hovered is not None else ""
        if text != self.toolTip():
            self.setToolTip(text)
            if text:
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.setToolTip("")
        super().leaveEvent(event)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QColor("black"))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if not self._rows:
            self._bars = []
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Không có nhiệm vụ có thời hạn trong danh sách đang lọc"))
            return
        legend_height = self._paint_legend(painter, area, metrics, dry_run=True)
        names = min(max(metrics.horizontalAdvance(n) for n, _ in self._rows) + MARGIN,
                    area.width() * NAME_SHARE)
        # Room on the right for half the last axis label.
        right = metrics.horizontalAdvance("0000") / 2
        plot = QRectF(area.left() + names, area.top(), area.width() - names - right,
                      area.height() - legend_height - line - 2 * MARGIN)
        largest = max(counts.with_deadline for _, counts in self._rows)
        step = value_step(largest)
        top = max(step, -(-largest // step) * step)
        band = min(plot.height() / len(self._rows), BAR_HEIGHT + BAR_GAP * 2)
        bar_height = max(band * BAR_HEIGHT / (BAR_HEIGHT + BAR_GAP), 2.0)
        scale = plot.width() / top
        # Gridlines and the value axis below the bars.
        bottom = plot.top() + band * len(self._rows)
        for value in range(0, top + 1, step):
            x = plot.left() + value * scale
            painter.setPen(GRID if value else AXIS)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(x - 30, bottom + 2, 60, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             _number(value))
        self._bars = []
        for index, (name, counts) in enumerate(self._rows):
            y = plot.top() + index * band + (band - bar_height) / 2
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, names - MARGIN)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(area.left(), y, names - MARGIN, bar_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            x = plot.left()
            for klass in DEADLINE_CLASSES:
                width = counts[klass] * scale
                if not width:
                    continue
                segment = QRectF(x, y, width, bar_height)
                painter.fillRect(segment, QColor(CLASS_COLOURS[klass]))
                text = _number(counts[klass])
                if metrics.horizontalAdvance(text) + 4 <= width and line <= bar_height + 4:
                    painter.setPen(QColor("white"))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                x += width
            self._bars.append(QRectF(plot.left(), y, x - plot.left(), bar_height))
        legend = QRectF(area.left(), bottom + line + 2 * MARGIN, area.width(), legend_height)
        self._paint_legend(painter, legend, metrics, dry_run=False)

    def _paint_legend(
        self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, *, dry_run: bool
    ) -> float:
        """The legend's keys, centred lines as wide as *area* holds; its height."""
        line = metrics.height()
        items = [(QColor(CLASS_COLOURS[k]), self._label(k)) for k in DEADLINE_CLASSES]
        widths = [KEY_SIZE + 4 + metrics.horizontalAdvance(text) + 2 * MARGIN
                  for _, text in items]
        lines: list[list[int]] = [[]]
        used = 0.0
        for index, width in enumerate(widths):
            if lines[-1] and used + width > area.width():
                lines.append([])
                used = 0.0
            lines[-1].append(index)
            used += width
        if not dry_run:
            for row, members in enumerate(lines):
                x = area.left() + (area.width() - sum(widths[i] for i in members)) / 2
                y = area.top() + row * line
                for index in members:
                    colour, text = items[index]
                    painter.fillRect(QRectF(x, y + (line - KEY_SIZE) / 2, KEY_SIZE, KEY_SIZE),
                                     colour)
                    painter.setPen(QColor("black"))
                    painter.drawText(QRectF(x + KEY_SIZE + 4, y, widths[index], line),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     text)
                    x += widths[index]
        return len(lines) * line

