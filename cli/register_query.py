"""What the ``directives`` commands share: dates as clerks write them, the register filter
built from the options, and the filtered entries read from the store.

The filter is ``models.register.RegisterFilter`` and the matching ``RegisterMatcher``, the
same as the window's and the report's, so "the overdue tasks of Sở Xây dựng" lists the
same rows everywhere. Classification happens there, in Python, for the ``--today`` given.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.register import RegisterEntry, RegisterFilter
    from models.session import Status
    from models.units import UnitDirectory
    from storage import Store
    from storage.register import Keep

#: The class keys of the task-tracking rules (models.register.DirectiveClass), spelled out
#: here so that building the parser loads no model.
CLASS_KEYS = ("done-on-time", "done-late", "in-progress", "overdue", "done", "standing")


def day(text: str) -> dt.date:
    """A date as ISO (2024-03-04) or as a clerk writes it (04/03/2024, 4/3/2024)."""
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày {text!r} không hợp lệ; hãy viết 2024-03-04 hoặc 04/03/2024"
        ) from None


def class_key(text: str) -> str:
    value = text.strip().lower()
    if value not in CLASS_KEYS:
        raise argparse.ArgumentTypeError(
            f"phân loại {text!r} không có; hãy chọn một trong: {', '.join(CLASS_KEYS)}"
        )
    return value


def days_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"số ngày {text!r} không hợp lệ; hãy viết ví dụ 7")
    return value


def add_today(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    parser.add_argument(
        "--today", type=day, metavar="YYYY-MM-DD",
        default=argparse.SUPPRESS if suppress else None,
        help="ngày dùng để phân loại (mặc định: hôm nay); để báo cáo, kiểm thử lặp lại được",
    )


def add_filters(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """The register's filters. *suppress* for a sub-command: an option not given there
    must not overwrite the same option given before the sub-command's name."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--class", dest="classes", type=class_key, action="append", metavar="KEY",
        default=default(None),
        help=f"chỉ nhiệm vụ thuộc phân loại này (lặp lại được): {', '.join(CLASS_KEYS)}",
    )
    parser.add_argument(
        "--unit", default=default(None), metavar="TEXT",
        help="đơn vị chủ trì hoặc phối hợp, có dấu hay không dấu, viết tắt được (UBND, TP, …)",
    )
    parser.add_argument("--chair", default=default(None), metavar="TEXT",
                        help="người chủ trì phiên (chức vụ hoặc tên)")
    parser.add_argument("--text", default=default(None), metavar="TEXT",
                        help="có các từ này (nhiệm vụ, nội dung phiên, số văn bản, đơn vị)")
    parser.add_argument("--from", dest="from_date", type=day, default=default(None),
                        metavar="D", help="phiên họp từ ngày")
    parser.add_argument("--to", dest="to_date", type=day, default=default(None),
                        metavar="D", help="phiên họp đến ngày")
    parser.add_argument("--deadline-from", type=day, default=default(None), metavar="D",
                        help="thời hạn (đang áp dụng) từ ngày")
    parser.add_argument("--deadline-to", type=day, default=default(None), metavar="D",
                        help="thời hạn (đang áp dụng) đến ngày")
    parser.add_argument("--due-within", type=days_count, default=default(None),
                        metavar="DAYS", help="chưa quá hạn và đến hạn trong DAYS ngày tới")
    add_today(parser, suppress=suppress)


def today_of(args: argparse.Namespace) -> dt.date:
    today: dt.date | None = getattr(args, "today", None)
    return today if today is not None else dt.date.today()


def register_filter(args: argparse.Namespace) -> RegisterFilter:
    from models.register import DirectiveClass, RegisterFilter

    classes = getattr(args, "classes", None)
    return RegisterFilter(
        classes=frozenset(DirectiveClass(key) for key in classes) if classes else None,
        unit=getattr(args, "unit", None),
        chair=getattr(args, "chair", None),
        session_from=getattr(args, "from_date", None),
        session_to=getattr(args, "to_date", None),
        deadline_from=getattr(args, "deadline_from", None),
        deadline_to=getattr(args, "deadline_to", None),
        due_within_days=getattr(args, "due_within", None),
        text=getattr(args, "text", None),
    )


def _prefilter(flt: RegisterFilter, today: dt.date) -> Keep | None:
    """What can be decided from a directive's status, completion and deadline alone, so the
    store builds only the entries that may pass (the matcher still decides on each)."""
    from models.register import DirectiveClass, classify_values

    if flt.classes is None and flt.due_within_days is None and (
        flt.deadline_from is None and flt.deadline_to is None
    ):
        return None
    classes = flt.classes
    if flt.due_within_days is not None:
        classes = frozenset({DirectiveClass.IN_PROGRESS}) & (classes or frozenset(DirectiveClass))
    low, high = flt.deadline_from, flt.deadline_to

    def keep(status: Status, completed_on: dt.date | None, deadline: dt.date | None) -> bool:
        if (low is not None or high is not None) and deadline is None:
            return False
        if low is not None and deadline is not None and deadline < low:
            return False
        if high is not None and deadline is not None and deadline > high:
            return False
        if classes is None:
            return True
        klass = classify_values(status=status, completed_on=completed_on,
                                deadline_in_force=deadline, today=today)
        return klass in classes

    return keep


def selected_entries(
    store: Store, flt: RegisterFilter, today: dt.date
) -> tuple[list[RegisterEntry], UnitDirectory]:
    """The entries that pass *flt* on *today*, in the register's order, and the units
    directory they were grouped with (models.register.filter_entries, as the report uses)."""
    from models.register import filter_entries

    directory = store.unit_directory()
    entries = store.register_entries(flt.session_from, flt.session_to,
                                     keep=_prefilter(flt, today))
    return filter_entries(entries, flt, today, directory), directory
