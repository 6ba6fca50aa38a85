"""Recent files, opening what was exported, the remembered folder, and safe file names."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gui.export_dialog import ExportDialog, suggested_file_name
from gui.main_window import MainWindow
from models import Session
from renderer import DocType


def recent_entries(window: MainWindow) -> list[str]:
    return [action.text() for action in window.recent_menu.actions()]


def error_text(window: MainWindow) -> str:
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    text = box.text()
    box.close()
    return text


def test_imported_files_come_first_in_recent_files_and_survive_a_new_window(
    qtbot: QtBot, make_window: object, seed_path: Path, tmp_path: Path
) -> None:
    assert callable(make_window)
    window = make_window()
    assert not window.recent_menu.isEnabled()  # nothing yet
    first = tmp_path / "phien-1.json"
    second = tmp_path / "phien-2.json"
    shutil.copy(seed_path, first)
    shutil.copy(seed_path, second)
    assert window.import_file(first)
    assert window.import_file(second)
    assert recent_entries(window) == [str(second), str(first)]
    assert window.recent_menu.isEnabled()
    assert window.import_file(first)  # again: moves to the top, not listed twice
    assert recent_entries(window) == [str(first), str(second)]

    again = make_window()  # same QSettings: "after a restart"
    assert recent_entries(again) == [str(first), str(second)]
    sessions = again.session_list.model.rowCount()
    again.recent_menu.actions()[1].trigger()
    assert again.session_list.model.rowCount() == sessions + 1
    assert recent_entries(again)[0] == str(second)


def test_a_missing_recent_file_is_reported_and_dropped(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "da-xoa.json"
    kept = tmp_path / "con-day.json"
    shutil.copy(seed_path, gone)
    shutil.copy(seed_path, kept)
    assert window.import_file(gone)
    assert window.import_file(kept)
    gone.unlink()
    sessions = window.session_list.model.rowCount()
    window.recent_menu.actions()[1].trigger()
    text = error_text(window)
    assert str(gone) in text and "Đã bỏ tệp này khỏi danh sách tệp gần đây" in text
    assert "Traceback" not in text
    assert recent_entries(window) == [str(kept)]
    assert window.session_list.model.rowCount() == sessions


@pytest.mark.parametrize(("button", "opens"), [("Mở &tệp", "file"), ("Mở thư &mục", "folder")])
def test_after_export_the_file_or_its_folder_can_be_opened(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    opens: str,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.import_file(seed_path)
    dialog = window.export_documents()
    dialog.folder.setText(str(tmp_path / "van-ban"))
    dialog.checks[DocType.BIEN_BAN].setChecked(False)
    dialog.checks[DocType.BAO_CAO].setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "exported_box")
    assert box is not None and box.isVisible()
    written = tmp_path / "van-ban" / suggested_file_name(window.doc.session,
                                                          DocType.THONG_BAO_KET_LUAN)
    assert str(written) in box.text()
    chosen = next(b for b in box.buttons() if b.text() == button)
    QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)
    target = written if opens == "file" else written.parent
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_the_export_folder_is_remembered(
    qtbot: QtBot, make_window: object, seed_path: Path, tmp_path: Path
) -> None:
    assert callable(make_window)
    window = make_window()
    window.import_file(seed_path)
    dialog = window.export_documents()
    folder = tmp_path / "Văn bản đi"
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(list(folder.glob("*.docx"))) == 3
    box = window.findChild(QMessageBox, "exported_box")
    assert box is not None
    box.close()
    assert window.export_documents().folder.text() == str(folder)
    assert make_window().export_documents().folder.text() == str(folder)


@pytest.mark.parametrize(
    ("counterpart", "subject", "expected"),
    [
        ("Ủy ban nhân dân thành phố Cao Lãnh", "",
         "thong-bao-ket-luan_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx"),
        ("Sở Tài chính / Kho bạc: \"Đợt 2\" <khẩn>?*|", "",
         "thong-bao-ket-luan_2024-03-04_so-tai-chinh-kho-bac-dot-2-khan.docx"),
        ("", "ĐỔI MỚI quản lý đất đai 🌾",
         "thong-bao-ket-luan_2024-03-04_doi-moi-quan-ly-dat-dai.docx"),
        ("…", "", "thong-bao-ket-luan_2024-03-04_phien-lam-viec.docx"),
        ("../../etc/passwd", "", "thong-bao-ket-luan_2024-03-04_etc-passwd.docx"),
    ],
)
def test_suggested_file_names_use_safe_characters(
    counterpart: str, subject: str, expected: str
) -> None:
    session = Session.new(on=dt.date(2024, 3, 4))
    session.counterpart = counterpart
    session.subject = subject
    name = suggested_file_name(session, DocType.THONG_BAO_KET_LUAN)
    assert name == expected
    assert re.fullmatch(r"[a-z0-9_.-]+", name)


def test_a_long_counterpart_gives_a_short_file_name() -> None:
    session = Session.new(on=dt.date(2024, 3, 4))
    session.counterpart = "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng " * 4
    name = suggested_file_name(session, DocType.BIEN_BAN)
    assert len(name) <= 100
    assert not name.removesuffix(".docx").endswith("-")


def test_the_dialog_lists_the_names_it_will_write(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    window.import_file(seed_path)
    dialog = window.export_documents()
    assert isinstance(dialog, ExportDialog)
    dialog.checks[DocType.BAO_CAO].setChecked(False)
    assert dialog.names.text().splitlines() == [
        "bien-ban_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx",
        "thong-bao-ket-luan_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx",
    ]
    dialog.reject()


def _export_fails(
    qtbot: QtBot, window: MainWindow, folder: Path
) -> tuple[ExportDialog, str]:
    dialog = window.export_documents()
    dialog.folder.setText(str(folder))
    with qtbot.assertNotEmitted(dialog.exported):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        question = window.findChild(QMessageBox, "overwrite_box")
        if question is not None:  # yesterday's copy is there: the clerk chooses to replace it
            replace = next(b for b in question.buttons() if b.text() == "&Thay thế")
            QTest.mouseClick(replace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_box") is not None)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None
    text = box.text()
    box.close()
    return dialog, text


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("held_open", "tệp đang được mở (có thể trong Word)"),
        ("disk_full", "ổ đĩa đã đầy"),
        ("folder_is_a_file", "trên đường dẫn có một tệp trùng tên với thư mục cần dùng"),
    ],
)
def test_an_export_that_fails_says_why_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    expected: str,
) -> None:
    window.import_file(seed_path)
    window.autosave.save_now()
    session_id = window.doc.session_id
    assert session_id is not None
    before = window.doc.session.model_dump()
    stored_before = window.store.load(session_id).model_dump()
    folder = tmp_path / "van-ban"
    folder.mkdir()
    old = folder / suggested_file_name(window.doc.session, DocType.THONG_BAO_KET_LUAN)
    old.write_bytes(b"yesterday's copy")
    if fault == "held_open":
        def refuse(_src: object, _dst: object) -> None:
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr("renderer.atomic.os.replace", refuse)
    elif fault == "disk_full":
        def full(_src: object, _dst: object) -> None:
            raise OSError(28, "No space left on device")
        monkeypatch.setattr("renderer.atomic.os.replace", full)
    else:
        (tmp_path / "a-file").write_text("not a folder")
        folder = tmp_path / "a-file" / "van-ban"

    target = folder if fault == "folder_is_a_file" else old.parent
    dialog, text = _export_fails(qtbot, window, target)

    assert expected.casefold() in text.casefold()
    assert "Traceback" not in text and "Errno" not in text
    assert dialog.isVisible()  # the clerk can choose another folder and try again
    assert old.read_bytes() == b"yesterday's copy"
    assert sorted(p.name for p in old.parent.iterdir()) == [old.name]  # no temporary left
    assert window.doc.session.model_dump() == before
    assert window.store.load(session_id).model_dump() == stored_before
