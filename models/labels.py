"""Vietnamese names of the session's coded values, for documents and the CLI.

The window translates its own labels with Qt's tr(); documents are always Vietnamese.
"""

from __future__ import annotations

from models.session import Kind, Role, Status

KIND_NAMES: dict[Kind, str] = {
    Kind.WORKING_SESSION: "buổi làm việc",
    Kind.MEETING: "cuộc họp",
    Kind.CONFERENCE: "hội nghị",
}

ROLE_NAMES: dict[Role, str] = {
    Role.CHAIR: "chủ trì",
    Role.CO_CHAIR: "đồng chủ trì",
    Role.MEMBER: "thành viên",
    Role.SECRETARY: "thư ký",
    Role.GUEST: "khách mời",
}

STATUS_NAMES: dict[Status, str] = {
    Status.OPEN: "chưa thực hiện",
    Status.IN_PROGRESS: "đang thực hiện",
    Status.DONE: "đã hoàn thành",
    Status.CANCELLED: "đã hủy",
}
