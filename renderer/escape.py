"""User text is data, never markup: how the clerk's text passes through the Markdown.

Every value a template prints with ``{{ … }}`` passes through :func:`finalize`, the template
environment's finalizer, so a template author cannot forget it: a directive that starts with
"1." or "#", or contains ``**``, ``<b>``, ``[x](y)`` or ``{{ }}``, prints literally.
Formatting comes only from the template's own text, or from the ``bold``/``italic`` filters,
which return :class:`MarkdownSafe` strings the finalizer leaves alone.

During a render (:func:`renderer.sandbox.render_bounded`) a printed value that could mean
anything to Markdown does not enter the Markdown at all: it is kept in a :class:`TextSlots`
table and a placeholder of two private-use characters around its index stands in for it, which
the parser reads as one plain word; the blocks get the text back after parsing
(renderer.markdown). The parser therefore never sees the clerk's punctuation, so nothing in it
can become markup, and a 1000-directive document parses in a third of the time its escaped
form took (markdown-it-py works per punctuation character). A value of letters, digits and
single inner spaces prints as itself, as it always did: the number a template writes before
"." must still make a numbered item.

Outside a render (a template compiled ahead, whose constant output Jinja folds at compile time)
and for showing the Markdown to a person (``Renderer.markdown``) values are *escaped* instead:
CommonMark lets a backslash escape any ASCII punctuation character, which covers every inline
and block marker (``* _ # - + . ) [ ] < > ` | & \\``); line breaks and leading spaces are
folded so a field cannot start a new block; an edge space becomes a character reference so it
cannot open an indented code block or end a line with a hard break.
"""

from __future__ import annotations

import contextvars
import re
import string
from typing import Any

from models.text import normalize_text

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|[\r\n\u2028\u2029\x85\v\f])[ \t]*")
#: Any line break at all: a search for one character is five times faster than the fold,
#: and almost no value has one.
_ANY_BREAK = re.compile(r"[\r\n\u2028\u2029\x85\v\f]")


def _one_line(text: str) -> str:
    """*text* with each line break (and the spaces around it) folded into one space."""
    return _LINE_BREAKS.sub(" ", text) if _ANY_BREAK.search(text) else text
#: Words of letters and digits with single spaces between: the same text escaped or not.
_PLAIN = re.compile(r"(?:[^\W_]+(?: [^\W_]+)*)?")

#: A placeholder is OPEN, the slot's index in ASCII digits, CLOSE. Private-use characters are
#: letters to CommonMark (no punctuation, no space), so a placeholder never ends, starts or
#: splits a construct of the template's own Markdown.
OPEN, CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{OPEN}([0-9]+){CLOSE}")


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
    text = _PUNCTUATION.sub(_backslashed, _one_line(text))
    # A leading space could start an indented code block and trailing ones a hard line break;
    # as character references they stay plain spaces.
    if text[:1] in (" ", "\t"):
        text = f"&#{ord(text[0])};{text[1:]}"
    if text[-1:] in (" ", "\t"):
        text = f"{text[:-1]}&#{ord(text[-1])};"
    return MarkdownSafe(text)


class TextSlots:
    """The values one render printed, by placeholder index; see the module's docstring."""

    __slots__ = ("chars", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        #: Characters held, so the output budget counts the text the placeholders stand for.
        self.chars = 0

    def markdown(self, value: Any) -> MarkdownSafe:
        """What the template's output gets for *value*: itself if plain, else a placeholder."""
        if isinstance(value, MarkdownSafe):
            return value
        text = "" if value is None else str(value)
        if _PLAIN.fullmatch(text):
            return MarkdownSafe(text)
        # Never filled in here: a clerk's text may hold these characters too, and must print
        # them, not the value they would point at. (So a string filter applied after ``bold``
        # prints the placeholder's characters; the README says to apply ``bold`` last.)
        # Folded as escape() folds them: a value is one line; and cleaned like the template's
        # own text, since a template can compute characters no session field may hold.
        text = normalize_text(_one_line(text))
        self.texts.append(text)
        self.chars += len(text)
        return MarkdownSafe(f"{OPEN}{len(self.texts) - 1}{CLOSE}")

    def _text(self, match: re.Match[str]) -> str:
        index = int(match.group(1))
        # A template's own text could spell one out (as an entity, say); an index that is not
        # ours stays as written. One that is just prints a value the template could print.
        return self.texts[index] if index < len(self.texts) else match.group(0)

    def fill(self, text: str) -> str:
        """*text* (parsed from the Markdown) with each placeholder replaced by its value.

        One pass: the values put in are not searched again, so nothing a clerk typed is ever
        read as a placeholder.
        """
        return _PLACEHOLDER.sub(self._text, text) if OPEN in text else text

    def escaped(self, markdown: str) -> str:
        """*markdown* with each value escaped in place: what a person reading it expects."""
        if OPEN not in markdown:
            return markdown

        def escaped_text(match: re.Match[str]) -> str:
            index = int(match.group(1))
            return escape(self.texts[index]) if index < len(self.texts) else match.group(0)

        return _PLACEHOLDER.sub(escaped_text, markdown)


#: The table of the render running in this thread, if any (set by render_bounded).
current_slots: contextvars.ContextVar[TextSlots | None] = contextvars.ContextVar(
    "thuky_text_slots", default=None
)


def finalize(value: Any) -> Any:
    """The environment's finalizer: everything printed is text, unless already Markdown."""
    if isinstance(value, MarkdownSafe):
        return value
    slots = current_slots.get()
    return escape(value) if slots is None else slots.markdown(value)


def bold(value: Any) -> MarkdownSafe:
    """``{{ x | bold }}``: the text of *x* in bold."""
    inner = finalize(value)
    return MarkdownSafe(f"**{inner}**") if inner else inner


def italic(value: Any) -> MarkdownSafe:
    """``{{ x | italic }}``: the text of *x* in italics."""
    inner = finalize(value)
    return MarkdownSafe(f"*{inner}*") if inner else inner
