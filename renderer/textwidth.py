"""How long a line of Times New Roman text is, to size the decree's rules under it.

Decree 30 sizes the rules by the text above them (1/3 to 1/2 of the issuing body's name, the
whole motto). Word cannot do that by itself, so the renderer estimates the width from the
font's advance widths (Adobe's Times metrics, which Times New Roman shares) and sets the rule
paragraph's indents. Vietnamese letters are measured by their base letter.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Advance widths in 1/1000 em, for the characters " " to "~" (ASCII 32–126).
_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
)
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
)
_UNKNOWN = 500
POINTS_PER_MM = 72 / 25.4


@lru_cache(maxsize=512)
def _base(char: str) -> str:
    if char in "Đđ":
        return "D" if char == "Đ" else "d"
    return unicodedata.normalize("NFD", char)[0]


def text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """The printed width of *text* on one line, in points."""
    table = _BOLD if bold else _REGULAR
    total = 0
    for char in text:
        code = ord(_base(char))
        total += table[code - 32] if 32 <= code <= 126 else _UNKNOWN
    return total * size_pt / 1000


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    return text_width_pt(text, size_pt, bold) / POINTS_PER_MM
