"""The seed session made longer, for tests of what a long session does to the one-page brief."""

from __future__ import annotations

from models import Attendee, Report, Session


def longer(seed: Session, directives: int, extra_figures: int = 0) -> Session:
    """A copy of *seed* with *directives* directives (the seed's repeated, numbered "Nhiệm vụ
    thêm N: …" from the sixth on) and *extra_figures* more figures in its first report."""
    session = seed.model_copy(deep=True)
    found = session.conclusion.directives
    originals = list(found)
    while len(found) < directives:
        extra = originals[len(found) % len(originals)].model_copy()
        extra.id = f"x{len(found)}"
        extra.text = f"Nhiệm vụ thêm {len(found) + 1}: " + extra.text
        found.append(extra)
    figures = session.reports[0].figures
    for number in range(extra_figures):
        figures.append(figures[0].model_copy(update={"label": f"Chỉ tiêu thêm {number}"}))
    return session


#: Bodies that present reports in a busy session, each with its own long title.
_UNITS = (
    "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ",
    "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
    "Ủy ban nhân dân thành phố Sa Đéc", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh",
    "Ủy ban nhân dân các xã, phường",
)


def busy(seed: Session, reports: int = 0, attendees: int = 0, directives: int = 0,
         assessment: int = 0) -> Session:
    """*seed* with *reports* more reports (each presented by its own attendee, with a long
    title), *attendees* more attendees, *directives* directives in all (see :func:`longer`)
    and *assessment* more assessment paragraphs."""
    session = longer(seed, directives) if directives else seed.model_copy(deep=True)
    for number in range(max(attendees, reports)):
        unit = _UNITS[number % len(_UNITS)]
        session.attendees.append(Attendee(
            id=f"a{number}", name=f"Nguyễn Văn Thành {number + 1}",
            position=f"Giám đốc {unit}" if number % 2 else "Phó Giám đốc",
            organization=unit, group="Về phía tỉnh" if number % 3 else "Về phía thành phố"))
    for number in range(reports):
        session.reports.append(Report(
            id=f"rx{number}", presenter=f"a{number}",
            title=f"Báo cáo tình hình thực hiện nhiệm vụ năm 2024 và phương hướng năm 2025 "
                  f"của {_UNITS[number % len(_UNITS)]} (lần {number + 1})",
            content="Nội dung báo cáo.",
        ))
    paragraph = session.conclusion.assessment[0]
    session.conclusion.assessment.extend([paragraph] * assessment)
    return session
