"""The three documents a session produces, with the names each part of the program needs.

One enum keeps the command-line value ("bien-ban"), the template file, the type name printed
on the page, the symbol in the number line and the file-name stem together, so they cannot
drift apart.
"""

from __future__ import annotations

from enum import StrEnum


class DocType(StrEnum):
    BIEN_BAN = "bien-ban"
    THONG_BAO_KET_LUAN = "thong-bao-ket-luan"
    BAO_CAO = "bao-cao"

    @property
    def display_name(self) -> str:
        """The Vietnamese name shown in the window's menus: "Thông báo kết luận"."""
        return _DISPLAY[self]

    @property
    def file_stem(self) -> str:
        """A file name stem without diacritics: "thong-bao-ket-luan"."""
        return self.value

    @property
    def template_name(self) -> str:
        """The template file in report_templates/ (or the user's templates folder)."""
        return _TEMPLATE[self]

    @property
    def type_name(self) -> str:
        """The type name printed in capitals above the summary (Decree 30, Phụ lục I)."""
        return _TYPE_NAME[self]

    @property
    def symbol(self) -> str:
        """The type symbol in the number line "Số: 07/TB-VPUBND"."""
        return _SYMBOL[self]

    @classmethod
    def parse(cls, text: str) -> DocType:
        """Accept "bien-ban", "bien_ban" or the template stem; raise ValueError otherwise."""
        key = text.strip().lower().replace("_", "-")
        for member in cls:
            if key in (member.value, member.template_name.split(".")[0].replace("_", "-")):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"loại văn bản {text!r} không có; chọn một trong: {choices}")


_DISPLAY = {
    DocType.BIEN_BAN: "Biên bản",
    DocType.THONG_BAO_KET_LUAN: "Thông báo kết luận",
    DocType.BAO_CAO: "Báo cáo tóm tắt",
}
_TEMPLATE = {
    DocType.BIEN_BAN: "bien_ban.md.j2",
    DocType.THONG_BAO_KET_LUAN: "thong_bao_ket_luan.md.j2",
    DocType.BAO_CAO: "bao_cao_tom_tat.md.j2",
}
_TYPE_NAME = {
    DocType.BIEN_BAN: "BIÊN BẢN",
    DocType.THONG_BAO_KET_LUAN: "THÔNG BÁO",
    DocType.BAO_CAO: "BÁO CÁO",
}
_SYMBOL = {
    DocType.BIEN_BAN: "BB",
    DocType.THONG_BAO_KET_LUAN: "TB",
    DocType.BAO_CAO: "BC",
}


class ReportType(StrEnum):
    """Documents written from the directive register rather than from one session.

    Kept apart from :class:`DocType`, whose members the window offers for every session; the
    properties are the same, so the pipeline and the writers treat both alike.
    """

    BAO_CAO_NHIEM_VU = "bao-cao-nhiem-vu"

    @property
    def display_name(self) -> str:
        return "Báo cáo tình hình thực hiện nhiệm vụ"

    @property
    def file_stem(self) -> str:
        return self.value

    @property
    def template_name(self) -> str:
        return "bao_cao_nhiem_vu.md.j2"

    @property
    def type_name(self) -> str:
        return "BÁO CÁO"

    @property
    def symbol(self) -> str:
        return "BC"


#: Any document the renderer writes.
AnyDocType = DocType | ReportType
