"""The chart of the classes per unit: the picture the report embeds and the window shows."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.image import imread

from models.register import CLASS_COLOURS, ClassCounts
from models.register import DirectiveClass as C
from renderer.register_chart import class_chart_png


def _counts(**numbers: int) -> ClassCounts:
    return ClassCounts.of(
        [C(key.replace("_", "-")) for key, n in numbers.items() for _ in range(n)]
    )


ROWS = [
    ("Ủy ban nhân dân thành phố Cao Lãnh", _counts(done_on_time=12, done_late=3, in_progress=5)),
    ("Sở Xây dựng", _counts(done_on_time=4, in_progress=2)),
]


def _pixels(png: bytes) -> np.ndarray:
    return imread(io.BytesIO(png), format="png")


def _count(image: np.ndarray, colour: str) -> int:
    """Pixels of *colour* (within rounding)."""
    rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return int((np.abs(image[:, :, :3] - rgb).max(axis=2) < 0.02).sum())


def test_the_picture_has_the_size_asked_for() -> None:
    image = _pixels(class_chart_png(ROWS, width_in=6, height_in=3, dpi=100))
    assert image.shape[:2] == (300, 600)


def test_each_class_present_is_drawn_in_its_colour() -> None:
    image = _pixels(class_chart_png(ROWS, width_in=6, height_in=3, dpi=100))
    # A bar is far bigger than the legend's key, which shows every class.
    key = _count(image, CLASS_COLOURS[C.OVERDUE])  # no task overdue: only the key is red
    for klass in (C.DONE_ON_TIME, C.DONE_LATE, C.IN_PROGRESS):
        assert _count(image, CLASS_COLOURS[klass]) > 5 * key, klass
    with_overdue = _pixels(class_chart_png(
        [*ROWS, ("Sở Tài chính", _counts(overdue=10))], width_in=6, height_in=3, dpi=100
    ))
    assert _count(with_overdue, CLASS_COLOURS[C.OVERDUE]) > 5 * key


def test_same_data_gives_the_same_bytes() -> None:
    first = class_chart_png(ROWS, width_in=5, height_in=3, title="Theo đơn vị")
    assert class_chart_png(ROWS, width_in=5, height_in=3, title="Theo đơn vị") == first


@pytest.mark.parametrize("rows", [[], [("Sở Xây dựng", _counts(standing=3, done=1))]])
def test_no_task_with_a_deadline_still_gives_a_picture(rows: list) -> None:
    image = _pixels(class_chart_png(rows, width_in=4, height_in=2, dpi=100))
    assert image.shape[:2] == (200, 400)
    assert _count(image, CLASS_COLOURS[C.DONE_ON_TIME]) == 0
