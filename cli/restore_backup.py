"""``restore-backup [DATE]``: put a daily backup back in place of the store.

Scripted use asks nothing: the current store is never deleted, only moved aside with a
timestamp, and the command prints where it went.
"""

from __future__ import annotations

import argparse
import datetime as dt

from cli.common import CommandFailed, say
from models.vi_format import short_date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore-backup",
        help="khôi phục kho dữ liệu từ một bản sao lưu",
        description=(
            "Thay kho dữ liệu bằng bản sao lưu ngày DATE (không có DATE: bản mới nhất; xem "
            "lệnh backups). Tệp dữ liệu hiện tại không bị xóa mà được đổi tên, giữ nguyên "
            "trong thư mục dữ liệu. Hãy đóng cửa sổ Thư ký trước khi khôi phục."
        ),
    )
    parser.add_argument(
        "date", nargs="?", type=_date, metavar="DATE",
        help="ngày của bản sao lưu: 2026-11-25 hoặc 25/11/2026",
    )
    parser.set_defaults(func=run)


def _date(text: str) -> dt.date:
    """ISO (as `backups` prints it) or the day/month/year a clerk writes."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày {text!r} không hợp lệ; hãy viết 2026-11-25 hoặc 25/11/2026"
        ) from None


def run(args: argparse.Namespace) -> int:
    from storage.location import resolve_data_dir
    from storage.recovery import list_backups, restore_backup

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    backups = list_backups(data_dir)
    if not backups:
        raise CommandFailed(f"chưa có bản sao lưu nào trong {data_dir / 'backups'}.")
    wanted: dt.date | None = args.date
    chosen = backups[0] if wanted is None else next(
        (b for b in backups if b.taken_on == wanted), None
    )
    if chosen is None:
        assert wanted is not None
        days = ", ".join(b.taken_on.isoformat() for b in backups)
        raise CommandFailed(
            f"không có bản sao lưu ngày {short_date(wanted)}; các bản hiện có: {days}."
        )
    replaced = restore_backup(data_dir, chosen)
    say(f"Đã khôi phục kho dữ liệu từ bản sao lưu ngày {short_date(chosen.taken_on)}.")
    if replaced is not None:
        say(f"Tệp dữ liệu trước đó được giữ tại {replaced}.")
        print(replaced)
    return 0
