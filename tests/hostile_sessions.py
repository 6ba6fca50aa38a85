"""A session whose every text field holds what breaks naive writers: markup, Markdown, control
characters, huge words, right-to-left text, emoji, template syntax. Built through the same
entry point an imported file takes (models.parse_document), so the text is cleaned as it would
be in use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models import Session, parse_document

#: One nasty string per kind of trouble; the builder puts them everywhere text goes.
NASTY = (
    '<w:p>&amp; "quoted" \'single\' ]]> <!-- x --> &#0; &lt;',
    "**đậm** _nghiêng_ # Tiêu đề\n| a | b |\n|---|---|\n- gạch\n1. số\n> trích",
    "{{ session }} {% for x in y %} {# c #}",
    "ký tự điều khiển:\x00\x01\x0b\x0c\x1f\ufffe\uffff hết",
    "Dàiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" * 3,
    "עברית العربية 😀 \u202e đảo chiều \u200b\u00ad",
    "   khoảng trắng   \t tab \r\n dòng mới   ",
    "Phòng, chống tham nhũng, lãng phí, tiêu cực",
)


def hostile(seed_path: Path) -> Session:
    """The seed session with every text field replaced by one of :data:`NASTY`."""
    data: dict[str, Any] = json.loads(seed_path.read_text("utf-8"))
    counter = iter(range(10_000))

    def nasty() -> str:
        return NASTY[next(counter) % len(NASTY)]

    data["subject"] = nasty()
    data["counterpart"] = nasty()
    data["location"] = nasty()
    data["issuer"] = {"parent": nasty(), "name": nasty(), "symbol": nasty(), "place": nasty()}
    for attendee in data["attendees"]:
        for key in ("name", "position", "organization", "group", "absence_reason"):
            attendee[key] = nasty()
    data["attendees"][1]["present"] = False
    data["attendees"].append({"id": "guest", "name": nasty(), "position": nasty(),
                              "organization": nasty(), "group": "", "role": "co_chair"})
    for report in data["reports"]:
        report["title"] = nasty()
        report["content"] = nasty() + "\n\n" + nasty()
        for figure in report["figures"]:
            for key in ("label", "value", "unit", "note"):
                figure[key] = nasty()
    data["opinions"] = [{"id": f"o{i}", "speaker": "p3", "content": nasty()} for i in range(4)]
    data["conclusion"]["assessment"] = [nasty() for _ in range(3)]
    for directive in data["conclusion"]["directives"]:
        directive["text"] = nasty()
        directive["assignees"] = [nasty()]
        directive["collaborators"] = [nasty(), nasty()]
    data["conclusion"]["proposals"] = [
        {"id": f"k{i}", "text": nasty(), "answer": nasty()} for i in range(3)
    ]
    data["notes"] = [{"time": "14:05", "text": nasty()}]
    data["document"]["number"] = nasty()
    data["document"]["signer"] = {"authority": nasty(), "position": nasty(), "name": nasty()}
    data["document"]["recipients"] = [nasty() for _ in range(4)]
    data["document"]["archive"] = nasty()
    return parse_document(data, allow_errors=True).session
