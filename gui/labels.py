"""Names of the session's coded values as the window shows them, translatable with Qt.

Documents always use models.labels (Vietnamese, fixed); the window follows the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import Kind, Role, Status
from renderer import DocType


def kind_choices() -> list[tuple[Kind, str]]:
    return [
        (Kind.WORKING_SESSION, QCoreApplication.translate("Labels", "Buổi làm việc")),
        (Kind.MEETING, QCoreApplication.translate("Labels", "Cuộc họp")),
        (Kind.CONFERENCE, QCoreApplication.translate("Labels", "Hội nghị")),
    ]


def role_choices() -> list[tuple[Role, str]]:
    return [
        (Role.CHAIR, QCoreApplication.translate("Labels", "Chủ trì")),
        (Role.CO_CHAIR, QCoreApplication.translate("Labels", "Đồng chủ trì")),
        (Role.MEMBER, QCoreApplication.translate("Labels", "Thành viên")),
        (Role.SECRETARY, QCoreApplication.translate("Labels", "Thư ký")),
        (Role.GUEST, QCoreApplication.translate("Labels", "Khách mời")),
    ]


def status_choices() -> list[tuple[Status, str]]:
    return [
        (Status.OPEN, QCoreApplication.translate("Labels", "Chưa thực hiện")),
        (Status.IN_PROGRESS, QCoreApplication.translate("Labels", "Đang thực hiện")),
        (Status.DONE, QCoreApplication.translate("Labels", "Đã hoàn thành")),
        (Status.CANCELLED, QCoreApplication.translate("Labels", "Đã hủy")),
    ]


def doc_type_label(doc_type: DocType) -> str:
    names = {
        DocType.BIEN_BAN: QCoreApplication.translate("Labels", "Biên bản"),
        DocType.THONG_BAO_KET_LUAN: QCoreApplication.translate("Labels", "Thông báo kết luận"),
        DocType.BAO_CAO: QCoreApplication.translate("Labels", "Báo cáo tóm tắt"),
    }
    return names[doc_type]
