"""Rules that relate one part of a session to another.

Kept apart from the field types so a session being edited may break them for a moment: the
window lists these problems and jumps to the field; import and render refuse errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.problems import Problem, Severity
from models.session import Role, Session, Status


def _duplicate_ids(items: Sequence[object], list_name: str) -> list[Problem]:
    first_seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        item_id = getattr(item, "id")  # noqa: B009 - every listed model has an id
        if item_id in first_seen:
            problems.append(
                Problem(
                    f"{list_name}[{index}].id",
                    f"mã {item_id!r} bị trùng với {list_name}[{first_seen[item_id]}]",
                )
            )
        else:
            first_seen[item_id] = index
    return problems


def check_session(session: Session) -> list[Problem]:
    """Every cross-field problem, errors first in document order, then warnings."""
    problems: list[Problem] = []
    problems += _duplicate_ids(session.attendees, "attendees")
    problems += _duplicate_ids(session.reports, "reports")
    problems += _duplicate_ids(session.opinions, "opinions")
    problems += _duplicate_ids(session.conclusion.directives, "conclusion.directives")
    problems += _duplicate_ids(session.conclusion.proposals, "conclusion.proposals")

    attendee_ids = {a.id for a in session.attendees}
    for index, report in enumerate(session.reports):
        if report.presenter and report.presenter not in attendee_ids:
            problems.append(
                Problem(
                    f"reports[{index}].presenter",
                    f"người báo cáo {report.presenter!r} không có trong thành phần tham dự",
                )
            )
    for index, opinion in enumerate(session.opinions):
        if opinion.speaker and opinion.speaker not in attendee_ids:
            problems.append(
                Problem(
                    f"opinions[{index}].speaker",
                    f"người phát biểu {opinion.speaker!r} không có trong thành phần tham dự",
                )
            )

    chairs = [i for i, a in enumerate(session.attendees) if a.role is Role.CHAIR]
    for index in chairs[1:]:
        problems.append(
            Problem(
                f"attendees[{index}].role",
                f"chỉ được có một người chủ trì; attendees[{chairs[0]}] đã là chủ trì",
            )
        )

    if session.start_time and session.end_time and session.end_time <= session.start_time:
        problems.append(
            Problem(
                "end_time",
                f"giờ kết thúc ({session.end_time:%H:%M}) phải sau giờ bắt đầu "
                f"({session.start_time:%H:%M})",
            )
        )

    problems += _warnings(session)
    return problems


def _warnings(session: Session) -> list[Problem]:
    warn = Severity.WARNING
    found = []
    if not chair_present(session):
        found.append(Problem("attendees", "chưa có người chủ trì (vai trò: chủ trì)", warn))
    if session.secretary is None:  # the Biên bản's "Thư ký:" line and signature stay empty
        found.append(Problem("attendees", "chưa có thư ký (vai trò: thư ký)", warn))
    if not session.subject.strip():
        found.append(Problem("subject", "chưa ghi nội dung (trích yếu) buổi làm việc", warn))
    for index, attendee in enumerate(session.attendees):
        if not attendee.present and not attendee.absence_reason.strip():
            found.append(
                Problem(f"attendees[{index}].absence_reason", "vắng mặt nhưng chưa ghi lý do", warn)
            )
        if attendee.added_from and not attendee.position.strip():
            source = "ý kiến phát biểu" if attendee.added_from == "opinion" else "báo cáo"
            found.append(
                Problem(
                    f"attendees[{index}].position",
                    f"{attendee.name} được thêm từ {source}: cần bổ sung chức vụ, đơn vị",
                    warn,
                )
            )
    found += _directive_warnings(session)
    return found


def _directive_warnings(session: Session) -> list[Problem]:
    """Follow-up data that would make the register's counts wrong without anyone noticing."""
    warn = Severity.WARNING
    found = []
    for index, directive in enumerate(session.conclusion.directives):
        path = f"conclusion.directives[{index}]"
        if directive.status is Status.DONE and directive.completed_on is None:
            found.append(
                Problem(
                    f"{path}.completed_on",
                    "đã hoàn thành nhưng chưa ghi ngày hoàn thành (được tính là đúng hạn)",
                    warn,
                )
            )
        if directive.completed_on is not None and directive.completed_on < session.date:
            found.append(
                Problem(
                    f"{path}.completed_on",
                    "ngày hoàn thành trước ngày giao nhiệm vụ",
                    warn,
                )
            )
        if directive.standing and directive.deadline is not None:
            found.append(
                Problem(
                    f"{path}.deadline",
                    "nhiệm vụ thường xuyên nhưng vẫn ghi thời hạn (thời hạn không được tính)",
                    warn,
                )
            )
    return found


def chair_present(session: Session) -> bool:
    return session.chair is not None


def errors_only(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
