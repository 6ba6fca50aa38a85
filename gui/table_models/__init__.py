"""The session's lists as Qt table models, one factory per list (see ``base.ListTableModel``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.document import Path, SessionDocument
from gui.labels import role_choices, status_choices
from gui.table_models.base import Column, ListTableModel
from gui.undo import Edits
from models import (
    Attendee,
    Directive,
    Figure,
    Note,
    Opinion,
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
    "reports_model",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("Tables", text)


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
        Column("name", _t("Họ và tên")),
        Column("position", _t("Chức vụ")),
        Column("organization", _t("Cơ quan, đơn vị")),
        Column("group", _t("Thuộc phía")),
        Column("role", _t("Vai trò"), "choice", role_choices),
        Column("present", _t("Có mặt"), "check"),
        Column("absence_reason", _t("Lý do vắng")),
    ]
    return ListTableModel(edits, ("attendees",), columns, new_attendee, _t("Thành phần"))


def reports_model(edits: Edits) -> ListTableModel:
    def new(items: list[Any]) -> Report:
        return Report(id=next_id("r", _ids(items)), presenter=None, title="", content="",
                      figures=[])

    columns = [Column("title", _t("Tên báo cáo"))]
    return ListTableModel(edits, ("reports",), columns, new, _t("Báo cáo"))


def figures_model(edits: Edits, path: Callable[[], Path | None]) -> ListTableModel:
    def new(_items: list[Any]) -> Figure:
        return Figure(label="", value="", unit="", note="")

    columns = [
        Column("label", _t("Chỉ tiêu")),
        Column("value", _t("Giá trị")),
        Column("unit", _t("Đơn vị")),
        Column("note", _t("Ghi chú")),
    ]
    return ListTableModel(edits, path, columns, new, _t("Số liệu"))


def opinions_model(edits: Edits) -> ListTableModel:
    def new(items: list[Any]) -> Opinion:
        return Opinion(id=next_id("o", _ids(items)), speaker=None, content="")

    columns = [
        Column("speaker", _t("Người phát biểu"), "choice", attendee_choices(edits.doc)),
        Column("content", _t("Nội dung")),
    ]
    return ListTableModel(edits, ("opinions",), columns, new, _t("Ý kiến"))


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
        Column("text", _t("Nội dung chỉ đạo")),
        Column("assignees", _t("Chủ trì thực hiện"), "list"),
        Column("collaborators", _t("Phối hợp"), "list"),
        Column("deadline", _t("Thời hạn"), "date"),
        Column("status", _t("Tình trạng"), "choice", status_choices),
    ]
    return ListTableModel(edits, ("conclusion", "directives"), columns, new, _t("Chỉ đạo"))


def notes_model(edits: Edits) -> ListTableModel:
    def new(_items: list[Any]) -> Note:
        return Note(time=dt.datetime.now().time().replace(microsecond=0), text="")

    columns = [Column("time", _t("Giờ"), "time"), Column("text", _t("Ghi chép"))]
    return ListTableModel(edits, ("notes",), columns, new, _t("Ghi chép"))
