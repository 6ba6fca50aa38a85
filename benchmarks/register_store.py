"""A generated register: 5,000 sessions, 100,000 directives, 300 units; deterministic.

``generate_register_store(folder)`` fills a real store through ``Store.save`` (the same index
rows as the window writes) and is shared by ``benchmarks.register`` (store, CLI, Excel,
report) and the window's register benchmark, so their figures refer to the same data.
The directives are spread like a province's follow-up desk: most with a deadline, some
extended, most of the old ones done (some late), some standing, a few cancelled, a quarter with a
progress entry; units are spelt in the usual variants ("UBND", "Ủy ban nhân dân", "TP").
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from models import (
    Attendee,
    DeadlineExtension,
    Directive,
    ProgressEntry,
    Role,
    Session,
    Status,
)
from storage import Store

#: The cut-off day the benchmarks classify against ("today"), inside the generated period.
TODAY = dt.date(2025, 6, 30)
FIRST_DAY = dt.date(2023, 1, 2)
_WORDS = (
    "rà soát", "triển khai", "đẩy nhanh", "tiến độ", "giải ngân", "vốn đầu tư công", "dự án",
    "kiểm tra", "báo cáo", "đề xuất", "quy hoạch", "chuyển đổi số", "cải cách hành chính",
    "giải phóng mặt bằng", "khu dân cư", "tháo gỡ", "vướng mắc", "hoàn thành", "tổ chức",
    "phối hợp", "hướng dẫn", "xây dựng", "kế hoạch", "thực hiện", "năm 2024", "nông thôn mới",
)
_CHAIRS = (
    ("Phạm Thiện Nghĩa", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Đoàn Tấn Bửu", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Huỳnh Minh Tuấn", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Nguyễn Phước Thiện", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
)


def unit_spellings(units: int = 300) -> list[tuple[str, ...]]:
    """*units* units, each with the spellings clerks use for it (1 to 3)."""
    found: list[tuple[str, ...]] = []
    n = 0
    while len(found) < units:
        n += 1
        place = f"Khu vực {n}"
        found.append((f"Ủy ban nhân dân thành phố {place}", f"UBND TP {place}",
                      f"UBND thành phố {place}"))
        found.append((f"Ủy ban nhân dân thị xã {place}", f"UBND TX {place}"))
        found.append((f"Sở Ngành {n}",))
    return found[:units]


def _directive(rng: random.Random, number: int, session_day: dt.date,
               units: list[tuple[str, ...]]) -> Directive:
    unit = rng.choice(units)
    text = " ".join(rng.sample(_WORDS, 8)).capitalize() + f" (nhiệm vụ {number})."
    collaborators = [rng.choice(rng.choice(units)) for _ in range(rng.choice((0, 0, 1, 2)))]
    roll = rng.random()
    standing = roll < 0.06
    deadline = None if standing or roll < 0.10 else session_day + dt.timedelta(
        days=rng.randint(10, 180))
    extensions = []
    if deadline is not None and rng.random() < 0.08:
        extensions.append(DeadlineExtension(
            deadline=deadline + dt.timedelta(days=rng.randint(15, 90)),
            date=deadline - dt.timedelta(days=3),
            document=f"Công văn số {rng.randint(1, 999)}/UBND-TH",
        ))
    in_force = extensions[-1].deadline if extensions else deadline
    status = Status.OPEN
    completed_on = None
    base = in_force or session_day + dt.timedelta(days=60)
    age = (TODAY - base).days  # old tasks are mostly done, recent ones mostly not
    if rng.random() < (0.9 if age > 60 else 0.65 if age > 0 else 0.25):
        day = max(base + dt.timedelta(days=rng.randint(-40, 15)),
                  session_day + dt.timedelta(days=1))
        if day <= TODAY:
            status, completed_on = Status.DONE, day
    elif rng.random() < 0.03:
        status = Status.CANCELLED
    progress = []
    if rng.random() < 0.25:
        progress.append(ProgressEntry(
            date=session_day + dt.timedelta(days=rng.randint(5, 60)),
            text="Đang tổng hợp, dự kiến hoàn thành trong tháng",
            reference=f"Báo cáo số {rng.randint(1, 500)}/BC-UBND" if rng.random() < 0.5 else "",
        ))
    return Directive(
        id=f"d{number}", text=text, assignees=[rng.choice(unit)], collaborators=collaborators,
        deadline=deadline, standing=standing, status=status, completed_on=completed_on,
        extensions=extensions, progress=progress,
    )


def generate_sessions(sessions: int = 5000, directives: int = 100_000, units: int = 300,
                      seed: int = 10) -> list[Session]:
    rng = random.Random(seed)
    spellings = unit_spellings(units)
    per_session, extra = divmod(directives, sessions)
    span = (TODAY - FIRST_DAY).days
    result = []
    for number in range(sessions):
        day = FIRST_DAY + dt.timedelta(days=number * span // sessions)
        name, position = _CHAIRS[number % len(_CHAIRS)]
        session = Session.new(day)
        session.subject = f"làm việc về {' '.join(rng.sample(_WORDS, 4))} (phiên {number + 1})"
        session.counterpart = rng.choice(rng.choice(spellings))
        session.attendees = [Attendee(id="p1", name=name, position=position, role=Role.CHAIR)]
        if rng.random() < 0.8:
            session.document.number = f"{number + 1}/TB-VPUBND"
            session.document.issued_on = day + dt.timedelta(days=2)
        count = per_session + (1 if number < extra else 0)
        session.conclusion.directives = [
            _directive(rng, n + 1, day, spellings) for n in range(count)
        ]
        result.append(session)
    return result


def generate_register_store(folder: Path, sessions: int = 5000, directives: int = 100_000,
                            units: int = 300, seed: int = 10) -> Path:
    """Fill a store in *folder* (created) and return the folder; takes a minute or two."""
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(folder) as store:
        for session in generate_sessions(sessions, directives, units, seed):
            store.save(session)
    return folder
