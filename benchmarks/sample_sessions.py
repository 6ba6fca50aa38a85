"""Generated sessions for benchmarks: the fixture's shape, scaled up, deterministic.

Other benchmarks reuse ``large_session()`` so every timing in RESULTS.md refers to the same
input. Run from the repository root (``python -m benchmarks.store``).
"""

from __future__ import annotations

import datetime as dt

from models import (
    Attendee,
    Conclusion,
    Directive,
    DocumentInfo,
    Figure,
    Issuer,
    Kind,
    Note,
    Opinion,
    Report,
    Role,
    Session,
    Signer,
    Status,
)

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Thành", "Minh", "Thiện", "Hữu", "Ngọc", "Quốc")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Nghĩa", "Hạnh", "Lan", "Tâm", "Phúc", "Đông")
_UNITS = (
    "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ",
    "Ủy ban nhân dân thành phố Cao Lãnh", "Ủy ban nhân dân thành phố Sa Đéc",
    "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường",
)
_STATUSES = tuple(Status)


def large_session(directives: int = 1000, attendees: int = 300) -> Session:
    """A working session with *attendees* people and *directives* directives (plus reports,
    opinions and notes in proportion), every text in NFC Vietnamese."""
    people = [
        Attendee(
            id=f"p{i + 1}",
            name=(
                f"{_SURNAMES[i % 10]} {_MIDDLE[i // 10 % 8]} {_GIVEN[i // 80 % 10]}"
                if i % 7 else ""
            ),
            position="Giám đốc" if i % 3 else "Phó Giám đốc",
            organization=_UNITS[i % len(_UNITS)],
            group="Về phía tỉnh" if i % 2 else "Về phía thành phố",
            role=Role.CHAIR if i == 0 else Role.SECRETARY if i == 1 else Role.MEMBER,
        )
        for i in range(attendees)
    ]
    paragraph = (
        "Ủy ban nhân dân thành phố đã ban hành các quyết định giao chỉ tiêu kế hoạch phát triển "
        "kinh tế - xã hội năm 2024 và triển khai thực hiện 11 nội dung tại Công văn số 271."
    )
    reports = [
        Report(
            id=f"r{i + 1}",
            presenter=people[min(2 + i, attendees - 1)].id if attendees else None,
            title=f"Báo cáo chuyên đề số {i + 1}",
            content="\n\n".join([paragraph] * 3),
            figures=[
                Figure(label=f"Chỉ tiêu {k + 1}", value=f"{k * 3},{k}", unit="tỷ đồng")
                for k in range(6)
            ],
        )
        for i in range(max(1, directives // 100))
    ]
    opinions = [
        Opinion(id=f"o{i + 1}", speaker=people[i % attendees].id if attendees else None,
                content=paragraph)
        for i in range(max(1, directives // 50))
    ]
    items = [
        Directive(
            id=f"d{i + 1}",
            text=f"Nhiệm vụ {i + 1}: rà soát, hoàn thiện hồ sơ dự án và báo cáo kết quả thực hiện "
                 "về Ủy ban nhân dân tỉnh trước thời hạn.",
            assignees=[_UNITS[i % len(_UNITS)]],
            collaborators=[_UNITS[(i + 3) % len(_UNITS)]] if i % 2 else [],
            deadline=dt.date(2024, 4, 1) + dt.timedelta(days=i % 270) if i % 4 else None,
            status=_STATUSES[i % len(_STATUSES)],
        )
        for i in range(directives)
    ]
    return Session(
        format="thuky.session/1",
        kind=Kind.WORKING_SESSION,
        subject="triển khai các nhiệm vụ trọng tâm phát triển kinh tế - xã hội năm 2024",
        counterpart="Ủy ban nhân dân thành phố Cao Lãnh",
        date=dt.date(2024, 3, 4),
        start_time=dt.time(14, 0),
        end_time=dt.time(17, 0),
        location="Trụ sở Ủy ban nhân dân thành phố Cao Lãnh",
        issuer=Issuer(parent="Ủy ban nhân dân tỉnh Đồng Tháp", name="Văn phòng",
                      symbol="VPUBND", place="Đồng Tháp"),
        attendees=people,
        reports=reports,
        opinions=opinions,
        conclusion=Conclusion(assessment=[paragraph] * 3, directives=items),
        notes=[Note(time=dt.time(14, i % 60), text=f"Ghi chú {i + 1}") for i in range(20)],
        document=DocumentInfo(
            number="",
            issued_on=None,
            signer=Signer(authority="TL. CHỦ TỊCH", position="CHÁNH VĂN PHÒNG", name=""),
            recipients=["Các sở, ngành tỉnh có liên quan"],
            archive="VT, TH",
        ),
    )
