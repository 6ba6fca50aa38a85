"""``directives``: the directive register from the command line.

    directives [filters] [--today D] [--format tsv|json]      list (the default)
    directives update SESSION_ID DIRECTIVE_ID [--done D] [--progress TEXT] [--reference TEXT]
                      [--extend D] [--on D] [--today D]
    directives export [filters] -o REGISTER.xlsx
    directives report [--from D] [--to D] [--unit TEXT] [--chair TEXT] [--today D] [--force]
                      -o REPORT.docx

Other tools call these (the issue fixes the names and the json keys); ``--today`` makes a
listing or a report reproducible. An update goes through the session like an edit in the
window (``Store.update_directive``: a new revision, the session stays the truth).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from cli.common import CommandFailed, open_store, say
from cli.register_query import (
    add_filters,
    add_today,
    day,
    register_filter,
    selected_entries,
    today_of,
)

if TYPE_CHECKING:
    import datetime as dt

    from models.register import RegisterEntry


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "directives",
        help="sổ theo dõi nhiệm vụ: liệt kê, cập nhật, xuất Excel, báo cáo tiến độ",
        description=(
            "Liệt kê các nhiệm vụ được giao trong mọi phiên làm việc, với phân loại theo "
            "ngày --today: done-on-time (đã hoàn thành đúng hạn), done-late (đã hoàn thành "
            "quá hạn), in-progress (đang thực hiện trong hạn), overdue (chưa hoàn thành, quá "
            "hạn), done (đã hoàn thành, không thời hạn), standing (thường xuyên / chưa có "
            "thời hạn). Nhiệm vụ đã hủy không được liệt kê. Ngày viết 2024-03-04 hoặc "
            "04/03/2024."
        ),
    )
    _brief_errors(parser)
    add_filters(parser)
    parser.add_argument(
        "--format", choices=("tsv", "json"), default="tsv",
        help="tsv (mặc định, một dòng một nhiệm vụ) hoặc json (danh sách đối tượng)",
    )
    parser.set_defaults(func=run, action=None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=_BriefParser)

    update = actions.add_parser(
        "update",
        help="ghi kết quả, tiến độ hoặc gia hạn cho một nhiệm vụ",
        description=(
            "Cập nhật nhiệm vụ DIRECTIVE_ID của phiên SESSION_ID (xem số phiên và số hiệu "
            "nhiệm vụ trong danh sách). Thay đổi được lưu vào phiên làm việc như khi sửa "
            "trong cửa sổ, kèm một bản lưu mới."
        ),
    )
    update.add_argument("session_id", type=int, metavar="SESSION_ID")
    update.add_argument("directive_id", metavar="DIRECTIVE_ID")
    update.add_argument("--done", type=day, metavar="D", help="ngày đơn vị báo đã hoàn thành")
    update.add_argument("--progress", metavar="TEXT", help="nội dung tiến độ mới")
    update.add_argument(
        "--reference", metavar="TEXT",
        help="văn bản kèm theo tiến độ hoặc văn bản cho phép gia hạn, "
             'ví dụ "Công văn số 125/UBND-KT ngày 02/4/2024"',
    )
    update.add_argument("--extend", type=day, metavar="D", help="thời hạn mới (gia hạn)")
    update.add_argument("--on", type=day, metavar="D",
                        help="ngày của tiến độ hoặc của việc gia hạn (mặc định: --today)")
    add_today(update, suppress=True)

    export = actions.add_parser(
        "export",
        help="xuất danh sách nhiệm vụ (đã lọc) ra tệp Excel .xlsx",
        description="Ghi các nhiệm vụ khớp bộ lọc ra tệp .xlsx, kèm một trang tổng hợp.",
    )
    add_filters(export, suppress=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="REGISTER.xlsx")

    report = actions.add_parser(
        "report",
        help="soạn báo cáo tình hình thực hiện nhiệm vụ (.docx)",
        description=(
            "Soạn Báo cáo tình hình thực hiện các nhiệm vụ được giao cho các phiên họp "
            "trong khoảng --from/--to, theo một đơn vị hoặc người chủ trì nếu có."
        ),
    )
    report.add_argument("--from", dest="from_date", type=day, default=argparse.SUPPRESS,
                        metavar="D", help="kỳ báo cáo từ ngày")
    report.add_argument("--to", dest="to_date", type=day, default=argparse.SUPPRESS,
                        metavar="D", help="kỳ báo cáo đến ngày")
    report.add_argument("--unit", default=argparse.SUPPRESS, metavar="TEXT",
                        help="chỉ một đơn vị")
    report.add_argument("--chair", default=argparse.SUPPRESS, metavar="TEXT",
                        help="chỉ các phiên do người này chủ trì")
    add_today(report, suppress=True)
    report.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.docx")


def _one_line_error(prog: str, message: str) -> NoReturn:
    """A mistyped date or class is told in one line, without the long usage block."""
    sys.stderr.write(f"{prog}: lỗi: {message} (xem: {prog} --help)\n")
    raise SystemExit(2)


class _BriefParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        _one_line_error(self.prog, message)


def _brief_errors(parser: argparse.ArgumentParser) -> None:
    setattr(parser, "error", lambda message: _one_line_error(parser.prog, message))  # noqa: B010


def run(args: argparse.Namespace) -> int:
    if args.action == "update":
        return _update(args)
    if args.action == "export":
        return _handler("cli.directives_export", "run_export")(args)
    if args.action == "report":
        return _handler("cli.directives_report", "run_report")(args)
    return _list(args)


def _handler(module: str, name: str) -> Any:
    """Imported when used: the report pulls in the renderer, the export openpyxl."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as missing:
        if missing.name != module:
            raise
        raise CommandFailed(f"phiên bản này chưa có lệnh {module}.") from None


# -- list -----------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    today = today_of(args)
    flt = register_filter(args)
    with open_store(args) as store:
        entries, _ = selected_entries(store, flt, today)
    try:
        if args.format == "json":
            # One object a line: readable, and json's C encoder (indent= would use the
            # pure-Python one, ten times slower on 10,000 rows).
            lines = ",\n".join(json.dumps(as_json(e, today), ensure_ascii=False)
                                for e in entries)
            sys.stdout.write(f"[\n{lines}\n]\n" if entries else "[]\n")
        else:
            _write_tsv(entries, today)
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    if not entries:
        say("Không có nhiệm vụ nào khớp bộ lọc.")
    return 0


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def as_json(entry: RegisterEntry, today: dt.date) -> dict[str, Any]:
    """One directive for scripts: the keys the issue fixes, then what the window shows."""
    klass = entry.classify(today)
    progress = entry.last_progress
    return {
        "session_id": entry.session_id,
        "directive_id": entry.directive_id,
        "text": entry.text,
        "lead": list(entry.lead),
        "collaborators": list(entry.collaborators),
        "deadline": _iso(entry.deadline_in_force),
        "original_deadline": _iso(entry.deadline),
        "completed_on": _iso(entry.completed_on),
        "class": klass.value if klass is not None else None,
        "status": entry.status.value,
        "standing": entry.standing,
        "days_overdue": (today - entry.deadline_in_force).days
        if klass is not None and klass.value == "overdue" and entry.deadline_in_force
        else 0,
        "chair": entry.chair,
        "session_date": entry.session_date.isoformat(),
        "session_subject": entry.session_subject,
        "document_number": entry.document_number,
        "document_issued_on": _iso(entry.document_issued_on),
        "extensions": [
            {"deadline": x.deadline.isoformat(), "date": _iso(x.date), "document": x.document}
            for x in entry.extensions
        ],
        "last_progress": (
            {"date": progress.date.isoformat(), "text": progress.text,
             "reference": progress.reference}
            if progress is not None
            else None
        ),
    }


TSV_HEADER = (
    "phiên", "nhiệm vụ", "ngày phiên", "số văn bản", "nội dung", "chủ trì", "phối hợp",
    "thời hạn", "thời hạn ban đầu", "ngày hoàn thành", "phân loại", "tiến độ gần nhất",
)


def _write_tsv(entries: list[RegisterEntry], today: dt.date) -> None:
    """Tab-separated, a header line first, dates as clerks write them: for people and for
    pasting into a spreadsheet (scripts should read --format json)."""
    from models.register import CLASS_LABELS
    from models.vi_format import short_date

    def date(value: dt.date | None) -> str:
        return short_date(value) if value is not None else ""

    def cell(text: str) -> str:
        return " ".join(text.split())  # no tab or newline inside a field

    out = sys.stdout
    out.write("\t".join(TSV_HEADER) + "\n")
    for e in entries:
        klass = e.classify(today)
        progress = e.last_progress
        out.write("\t".join((
            str(e.session_id), e.directive_id, date(e.session_date), e.document_number,
            cell(e.text), cell("; ".join(e.lead)), cell("; ".join(e.collaborators)),
            "thường xuyên" if e.standing else date(e.deadline_in_force),
            date(e.deadline) if e.extensions else "", date(e.completed_on),
            CLASS_LABELS[klass] if klass is not None else "",
            cell(f"{date(progress.date)}: {progress.text}") if progress else "",
        )) + "\n")


# -- update ---------------------------------------------------------------------------------


def _update(args: argparse.Namespace) -> int:
    from models.register import CLASS_LABELS, DirectiveUpdate

    if args.done is None and args.progress is None and args.extend is None:
        raise CommandFailed(
            "không có gì để cập nhật; hãy cho --done, --progress hoặc --extend."
        )
    today = today_of(args)
    update = DirectiveUpdate(
        done_on=args.done, progress=args.progress, reference=args.reference,
        extend_to=args.extend, on=args.on,
    )
    with open_store(args) as store:
        session = store.update_directive(args.session_id, args.directive_id, update, today)
    directive = next(d for d in session.conclusion.directives if d.id == args.directive_id)
    from models.register import classify

    klass = classify(directive, today)
    label = CLASS_LABELS[klass].lower() if klass is not None else "đã hủy"
    say(f"Đã cập nhật nhiệm vụ {args.directive_id} của phiên làm việc số "
        f"{args.session_id}: {label}.")
    return 0
