"""Register entries built by hand or in bulk, for the progress report's tests and benchmark.

The store builds these from its index (storage/, issue 10's store helper); the report only
reads a list of them, so its tests need no store.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from models.register import RegisterEntry
from models.session import DeadlineExtension, ProgressEntry, Status

D = dt.date
CHAIR = "Chủ tịch UBND tỉnh Phạm Thiện Nghĩa"


def entry(**values: Any) -> RegisterEntry:
    """An entry with sensible defaults; pass only what a test is about."""
    fields: dict[str, Any] = {
        "session_id": 1,
        "directive_id": "d1",
        "position": 0,
        "session_date": D(2024, 3, 4),
        "session_subject": "triển khai các nhiệm vụ trọng tâm năm 2024",
        "session_kind": "working_session",
        "document_number": "85/TB-VPUBND",
        "document_issued_on": D(2024, 3, 5),
        "chair": CHAIR,
        "text": "Rà soát, hoàn thiện quy hoạch chung thành phố.",
        "lead": ("UBND TP Cao Lãnh",),
        "collaborators": (),
        "deadline": D(2024, 4, 30),
        "deadline_in_force": None,
        "extensions": (),
        "standing": False,
        "status": Status.OPEN,
        "completed_on": None,
        "last_progress": None,
    }
    fields.update(values)
    if "deadline_in_force" not in values:
        extensions = fields["extensions"]
        fields["deadline_in_force"] = (
            extensions[-1].deadline if extensions else fields["deadline"]
        )
    return RegisterEntry(**fields)


UNITS = (
    "UBND TP Cao Lãnh",
    "Ủy ban nhân dân thành phố Cao Lãnh",  # the same unit, spelt out
    "Sở Xây dựng",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Giao thông vận tải",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
    "UBND huyện Tháp Mười",
    "Sở Tài nguyên và Môi trường",
    "Công an tỉnh",
)
TASKS = (
    "Rà soát, hoàn thiện hồ sơ điều chỉnh quy hoạch chung thành phố đến năm 2040, trình "
    "cấp có thẩm quyền phê duyệt",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đạt trên 95% kế hoạch vốn giao",
    "Phối hợp giải quyết dứt điểm vướng mắc trong công tác bồi thường, giải phóng mặt bằng "
    "dự án đường ĐT 846",
    "Tham mưu kế hoạch chỉnh trang đô thị, nâng cấp hạ tầng các khu dân cư",
    "Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội quý I",
)


TODAY = D(2024, 6, 30)


def many_entries(count: int, *, seed: int = 7, today: dt.date = TODAY) -> list[RegisterEntry]:
    """*count* entries of every class over the first half of 2024 (and as many in 2023)."""
    rng = random.Random(seed)
    entries = []
    for index in range(count):
        year = 2024 if index % 2 == 0 else 2023
        session_date = D(year, 1, 2) + dt.timedelta(days=rng.randrange(0, 170))
        roll = rng.random()
        deadline: dt.date | None = session_date + dt.timedelta(days=rng.randrange(10, 120))
        standing = roll < 0.08
        if standing:
            deadline = None
        extensions: tuple[DeadlineExtension, ...] = ()
        if deadline is not None and rng.random() < 0.1:
            extensions = (DeadlineExtension(
                deadline=deadline + dt.timedelta(days=30), date=deadline,
                document=f"Công văn số {100 + index}/UBND-KT",
            ),)
        in_force = extensions[-1].deadline if extensions else deadline
        completed: dt.date | None = None
        status = Status.OPEN
        cutoff = today if year == 2024 else today.replace(year=2023)
        if rng.random() < 0.55:
            end = (in_force or session_date) + dt.timedelta(days=rng.randrange(-20, 25))
            completed = min(max(end, session_date), cutoff)
            status = Status.DONE
        progress = None
        if rng.random() < 0.5:
            progress = ProgressEntry(
                date=session_date + dt.timedelta(days=15),
                text="Đã triển khai, đang tổng hợp báo cáo",
                reference=f"Báo cáo số {index % 90 + 1}/BC-UBND",
            )
        entries.append(entry(
            session_id=index // 20 + 1,
            directive_id=f"d{index}",
            position=index % 20,
            session_date=session_date,
            document_number=f"{index // 20 + 1}/TB-VPUBND" if index % 3 else "",
            document_issued_on=session_date + dt.timedelta(days=1) if index % 3 else None,
            text=f"{TASKS[index % len(TASKS)]} (nhiệm vụ {index + 1}).",
            lead=(UNITS[rng.randrange(len(UNITS))],),
            collaborators=(UNITS[rng.randrange(len(UNITS))],) if index % 4 == 0 else (),
            deadline=deadline,
            deadline_in_force=in_force,
            extensions=extensions,
            standing=standing,
            status=Status.CANCELLED if index % 50 == 49 else status,
            completed_on=completed,
            last_progress=progress,
        ))
    return entries
