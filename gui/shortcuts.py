"""Every keyboard shortcut of the window, in one table (F1 shows it; README copies it).

Each entry is the key sequence and a description; ``gui.main_window`` looks them up by name,
so changing a key here changes the window, the help dialog and the menu hints together.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable text forms, e.g. "Ctrl+Shift+Z"
    description: object  # Vietnamese source text (QT_TRANSLATE_NOOP), translated when shown

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    def translated(self) -> str:
        return QCoreApplication.translate("Shortcuts", str(self.description))


# QT_TRANSLATE_NOOP marks the text for pyside6-lupdate; it is translated when shown.
SHORTCUTS: dict[str, Shortcut] = {
    "new": Shortcut(
        ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Phiên làm việc mới")
    ),
    "duplicate": Shortcut(
        ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "Nhân bản thành phiên mới (họp định kỳ)")
    ),
    "find": Shortcut(
        ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Tìm phiên làm việc")
    ),
    "export": Shortcut(
        ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Xuất văn bản (.docx)")
    ),
    "undo": Shortcut(
        ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Hoàn tác")
    ),
    "redo": Shortcut(
        ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Làm lại")
    ),
    "add_row": Shortcut(
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Thêm dòng vào bảng đang làm việc"),
    ),
    "remove_row": Shortcut(
        ("Ctrl+Del",), QT_TRANSLATE_NOOP("Shortcuts", "Xóa dòng đang chọn")
    ),
    "move_row": Shortcut(
        ("Alt+Up", "Alt+Down"), QT_TRANSLATE_NOOP("Shortcuts", "Chuyển dòng lên / xuống")
    ),
    "note": Shortcut(
        ("Ctrl+T",), QT_TRANSLATE_NOOP("Shortcuts", "Ghi chép mới, ghi sẵn giờ hiện tại")
    ),
    "snippets": Shortcut(
        ("Ctrl+M",), QT_TRANSLATE_NOOP("Shortcuts", "Chèn mẫu câu")
    ),
    "sections": Shortcut(
        ("Alt+1", "Alt+7"), QT_TRANSLATE_NOOP("Shortcuts", "Chuyển đến mục 1 … 7 của phiên")
    ),
    "calendar": Shortcut(
        ("Alt+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Mở lịch chọn ngày (trong ô ngày)")
    ),
    "open_list": Shortcut(
        ("F4", "Alt+Down"),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Mở danh sách chọn (người phát biểu, người báo cáo, vai trò…); gõ vài chữ để "
            "lọc, không dấu cũng được",
        ),
    ),
    "search_results": Shortcut(
        ("Down", "Return"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Trong ô tìm: xuống danh sách kết quả / mở phiên đầu tiên"
        ),
    ),
    "import": Shortcut(
        ("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Nhập tệp phiên làm việc (.json)")
    ),
    "export_file": Shortcut(
        ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Shortcuts", "Xuất tệp phiên làm việc (.json)")
    ),
    "revisions": Shortcut(
        ("Ctrl+H",), QT_TRANSLATE_NOOP("Shortcuts", "Các bản lưu trước")
    ),
    "quit": Shortcut(
        ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Thoát")
    ),
    "register": Shortcut(
        ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi nhiệm vụ / trở lại phiên làm việc")
    ),
    "register_urgent": Shortcut(
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: nhiệm vụ quá hạn và sắp đến hạn"),
    ),
    "register_done": Shortcut(
        ("Ctrl+D",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: đánh dấu đã hoàn thành")
    ),
    "register_progress": Shortcut(
        ("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: thêm tiến độ thực hiện")
    ),
    "register_extend": Shortcut(
        ("Ctrl+G",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: gia hạn thời hạn")
    ),
    "register_open": Shortcut(
        ("Return", "Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: mở chỉ đạo trong phiên")
    ),
    "register_chart": Shortcut(
        ("Ctrl+B",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: hiện / ẩn biểu đồ")
    ),
    "register_excel": Shortcut(
        ("Ctrl+Shift+E",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: xuất ra Excel")
    ),
    "register_report": Shortcut(
        ("Ctrl+Shift+B",),
        QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: báo cáo tình hình thực hiện nhiệm vụ"),
    ),
    "register_reload": Shortcut(
        ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Sổ theo dõi: tải lại")
    ),
    "units": Shortcut(
        ("Ctrl+U",), QT_TRANSLATE_NOOP("Shortcuts", "Danh bạ đơn vị (gộp cách viết, đặt tên)")
    ),
    "help": Shortcut(
        ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Danh sách phím tắt")
    ),
}

def sequences(name: str) -> list[QKeySequence]:
    return SHORTCUTS[name].sequences()


def table_rows() -> list[tuple[str, str]]:
    """(keys, description) rows for the F1 dialog, keys in the platform's notation."""
    rows = []
    for shortcut in SHORTCUTS.values():
        keys = " / ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys
        )
        rows.append((keys, shortcut.translated()))
    return rows
