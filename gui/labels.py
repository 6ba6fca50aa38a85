"""Names of the session's coded values as the window shows them, translatable with Qt.

Documents always use models.labels (Vietnamese, fixed); the window follows the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import Kind, Role, Status
from renderer import DocType


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_choices() -> list[tuple[Kind, str]]:
    return [
        (Kind.WORKING_SESSION, _t("Buổi làm việc")),
        (Kind.MEETING, _t("Cuộc họp")),
        (Kind.CONFERENCE, _t("Hội nghị")),
    ]


def role_choices() -> list[tuple[Role, str]]:
    return [
        (Role.CHAIR, _t("Chủ trì")),
        (Role.CO_CHAIR, _t("Đồng chủ trì")),
        (Role.MEMBER, _t("Thành viên")),
        (Role.SECRETARY, _t("Thư ký")),
        (Role.GUEST, _t("Khách mời")),
    ]


def status_choices() -> list[tuple[Status, str]]:
    return [
        (Status.OPEN, _t("Chưa thực hiện")),
        (Status.IN_PROGRESS, _t("Đang thực hiện")),
        (Status.DONE, _t("Đã hoàn thành")),
        (Status.CANCELLED, _t("Đã hủy")),
    ]


def doc_type_label(doc_type: DocType) -> str:
    names = {
        DocType.BIEN_BAN: _t("Biên bản"),
        DocType.THONG_BAO_KET_LUAN: _t("Thông báo kết luận"),
        DocType.BAO_CAO: _t("Báo cáo tóm tắt"),
    }
    return names[doc_type]
