"""Vietnamese administrative formatting, shared by the renderer, the window and the CLI.

The rules come from Decree 30/2020/NĐ-CP (see shared/OFFICIAL_STYLE.md): a day below 10 and the
months January and February take a leading zero, other months never do ("tháng 3", not
"tháng 03"); document numbers below 10 take a leading zero; points are labelled with the
Vietnamese alphabet, which has đ and lacks f, j, w and z.
"""

from __future__ import annotations

import datetime as dt

#: Point labels in Vietnamese alphabet order, as the decree's "a), b), c), d), đ)" use them.
VI_POINT_LETTERS: tuple[str, ...] = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)

#: How many spaces stand for a number or a day the records office will write in by hand.
DRAFT_BLANK = "\u00a0" * 6


def day_text(day: int) -> str:
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero so "tháng 1" cannot be altered into "tháng 10"."""
    return f"{month:02d}" if month <= 2 else str(month)


def admin_date(value: dt.date | None, year: int | None = None) -> str:
    """"ngày 05 tháng 3 năm 2024"; a draft (no date) leaves day and month blank for the office."""
    if value is None:
        year_text = str(year) if year is not None else DRAFT_BLANK
        return f"ngày{DRAFT_BLANK}tháng{DRAFT_BLANK}năm {year_text}"
    return f"ngày {day_text(value.day)} tháng {month_text(value.month)} năm {value.year}"


def place_date_line(place: str, value: dt.date | None, year: int | None = None) -> str:
    """"Đồng Tháp, ngày 05 tháng 3 năm 2024", the line level with the number in the header."""
    date_part = admin_date(value, year)
    return f"{place}, {date_part}" if place else date_part[0].upper() + date_part[1:]


def short_date(value: dt.date) -> str:
    """"04/3/2024": the form used inside sentences, with the same zero rules."""
    return f"{day_text(value.day)}/{month_text(value.month)}/{value.year}"


def time_text(value: dt.time) -> str:
    """"14 giờ 00", "8 giờ 30"."""
    return f"{value.hour} giờ {value.minute:02d}"


def number_text(number: str) -> str:
    """"7" → "07"; a non-numeric number ("12a") is kept as the clerk wrote it."""
    number = number.strip()
    if number.isdigit() and int(number) < 10:
        return f"{int(number):02d}"
    return number


def number_line(number: str, type_symbol: str, issuer_symbol: str) -> str:
    """"Số: 07/TB-VPUBND"; a draft's blank number stays blank: "Số:      /TB-VPUBND"."""
    symbol = f"{type_symbol}-{issuer_symbol}" if issuer_symbol else type_symbol
    shown = number_text(number)
    if not shown:
        return f"Số:{DRAFT_BLANK}/{symbol}"
    return f"Số: {shown}/{symbol}"


def group_digits(number: int) -> str:
    """"1.020": a count with the Vietnamese thousands separator (a dot)."""
    return f"{number:,}".replace(",", ".")


def point_label(index: int) -> str:
    """The label of the *index*-th point (0-based): a, b, …, y, then aa, bb, … if ever needed."""
    if index < 0:
        raise ValueError("point index must not be negative")
    letters = len(VI_POINT_LETTERS)
    return VI_POINT_LETTERS[index % letters] * (index // letters + 1)


def roman(number: int) -> str:
    """Roman numerals for "I.", "II." section headings."""
    if number <= 0:
        raise ValueError("Roman numerals start at 1")
    parts = []
    for value, glyph in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        count, number = divmod(number, value)
        parts.append(glyph * count)
    return "".join(parts)


def upper_vi(text: str) -> str:
    """Upper case that keeps Vietnamese letters composed (str.upper is already correct for NFC)."""
    return text.upper()


def lower_first(text: str) -> str:
    """"Ủy ban nhân dân…" → "ủy ban nhân dân…" for use mid-sentence; leaves acronyms alone."""
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
