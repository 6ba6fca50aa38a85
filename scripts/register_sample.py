"""A small register that looks like a provincial office's: a few months of meetings whose
directives went to the usual departments, some done, some late, some extended. For the
README's screenshot of the register (scripts/screenshots.py); the day is 01/06/2024."""

from __future__ import annotations

import datetime as dt
import random

from models import (
    Attendee,
    DeadlineExtension,
    Directive,
    ProgressEntry,
    Role,
    Session,
    Status,
)

TODAY = dt.date(2024, 6, 1)
UNITS = [
    "Sở Xây dựng", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Phát triển nông thôn", "UBND TP Cao Lãnh", "UBND thành phố Sa Đéc",
    "Sở Tài nguyên và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo",
]
SUBJECTS = [
    "Họp bàn về giải ngân vốn đầu tư công", "Làm việc với UBND thành phố Cao Lãnh",
    "Họp về xây dựng nông thôn mới", "Kiểm tra tiến độ dự án đường ĐT.846",
    "Họp về công tác phòng, chống dịch sốt xuất huyết", "Làm việc với Sở Xây dựng",
]
TASKS = [
    "Hoàn thành thủ tục đầu tư dự án", "Báo cáo tình hình giải ngân vốn", "Rà soát quy hoạch "
    "phân khu đô thị", "Đẩy nhanh tiến độ giải phóng mặt bằng", "Kiểm tra chất lượng công trình",
    "Tham mưu phương án bố trí vốn", "Tổng hợp khó khăn, vướng mắc của doanh nghiệp",
    "Xây dựng kế hoạch kiểm tra liên ngành", "Hoàn thiện hồ sơ trình Hội đồng nhân dân tỉnh",
]


def sessions(count: int = 14, seed: int = 3) -> list[Session]:
    rnd = random.Random(seed)
    made = []
    for number in range(count):
        on = dt.date(2024, 1, 8) + dt.timedelta(days=10 * number)
        session = Session.new(on)
        session.subject = SUBJECTS[number % len(SUBJECTS)]
        session.attendees = [Attendee(id="p1", name="Phạm Thiện Nghĩa", role=Role.CHAIR,
                                      position="Chủ tịch Ủy ban nhân dân tỉnh")]
        session.document.number = f"{40 + number}" if on < dt.date(2024, 5, 1) else ""
        session.document.issued_on = on + dt.timedelta(days=3) if session.document.number else None
        directives = []
        for index in range(rnd.randint(3, 6)):
            deadline = on + dt.timedelta(days=rnd.choice((15, 30, 45, 60, 90)))
            directive = Directive(
                id=f"d{index + 1}", text=f"{rnd.choice(TASKS)} ({session.subject.lower()})",
                assignees=[rnd.choice(UNITS)], collaborators=rnd.sample(UNITS, rnd.randint(0, 2)),
                deadline=deadline,
            )
            roll = rnd.random()
            if index == 0 and number % 4 == 0:
                directive.standing = True
                directive.deadline = None
            elif roll < 0.45 and deadline - dt.timedelta(days=10) < TODAY:
                done = deadline + dt.timedelta(days=rnd.randint(-12, 8))
                directive.completed_on = min(done, TODAY)
                directive.status = Status.DONE
            elif roll < 0.6:
                directive.extensions = [DeadlineExtension(
                    deadline=deadline + dt.timedelta(days=30), date=deadline - dt.timedelta(days=3),
                    document=f"Công văn số {300 + number}/UBND-TH")]
            if rnd.random() < 0.5:
                directive.progress = [ProgressEntry(
                    date=min(on + dt.timedelta(days=rnd.randint(5, 40)), TODAY),
                    text="Đã triển khai, đang tổng hợp báo cáo",
                    reference=f"Công văn số {100 + index}/{directive.assignees[0][:3]}")]
            directives.append(directive)
        session.conclusion.directives = directives
        made.append(session)
    return made
