"""Text hygiene for everything a clerk types or a file brings in.

Vietnamese arrives in both Unicode forms (some input methods send decomposed NFD letters) and
pasted text sometimes carries control characters that are illegal in the XML inside a .docx.
Every string is therefore NFC-normalised and stripped of those characters before it is stored
or rendered, so that search, comparison and Word all see the same letters.
"""

from __future__ import annotations

import re
import unicodedata

# XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes; everything
# else would make Word refuse the document with a repair prompt.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> tuple[str, int]:
    """Return the NFC form of *value* without XML-illegal characters, and how many were removed.

    The count lets the caller warn the user instead of changing their text silently.
    """
    if _XML_ILLEGAL.search(value) is None:
        # The usual case, checked without building a new string: every field of a session
        # passes here on each read and each autosave.
        if unicodedata.is_normalized("NFC", value):
            return value, 0
        return unicodedata.normalize("NFC", value), 0
    stripped, removed = _XML_ILLEGAL.subn("", value)
    return unicodedata.normalize("NFC", stripped), removed


def is_clean(value: str) -> bool:
    """Whether :func:`clean_text` would leave *value* as it is."""
    return _XML_ILLEGAL.search(value) is None and unicodedata.is_normalized("NFC", value)


def normalize_text(value: str) -> str:
    """The cleaned text alone, for places where the caller has already reported removals."""
    return clean_text(value)[0]


def fold_diacritics(value: str) -> str:
    """Lower-case *value* and drop Vietnamese diacritics, so "dong thap" matches "Đồng Tháp".

    Đ/đ is a separate letter, not a D with a combining mark, so it is mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", value.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matches_typed(label: str, typed: str) -> bool:
    """Whether *typed* (with or without diacritics, any case) starts a word of *label*:
    "van b", "Văn B" and "nguyen" all find "Nguyễn Văn B"; a completion list shows these."""
    query = " ".join(fold_diacritics(typed).lower().split())
    if not query:
        return True
    return f" {query}" in " " + " ".join(fold_diacritics(label).lower().split())


def starts_typed(label: str, typed: str) -> bool:
    """Whether *label* begins with *typed*, diacritics, case and spacing aside."""
    query = " ".join(fold_diacritics(typed).lower().split())
    return " ".join(fold_diacritics(label).lower().split()).startswith(query)


def same_typed(label: str, typed: str) -> bool:
    """Whether *typed* is *label* itself, diacritics, case and spacing aside."""
    def key(value: str) -> str:
        return " ".join(fold_diacritics(value).lower().split())

    return key(label) == key(typed)
