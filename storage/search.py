"""Search keys: words without case or diacritics, matched at the start of a word.

A clerk types "cao lanh" or "nghia" on a keyboard without Vietnamese input, or "04/3/2024" as
the date is written in documents. Keys are stored folded (``models.text.fold_diacritics``) as
" word word … " so one portable ``LIKE '% query%'`` finds a query at the start of any word;
no SQLite-only extension is needed, which keeps the PostgreSQL door open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from models.text import fold_diacritics
from models.vi_format import short_date

# Letters, digits, and the "/" and "-" inside dates ("04/3/2024", "2024-03-04") make a word.
_SEPARATORS = re.compile(r"[^\w/\-]+")
_ESCAPE = "\\"


def words(*texts: str) -> list[str]:
    """The folded words of *texts*; tokens of pure punctuation (a lone "-") are dropped."""
    found: list[str] = []
    for value in texts:
        for token in _SEPARATORS.split(fold_diacritics(value)):
            if any(ch.isalnum() for ch in token):
                found.append(token)
    return found


def search_key(*texts: str) -> str:
    """" word word … ": leading and trailing spaces so every word starts after a space."""
    return " " + " ".join(words(*texts)) + " "


def date_words(value: dt.date) -> list[str]:
    """The ways a clerk may type a date: 2024-03-04, 04/3/2024, 4/3/2024, 04/03/2024, 3/2024."""
    forms = [
        value.isoformat(),
        short_date(value),
        f"{value.day}/{value.month}/{value.year}",
        f"{value.day:02d}/{value.month:02d}/{value.year}",
        f"{value.month}/{value.year}",
        f"{value.month:02d}/{value.year}",
    ]
    return list(dict.fromkeys(forms))


def session_key(
    subject: str, counterpart: str, date: dt.date, names: Iterable[str]
) -> str:
    """A session's key: subject, counterpart, the date as a clerk types it, and the names of
    the people who took part (the chair, the attendees, the speakers and presenters, who
    are attendees too), so "nghia" finds every session Phạm Thiện Nghĩa attended."""
    return search_key(subject, counterpart, *date_words(date), *names)


def _escape_like(value: str) -> str:
    for special in (_ESCAPE, "%", "_"):
        value = value.replace(special, _ESCAPE + special)
    return value


def word_start_pattern(query_words: list[str]) -> str:
    """LIKE pattern matching the words, in order, starting at a word of the key."""
    return "% " + _escape_like(" ".join(query_words)) + "%"


LIKE_ESCAPE = _ESCAPE
