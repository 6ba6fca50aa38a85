"""The preview's page: the renderer's HTML laid out on A4 sheets, scaled to the pane's width.

A QTextBrowser lays text out at the width of its pane, so in a narrow pane the national title
wrapped and no line broke where Word breaks it. Here the QTextDocument is laid out once at
the page's own size (renderer.html_writer describes the page in points, one CSS pixel per
point) with design metrics, i.e. unhinted advance widths that scale exactly, and paginated
with the .docx writer's margins; a QGraphicsView then only scales the drawing to the pane.
Resizing the pane changes the zoom, never the line breaks, and costs no new layout.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

#: Grey desk, sheet edge and shadow, in scene units (points): the look of a word processor.
DESK = QColor("#d4d4d4")
EDGE = QColor("#a6a6a6")
SHADOW = QColor("#9c9c9c")
SHADOW_OFFSET = 3.0
SHEET_GAP = 12.0
GUTTER = 10.0
#: Up to this length a document is laid out at once (a few ms); longer ones in steps.
LAZY_LAYOUT_CHARS = 50_000


class PageSize(NamedTuple):
    """A sheet and its margins, in points."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float
    font_family: str
    font_size: float
    number_top: float  # the page number's line, from the sheet's top edge
    number_size: float


@lru_cache(maxsize=1)
def page_size() -> PageSize:
    """The .docx page as the HTML writer describes it.

    Imported on first use: the HTML writer pulls in python-docx for the writer's numbers,
    which the window's start-up should not pay for; by the time a page is shown the preview's
    worker has imported it already.
    """
    from renderer import html_writer as hw

    return PageSize(
        hw.PAGE_WIDTH_PT, hw.PAGE_HEIGHT_PT, hw.MARGIN_LEFT_PT, hw.MARGIN_TOP_PT,
        hw.MARGIN_RIGHT_PT, hw.MARGIN_BOTTOM_PT, hw.st.FONT, hw.st.BODY_SIZE,
        hw.PAGE_NUMBER_TOP_PT, hw.st.SPEC_BY_NAME[hw.st.PAGE_NUMBER].size,
    )


class _Sheets(QGraphicsItem):
    """Every page of the document as a white sheet, one under the other with a gap."""

    def __init__(self, document: QTextDocument, size: PageSize) -> None:
        super().__init__()
        self.document = document
        self.size = size
        self.pages = 1
        self.number_font = QFont(size.font_family)
        self.number_font.setPixelSize(round(size.number_size))
        # Let paint() know which part is on screen, so a long document draws only that.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_pages(self, pages: int) -> None:
        self.prepareGeometryChange()
        self.pages = max(pages, 1)
        self.update()

    def number_rect(self, index: int) -> QRectF:
        """Where page *index*'s number is drawn: one line across the text width, in the top
        margin."""
        size = self.size
        top = self.sheet_rect(index).top() + size.number_top
        line = min(size.number_size * 1.5, size.top - size.number_top)
        return QRectF(size.left, top, size.width - size.left - size.right, line)

    def sheet_rect(self, index: int) -> QRectF:
        return QRectF(0, index * (self.size.height + SHEET_GAP), self.size.width,
                      self.size.height)

    def boundingRect(self) -> QRectF:
        height = self.pages * self.size.height + (self.pages - 1) * SHEET_GAP
        return QRectF(0, 0, self.size.width + SHADOW_OFFSET, height + SHADOW_OFFSET)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        exposed = option.exposedRect
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.Dark, Qt.GlobalColor.black)  # <hr> rules
        context.palette = palette
        layout = self.document.documentLayout()
        for index in range(self.pages):
            sheet = self.sheet_rect(index)
            if not sheet.adjusted(0, 0, SHADOW_OFFSET, SHADOW_OFFSET).intersects(exposed):
                continue
            painter.fillRect(sheet.translated(SHADOW_OFFSET, SHADOW_OFFSET), SHADOW)
            painter.fillRect(sheet, Qt.GlobalColor.white)
            painter.setPen(EDGE)
            painter.drawRect(sheet)
            if index:  # Decree 30: centred in the top margin from page 2 on
                painter.setPen(Qt.GlobalColor.black)
                painter.setFont(self.number_font)
                painter.drawText(self.number_rect(index), Qt.AlignmentFlag.AlignHCenter,
                                 str(index + 1))
            # The document is laid out as pages stacked without gaps: page *index* spans
            # [index × height, (index + 1) × height] there.
            shift = sheet.top() - index * self.size.height
            visible = sheet.intersected(exposed).translated(0, -shift)
            painter.save()
            painter.translate(0, shift)
            painter.setClipRect(visible)
            context.clip = visible
            layout.draw(painter, context)
            painter.restore()


def parse(html: str) -> QTextDocument:
    """*html* as a page-sized document, not laid out yet (show_document lays it out).

    Call it on the GUI thread: a document's layout timers and font engines belong to the
    thread that made them, and one made on a worker crashed the window when drawn or freed.
    """
    size = page_size()
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    font = QFont(size.font_family)
    font.setPixelSize(round(size.font_size))
    document.setDefaultFont(font)
    document.setPageSize(QSizeF(size.width, size.height))
    document.setHtml(html)
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(size.left)
    frame.setRightMargin(size.right)
    frame.setTopMargin(size.top)
    frame.setBottomMargin(size.bottom)
    document.rootFrame().setFrameFormat(frame)
    return document


class PageView(QGraphicsView):
    """Shows a document as printed pages, zoomed so a sheet fills the pane's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QTextDocument(self)
        self.sheets: _Sheets | None = None  # made with the first page (see page_size)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(DESK)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # A scroll bar that came and went would change the width, hence the zoom, hence
        # whether the scroll bar is needed: keep it.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zoom = 1.0
        self._laid_out: QTextDocument | None = None

    def set_html(self, html: str) -> None:
        """Lay *html* out at once and show it (short pages: messages, tests)."""
        document = parse(html)
        self.show_document(document, document.pageCount())

    def show_document(self, document: QTextDocument, pages: int = 0) -> None:
        """Show a document made by parse, keeping the reader's scroll position.

        A short document is laid out at once. A long one is laid out as QTextBrowser lays
        out: the first part now, the rest in short timer steps, so the window never stops
        for the whole layout (~35 ms for 1000 directives); meanwhile the previous page count
        holds, so the scroll position survives a refresh.
        """
        bar = self.verticalScrollBar()
        position = bar.value()
        document.setParent(self)
        old, self.document = self.document, document
        if self.sheets is None:
            self.sheets = _Sheets(document, page_size())
            self.scene().addItem(self.sheets)
        self.sheets.document = document
        sheets = self.sheets
        layout = document.documentLayout()
        layout.update.connect(lambda _rect: sheets.update())
        if not pages and document.characterCount() <= LAZY_LAYOUT_CHARS:
            pages = document.pageCount()
        if not pages:
            layout.pageCountChanged.connect(lambda count: self._set_pages(document, count, True))
            document.markContentsDirty(0, document.characterCount())  # the stepwise layout
        old.deleteLater()
        self._set_pages(document, pages or sheets.pages, bool(pages))
        bar.setValue(position)

    def _set_pages(self, document: QTextDocument, pages: int, final: bool) -> None:
        if document is not self.document or self.sheets is None:
            return  # a count from a document already replaced
        if final:
            self._laid_out = document
        self.sheets.set_pages(pages)
        self.scene().setSceneRect(
            self.sheets.boundingRect().adjusted(-GUTTER, -GUTTER, GUTTER, GUTTER)
        )
        self._fit()

    def toPlainText(self) -> str:
        return self.document.toPlainText()

    def pages(self) -> int:
        """Sheets shown: the document's page count once its layout has finished."""
        return self.sheets.pages if self.sheets else 0

    def is_laid_out(self) -> bool:
        """The whole document is laid out and its pages counted."""
        return self._laid_out is self.document

    def _fit(self) -> None:
        width = self.viewport().width()
        if width <= 0 or self.sheets is None:
            return
        if self.sceneRect().isEmpty():
            return
        self.zoom = width / self.sceneRect().width()
        self.setTransform(QTransform.fromScale(self.zoom, self.zoom))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
