"""``directives export [filters] -o REGISTER.xlsx``: the filtered register as an Excel file.

An existing file is replaced (atomically: whole or not at all), as ``export`` does for
sessions; the register is re-exported whenever someone asks for the latest list.
"""

from __future__ import annotations

import argparse

from cli.common import CommandFailed, open_store, say
from cli.register_query import register_filter, selected_entries, today_of


def described(args: argparse.Namespace) -> str:
    """The filter in words, for the summary sheet: what the reader is looking at."""
    from models.register import CLASS_LABELS, DirectiveClass
    from models.vi_format import short_date

    parts = []
    if getattr(args, "classes", None):
        parts.append("phân loại: " + ", ".join(
            CLASS_LABELS[DirectiveClass(key)].lower() for key in args.classes))
    for attribute, label in (("unit", "đơn vị"), ("chair", "người chủ trì"),
                             ("text", "có các từ")):
        if getattr(args, attribute, None):
            parts.append(f"{label}: {getattr(args, attribute)}")
    for attribute, label in (("from_date", "phiên họp từ ngày"), ("to_date", "phiên họp đến ngày"),
                             ("deadline_from", "thời hạn từ ngày"),
                             ("deadline_to", "thời hạn đến ngày")):
        if getattr(args, attribute, None):
            parts.append(f"{label} {short_date(getattr(args, attribute))}")
    if getattr(args, "due_within", None) is not None:
        parts.append(f"đến hạn trong {args.due_within} ngày tới")
    return "; ".join(parts)


def run_export(args: argparse.Namespace) -> int:
    from renderer.errors import ExportFailed
    from renderer.register_xlsx import write_register_xlsx

    today = today_of(args)
    with open_store(args) as store:
        entries, directory = selected_entries(store, register_filter(args), today)
    output = args.output.expanduser()
    try:
        write_register_xlsx(output, entries, today=today, directory=directory,
                            described=described(args))
    except ExportFailed as failed:
        raise CommandFailed(str(failed)) from None
    say(f"Đã xuất {len(entries)} nhiệm vụ ra {output}.")
    return 0
