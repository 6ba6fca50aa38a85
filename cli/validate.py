"""``validate FILE``: is this session file acceptable? Errors and warnings by field path."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import problem_lines, read_or_report, say


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="kiểm tra một tệp phiên làm việc (.json)",
        description="Kiểm tra tệp phiên làm việc; in các lỗi và cảnh báo kèm vị trí trường.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="tệp phiên làm việc .json")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    loaded = read_or_report(args.file, f"Tệp {args.file} không hợp lệ:")
    if loaded is None:
        return 1
    print(f"Tệp {args.file} hợp lệ.")
    if loaded.warnings:
        say(f"Có {len(loaded.warnings)} cảnh báo:")
        for line in problem_lines(loaded.warnings):
            say(line)
    return 0
