"""Session → template context: the model plus ready-made Vietnamese strings.

Templates own wording and structure; the sentences that follow fixed rules (dates, the number
line, the chair's title, who attended on which side, a directive's assignee and deadline) are
composed here once, so every template and the fixed Decree 30 parts say them the same way.
Values are plain strings, lists and small read-only records: a template cannot reach the
pydantic model or anything behind it, and every string is escaped when printed
(renderer.escape).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from models.labels import KIND_NAMES
from models.session import Attendee, Directive, Figure, Issuer, Kind, Role, Session
from models.vi_format import (
    admin_date,
    lower_first,
    number_line,
    place_date_line,
    point_label,
    short_date,
    time_text,
    upper_first,
    upper_vi,
)
from models.wording import (
    issuer_code,
    issuer_in_text,
    side_heading,
    with_organization,
    without_lead,
)
from renderer.doctype import DocType


class PersonView(NamedTuple):
    """An attendee as the documents name them."""

    name: str
    position: str
    organization: str
    group: str  # the heading of the person's side: "Về phía tỉnh" (models.wording.side_heading)
    role: str
    present: bool
    absence_reason: str
    is_delegation: bool
    title: str  # the post the documents use (chosen or default): "Chủ tịch Ủy ban nhân dân tỉnh"
    label: str  # position then name: "Phó Bí thư Tỉnh ủy, Chủ tịch … Phạm Thiện Nghĩa"
    short_label: str  # title then name: "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"
    inline_label: str  # label as written mid-sentence: "đại diện lãnh đạo các sở, ngành"
    inline_short_label: str  # short_label mid-sentence


class GroupView(NamedTuple):
    name: str  # "Về phía tỉnh" however the clerk spelled it; empty (and first) for no side
    present: list[Any]
    absent: list[Any]


class FigureView(NamedTuple):
    label: str
    value: str
    unit: str
    note: str
    amount: str  # value and unit: "548 tỷ đồng"
    text: str  # the whole line: "Giải ngân …: 548 tỷ đồng (đạt 98% kế hoạch)"


class ReportView(NamedTuple):
    title: str
    about: str  # the title after "báo cáo", mid-sentence: "kết quả triển khai …"
    presenter: PersonView | None
    paragraphs: list[Any]
    figures: list[Any]


class OpinionView(NamedTuple):
    speaker: PersonView | None
    paragraphs: list[Any]


class DirectiveView(NamedTuple):
    text: str
    body: str  # the text without its final full stop, ready for "(… chủ trì; thời hạn: …)."
    label: str  # its point label: "a", "b", … "đ"
    assignees: list[Any]
    collaborators: list[Any]
    deadline: str  # "31/3/2024" or ""
    status: str
    assignment: str  # "X chủ trì thực hiện; Y phối hợp; thời hạn: 31/3/2024" or ""
    details: str  # the assignment without the owner all directives share (see directive_owner)
    sentence: str  # body + " (assignment)" + "."
    point: str  # body + " (details)" + ".": a point under "đề nghị <directive_owner> …"
    headline: str  # the body up to its first ";": what a one-page brief lists


class ProposalView(NamedTuple):
    text: str  # as the clerk typed it
    subject: str  # what follows "Về": "đề xuất hỗ trợ kinh phí …", "kiến nghị bổ sung vốn"
    answer: str  # the chair's answer, "" when not answered
    answered: bool


class NoteView(NamedTuple):
    time: str
    text: str


class DocView(NamedTuple):
    type_name: str
    symbol: str
    display_name: str
    summary: str
    number_line: str
    place_date: str
    is_draft: bool


class SessionView(NamedTuple):
    kind: str  # "buổi làm việc"
    name: str  # "Buổi làm việc của Chủ tịch … với …"
    subject: str
    counterpart: str
    location: str
    date: str  # "ngày 04 tháng 3 năm 2024"
    date_short: str  # "04/3/2024"
    start_time: str  # "14 giờ 00" or ""
    end_time: str
    start: str  # "14 giờ 00, ngày 04 tháng 3 năm 2024"
    end: str  # "17 giờ 00 cùng ngày"
    #: The session mid-sentence, after "chủ trì": "buổi làm việc với … về …"; a conference
    #: by its own name: "Hội nghị tổng kết công tác năm 2023".
    event: str
    event_short: str  # the same without "về <subject>" (a conference keeps its name)


class IssuerView(NamedTuple):
    parent: str
    name: str
    full_name: str  # as sentences name it: "Văn phòng Ủy ban nhân dân tỉnh" (issuer.name_in_text)
    symbol: str
    place: str

    @classmethod
    def of(cls, issuer: Issuer) -> IssuerView:
        """The issuer as every document prints it: the clerk's name in sentences, else the
        one derived from the header's; the symbol however the clerk typed it."""
        full_name = issuer.name_in_text.strip() or issuer_in_text(
            issuer.name, issuer.parent, issuer.place
        )
        return cls(parent=issuer.parent.strip(), name=issuer.name.strip(), full_name=full_name,
                   symbol=issuer_code(issuer.symbol), place=issuer.place.strip())


class ChairsView(NamedTuple):
    """Who chaired: the chair and any co-chairs, as one phrase ("A và B"), and the verb."""

    people: list[Any]
    label: str
    short_label: str
    inline_label: str
    inline_short_label: str
    verb: str  # "chủ trì", or "đồng chủ trì" for several


class BriefView(NamedTuple):
    """What the one-page brief says: every report, figure and directive and the whole
    assessment, unless that would not fit on its page; then the first ones (and the first
    words of the assessment), and how many more are left to the other documents."""

    directives: list[Any]
    figures: list[Any]
    more_directives: int  # 0, or how many directives follow the ones listed
    more_figures: int
    reports: list[Any]  # the reports the opening sentence names
    more_reports: int  # 0, or how many reports it only counts
    assessment: list[Any]  # its paragraphs, the last one cut short ("…") when it had to be
    assessment_cut: bool

    def assessment_words(self) -> int:
        return sum(len(paragraph.split()) for paragraph in self.assessment)

    def cut_to(self, directives: int, figures: int, reports: int | None = None,
               words: int | None = None) -> BriefView:
        """The first *directives* directives, *figures* figures and *reports* reports of this
        view, and the first *words* words of its assessment (None: all of them)."""
        reports = len(self.reports) if reports is None else reports
        assessment = self.assessment if words is None else _first_words(self.assessment, words)
        return BriefView(
            directives=self.directives[:directives],
            figures=self.figures[:figures],
            more_directives=self.more_directives + max(len(self.directives) - directives, 0),
            more_figures=self.more_figures + max(len(self.figures) - figures, 0),
            reports=self.reports[:reports],
            more_reports=self.more_reports + max(len(self.reports) - reports, 0),
            assessment=assessment,
            assessment_cut=self.assessment_cut or assessment != self.assessment,
        )


def _first_words(paragraphs: list[str], words: int) -> list[str]:
    """The paragraphs up to *words* words; a paragraph cut inside ends with "…"."""
    kept: list[str] = []
    for paragraph in paragraphs:
        found = paragraph.split()
        if len(found) <= words:
            kept.append(paragraph)
            words -= len(found)
            continue
        if words > 0:
            kept.append(" ".join(found[:words]).rstrip(",;:.-") + " …")
        break
    return kept


@dataclass(slots=True)
class Context:
    """What a template sees (documented variable by variable in report_templates/README.md)."""

    doc: DocView
    session: SessionView
    issuer: IssuerView
    chair: PersonView | None
    co_chairs: list[Any]
    chairs: ChairsView
    secretary: PersonView | None
    attendees: list[Any]
    groups: list[Any]
    others: list[Any]  # groups without the chairs and the secretary: "Cùng dự có …"
    reports: list[Any]
    figures: list[Any]
    opinions: list[Any]
    assessment: list[Any]
    directives: list[Any]
    directive_owner: str  # the one assignee every directive has, or "": "đề nghị X thực hiện …"
    proposals: list[Any]  # every proposal, in order (answered or not)
    answered_proposals: list[Any]  # only those with an answer: Mẫu 1.4's section 3
    notes: list[Any]
    brief: BriefView
    signer: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def person(attendee: Attendee) -> PersonView:
    """An attendee as the documents name them: the organization follows the position (and the
    post) whenever they do not already name it."""
    name = attendee.name.strip()
    organization = attendee.organization.strip()
    position = with_organization(attendee.position.strip(), organization)
    # The post is one of the position's: it names the organization when the position does
    # ("Phó Bí thư Tỉnh ủy" of a leader whose position names the provincial committee).
    named = position == attendee.position.strip()
    title = attendee.document_post if named else with_organization(
        attendee.document_post, organization)
    label = _join_words(position, name)
    short_label = _join_words(title, name)
    return PersonView(
        name=name,
        position=position,
        organization=organization,
        group=side_heading(attendee.group),
        role=attendee.role.value,
        present=attendee.present,
        absence_reason=attendee.absence_reason.strip(),
        is_delegation=attendee.is_delegation,
        title=title,
        label=label,
        short_label=short_label,
        inline_label=label if name else in_sentence(label),
        inline_short_label=short_label if name else in_sentence(short_label),
    )


def _chairs(people: list[PersonView]) -> ChairsView:
    def phrase(labels: list[str]) -> str:
        return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} và {labels[-1]}"

    if not people:
        return ChairsView([], "", "", "", "", "chủ trì")
    return ChairsView(
        people=people,
        label=phrase([p.label for p in people]),
        short_label=phrase([p.short_label for p in people]),
        inline_label=phrase([p.inline_label for p in people]),
        inline_short_label=phrase([p.inline_short_label for p in people]),
        verb="đồng chủ trì" if len(people) > 1 else "chủ trì",
    )


def _join_words(*parts: str) -> str:
    return " ".join(part for part in parts if part)


#: Words that open a phrase with a common noun or verb, not a name: Vietnamese writes them in
#: lower case inside a sentence ("Cùng dự có đại diện lãnh đạo các sở"). Anything else (a
#: title before a name, "Ủy ban nhân dân …", "Sở Tài chính", "UBND") keeps its capital.
COMMON_OPENERS = (
    # people and delegations
    "Đại diện", "Lãnh đạo", "Các", "Những", "Toàn thể", "Thành viên", "Cán bộ", "Chuyên viên",
    "Công chức", "Viên chức", "Phóng viên", "Đại biểu", "Thủ trưởng", "Người đứng đầu",
    # what a proposal asks for
    "Hỗ trợ", "Bổ sung", "Cho phép", "Xem xét", "Đầu tư", "Nâng cấp", "Điều chỉnh",
    "Phân bổ", "Ưu tiên", "Bố trí", "Giao", "Chấp thuận", "Thống nhất", "Tháo gỡ",
    "Giải quyết", "Xây dựng", "Sửa chữa", "Cấp", "Gia hạn", "Hướng dẫn", "Quan tâm",
    "Sớm", "Tăng", "Giảm", "Miễn",
)


def in_sentence(text: str) -> str:
    """*text* as written after other words: a common opener loses its capital, names keep theirs.

    Only the first letter of a listed opener (COMMON_OPENERS) changes, so a person's or an
    organisation's name is never altered and unknown words are left as the clerk typed them.
    """
    for opener in COMMON_OPENERS:
        if text.startswith(opener) and text[len(opener):len(opener) + 1] in ("", " ", ","):
            return lower_first(text)
    return text


#: Nouns a clerk often starts a proposal with; the notice then says "Về kiến nghị …" rather
#: than "Về đề xuất Kiến nghị …".
PROPOSAL_NOUNS = ("đề xuất", "đề nghị", "kiến nghị", "kiến nghị, đề xuất", "đề xuất, kiến nghị")


def _proposal_subject(text: str) -> str:
    """The words after "Về" in the notice: the clerk's own noun if they typed one, else
    "đề xuất", then the proposal mid-sentence without its full stop ("" when empty)."""
    if not text:
        return ""
    text = without_lead(text, "về")
    folded = text.casefold()
    if any(folded.startswith(noun) and folded[len(noun):len(noun) + 1] in ("", " ", ",", ":")
           for noun in PROPOSAL_NOUNS):
        return strip_period(lower_first(text))
    return f"đề xuất {strip_period(in_sentence(text))}"


def strip_period(text: str) -> str:
    """"… đề ra." → "… đề ra" so a parenthesis can go before the full stop."""
    return text.rstrip().rstrip(".").rstrip()


def sentence(text: str) -> str:
    """Ends *text* with a full stop unless it already ends with punctuation that closes it."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?:…" else text + "."


def _figure(figure: Figure) -> FigureView:
    amount = _join_words(figure.value.strip(), figure.unit.strip())
    text = figure.label.strip()
    if amount:
        text = f"{text}: {amount}" if text else amount
    if figure.note.strip():
        text = f"{text} ({figure.note.strip()})"
    return FigureView(
        label=figure.label.strip(),
        value=figure.value.strip(),
        unit=figure.unit.strip(),
        note=figure.note.strip(),
        amount=amount,
        text=text,
    )


def _directive(directive: Directive, index: int, owner: str) -> DirectiveView:
    assignees = [a.strip() for a in directive.assignees if a.strip()]
    collaborators = [c.strip() for c in directive.collaborators if c.strip()]
    deadline = short_date(directive.deadline) if directive.deadline else ""
    parts = []
    if assignees:
        parts.append(f"{', '.join(assignees)} chủ trì thực hiện")
    if collaborators:
        parts.append(f"{', '.join(collaborators)} phối hợp")
    if deadline:
        parts.append(f"thời hạn: {deadline}")
    assignment = "; ".join(parts)
    details = "; ".join(parts[1:]) if owner and assignees == [owner] else assignment
    body = strip_period(directive.text)
    full = f"{body} ({assignment})" if assignment else body
    point = f"{body} ({details})." if details else f"{body}."
    return DirectiveView(
        text=directive.text.strip(),
        body=body,
        label=point_label(index),
        assignees=assignees,
        collaborators=collaborators,
        deadline=deadline,
        status=directive.status.value,
        assignment=assignment,
        details=details,
        sentence=sentence(full) if full else "",
        point=point,
        headline=_headline(body),
    )


def _headline(body: str) -> str:
    """A directive's first clause ("…; …; …" → the part before the first ";").

    Clerks write one directive as several tasks joined by semicolons, the first naming the
    point; a brief lists that. A first clause of one or two words says too little to stand
    alone, so then the whole body is kept; so it is when the semicolon sits inside brackets
    or quotes.
    """
    if ";" not in body:
        return body
    first = body.split(";", 1)[0].rstrip(" ,:")
    if len(first.split()) < 3:
        return body
    # a semicolon inside brackets or quotes does not end the clause
    balanced = first.count("(") == first.count(")") and first.count("“") == first.count("”")
    return first if balanced and first.count('"') % 2 == 0 else body


def _groups(people: Iterable[PersonView]) -> list[Any]:
    """Sides in the order they first appear; people with no side first, under no heading, so
    nobody is listed under another side's heading."""
    order: dict[str, GroupView] = {"": GroupView("", [], [])}
    for p in people:
        group = order.setdefault(p.group, GroupView(p.group, [], []))
        (group.present if p.present else group.absent).append(p)
    return [group for group in order.values() if group.present or group.absent]


def _subject(session: Session) -> str:
    """The subject as said after "về": a clerk's own "về …" is not said twice."""
    return without_lead(session.subject, "về")


def _counterpart(session: Session) -> str:
    return without_lead(session.counterpart, "với")


def conference_name(session: Session) -> str:
    """A conference is named by its own name: "Hội nghị tổng kết công tác năm 2023"."""
    subject = without_lead(session.subject, "về")
    if not subject:
        return "Hội nghị"
    if subject.casefold().startswith("hội nghị"):
        return upper_first(subject)
    return f"Hội nghị {subject}"


def event(session: Session, with_subject: bool = True) -> str:
    """The session mid-sentence: "buổi làm việc với … về …" or a conference's name."""
    if session.kind is Kind.CONFERENCE:
        return conference_name(session)
    text = KIND_NAMES[session.kind]
    if _counterpart(session):
        text += f" với {_counterpart(session)}"
    if with_subject and _subject(session):
        text += f" về {_subject(session)}"
    return text


def session_name(session: Session, chair: PersonView | None) -> str:
    """"Buổi làm việc của Chủ tịch … với Ủy ban nhân dân thành phố Cao Lãnh"; a conference
    by its own name."""
    if session.kind is Kind.CONFERENCE:
        return conference_name(session)
    text = upper_first(KIND_NAMES[session.kind])
    if chair and chair.title:
        text += f" của {chair.title}"
    if _counterpart(session):
        text += f" với {_counterpart(session)}"
    elif _subject(session):
        text += f" về {_subject(session)}"
    return text


def summary_for(doc_type: DocType, session: Session, chair: PersonView | None) -> str:
    """The trích yếu under the type name."""
    name = session_name(session, chair)
    if doc_type is DocType.BIEN_BAN:
        return name
    if doc_type is DocType.BAO_CAO:
        conference = session.kind is Kind.CONFERENCE
        return f"Tóm tắt kết quả {name if conference else lower_first(name)}"
    who = chair.short_label if chair else ""
    text = f"Kết luận của {who}" if who else "Kết luận"
    if session.kind is Kind.CONFERENCE:
        return f"{text} tại {conference_name(session)}"
    kind = KIND_NAMES[session.kind]
    if _counterpart(session):
        return f"{text} tại {kind} với {_counterpart(session)}"
    if _subject(session):
        return f"{text} tại {kind} về {_subject(session)}"
    return f"{text} tại {kind}"


def _end_text(session: Session) -> str:
    if session.end_time is None:
        return ""
    return f"{time_text(session.end_time)} cùng ngày"


def build_context(session: Session, doc_type: DocType) -> Context:
    """Everything a template may use; see report_templates/README.md."""
    people = [person(a) for a in session.attendees]
    chair_index = next((i for i, a in enumerate(session.attendees) if a.role is Role.CHAIR), None)
    secretary_index = next(
        (i for i, a in enumerate(session.attendees) if a.role is Role.SECRETARY), None
    )
    chair = people[chair_index] if chair_index is not None else None
    secretary = people[secretary_index] if secretary_index is not None else None
    co_chair_indexes = [i for i, a in enumerate(session.attendees) if a.role is Role.CO_CHAIR]
    co_chairs = [people[i] for i in co_chair_indexes]
    by_id = dict(zip((a.id for a in session.attendees), people, strict=True))
    left_out = {chair_index, secretary_index, *co_chair_indexes}
    others = [p for i, p in enumerate(people) if i not in left_out]

    reports = list(
        ReportView(
            title=r.title.strip(),
            about=lower_first(without_lead(r.title, "báo cáo")),
            presenter=by_id.get(r.presenter or ""),
            paragraphs=list(r.paragraphs),
            figures=list(_figure(f) for f in r.figures),
        )
        for r in session.reports
    )
    figures = list(f for r in reports for f in r.figures)
    active = session.conclusion.active_directives
    owners = {tuple(a.strip() for a in d.assignees if a.strip()) for d in active}
    owner = next(iter(owners))[0] if len(owners) == 1 and len(next(iter(owners))) == 1 else ""
    directives = [_directive(d, i, owner) for i, d in enumerate(active)]
    proposals = [
        ProposalView(
            text=p.text.strip(),
            subject=_proposal_subject(p.text.strip()),
            answer=p.answer.strip(),
            answered=bool(p.answer.strip()),
        )
        for p in session.conclusion.proposals
        if p.text.strip() or p.answer.strip()
    ]
    start = admin_date(session.date)
    if session.start_time is not None:
        start = f"{time_text(session.start_time)}, {start}"
    issued = session.document.issued_on
    issuer = session.issuer

    doc = DocView(
        type_name=doc_type.type_name,
        symbol=doc_type.symbol,
        display_name=doc_type.display_name,
        summary=summary_for(doc_type, session, chair),
        number_line=number_line(
            session.document.number, doc_type.symbol, issuer_code(issuer.symbol)
        ),
        place_date=place_date_line(issuer.place.strip(), issued, session.date.year),
        is_draft=not session.document.number.strip() or issued is None,
    )
    view = SessionView(
        kind=KIND_NAMES[session.kind],
        name=session_name(session, chair),
        subject=_subject(session),
        counterpart=_counterpart(session),
        location=session.location.strip(),
        date=admin_date(session.date),
        date_short=short_date(session.date),
        start_time=time_text(session.start_time) if session.start_time else "",
        end_time=time_text(session.end_time) if session.end_time else "",
        start=start,
        end=_end_text(session),
        event=event(session),
        event_short=event(session, with_subject=False),
    )
    signer = session.document.signer
    assessment = [a.strip() for a in session.conclusion.assessment if a.strip()]
    return Context(
        doc=doc,
        session=view,
        issuer=IssuerView.of(issuer),
        chair=chair,
        co_chairs=co_chairs,
        chairs=_chairs([p for p in (chair, *co_chairs) if p is not None]),
        secretary=secretary,
        attendees=list(people),
        groups=_groups(people),
        others=_groups(others),
        reports=reports,
        figures=figures,
        opinions=list(
            OpinionView(speaker=by_id.get(o.speaker or ""), paragraphs=list(o.paragraphs))
            for o in session.opinions
        ),
        assessment=assessment,
        directives=directives,
        directive_owner=owner,
        proposals=proposals,
        answered_proposals=[p for p in proposals if p.answered],
        notes=list(
            NoteView(time=n.time.strftime("%H:%M") if n.time else "", text=n.text.strip())
            for n in session.notes
            if n.text.strip()
        ),
        signer={
            "authority": upper_vi(signer.authority.strip()),
            "position": upper_vi(signer.position.strip()),
            "name": signer.name.strip(),
        },
        brief=BriefView(directives=directives, figures=figures, more_directives=0,
                        more_figures=0, reports=reports, more_reports=0,
                        assessment=assessment, assessment_cut=False),
    )

