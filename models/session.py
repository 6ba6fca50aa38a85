"""The session: everything a clerk records about one working session, meeting or conference.

These classes are the interchange format ``thuky.session/1`` (shared/DESIGN.md) given types.
They check each field on its own (types, dates, known values) and normalise text; rules that
relate fields to each other live in ``models.checks`` so the window can hold a half-finished
session (a report whose presenter was just deleted) and show the problem instead of refusing
the edit.

Unknown fields are kept (``extra="allow"``) so a file from a newer version loses nothing when
this version opens and saves it again.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Final, Literal, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from models.text import normalize_text
from models.wording import default_title

FORMAT: Final = "thuky.session/1"


def _serialize_time(value: dt.time) -> str:
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


Text = Annotated[str, AfterValidator(normalize_text)]
"""Any free text: NFC, no XML-illegal characters."""



def _item_id(value: str) -> str:
    """Clean, then strip, then refuse blank: an id of spaces or control characters is empty.

    (``StringConstraints`` after an ``AfterValidator`` stripped but skipped the length check.)
    """
    cleaned = normalize_text(value).strip()
    if not cleaned:
        raise PydanticCustomError("string_too_short", "an id must not be empty")
    return cleaned


ItemId = Annotated[str, AfterValidator(_item_id)]
"""Identifier of an attendee, report, opinion or directive, unique within its list."""

def _time_from_text(value: Any) -> Any:
    """Only "HH:MM" text (or a time) is a clock time; pydantic would read 0 as midnight UTC."""
    if isinstance(value, str | dt.time):
        return value
    raise PydanticCustomError("time_type", "a time must be written as HH:MM")


ClockTime = Annotated[
    dt.time,
    BeforeValidator(_time_from_text),
    AfterValidator(lambda value: value.replace(tzinfo=None)),
    PlainSerializer(_serialize_time, return_type=str, when_used="json"),
]
"""A time of day written "HH:MM" in the file."""


class Kind(StrEnum):
    WORKING_SESSION = "working_session"
    MEETING = "meeting"
    CONFERENCE = "conference"


class Role(StrEnum):
    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    GUEST = "guest"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class _Model(BaseModel):
    """Common configuration: keep unknown fields, re-validate on assignment.

    ``defer_build``: pydantic builds a model's validator when it is first used rather than at
    import. Reading a session file then builds one validator (the Session's, which contains the
    others) instead of one per class: a third less start-up for every command and the window.
    """

    model_config = ConfigDict(extra="allow", validate_assignment=True, defer_build=True)

    # Empty lists are written as ``= []``: pydantic gives every instance its own copy, while
    # ``Field(default_factory=list)`` made it inspect ``list``'s signature once per field
    # when the validator is built (4 of the 9 ms each command and the window spend there).


class Issuer(_Model):
    parent: Text = ""
    name: Text = ""
    symbol: Text = ""
    place: Text = ""
    #: The issuing body as sentences name it ("Văn phòng Ủy ban nhân dân tỉnh thông báo …");
    #: empty: derived from the name and parent (models.wording.issuer_in_text), which the
    #: header prints in capitals.
    name_in_text: Text = ""


AddedFrom = Literal["opinion", "report"]
"""Where an attendee row was made when a new name was typed (``Attendee.added_from``)."""


class Attendee(_Model):
    id: ItemId
    name: Text = ""
    position: Text = ""
    organization: Text = ""
    group: Text = ""
    role: Role = Role.MEMBER
    present: StrictBool = True
    absence_reason: Text = ""
    #: The post the documents name this person by, when the position holds several ("Phó Bí
    #: thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"); empty: models.wording.default_title.
    post: Text = ""

    @property
    def document_post(self) -> str:
        """The post the documents use: the clerk's choice, else the default one."""
        return self.post.strip() or default_title(self.position)

    added_from: AddedFrom | None = None
    """Set when the clerk typed a new name as a speaker or presenter: the row was made from
    an opinion or a report and still lacks the position and unit. Absent from files (and
    ignored by older versions) otherwise, so the format stays ``thuky.session/1``."""

    @property
    def is_delegation(self) -> bool:
        """A line such as "Đại diện lãnh đạo các sở, ngành" stands for a group, not a person."""
        return not self.name.strip()


class Figure(_Model):
    label: Text = ""
    value: Text = ""
    unit: Text = ""
    note: Text = ""


class Report(_Model):
    id: ItemId
    presenter: Text | None = None
    title: Text = ""
    content: Text = ""
    figures: list[Figure] = []

    @property
    def paragraphs(self) -> list[str]:
        """Content is paragraphs separated by a blank line."""
        return split_paragraphs(self.content)


class Opinion(_Model):
    id: ItemId
    speaker: Text | None = None
    content: Text = ""

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.content)


class ProgressEntry(_Model):
    """One step reported by the unit: what was done, when, and the paper that says so."""

    date: dt.date
    text: Text = ""
    reference: Text = ""  # e.g. "Công văn số 125/UBND-KT ngày 02/4/2024"


class DeadlineExtension(_Model):
    """A later deadline granted by the chair; the original deadline is kept beside it.

    Follow-up reports show both, so an extension adds to the record and never overwrites.
    """

    deadline: dt.date
    date: dt.date | None = None  # when the extension was granted
    document: Text = ""  # the approving document


class Directive(_Model):
    """A task the chair assigned, and what happened to it afterwards.

    ``deadline`` is the original deadline as the conclusion gave it; ``extensions`` hold the
    later ones (the last is in force). ``standing`` marks a task the chair set with no
    deadline at all ("thường xuyên"), which is not the same as a deadline not typed yet.
    """

    id: ItemId
    text: Text = ""
    assignees: list[Text] = []
    collaborators: list[Text] = []
    deadline: dt.date | None = None
    status: Status = Status.OPEN
    standing: StrictBool = False
    completed_on: dt.date | None = None
    progress: list[ProgressEntry] = []
    extensions: list[DeadlineExtension] = []

    @property
    def deadline_in_force(self) -> dt.date | None:
        """The deadline the task is judged by: the last extension's, else the original."""
        if self.standing:
            return None
        if self.extensions:
            return self.extensions[-1].deadline
        return self.deadline

    @property
    def is_done(self) -> bool:
        return self.completed_on is not None or self.status is Status.DONE

    @property
    def last_progress(self) -> ProgressEntry | None:
        """The newest entry by date (entries may be typed out of order)."""
        if not self.progress:
            return None
        return max(enumerate(self.progress), key=lambda pair: (pair[1].date, pair[0]))[1]


class Proposal(_Model):
    """A proposal (đề xuất, kiến nghị) put to the chair, and the chair's answer.

    Mẫu 1.4 gives the answers their own section in a Thông báo kết luận; a proposal the
    chair has not answered yet is kept but not printed.
    """

    id: ItemId
    text: Text = ""
    answer: Text = ""


class Conclusion(_Model):
    assessment: list[Text] = []
    directives: list[Directive] = []
    proposals: list[Proposal] = []

    @property
    def active_directives(self) -> list[Directive]:
        """Cancelled directives never appear in any document."""
        return [d for d in self.directives if d.status is not Status.CANCELLED]


class Note(_Model):
    time: ClockTime | None = None
    text: Text = ""


class Signer(_Model):
    authority: Text = ""
    position: Text = ""
    name: Text = ""


class DocumentInfo(_Model):
    number: Text = ""
    issued_on: dt.date | None = None
    signer: Signer = Field(default_factory=Signer)
    recipients: list[Text] = []
    archive: Text = ""


class Session(_Model):
    format: Literal["thuky.session/1"] = FORMAT
    kind: Kind = Kind.WORKING_SESSION
    subject: Text = ""
    counterpart: Text = ""
    date: dt.date
    start_time: ClockTime | None = None
    end_time: ClockTime | None = None
    location: Text = ""
    issuer: Issuer = Field(default_factory=Issuer)
    attendees: list[Attendee] = []
    reports: list[Report] = []
    opinions: list[Opinion] = []
    conclusion: Conclusion = Field(default_factory=Conclusion)
    notes: list[Note] = []
    document: DocumentInfo = Field(default_factory=DocumentInfo)

    @classmethod
    def new(cls, on: dt.date | None = None) -> Session:
        """An empty session for the window's "new" command, every field written out.

        Built with ``model_construct``: every value is one of our own defaults, already of
        its type, so nothing needs validating, and the window can show its empty editor
        before pydantic has built the Session validator (~37 ms of start-up). The result is
        the same as validating these values (tests/unit/test_models.py checks it); later
        assignments are validated as usual.
        """
        return cls.model_construct(
            format=FORMAT,
            kind=Kind.WORKING_SESSION,
            subject="",
            counterpart="",
            date=on or dt.date.today(),
            start_time=None,
            end_time=None,
            location="",
            issuer=Issuer.model_construct(parent="", name="", symbol="", place=""),
            attendees=[],
            reports=[],
            opinions=[],
            conclusion=Conclusion.model_construct(assessment=[], directives=[]),
            notes=[],
            document=DocumentInfo.model_construct(
                number="",
                issued_on=None,
                signer=Signer.model_construct(authority="", position="", name=""),
                recipients=[],
                archive="",
            ),
        )

    # -- look-ups used by the renderer and the window -------------------------------------

    def attendee(self, attendee_id: str | None) -> Attendee | None:
        if not attendee_id:
            return None
        return next((a for a in self.attendees if a.id == attendee_id), None)

    @property
    def chair(self) -> Attendee | None:
        return next((a for a in self.attendees if a.role is Role.CHAIR), None)

    @property
    def secretary(self) -> Attendee | None:
        return next((a for a in self.attendees if a.role is Role.SECRETARY), None)

    def to_document(self) -> dict[str, Any]:
        """The JSON-ready document: every field the file had or an edit touched, unknown ones too.

        A field the file did not have and that still holds its default is left out, so
        import → export returns the same document rather than one padded with defaults.
        Unlike pydantic's ``exclude_unset`` this survives in-place edits (appending to a
        list the file lacked still writes the list).
        """
        data = self.model_dump(mode="json")
        _drop_untouched_defaults(self, data)
        return data


def _holds_models(annotation: Any) -> bool:
    """Whether a field's type is a model or a list of models (the only places to recurse)."""
    if get_origin(annotation) is list:
        annotation = get_args(annotation)[0]
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


@cache
def _field_plan(model_type: type[BaseModel]) -> tuple[tuple[str, FieldInfo, bool], ...]:
    return tuple(
        (name, field, _holds_models(field.annotation))
        for name, field in model_type.model_fields.items()
    )


def _drop_untouched_defaults(model: BaseModel, data: dict[str, Any]) -> None:
    # Runs on every autosave over every item of a session, so it only compares fields the
    # file never set and only descends into fields whose type holds models.
    fields_set = model.model_fields_set
    values = model.__dict__
    for name, field, holds_models in _field_plan(type(model)):
        value = values[name]
        if name not in fields_set and value == field.get_default(call_default_factory=True):
            data.pop(name, None)
        elif not holds_models:
            continue
        elif isinstance(value, BaseModel):
            _drop_untouched_defaults(value, data[name])
        elif isinstance(value, list):
            for item, item_data in zip(value, data[name], strict=True):
                _drop_untouched_defaults(item, item_data)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by one or more blank lines; single newlines stay inside."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]


def next_id(prefix: str, existing: list[str]) -> str:
    """The next free id such as "p6" or "d7", continuing the numbering already used."""
    taken = set(existing)
    highest = 0
    for item in existing:
        tail = item[len(prefix):] if item.startswith(prefix) else ""
        if tail.isdigit():
            highest = max(highest, int(tail))
    candidate = highest + 1
    while f"{prefix}{candidate}" in taken:
        candidate += 1
    return f"{prefix}{candidate}"
