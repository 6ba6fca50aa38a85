"""The progress report with a 2,000-row appendix: whole process, as a clerk runs it.

Run from the repository root: ``python -m benchmarks.report [--runs N]``. A store is filled
through ``Store.save`` (as the window does) with 100 sessions of 20 directives in the first
half of 2024 and as many in 2023 (the comparison with the same period), every class present,
one unit in three spellings; then ``main.py directives report --from 2024-01-01 --to
2024-06-30`` runs N times as a fresh process (start-up imports count) and the median is
printed. Target (issue 10): ≤ 3 s. A second figure splits one in-process run into its steps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SESSIONS_PER_YEAR = 100
DIRECTIVES_PER_SESSION = 20
UNITS = (
    "UBND TP Cao Lãnh", "Ủy ban nhân dân thành phố Cao Lãnh", "UBND thành phố Cao Lãnh",
    "Sở Xây dựng", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Công an tỉnh", "UBND huyện Tháp Mười",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế", "Sở Giáo dục và Đào tạo",
)
TEXT = (
    "Rà soát, hoàn thiện hồ sơ điều chỉnh quy hoạch chung, trình cấp có thẩm quyền phê duyệt "
    "trong quý; báo cáo kết quả về Ủy ban nhân dân tỉnh"
)


def fill_store(folder: Path, seed: int = 10) -> int:
    """The benchmark's store; returns how many directives fall in the report's period."""
    from models import (
        Attendee,
        DeadlineExtension,
        Directive,
        Issuer,
        ProgressEntry,
        Role,
        Session,
        Status,
    )
    from storage import Store

    rng = random.Random(seed)
    in_period = 0
    with Store.open(folder) as store:
        for year in (2023, 2024):
            for number in range(SESSIONS_PER_YEAR):
                on = dt.date(year, 1, 2) + dt.timedelta(days=number * 178 // SESSIONS_PER_YEAR)
                session = Session.new(on)
                session.subject = f"làm việc về tiến độ các dự án (lần {number + 1})"
                session.attendees = [Attendee(id="p1", name="Phạm Thiện Nghĩa", role=Role.CHAIR,
                                              position="Chủ tịch Ủy ban nhân dân tỉnh")]
                session.document.number = f"{number + 1}/TB-VPUBND"
                session.document.issued_on = on + dt.timedelta(days=1)
                session.document.signer.authority = "TL. Chủ tịch"
                session.document.signer.position = "Chánh Văn phòng"
                session.document.signer.name = "Nguyễn Văn An"
                directives = []
                for index in range(DIRECTIVES_PER_SESSION):
                    deadline = on + dt.timedelta(days=rng.randrange(15, 120))
                    done = rng.random() < 0.5
                    completed = (deadline + dt.timedelta(days=rng.randrange(-20, 15))
                                 if done else None)
                    cutoff = dt.date(year, 6, 30)
                    if completed is not None:
                        completed = max(on, min(completed, cutoff))
                    extensions = []
                    if rng.random() < 0.1:
                        extensions = [DeadlineExtension(
                            deadline=deadline + dt.timedelta(days=30), date=deadline,
                            document=f"Công văn số {index + 100}/UBND-KT")]
                    directives.append(Directive(
                        id=f"d{index}", text=f"{TEXT} ({year}-{number}-{index}).",
                        assignees=[rng.choice(UNITS)],
                        collaborators=[rng.choice(UNITS)] if index % 4 == 0 else [],
                        deadline=None if index == 7 else deadline,
                        standing=index == 7,
                        extensions=extensions,
                        completed_on=completed,
                        status=Status.DONE if completed else Status.OPEN,
                        progress=[ProgressEntry(date=on + dt.timedelta(days=10),
                                                text="Đang triển khai, tổng hợp báo cáo",
                                                reference=f"Báo cáo số {index + 1}/BC-UBND")],
                    ))
                session.conclusion.directives = directives
                store.save(session)
                in_period += DIRECTIVES_PER_SESSION if year == 2024 else 0
        store.save_issuer_profile(Issuer(parent="Ủy ban nhân dân tỉnh Đồng Tháp",
                                         name="Văn phòng", symbol="VPUBND", place="Đồng Tháp"))
    return in_period


def _command(output: Path) -> list[str]:
    return [sys.executable, str(REPO / "main.py"), "directives", "report", "--from",
            "2024-01-01", "--to", "2024-06-30", "--today", "2024-06-30", "--force",
            "-o", str(output)]


def _steps(folder: Path, output: Path) -> dict[str, float]:
    """One in-process run split into its steps (imports warm)."""
    from models.register import RegisterFilter
    from renderer.docx_writer import write_docx
    from renderer.pipeline import Renderer
    from renderer.register_context import report_request
    from storage import Store

    times: dict[str, float] = {}
    start = time.perf_counter()
    flt = RegisterFilter(session_from=dt.date(2024, 1, 1), session_to=dt.date(2024, 6, 30))
    with Store.open(folder) as store:
        request = report_request(store, flt, dt.date(2024, 6, 30))
    times["store: entries, directory, issuer"] = time.perf_counter() - start
    start = time.perf_counter()
    rendered = Renderer().report_blocks(request)
    times["blocks (context, template, Markdown, chart)"] = time.perf_counter() - start
    start = time.perf_counter()
    write_docx(rendered, output)
    times[".docx built and saved"] = time.perf_counter() - start
    times["appendix rows"] = len(rendered.appendix[-1].rows) - 1  # type: ignore[union-attr]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        started = time.perf_counter()
        rows = fill_store(folder)
        print(f"store filled in {time.perf_counter() - started:.1f} s; "
              f"{rows} directives in the period")
        env = {**os.environ, "THUKY_DATA_DIR": str(folder)}
        output = Path(temp) / "bao-cao-nhiem-vu.docx"
        subprocess.run(_command(output), env=env, check=True, capture_output=True)  # warm-up
        times = []
        for _ in range(options.runs):
            started = time.perf_counter()
            subprocess.run(_command(output), env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        print(f"directives report, whole process: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, {options.runs} runs); "
              f"{output.stat().st_size // 1024} KiB")
        for step, value in _steps(folder, output).items():
            print(f"  {step}: {value:.3f}" if isinstance(value, float) else f"  {step}: {value}")


if __name__ == "__main__":
    main()
