"""``export ID -o FILE``: write a stored session as a session file, atomically."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import open_store, problem_lines, say
from cli.files import write_atomically
from models import check_session, dump_json, errors_only


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="xuất một phiên làm việc trong kho ra tệp .json",
        description="Ghi phiên làm việc số ID ra tệp (ghi trọn vẹn hoặc không ghi gì).",
    )
    parser.add_argument("id", type=int, metavar="ID", help="số của phiên (xem lệnh list)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE",
        help="tệp .json sẽ ghi; '-' để in ra màn hình",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        session = store.load(args.id)
    text = dump_json(session)
    errors = errors_only(check_session(session))
    if errors:  # a half-finished autosave: export it, but say it will not import as it is
        say(
            f"Chú ý: phiên làm việc số {args.id} còn lỗi; "
            "tệp xuất ra phải sửa rồi mới nhập lại được:"
        )
        for line in problem_lines(errors):
            say(line)
    if str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    write_atomically(args.output, text.encode("utf-8"))
    say(f"Đã xuất phiên làm việc số {args.id} ra {args.output}.")
    return 0
