"""``directives report [--from D] [--to D] [--unit TEXT] [--chair TEXT] [--today D] [--force]
-o REPORT.docx``: the progress report of the register (Báo cáo tình hình thực hiện các nhiệm
vụ được giao) for a period, optionally one unit or one chair.

Who issues and signs it is taken from the store, as a clerk would fill it in by hand: the
issuer is the most recently used issuer profile (else the issuer of the latest session in the
period), the signer and the archive line those of the latest session in the period. A report
is a document someone may already have edited, so an existing file is kept unless ``--force``
is given; the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import CommandFailed, open_store, say
from cli.register_query import today_of

if TYPE_CHECKING:
    from renderer.register_context import ReportRequest


def run_report(args: argparse.Namespace) -> int:
    from models.register import RegisterFilter
    from renderer.errors import RenderError
    from renderer.pipeline import Renderer
    from renderer.register_context import report_request

    output = Path(args.output).expanduser()
    if output.exists() and not getattr(args, "force", False):
        raise CommandFailed(f"tệp {output} đã có; thêm --force để ghi đè")
    if output.suffix.lower() != ".docx":
        raise CommandFailed(f"tệp báo cáo phải có đuôi .docx (đã cho: {output.name})")
    start: dt.date | None = getattr(args, "from_date", None)
    end: dt.date | None = getattr(args, "to_date", None)
    if start is not None and end is not None and start > end:
        raise CommandFailed(
            f"kỳ báo cáo không hợp lệ: --from {start:%d/%m/%Y} sau --to {end:%d/%m/%Y}"
        )
    flt = RegisterFilter(
        session_from=start,
        session_to=end,
        unit=(getattr(args, "unit", None) or "").strip() or None,
        chair=(getattr(args, "chair", None) or "").strip() or None,
    )
    today = today_of(args)
    with open_store(args) as store:
        request = report_request(store, flt, today)
    if not _any_in_period(request):
        say("Chú ý: không có nhiệm vụ nào trong phạm vi báo cáo; báo cáo vẫn được soạn.")
    from cli.render import _folders

    templates, cache = _folders(getattr(args, "data_dir", None))
    try:
        Renderer(templates, cache).write_report_docx(request, output)
    except RenderError as failure:
        raise CommandFailed(str(failure)) from None
    print(f"Đã ghi báo cáo tình hình thực hiện nhiệm vụ vào {output}")
    return 0


def _any_in_period(request: ReportRequest) -> bool:
    from models.register import filter_entries

    return bool(filter_entries(request.entries, request.filter, request.today,
                               request.directory))
