"""The classes of the register per unit as a stacked bar chart, for the report and the window.

matplotlib draws it (a well-kept library, its fonts shape Vietnamese correctly) on the Agg
canvas only: no pyplot, no GUI backend, no global state, so the window may draw it on a worker
thread and the report embeds the PNG as it is. matplotlib is imported inside the function:
loading it costs a few tenths of a second, which neither the window's start-up nor the
commands that draw no chart should pay.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from models.register import CLASS_COLOURS, CLASS_LABELS, DEADLINE_CLASSES, ClassCounts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.font_manager import FontProperties

#: Serif faces, in order: the documents' Times New Roman, its metric twins on Linux, and
#: matplotlib's own DejaVu Serif that is always there.
_SERIF = ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif")
#: Letters a face must have to be used: some systems keep an old Liberation Serif without them
#: beside the new one under the same name, and matplotlib would pick either.
_VIETNAMESE = "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẬậẮắẶặẸẹẾếỆệỈỉỊịỌọỐốỘộỚớỢợỤụỨứỰựỲỳỴỵỶỷỸỹ"
_WEIGHTS: dict[int | str, int] = {400: 400, "normal": 400, "regular": 400, 700: 700, "bold": 700}
_LABEL_WIDTH = 26  # characters per line of a unit's name on the axis
_EMPTY_MESSAGE = "Không có nhiệm vụ có thời hạn trong phạm vi báo cáo"


@cache
def _faces() -> tuple[FontProperties, FontProperties]:
    """The regular and bold files of the first serif family that writes Vietnamese.

    Chosen by file, not by name, because a name may stand for a file without the letters
    (matplotlib then warns and draws boxes).
    """
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    needed = {ord(ch) for ch in _VIETNAMESE}
    files: dict[tuple[str, int], str] = {}
    for font in font_manager.fontManager.ttflist:
        weight = _WEIGHTS.get(font.weight, 0)
        if font.name not in _SERIF or font.style != "normal" or not weight:
            continue
        if (font.name, weight) in files or not font.fname.lower().endswith((".ttf", ".otf")):
            continue
        if needed <= set(FT2Font(font.fname).get_charmap()):
            files[(font.name, weight)] = font.fname
    for name in _SERIF:
        if (name, 400) in files:
            regular = files[(name, 400)]
            bold = files.get((name, 700), regular)
            return (font_manager.FontProperties(fname=regular, size=9),
                    font_manager.FontProperties(fname=bold, size=11))
    dejavu = font_manager.findfont("DejaVu Sans")
    return (font_manager.FontProperties(fname=dejavu, size=9),
            font_manager.FontProperties(fname=dejavu, size=11))


def class_chart_png(
    rows: Sequence[tuple[str, ClassCounts]],
    *,
    width_in: float,
    height_in: float,
    dpi: int = 150,
    title: str = "",
) -> bytes:
    """A PNG of one horizontal bar per unit, split into the four classes with a deadline.

    Bars are horizontal because units' names are long ("Ủy ban nhân dân thành phố Cao
    Lãnh") and read best beside the bar; the first row is drawn at the top, as a table lists
    it. Tasks without a deadline are not drawn: the reports count them apart. A segment
    wide enough shows its count. The PNG carries no timestamp or version, so the same data
    gives the same bytes.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    regular, bold = _faces()
    figure = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if title:
        axes.set_title(title, fontproperties=bold)
    if any(counts.with_deadline for _, counts in rows):
        _draw_bars(axes, rows, regular)
        figure.legend(
            handles=axes.containers,
            labels=[CLASS_LABELS[c] for c in DEADLINE_CLASSES],
            loc="outside lower center",
            ncols=2,
            frameon=False,
            prop=regular,
        )
    else:
        axes.set_axis_off()
        axes.text(0.5, 0.5, _EMPTY_MESSAGE, ha="center", va="center",
                  transform=axes.transAxes, fontproperties=regular)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _draw_bars(
    axes: Axes, rows: Sequence[tuple[str, ClassCounts]], face: FontProperties
) -> None:
    from matplotlib.ticker import MaxNLocator

    positions = list(range(len(rows)))
    labels = [textwrap.fill(name, _LABEL_WIDTH) for name, _ in rows]
    longest = max(counts.with_deadline for _, counts in rows)
    small = face.copy()
    small.set_size(8)
    left = [0] * len(rows)
    for klass in DEADLINE_CLASSES:
        widths = [counts[klass] for _, counts in rows]
        bars = axes.barh(positions, widths, left=left, color=CLASS_COLOURS[klass],
                         edgecolor="white", linewidth=0.5, height=0.7)
        # A count printed inside its segment only when the segment can hold it.
        shown = [str(w) if w and w >= 0.06 * longest else "" for w in widths]
        axes.bar_label(bars, labels=shown, label_type="center", color="white",
                       fontproperties=small)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_yticks(positions, labels=labels, fontproperties=face)
    axes.invert_yaxis()
    axes.set_xlabel("Số nhiệm vụ", fontproperties=face)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for tick in axes.get_xticklabels():
        tick.set_fontproperties(face)
    axes.set_xlim(0, longest * 1.02)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="x", color="#dddddd", linewidth=0.5)
    axes.set_axisbelow(True)
