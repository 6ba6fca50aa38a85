"""Words for what a revision changed ("Kết luận: thêm nhiệm vụ 3"), from ``models.changes``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.changes import Change, FieldChange, ListChange

_SECTIONS = {
    "general": QT_TRANSLATE_NOOP("Revisions", "Thông tin chung"),
    "issuer": QT_TRANSLATE_NOOP("Revisions", "Thông tin chung"),
    "attendees": QT_TRANSLATE_NOOP("Revisions", "Thành phần"),
    "reports": QT_TRANSLATE_NOOP("Revisions", "Báo cáo"),
    "opinions": QT_TRANSLATE_NOOP("Revisions", "Ý kiến"),
    "conclusion.assessment": QT_TRANSLATE_NOOP("Revisions", "Kết luận"),
    "conclusion.directives": QT_TRANSLATE_NOOP("Revisions", "Kết luận"),
    "conclusion.proposals": QT_TRANSLATE_NOOP("Revisions", "Kết luận"),
    "notes": QT_TRANSLATE_NOOP("Revisions", "Ghi chép"),
    "document": QT_TRANSLATE_NOOP("Revisions", "Văn bản"),
    "document.recipients": QT_TRANSLATE_NOOP("Revisions", "Văn bản"),
}

_ONE = {
    "attendees": QT_TRANSLATE_NOOP("Revisions", "dòng"),
    "reports": QT_TRANSLATE_NOOP("Revisions", "báo cáo"),
    "opinions": QT_TRANSLATE_NOOP("Revisions", "ý kiến"),
    "conclusion.assessment": QT_TRANSLATE_NOOP("Revisions", "đoạn đánh giá"),
    "conclusion.directives": QT_TRANSLATE_NOOP("Revisions", "nhiệm vụ"),
    "conclusion.proposals": QT_TRANSLATE_NOOP("Revisions", "đề xuất"),
    "notes": QT_TRANSLATE_NOOP("Revisions", "ghi chép"),
    "document.recipients": QT_TRANSLATE_NOOP("Revisions", "nơi nhận"),
}

_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("Revisions", "loại"),
    "subject": QT_TRANSLATE_NOOP("Revisions", "nội dung"),
    "counterpart": QT_TRANSLATE_NOOP("Revisions", "làm việc với"),
    "date": QT_TRANSLATE_NOOP("Revisions", "ngày"),
    "start_time": QT_TRANSLATE_NOOP("Revisions", "giờ bắt đầu"),
    "end_time": QT_TRANSLATE_NOOP("Revisions", "giờ kết thúc"),
    "location": QT_TRANSLATE_NOOP("Revisions", "địa điểm"),
    "issuer.parent": QT_TRANSLATE_NOOP("Revisions", "cơ quan chủ quản"),
    "issuer.name": QT_TRANSLATE_NOOP("Revisions", "cơ quan ban hành"),
    "issuer.symbol": QT_TRANSLATE_NOOP("Revisions", "ký hiệu"),
    "issuer.place": QT_TRANSLATE_NOOP("Revisions", "địa danh"),
    "document.number": QT_TRANSLATE_NOOP("Revisions", "số"),
    "document.issued_on": QT_TRANSLATE_NOOP("Revisions", "ngày ban hành"),
    "document.signer.authority": QT_TRANSLATE_NOOP("Revisions", "thẩm quyền ký"),
    "document.signer.position": QT_TRANSLATE_NOOP("Revisions", "chức vụ người ký"),
    "document.signer.name": QT_TRANSLATE_NOOP("Revisions", "người ký"),
    "document.archive": QT_TRANSLATE_NOOP("Revisions", "nơi lưu"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("Revisions", str(text))


def _several(part: str) -> str:
    """The word for several rows: the same as for one in Vietnamese, not in English."""
    translate = QCoreApplication.translate
    return {
        "attendees": translate("Revisions", "dòng", "plural"),
        "reports": translate("Revisions", "báo cáo", "plural"),
        "opinions": translate("Revisions", "ý kiến", "plural"),
        "conclusion.assessment": translate("Revisions", "đoạn đánh giá", "plural"),
        "conclusion.directives": translate("Revisions", "nhiệm vụ", "plural"),
        "conclusion.proposals": translate("Revisions", "đề xuất", "plural"),
        "notes": translate("Revisions", "ghi chép", "plural"),
        "document.recipients": translate("Revisions", "nơi nhận", "plural"),
    }[part]


def _rows(verb: str, part: str, positions: Sequence[int]) -> str:
    """"thêm nhiệm vụ 3" for one row, "sửa 2 dòng" for several."""
    if len(positions) == 1:
        return (QCoreApplication.translate("Revisions", "%1 %2 %3", "one row")
                .replace("%1", verb).replace("%2", _tr(_ONE[part]))
                .replace("%3", str(positions[0])))
    return (QCoreApplication.translate("Revisions", "%1 %2 %3", "several rows")
            .replace("%1", verb).replace("%2", str(len(positions)))
            .replace("%3", _several(part)))


def describe(changes: Sequence[Change]) -> str:
    """One line: each tab that changed, with what changed there."""
    by_section: dict[str, list[str]] = {}
    for change in changes:
        words = by_section.setdefault(_tr(_SECTIONS[change.part]), [])
        if isinstance(change, FieldChange):
            fields = ", ".join(_tr(_FIELDS[name]) for name in change.fields)
            words.append(QCoreApplication.translate("Revisions", "sửa %1").replace("%1", fields))
        elif isinstance(change, ListChange):
            verbs = (
                (QCoreApplication.translate("Revisions", "thêm"), change.added),
                (QCoreApplication.translate("Revisions", "xóa"), change.removed),
                (QCoreApplication.translate("Revisions", "sửa"), change.changed),
            )
            for verb, positions in verbs:
                if positions:
                    words.append(_rows(verb, change.part, positions))
    if not by_section:
        return QCoreApplication.translate("Revisions", "không đổi nội dung")
    return "; ".join(f"{section}: {', '.join(words)}" for section, words in by_section.items())
