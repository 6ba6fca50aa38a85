"""``import FILE``: add a session file to the store, as the window's import does."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import open_store, problem_lines, read_or_report, say


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="nhập một tệp phiên làm việc vào kho dữ liệu",
        description="Kiểm tra rồi nhập tệp phiên làm việc vào kho; in số (ID) của phiên mới.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="tệp phiên làm việc .json")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    loaded = read_or_report(args.file, f"Không nhập được: tệp {args.file} không hợp lệ:")
    if loaded is None:
        return 1
    with open_store(args) as store:
        session_id = store.save(loaded.session)
    for line in problem_lines(loaded.warnings):
        say(line)
    say(f"Đã nhập {args.file} thành phiên làm việc số {session_id}.")
    print(session_id)
    return 0
