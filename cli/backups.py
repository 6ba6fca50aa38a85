"""``backups``: the daily copies of the store that ``restore-backup`` can put back."""

from __future__ import annotations

import argparse

from cli.common import say


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backups",
        help="liệt kê các bản sao lưu hằng ngày của kho dữ liệu",
        description=(
            "Liệt kê các bản sao lưu (ngày, dung lượng, đường dẫn), mới nhất trước. Mỗi ngày "
            "Thư ký tự sao lưu kho dữ liệu một lần khi mở kho và giữ 7 bản gần nhất."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from storage.location import resolve_data_dir
    from storage.recovery import list_backups

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    backups = list_backups(data_dir)
    if not backups:
        say(f"Chưa có bản sao lưu nào trong {data_dir / 'backups'}.")
        return 0
    for backup in backups:
        # Tab-separated like `list`; the ISO date is what `restore-backup` takes.
        print(f"{backup.taken_on.isoformat()}\t{human_size(backup.size)}\t{backup.path}")
    return 0


def human_size(size: int) -> str:
    """Bytes as a clerk reads them, with the Vietnamese decimal comma: "1,4 MB", "76 KB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
