"""The register → the progress report's template context: counts, tables and sentences.

The report ("Báo cáo tình hình thực hiện các nhiệm vụ được giao") is written from the same
register the window and the CLI list, through the same filter (models.register), so its
counts are the register's counts for that filter. Everything is computed here for a given
"today" (the cut-off date); the template only words it. Values are plain strings and small
read-only records, as in renderer.context.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, Protocol

from models.labels import KIND_NAMES
from models.register import (
    CLASS_LABELS,
    ClassCounts,
    DirectiveClass,
    RegisterEntry,
    RegisterFilter,
    days_overdue,
    filter_entries,
)
from models.register_chart import chart_rows
from models.register_summary import counts_of_classified
from models.session import DocumentInfo, Issuer, Kind, Session, Signer
from models.units import UnitDirectory
from models.vi_format import group_digits, number_line, place_date_line, short_date, upper_vi
from models.wording import issuer_code
from renderer.context import DocView, IssuerView
from renderer.doctype import ReportType
from renderer.escape import MarkdownSafe

REPORT = ReportType.BAO_CAO_NHIEM_VU
#: What the template prints on a line of its own where the landscape appendix begins: a
#: private-use character, so no text of a template or a clerk can mean it by accident.
APPENDIX_BREAK = MarkdownSafe("\ue002")
#: The picture name the template gives the chart: ``![…](chart)``.
CHART = "chart"


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What a progress report is made from.

    *entries*: the register (every period: the same period of the previous year is looked
    up in it); *filter*: the period (session dates), and optionally a unit and a chair, as
    the register's filter means them; *today*: the cut-off date the classes are computed
    for. *issuer* and *signer* head and sign the report (the CLI takes the store's most
    recently used issuer profile and the signer of the latest session in the period).
    """

    entries: Sequence[RegisterEntry]
    filter: RegisterFilter
    today: dt.date
    directory: UnitDirectory = field(default_factory=UnitDirectory)
    issuer: Issuer = field(default_factory=Issuer)
    signer: Signer = field(default_factory=Signer)
    archive: str = ""  # "- Lưu: VT, <archive>."


class RegisterSource(Protocol):
    """What a report request reads from the store (storage.Store; the renderer does not
    import storage, the window and the CLI hand it their store)."""

    def register_entries(
        self, session_from: dt.date | None = None, session_to: dt.date | None = None
    ) -> list[RegisterEntry]: ...

    def unit_directory(self) -> UnitDirectory: ...

    def issuer_profiles(self) -> list[Issuer]: ...

    def load(self, session_id: int) -> Session: ...


def report_request(source: RegisterSource, flt: RegisterFilter, today: dt.date) -> ReportRequest:
    """The request the window and the CLI make alike: the register from a year before the
    period (for the comparison) to its end; the issuer of the most recently used profile
    (else that of the latest session in the period) and the signer and archive of that
    latest session."""
    earliest = year_before(flt.session_from) if flt.session_from else None
    entries = source.register_entries(earliest, flt.session_to)
    in_period = [
        e for e in entries
        if (flt.session_from is None or e.session_date >= flt.session_from)
        and (flt.session_to is None or e.session_date <= flt.session_to)
    ]
    latest = max(in_period, key=lambda e: (e.session_date, e.session_id), default=None)
    session = source.load(latest.session_id) if latest is not None else None
    profiles = source.issuer_profiles()
    issuer = profiles[0] if profiles else session.issuer if session is not None else Issuer()
    document = session.document if session is not None else DocumentInfo()
    return ReportRequest(entries=entries, filter=flt, today=today,
                         directory=source.unit_directory(), issuer=issuer,
                         signer=document.signer, archive=document.archive)


class Totals(NamedTuple):
    """The counts of one scope and their percentages ("66,7"), each with its base said."""

    assigned: int  # every task (with and without a deadline)
    with_deadline: int
    done: int
    done_on_time: int
    done_late: int
    not_done: int
    in_progress: int
    overdue: int
    due: int  # deadline come: done + overdue
    without_deadline: int
    done_without_deadline: int
    standing: int
    # Percentages of the tasks with a deadline ("" when there are none):
    done_pct: str
    done_on_time_pct: str
    done_late_pct: str
    not_done_pct: str
    in_progress_pct: str
    overdue_pct: str
    # Percentages of the tasks whose deadline has come (the monthly reports' base):
    done_of_due_pct: str
    done_on_time_of_due_pct: str


class UnitRow(NamedTuple):
    number: int  # "TT", counted from 1
    name: str
    total: int  # tasks with a deadline the unit leads
    done: int
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    rate: str  # done / total in per cent, "75,0"; "" when total is 0
    note: str  # "2 nhiệm vụ thường xuyên": the tasks without a deadline, counted apart


class TaskView(NamedTuple):
    number: int  # "TT", counted from 1
    text: str
    source: str  # "Thông báo số 85/TB-VPUBND ngày 05/3/2024" or "Kết luận buổi làm việc ngày …"
    lead: str  # lead units joined by "; "
    collaborators: str
    deadline: str  # the deadline in force "30/4/2024", "Thường xuyên" or ""
    original_deadline: str  # the first deadline when extended, else ""
    extensions: str  # "gia hạn đến 30/4/2024 (Công văn số 125/UBND-KT)", joined by "; "
    deadline_text: str  # deadline with its history: "30/4/2024 (hạn ban đầu 31/3/2024; …)"
    result: str  # "Hoàn thành ngày 28/3/2024" and/or the last progress entry
    class_key: str
    class_label: str
    days_overdue: int


class PeriodView(NamedTuple):
    start: str  # "01/01/2024" or ""
    end: str
    cut_off: str  # the day the classes are computed for
    text: str  # "từ ngày 01/01/2024 đến ngày 31/3/2024", "đến ngày …" or ""
    previous_text: str  # the same period one year earlier, or ""


@dataclass(slots=True)
class ReportContext:
    """What the progress report's template sees (report_templates/README.md)."""

    doc: DocView
    issuer: IssuerView
    period: PeriodView
    unit: str  # the unit asked for, as typed, or ""
    chair: str  # the chair asked for, or ""
    chairs: list[Any]  # the chairs whose tasks are counted, most tasks first
    totals: Totals
    previous: Totals | None  # the same period a year earlier, when the register holds it
    units: list[Any]
    unit_totals: UnitRow
    several_leads: int  # tasks led by more than one unit (counted once per unit above)
    overdue: list[Any]
    tasks: list[Any]
    reference: str  # "Báo cáo số      /BC-VPUBND ngày …": what the appendix is attached to
    chart: str  # the picture name for ``![…](chart)``, "" when there is nothing to draw
    appendix_break: MarkdownSafe
    signer: dict[str, str]
    chart_rows: list[tuple[str, ClassCounts]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if name != "chart_rows"
        }


def percent(part: int, whole: int) -> str:
    """"66,7": one decimal with the Vietnamese decimal comma; "" when *whole* is 0."""
    if whole == 0:
        return ""
    return f"{100.0 * part / whole:.1f}".replace(".", ",")


def totals(counts: ClassCounts) -> Totals:
    c = DirectiveClass
    base, due = counts.with_deadline, counts.due
    return Totals(
        assigned=counts.total,
        with_deadline=base,
        done=counts.done,
        done_on_time=counts[c.DONE_ON_TIME],
        done_late=counts[c.DONE_LATE],
        not_done=counts.not_done,
        in_progress=counts[c.IN_PROGRESS],
        overdue=counts[c.OVERDUE],
        due=due,
        without_deadline=counts.without_deadline,
        done_without_deadline=counts[c.DONE],
        standing=counts[c.STANDING],
        done_pct=percent(counts.done, base),
        done_on_time_pct=percent(counts[c.DONE_ON_TIME], base),
        done_late_pct=percent(counts[c.DONE_LATE], base),
        not_done_pct=percent(counts.not_done, base),
        in_progress_pct=percent(counts[c.IN_PROGRESS], base),
        overdue_pct=percent(counts[c.OVERDUE], base),
        done_of_due_pct=percent(counts.done, due),
        done_on_time_of_due_pct=percent(counts[c.DONE_ON_TIME], due),
    )


def _period(flt: RegisterFilter, today: dt.date, previous: bool) -> PeriodView:
    start = short_date(flt.session_from) if flt.session_from else ""
    end = short_date(flt.session_to) if flt.session_to else ""
    if start and end:
        text = f"từ ngày {start} đến ngày {end}"
    elif start:
        text = f"từ ngày {start} đến ngày {short_date(today)}"
    elif end:
        text = f"đến ngày {end}"
    else:
        text = ""
    previous_text = ""
    if previous and flt.session_from:
        earlier = _year_earlier(flt)
        assert earlier.session_from is not None
        until = earlier.session_to or year_before(today)
        previous_text = (
            f"từ ngày {short_date(earlier.session_from)} đến ngày {short_date(until)}"
        )
    return PeriodView(start, end, short_date(today), text, previous_text)


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _year_earlier(flt: RegisterFilter) -> RegisterFilter:
    return replace(
        flt,
        session_from=year_before(flt.session_from) if flt.session_from else None,
        session_to=year_before(flt.session_to) if flt.session_to else None,
    )


def _source(entry: RegisterEntry) -> str:
    if entry.document_number:
        issued = f" ngày {short_date(entry.document_issued_on)}" if entry.document_issued_on else ""
        return f"Thông báo số {entry.document_number}{issued}"
    try:
        kind = KIND_NAMES[Kind(entry.session_kind)]
    except ValueError:
        kind = "cuộc họp"
    return f"Kết luận tại {kind} ngày {short_date(entry.session_date)}"


def _extension_text(entry: RegisterEntry) -> str:
    parts = []
    for extension in entry.extensions:
        document = f" ({extension.document})" if extension.document else ""
        parts.append(f"gia hạn đến {short_date(extension.deadline)}{document}")
    return "; ".join(parts)


def _result(entry: RegisterEntry, klass: DirectiveClass) -> str:
    parts = []
    if entry.completed_on is not None:
        parts.append(f"Hoàn thành ngày {short_date(entry.completed_on)}")
    elif klass in (DirectiveClass.DONE_ON_TIME, DirectiveClass.DONE_LATE, DirectiveClass.DONE):
        parts.append("Đã hoàn thành")
    progress = entry.last_progress
    if progress is not None and progress.text:
        reference = f" ({progress.reference})" if progress.reference else ""
        parts.append(f"{short_date(progress.date)}: {progress.text}{reference}")
    return ". ".join(part.rstrip(".") for part in parts)


def task_view(entry: RegisterEntry, index: int, klass: DirectiveClass, today: dt.date) -> TaskView:
    deadline = entry.deadline_in_force
    if deadline is not None:
        shown = short_date(deadline)
    elif entry.standing:
        shown = "Thường xuyên"
    else:
        shown = ""
    original = short_date(entry.deadline) if entry.extended and entry.deadline else ""
    extensions = _extension_text(entry) if entry.extended else ""
    history = "; ".join(
        part for part in (f"hạn ban đầu {original}" if original else "", extensions) if part
    )
    return TaskView(
        number=index,
        text=entry.text.strip(),
        source=_source(entry),
        lead="; ".join(entry.lead),
        collaborators="; ".join(entry.collaborators),
        deadline=shown,
        original_deadline=original,
        extensions=extensions,
        deadline_text=f"{shown} ({history})" if history else shown,
        result=_result(entry, klass),
        class_key=klass.value,
        class_label=CLASS_LABELS[klass],
        days_overdue=days_overdue(deadline, today) if klass is DirectiveClass.OVERDUE else 0,
    )


def _unit_rows(
    entries: Sequence[tuple[RegisterEntry, DirectiveClass]], directory: UnitDirectory
) -> tuple[list[UnitRow], list[tuple[str, ClassCounts]], int]:
    """Rows by lead unit (spellings grouped, models.register_summary as the Excel summary
    counts them); a task with several lead units counts for each. Also the chart's rows and
    how many tasks have several leads."""
    counted = counts_of_classified(entries, directory)
    several = sum(
        len({directory.key(name) for name in entry.lead if name.strip()}) > 1
        for entry, _ in entries
    )
    rows = [_unit_row(index, name, counts) for index, (name, counts) in enumerate(counted, 1)]
    return rows, chart_rows(counted), several


def _unit_row(index: int, name: str, counts: ClassCounts) -> UnitRow:
    c = DirectiveClass
    apart = counts.without_deadline
    return UnitRow(
        number=index,
        name=name,
        total=counts.with_deadline,
        done=counts.done,
        done_on_time=counts[c.DONE_ON_TIME],
        done_late=counts[c.DONE_LATE],
        in_progress=counts[c.IN_PROGRESS],
        overdue=counts[c.OVERDUE],
        rate=percent(counts.done, counts.with_deadline),
        note=f"{group_digits(apart)} nhiệm vụ thường xuyên" if apart else "",
    )


def _summary(flt: RegisterFilter, period: PeriodView, unit: str) -> str:
    parts = ["Tình hình thực hiện các nhiệm vụ được giao"]
    if unit:
        parts.append(f"của {unit}")
    if period.text:
        parts.append(period.text)
    return " ".join(parts)


def _reference(doc: DocView, issuer_name: str) -> str:
    """"Báo cáo số      /BC-VPUBND ngày      tháng      năm 2024 của Văn phòng …"."""
    number = doc.number_line.removeprefix("Số:").strip(" ")
    date = doc.place_date.rsplit(", ", 1)[-1]
    date = date[:1].lower() + date[1:]
    of = f" của {issuer_name}" if issuer_name else ""
    return f"Báo cáo số {number} {date}{of}"


def build_report_context(request: ReportRequest) -> ReportContext:
    """Everything the progress report's template may use; see report_templates/README.md."""
    flt, today, directory = request.filter, request.today, request.directory
    chosen = filter_entries(request.entries, flt, today, directory)
    classified = [(entry, entry.classify(today)) for entry in chosen]
    pairs = [(entry, klass) for entry, klass in classified if klass is not None]
    counts = ClassCounts.of(klass for _, klass in pairs)

    previous = None
    if flt.session_from is not None:
        earlier = filter_entries(
            request.entries, _year_earlier(flt), year_before(today), directory
        )
        if earlier:
            previous = totals(ClassCounts.of(e.classify(year_before(today)) for e in earlier))
    period = _period(flt, today, previous is not None)

    rows, chart_rows, several = _unit_rows(pairs, directory)
    tasks = [task_view(entry, index, klass, today) for index, (entry, klass) in
             enumerate(pairs, 1)]
    overdue = sorted(
        (task for task in tasks if task.class_key == DirectiveClass.OVERDUE.value),
        key=lambda task: (-task.days_overdue, task.number),
    )
    overdue = [task._replace(number=index) for index, task in enumerate(overdue, 1)]

    chair_tally: dict[str, int] = defaultdict(int)
    for entry, _ in pairs:
        if entry.chair.strip():
            chair_tally[entry.chair.strip()] += 1
    chairs = sorted(chair_tally, key=lambda name: (-chair_tally[name], name))

    issuer = request.issuer
    issuer_view = IssuerView.of(issuer)
    unit = (flt.unit or "").strip()
    doc = DocView(
        type_name=REPORT.type_name,
        symbol=REPORT.symbol,
        display_name=REPORT.display_name,
        summary=_summary(flt, period, unit),
        number_line=number_line("", REPORT.symbol, issuer_code(issuer.symbol)),
        place_date=place_date_line(issuer.place.strip(), None, today.year),
        is_draft=True,
    )
    signer = request.signer
    return ReportContext(
        doc=doc,
        issuer=issuer_view,
        period=period,
        unit=unit,
        chair=(flt.chair or "").strip(),
        chairs=chairs,
        totals=totals(counts),
        previous=previous,
        units=rows,
        unit_totals=_unit_row(0, "Tổng cộng", counts),
        several_leads=several,
        overdue=overdue,
        tasks=tasks,
        reference=_reference(doc, issuer_view.full_name),
        chart=CHART if chart_rows else "",
        appendix_break=APPENDIX_BREAK,
        signer={
            "authority": upper_vi(signer.authority.strip()),
            "position": upper_vi(signer.position.strip()),
            "name": signer.name.strip(),
        },
        chart_rows=chart_rows,
    )
