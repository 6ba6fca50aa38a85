"""Sessions with directives in every class on 01/06/2024, for the register's window tests."""

from __future__ import annotations

import datetime as dt

from models import Attendee, Directive, Role, Session, Status
from storage import Store

TODAY = dt.date(2024, 6, 1)


def session(on: dt.date, subject: str, directives: list[Directive]) -> Session:
    made = Session.new(on)
    made.subject = subject
    made.attendees = [Attendee(id="p1", name="Phạm Thiện Nghĩa", role=Role.CHAIR,
                               position="Chủ tịch Ủy ban nhân dân tỉnh")]
    made.conclusion.directives = directives
    return made


def fill(store: Store) -> tuple[int, int]:
    """Two sessions: (id of the first, id of the second). On TODAY the first holds one
    overdue task, one due within 7 days and one standing; the second one done on time, one
    done late and one overdue."""
    first = store.save(session(dt.date(2024, 3, 4), "Làm việc với UBND thành phố Cao Lãnh", [
        Directive(id="d1", text="Hoàn thành quy hoạch phân khu đô thị",
                  assignees=["UBND TP Cao Lãnh"], deadline=dt.date(2024, 5, 15)),
        Directive(id="d2", text="Báo cáo tiến độ giải ngân vốn đầu tư công",
                  assignees=["Sở Kế hoạch và Đầu tư"], collaborators=["Sở Tài chính"],
                  deadline=dt.date(2024, 6, 5)),
        Directive(id="d3", text="Đẩy mạnh cải cách hành chính",
                  assignees=["Ủy ban nhân dân thành phố Cao Lãnh"], standing=True),
    ]))
    second = store.save(session(dt.date(2024, 4, 10), "Họp bàn về xây dựng nông thôn mới", [
        Directive(id="d1", text="Rà soát tiêu chí nông thôn mới nâng cao",
                  assignees=["Sở Nông nghiệp và Phát triển nông thôn"],
                  deadline=dt.date(2024, 5, 1), status=Status.DONE,
                  completed_on=dt.date(2024, 4, 28)),
        Directive(id="d2", text="Sửa chữa cầu giao thông nông thôn",
                  assignees=["Sở Giao thông vận tải"], deadline=dt.date(2024, 5, 1),
                  status=Status.DONE, completed_on=dt.date(2024, 5, 10)),
        Directive(id="d3", text="Kiểm tra chất lượng công trình nhà văn hóa",
                  assignees=["Sở Xây dựng"], deadline=dt.date(2024, 5, 20)),
    ]))
    return first, second
