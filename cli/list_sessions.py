"""``list [QUERY]``: the sessions in the store, newest first, one per line."""

from __future__ import annotations

import argparse

from cli.common import open_store, say
from models.labels import KIND_NAMES
from models.vi_format import short_date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="liệt kê các phiên làm việc trong kho",
        description=(
            "Liệt kê các phiên làm việc (số, ngày, loại, nội dung, đơn vị làm việc), mới nhất "
            "trước. QUERY lọc theo nội dung, đơn vị hoặc ngày, có dấu hay không dấu đều được."
        ),
    )
    parser.add_argument(
        "query", nargs="*", metavar="QUERY", help='ví dụ: "cao lanh", 04/3/2024, 3/2024'
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_store(args) as store:
        summaries = store.list_sessions(query)
        where = store.path
    if not summaries:
        say(f"Không có phiên làm việc nào{' khớp với ' + repr(query) if query else ''} ({where}).")
        return 0
    width = max(len(str(s.id)) for s in summaries)
    for summary in summaries:
        # Tab-separated so the output can be read by scripts as well as by people.
        print(
            "\t".join(
                [
                    str(summary.id).rjust(width),
                    short_date(summary.date),
                    KIND_NAMES[summary.kind],
                    summary.subject,
                    summary.counterpart,
                ]
            )
        )
    return 0
