"""User text is data, never markup: escaping for the Markdown a template produces.

Every value a template prints with ``{{ … }}`` passes through :func:`finalize`, the template
environment's finalizer, so a template author cannot forget to escape: a directive that starts
with "1." or "#", or contains ``**``, ``<b>``, ``[x](y)`` or ``{{ }}``, prints literally.
Formatting comes only from the template's own text, or from the ``bold``/``italic`` filters,
which return :class:`MarkdownSafe` strings the finalizer leaves alone.

CommonMark lets a backslash escape any ASCII punctuation character, which covers every inline
and block marker (``* _ # - + . ) [ ] < > ` | & \\``); line breaks and leading spaces are
folded so a field cannot start a new block; an edge space becomes a character reference so it
cannot open an indented code block or end a line with a hard break.
"""

from __future__ import annotations

import re
import string
from typing import Any

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|[\r\n\u2028\u2029\x85\v\f])[ \t]*")


def _backslashed(match: re.Match[str]) -> str:
    # A function, not the template r"\\\1": re expands a template in Python for every match,
    # which made escaping a third of a large template's render time; this is twice as fast.
    return "\\" + match.group(1)


class MarkdownSafe(str):
    """Markdown produced on purpose (by a filter); printed as it is, not escaped again."""

    __slots__ = ()


def escape(value: Any) -> MarkdownSafe:
    """*value* as Markdown that shows exactly its text; a MarkdownSafe value passes unchanged."""
    if isinstance(value, MarkdownSafe):
        return value
    text = "" if value is None else str(value)
    text = _PUNCTUATION.sub(_backslashed, _LINE_BREAKS.sub(" ", text))
    # A leading space could start an indented code block and trailing ones a hard line break;
    # as character references they stay plain spaces.
    if text[:1] in (" ", "\t"):
        text = f"&#{ord(text[0])};{text[1:]}"
    if text[-1:] in (" ", "\t"):
        text = f"{text[:-1]}&#{ord(text[-1])};"
    return MarkdownSafe(text)


def finalize(value: Any) -> Any:
    """The environment's finalizer: everything printed is escaped unless already safe."""
    if isinstance(value, MarkdownSafe):
        return value
    return escape(value)


def bold(value: Any) -> MarkdownSafe:
    """``{{ x | bold }}``: the text of *x* in bold."""
    inner = escape(value)
    return MarkdownSafe(f"**{inner}**") if inner else inner


def italic(value: Any) -> MarkdownSafe:
    """``{{ x | italic }}``: the text of *x* in italics."""
    inner = escape(value)
    return MarkdownSafe(f"*{inner}*") if inner else inner
