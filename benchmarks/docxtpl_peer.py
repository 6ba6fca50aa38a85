"""The docxtpl peer: what a Python user would otherwise write to fill a Word template.

Speed targets for Thư ký's renderer are set against this peer (benchmarks/per_document.py,
benchmarks/batch.py). It fills Word templates of the same three documents with docxtpl
(python-docx-template, Jinja2 inside the .docx): the same page, styles, header table, title,
body paragraphs (each kind — paragraph, "1." item, "a)" point, "-" bullet, the figures table —
with our paragraph formatting), signature table and recipients. Its wording comes from the
session with plain f-strings (as a user's script would), without our checks: no escaping
policy, no sandbox, no validation, no one-page fitting of the brief. For the Thông báo it
prints the same paragraphs as ours; for the Biên bản and the brief the same structure with
simpler wording.

The Word templates themselves are made once per run from our own output for the fixture
(``build_templates``), so the layout is ours by construction and follows the renderer when
it changes; making them is not timed (a user's template already exists).

Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from docxtpl import DocxTemplate

from renderer.doctype import DocType  # an enum; the renderer itself is not loaded

if TYPE_CHECKING:
    from models import Session

_P = re.compile(r"<w:p>.*?</w:p>|<w:p/>|<w:tbl>.*?</w:tbl>", re.DOTALL)
_RUN_TEXT = re.compile(
    r"(<w:r>(?:(?!</w:r>).)*?<w:t(?: xml:space=\"preserve\")?>)(.*?)(</w:t></w:r>)", re.DOTALL
)
_TR = re.compile(r"<w:tr>.*?</w:tr>", re.DOTALL)


# -- the Word templates ---------------------------------------------------------------------


def _kind(block: object) -> str:
    from renderer.blocks import Heading, ListItem, Table

    if isinstance(block, ListItem):
        return str(block.kind)
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Table):
        return "table"
    return "paragraph"


def _with_texts(xml: str, texts: list[str]) -> str:
    """*xml* (one paragraph) with its runs' texts replaced by *texts*, extra runs dropped."""
    runs = list(_RUN_TEXT.finditer(xml))
    head = xml[: runs[0].start()] if runs else xml.removesuffix("</w:p>")
    template_run = runs[0] if runs else None
    out = head
    for text in texts:
        if template_run is not None:
            opening = template_run.group(1).replace("<w:t>", '<w:t xml:space="preserve">')
            out += opening + text + template_run.group(3)
        else:
            out += f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return out + "</w:p>"


def _table_template(xml: str) -> str:
    """The figures table: its header row kept, one data row repeated for every figure."""
    rows = _TR.findall(xml)
    head, sample = rows[0], rows[1]
    cells = re.findall(r"<w:tc>.*?</w:tc>", sample, re.DOTALL)
    body = "".join(
        re.sub(r"<w:p>.*?</w:p>", lambda m, i=i: _with_texts(m.group(0), [f"{{{{ row[{i}] }}}}"]),
               cell, count=1, flags=re.DOTALL)
        for i, cell in enumerate(cells)
    )
    looped = (
        "<w:tr><w:tc><w:p><w:r><w:t>{%tr for row in item.rows %}</w:t></w:r></w:p></w:tc></w:tr>"
        + sample[: sample.index("<w:tc>")] + body + "</w:tr>"
        + "<w:tr><w:tc><w:p><w:r><w:t>{%tr endfor %}</w:t></w:r></w:p></w:tc></w:tr>"
    )
    start, end = xml.index(rows[0]), xml.rindex(rows[-1]) + len(rows[-1])
    return xml[:start] + head + looped + xml[end:]


def _tag(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _signature_template(xml: str, rendered: Any) -> str:
    """Recipients as a loop; the signers' title lines and names as variables."""
    recipients = rendered.recipients.lines if rendered.recipients else ()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml, re.DOTALL)
    lines = [p for p in paragraphs if "TKNơinhậndòng" in p]
    if lines:
        looped = (_tag("{%p for line in recipients %}") + _with_texts(lines[0], ["{{ line }}"])
                  + _tag("{%p endfor %}"))
        start = xml.index(lines[0])
        end = xml.index(lines[-1]) + len(lines[-1])
        xml = xml[:start] + looped + xml[end:]
    del recipients
    index = 0
    for signature in rendered.signatures:
        for line in signature.title_lines:
            xml = xml.replace(f">{escape(line)}</w:t>", f">{{{{ titles[{index}] }}}}</w:t>", 1)
            index += 1
    names = [p for p in re.findall(r"<w:p>.*?</w:p>", xml, re.DOTALL) if "TKHọtênngườiký" in p]
    for number, paragraph in enumerate(names):
        xml = xml.replace(paragraph, _with_texts(paragraph, [f"{{{{ names[{number}] }}}}"]), 1)
    return xml


def build_templates(session: Session, folder: Path) -> dict[DocType, Path]:
    """One Word template per document type, made from our .docx of *session*."""
    from renderer import Renderer

    renderer = Renderer()
    made = {}
    for doc_type in DocType:
        ours = folder / f"ours-{doc_type.value}.docx"
        renderer.write_docx(session, doc_type, ours)
        rendered = renderer.blocks(session, doc_type)
        with zipfile.ZipFile(ours) as source:
            document = source.read("word/document.xml").decode("utf-8")
            entries = {name: source.read(name) for name in source.namelist()}
        body_start = document.index("<w:body>") + len("<w:body>")
        body_end = document.index("<w:sectPr")
        inner = _body_template(document[body_start:body_end], rendered)
        entries["word/document.xml"] = (
            document[:body_start] + inner + document[body_end:]
        ).encode("utf-8")
        template = folder / f"peer-{doc_type.value}.docx"
        with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in entries.items():
                target.writestr(name, data)
        made[doc_type] = template
    return made


def _body_template(body_xml: str, rendered: Any) -> str:
    header = rendered.header
    xml = body_xml
    for value, name in ((header.parent, "parent"), (header.organ, "organ"),
                        (header.number_line, "number_line"),
                        (header.place_date, "place_date"), (rendered.type_name, "type_name"),
                        (rendered.summary, "summary")):
        if value:
            xml = xml.replace(f">{escape(value)}</w:t>", f">{{{{ {name} }}}}</w:t>", 1)
    parts = [(m.start(), m.end(), m.group(0)) for m in _P.finditer(xml)]
    rules = [i for i, (_s, _e, x) in enumerate(parts) if "TKĐườngkẻ" in x and "<w:tbl>" not in x]
    first = rules[0] + 1
    last = max(i for i, (_s, _e, x) in enumerate(parts) if x.startswith("<w:tbl>"))
    blocks = iter(rendered.body)
    samples: dict[str, str] = {}
    spacer = ""
    for _s, _e, part in parts[first:last]:
        if "<w:t" not in part and samples.get("table") is not None and not spacer:
            spacer = part  # the empty paragraph the writer puts after a table
            continue
        samples.setdefault(_kind(next(blocks)), part)
    assert next(blocks, None) is None, "a block without its paragraph"
    branches: list[str] = []
    for kind, sample in samples.items():
        if kind == "table":
            inner = _table_template(sample) + spacer
        elif kind in ("numbered", "point", "bullet"):
            inner = _with_texts(sample, ["{{ item.label }} ", "{{ item.text }}"])
        else:
            inner = _with_texts(sample, ["{{ item.text }}"])
        keyword = "if" if not branches else "elif"
        branches.append(_tag(f'{{%p {keyword} item.kind == "{kind}" %}}') + inner)
    loop = (_tag("{%p for item in body %}") + "".join(branches) + _tag("{%p endif %}")
            + _tag("{%p endfor %}"))
    signature = _signature_template(parts[last][2], rendered)
    return xml[: parts[first][0]] + loop + signature + xml[parts[last][1]:]


# -- the wording, as a user's script would write it -----------------------------------------

KIND_NAMES = {"working_session": "buổi làm việc", "meeting": "cuộc họp", "conference": "hội nghị"}
_LISTS = {"attendees", "reports", "opinions", "figures", "directives", "proposals", "assessment",
          "assignees", "collaborators", "recipients", "notes"}
_OBJECTS = {"issuer", "conclusion", "document", "signer"}
_DEFAULTS: dict[str, Any] = {"present": True, "role": "member", "status": "open",
                             "kind": "working_session"}


class Plain:
    """A session file's JSON object read by attribute, as a script would use it: no model, no
    validation; a field the file leaves out reads as its default."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getattr__(self, name: str) -> Any:
        value = self._data.get(name)
        if value is None:
            if name in _LISTS:
                return []
            if name in _OBJECTS:
                return Plain({})
            return _DEFAULTS.get(name, "" if name not in {"presenter", "speaker"} else None)
        if isinstance(value, dict):
            return Plain(value)
        if isinstance(value, list):
            return [Plain(v) if isinstance(v, dict) else v for v in value]
        return value


def read_plain(path: Path) -> Plain:
    return Plain(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Item:
    kind: str
    text: str = ""
    label: str = ""
    rows: list[list[str]] | None = None


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else value or None


def _with_role(session: Any, role: str) -> Any:
    return next((a for a in session.attendees if a.role == role), None)


def _person(session: Any, person_id: str | None) -> str:
    person = next((a for a in session.attendees if a.id == person_id), None)
    if person is None:
        return ""
    return f"{person.position} {person.name}".strip()


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _active(session: Any) -> list[Any]:
    return [d for d in session.conclusion.directives if d.status != "cancelled"]


def _header(session: Any, doc_type: DocType) -> dict[str, Any]:
    issuer = session.issuer
    symbol = f"{doc_type.symbol}-{issuer.symbol}" if issuer.symbol else doc_type.symbol
    day = _day(session.document.issued_on)
    place_date = (
        f"{issuer.place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}" if day
        else f"{issuer.place}, ngày      tháng      năm {_day(session.date).year}"
    )
    signer = session.document.signer
    return {
        "parent": issuer.parent.upper(),
        "organ": issuer.name.upper(),
        "number_line": f"Số: {session.document.number or '     '}/{symbol}",
        "place_date": place_date,
        "type_name": doc_type.type_name,
        "recipients": [f"- {r};" for r in session.document.recipients]
        + [f"- Lưu: {session.document.archive}."],
        "titles": [t for t in (signer.authority.upper(), signer.position.upper()) if t],
        "names": [signer.name],
    }


def _opening(session: Any) -> str:
    chair = _with_role(session, "chair")
    who = f"{chair.position} {chair.name} chủ trì " if chair else ""
    kind = KIND_NAMES[session.kind]
    text = f"Ngày {_day(session.date):%d/%m/%Y}, {who}{kind} với {session.counterpart}"
    return text + (f" về {session.subject}." if session.subject else ".")


def _directives(session: Any, label: str = "point", assigned: bool = True) -> list[Item]:
    letters = "abcdđeghiklmnopqrstuvxy"
    items = []
    for index, directive in enumerate(_active(session)):
        mark = letters[index] if index < len(letters) else str(index + 1)
        text = directive.text
        if assigned and directive.assignees:
            text += f" (Giao: {', '.join(directive.assignees)}"
            deadline = _day(directive.deadline)
            text += f"; thời hạn: {deadline:%d/%m/%Y})" if deadline else ")"
        items.append(Item(label, text, f"{mark})" if label == "point" else f"{index + 1}."))
    return items


def thong_bao(session: Any) -> dict[str, Any]:
    chair = _with_role(session, "chair")
    reports = "; ".join(
        f"{_person(session, r.presenter)} báo cáo {r.title}".strip() for r in session.reports
    )
    body = [
        Item("paragraph", _opening(session)),
        Item("paragraph", f"Sau khi nghe {reports} và ý kiến phát biểu của các đại biểu dự họp, "
             f"{chair.position if chair else 'người chủ trì'} kết luận như sau:"),
    ]
    number = 0
    assessment = session.conclusion.assessment
    if assessment:
        number += 1
        body.append(Item("numbered", assessment[0], f"{number}."))
        body += [Item("paragraph", text) for text in assessment[1:]]
    if _active(session):
        number += 1
        body.append(Item("numbered", f"Thời gian tới, đề nghị {session.counterpart} tập trung "
                         "thực hiện tốt các nhiệm vụ sau:", f"{number}."))
        body += _directives(session, assigned=False)
    answered = [p for p in session.conclusion.proposals if p.answer]
    if answered:
        number += 1
        body.append(Item("numbered", "Về các đề xuất, kiến nghị:", f"{number}."))
        body += [Item("point", f"{p.text}: {p.answer}", f"{i + 1})")
                 for i, p in enumerate(answered)]
    body.append(Item("paragraph", f"{session.issuer.name} thông báo để các cơ quan, đơn vị "
                     "biết, thực hiện./."))
    summary = (f"Kết luận của {chair.position if chair else ''} {chair.name if chair else ''} "
               f"tại {KIND_NAMES[session.kind]} với {session.counterpart}")
    return {**_header(session, DocType.THONG_BAO_KET_LUAN), "summary": summary, "body": body}


def bien_ban(session: Any) -> dict[str, Any]:
    body = [Item("paragraph", f"Thời gian bắt đầu: {session.start_time or ''}, ngày "
                 f"{_day(session.date):%d/%m/%Y}")]
    if session.location:
        body.append(Item("paragraph", f"Địa điểm: {session.location}"))
    body.append(Item("paragraph", "Thành phần tham dự:"))
    groups: dict[str, list[str]] = {}
    for person in session.attendees:
        if person.present:
            groups.setdefault(person.group, []).append(f"{person.position} {person.name}")
    for group, people in groups.items():
        if group:
            body.append(Item("paragraph", f"{group}:"))
        body += [Item("bullet", f"{p};", "-") for p in people]
    chair, secretary = _with_role(session, "chair"), _with_role(session, "secretary")
    body.append(Item("paragraph", f"Chủ trì: {chair.name if chair else ''}"))
    body.append(Item("paragraph", f"Thư ký: {secretary.name if secretary else ''}"))
    body.append(Item("paragraph", "Nội dung:"))
    number = 0
    for report in session.reports:
        number += 1
        who = _person(session, report.presenter)
        body.append(Item("numbered", f"{who} báo cáo {report.title}:", f"{number}."))
        body += [Item("paragraph", text) for text in _paragraphs(report.content)]
        if report.figures:
            body.append(Item("paragraph", "Một số số liệu chủ yếu:"))
            body += [Item("bullet", f"{f.label}: {f.value} {f.unit};", "-") for f in report.figures]
    if session.opinions:
        number += 1
        body.append(Item("numbered", "Ý kiến phát biểu:", f"{number}."))
        for opinion in session.opinions:
            said = " ".join(_paragraphs(opinion.content))
            body.append(Item("bullet", f"{_person(session, opinion.speaker)}: {said}", "-"))
    if session.conclusion.proposals:
        number += 1
        body.append(Item("numbered", "Đề xuất, kiến nghị:", f"{number}."))
        body += [Item("bullet", f"{p.text} {p.answer}", "-") for p in session.conclusion.proposals]
    number += 1
    body.append(Item("numbered", f"Kết luận của {chair.position if chair else ''}:", f"{number}."))
    body += [Item("paragraph", text) for text in session.conclusion.assessment]
    if _active(session):
        body.append(Item("paragraph", f"Thời gian tới, đề nghị {session.counterpart} tập trung "
                         "thực hiện tốt các nhiệm vụ sau:"))
        body += _directives(session)
    end = session.end_time or "cùng ngày"
    body.append(Item("paragraph", f"Buổi làm việc kết thúc vào {end}./."))
    members = [p for p in session.attendees if p.role in ("secretary", "chair")]
    context = _header(session, DocType.BIEN_BAN)
    context["titles"] = ["THƯ KÝ", "CHỦ TỌA"]
    context["names"] = [*[p.name for p in members][:2], "", ""]
    summary = f"{KIND_NAMES[session.kind].capitalize()} với {session.counterpart}"
    return {**context, "summary": summary, "body": body}


def bao_cao(session: Any) -> dict[str, Any]:
    reports = "; ".join(
        f"{_person(session, r.presenter)} báo cáo {r.title}".strip() for r in session.reports
    )
    body = [Item("paragraph", f"{_opening(session)[:-1]}, nghe {reports}. Một số số liệu chủ yếu:")]
    figures = [f for r in session.reports for f in r.figures]
    if figures:
        rows = [[str(i + 1), f.label, f"{f.value} {f.unit}".strip()] for i, f in enumerate(figures)]
        body.append(Item("table", rows=rows))
    if session.conclusion.assessment:
        body.append(Item("paragraph", "Đánh giá: " + " ".join(session.conclusion.assessment)))
    directives = _directives(session, "numbered")
    if directives:
        body.append(Item("paragraph", f"Nhiệm vụ giao {session.counterpart} chủ trì thực hiện:"))
        body += directives
    summary = f"Kết quả {KIND_NAMES[session.kind]} với {session.counterpart}"
    return {**_header(session, DocType.BAO_CAO), "summary": summary, "body": body}


CONTEXTS = {
    DocType.THONG_BAO_KET_LUAN: thong_bao,
    DocType.BIEN_BAN: bien_ban,
    DocType.BAO_CAO: bao_cao,
}


def write(template: Path, session: Any, doc_type: DocType, target: Path) -> None:
    """What the peer does per document: load the Word template, fill it, save."""
    document = DocxTemplate(template)
    document.render(CONTEXTS[doc_type](session))
    document.save(target)
