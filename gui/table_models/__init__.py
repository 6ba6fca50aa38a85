"""The session's lists as Qt table models, one factory per list (see ``base.ListTableModel``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.document import Path, SessionDocument
from gui.labels import role_choices, status_choices
from gui.table_models.base import Column, ListTableModel
from gui.table_models.directives import DirectivesTableModel
from gui.undo import Edits
from models import (
    Attendee,
    Directive,
    Figure,
    Note,
    Opinion,
    Proposal,
    Report,
    Role,
    Status,
    next_id,
)

__all__ = [
    "Column",
    "ListTableModel",
    "attendee_choices",
    "attendees_model",
    "directives_model",
    "figures_model",
    "notes_model",
    "opinions_model",
    "proposals_model",
    "reports_model",
]


def _ids(items: list[Any]) -> list[str]:
    return [item.id for item in items]


def attendee_choices(doc: SessionDocument) -> Callable[[], list[tuple[str, str]]]:
    """Presenter/speaker choices: every attendee by name (or position for a delegation).

    "Nobody" is the empty id "" rather than None: PySide6 (with Python 3.11) releases None
    once too often when it comes back out of a QVariant, which crashes after enough calls.
    """

    def choices() -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = [("", "")]
        for attendee in doc.session.attendees:
            found.append((attendee.id, attendee.name or attendee.position or attendee.id))
        return found

    return choices


def new_attendee(items: list[Any]) -> Attendee:
    return Attendee(
        id=next_id("p", _ids(items)),
        name="",
        position="",
        organization="",
        group=items[-1].group if items else "",
        role=Role.MEMBER,
        present=True,
        absence_reason="",
    )


def attendees_model(edits: Edits) -> ListTableModel:
    columns = [
        Column("name", QCoreApplication.translate("Tables", "Họ và tên")),
        Column("position", QCoreApplication.translate("Tables", "Chức vụ")),
        Column("organization", QCoreApplication.translate("Tables", "Cơ quan, đơn vị")),
        Column("group", QCoreApplication.translate("Tables", "Thuộc phía")),
        Column("role", QCoreApplication.translate("Tables", "Vai trò"), "choice", role_choices),
        Column("present", QCoreApplication.translate("Tables", "Có mặt"), "check"),
        Column("absence_reason", QCoreApplication.translate("Tables", "Lý do vắng")),
        Column(
            "post",
            QCoreApplication.translate("Tables", "Chức danh dùng trong văn bản"),
            placeholder=lambda attendee: attendee.document_post,
        ),
    ]
    name = QCoreApplication.translate("Tables", "Thành phần")
    return ListTableModel(edits, ("attendees",), columns, new_attendee, name)


def reports_model(edits: Edits) -> ListTableModel:
    def new(items: list[Any]) -> Report:
        return Report(
            id=next_id("r", _ids(items)), presenter=None, title="", content="", figures=[]
        )

    columns = [Column("title", QCoreApplication.translate("Tables", "Tên báo cáo"))]
    return ListTableModel(
        edits, ("reports",), columns, new, QCoreApplication.translate("Tables", "Báo cáo")
    )


def figures_model(edits: Edits, path: Callable[[], Path | None]) -> ListTableModel:
    def new(_items: list[Any]) -> Figure:
        return Figure(label="", value="", unit="", note="")

    columns = [
        Column("label", QCoreApplication.translate("Tables", "Chỉ tiêu")),
        Column("value", QCoreApplication.translate("Tables", "Giá trị")),
        Column("unit", QCoreApplication.translate("Tables", "Đơn vị")),
        Column("note", QCoreApplication.translate("Tables", "Ghi chú")),
    ]
    return ListTableModel(
        edits, path, columns, new, QCoreApplication.translate("Tables", "Số liệu")
    )


def opinions_model(edits: Edits) -> ListTableModel:
    def new(items: list[Any]) -> Opinion:
        return Opinion(id=next_id("o", _ids(items)), speaker=None, content="")

    columns = [
        Column(
            "speaker",
            QCoreApplication.translate("Tables", "Người phát biểu"),
            "choice",
            attendee_choices(edits.doc),
        ),
        Column("content", QCoreApplication.translate("Tables", "Nội dung"), "summary"),
    ]
    return ListTableModel(
        edits, ("opinions",), columns, new, QCoreApplication.translate("Tables", "Ý kiến")
    )


def directives_model(edits: Edits) -> ListTableModel:
    def new(items: list[Any]) -> Directive:
        return Directive(
            id=next_id("d", _ids(items)),
            text="",
            assignees=[],
            collaborators=[],
            deadline=None,
            status=Status.OPEN,
        )

    columns = [
        Column("text", QCoreApplication.translate("Tables", "Nội dung chỉ đạo")),
        Column("assignees", QCoreApplication.translate("Tables", "Chủ trì thực hiện"), "list"),
        Column("collaborators", QCoreApplication.translate("Tables", "Phối hợp"), "list"),
        Column("deadline", QCoreApplication.translate("Tables", "Thời hạn"), "date"),
        Column("standing", QCoreApplication.translate("Tables", "Thường xuyên"), "check"),
        Column(
            "status", QCoreApplication.translate("Tables", "Tình trạng"), "choice", status_choices
        ),
        Column("completed_on", QCoreApplication.translate("Tables", "Hoàn thành ngày"), "date"),
    ]
    name = QCoreApplication.translate("Tables", "Chỉ đạo")
    return DirectivesTableModel(edits, ("conclusion", "directives"), columns, new, name)


def proposals_model(edits: Edits) -> ListTableModel:
    """Mẫu 1.4's third section: what the counterpart asked for and what the chair answered."""

    def new(items: list[Any]) -> Proposal:
        return Proposal(id=next_id("k", _ids(items)), text="", answer="")

    columns = [
        Column("text", QCoreApplication.translate("Tables", "Đề xuất, kiến nghị")),
        Column("answer", QCoreApplication.translate("Tables", "Ý kiến trả lời")),
    ]
    name = QCoreApplication.translate("Tables", "Đề xuất")
    return ListTableModel(edits, ("conclusion", "proposals"), columns, new, name)


def notes_model(edits: Edits) -> ListTableModel:
    def new(_items: list[Any]) -> Note:
        return Note(time=dt.datetime.now().time().replace(microsecond=0), text="")

    columns = [
        Column("time", QCoreApplication.translate("Tables", "Giờ"), "time"),
        Column("text", QCoreApplication.translate("Tables", "Ghi chép")),
    ]
    return ListTableModel(
        edits, ("notes",), columns, new, QCoreApplication.translate("Tables", "Ghi chép")
    )
