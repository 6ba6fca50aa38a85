"""The export dialog's PDF box and its question before replacing a file, driven by real clicks:
what the clerk sees, and which files are in the folder afterwards."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gui.export_dialog import ExportDialog, suggested_file_name
from gui.main_window import MainWindow
from renderer import DocType

FAKE_SOFFICE = Path(__file__).resolve().parents[1] / "fake_soffice"


def click(qtbot: QtBot, widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):  # on the box itself, not on blank space beside the label
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def only_thong_bao(qtbot: QtBot, window: MainWindow, folder: Path) -> ExportDialog:
    dialog = window.export_documents()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(folder))
    click(qtbot, dialog.checks[DocType.BIEN_BAN])
    click(qtbot, dialog.checks[DocType.BAO_CAO])
    assert dialog.chosen_types() == [DocType.THONG_BAO_KET_LUAN]
    return dialog


def overwrite_box(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "overwrite_box") is not None)
    box = window.findChild(QMessageBox, "overwrite_box")
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def close_exported_box(window: MainWindow) -> None:
    box = window.findChild(QMessageBox, "exported_box")
    if box is not None:
        box.close()


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Thay thế", {"": "new"}),
        ("Giữ cả hai", {"": "old", "-2": "new"}),
        ("Hủy", {"": "old"}),
    ],
)
def test_an_existing_file_is_replaced_only_when_the_clerk_says_so(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    answer: str,
    expected: dict[str, str],
) -> None:
    window.import_file(seed_path)
    folder = tmp_path / "van-ban"
    folder.mkdir()
    name = suggested_file_name(window.doc.session, DocType.THONG_BAO_KET_LUAN)
    edited = folder / name
    edited.write_bytes(b"edited in Word")
    dialog = only_thong_bao(qtbot, window, folder)
    click(qtbot, dialog.export_button)
    box = overwrite_box(qtbot, window)
    assert name in box.text() and "Word" in box.text()
    assert box.defaultButton() is button(box, "Giữ cả hai")  # Enter keeps the edits
    click(qtbot, button(box, answer))
    if answer == "Hủy":
        qtbot.waitUntil(lambda: not box.isVisible())
        assert dialog.isVisible()  # back to the dialog: another folder can be chosen
    else:
        qtbot.waitUntil(lambda: not dialog.isVisible())
    stem = name.removesuffix(".docx")
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert set(files) == {f"{stem}{suffix}.docx" for suffix in expected}
    for suffix, which in expected.items():
        content = files[f"{stem}{suffix}.docx"]
        assert (content == b"edited in Word") == (which == "old")
        assert content.startswith(b"PK") == (which == "new")
    close_exported_box(window)
    dialog.reject()


def test_nothing_is_asked_when_the_files_are_new(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path
) -> None:
    window.import_file(seed_path)
    dialog = only_thong_bao(qtbot, window, tmp_path / "moi")
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        click(qtbot, dialog.export_button)
    assert window.findChild(QMessageBox, "overwrite_box") is None
    close_exported_box(window)


def test_without_libreoffice_the_box_is_off_and_says_how_to_install_it(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("renderer.pdf.find_soffice", lambda: None)
    window.settings.setValue("export/pdf", True)
    window.import_file(seed_path)
    dialog = only_thong_bao(qtbot, window, tmp_path / "out")
    assert not dialog.pdf.isEnabled() and not dialog.pdf.isChecked()
    assert dialog.pdf_hint.isVisible() and "LibreOffice" in dialog.pdf_hint.text()
    with qtbot.waitSignal(dialog.exported, timeout=10000):  # the .docx still goes out
        click(qtbot, dialog.export_button)
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".docx"]
    close_exported_box(window)


@pytest.mark.soffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (install libreoffice-writer-nogui)")
def test_ticking_pdf_writes_a_pdf_beside_the_docx_and_is_remembered(
    qtbot: QtBot, make_window: object, seed_path: Path, tmp_path: Path
) -> None:
    assert callable(make_window)
    window = make_window()
    window.import_file(seed_path)
    folder = tmp_path / "ky-so"
    dialog = only_thong_bao(qtbot, window, folder)
    assert dialog.pdf.isEnabled() and not dialog.pdf.isChecked()
    click(qtbot, dialog.pdf)
    assert dialog.pdf.isChecked()
    assert [line.rsplit(".", 1)[1] for line in dialog.names.text().splitlines()] == [
        "docx", "pdf"
    ]
    with qtbot.waitSignal(dialog.exported, timeout=180_000) as exported:
        click(qtbot, dialog.export_button)
        assert dialog.progress.isVisible()  # the clerk sees it working
        assert not dialog.export_button.isEnabled()
    paths = exported.args[0] if exported.args else []
    assert sorted(p.suffix for p in paths) == [".docx", ".pdf"]
    pdf = next(p for p in paths if p.suffix == ".pdf")
    assert pdf.parent == folder and pdf.read_bytes().startswith(b"%PDF")
    close_exported_box(window)
    again = make_window().export_documents()
    assert again.pdf.isChecked()  # remembered, also after a restart
    again.reject()


@pytest.mark.skipif(not (FAKE_SOFFICE / "soffice").exists() or shutil.which("sh") is None,
                    reason="the fake LibreOffice is a POSIX shell script")
def test_a_hung_conversion_is_stopped_with_a_message_and_no_pdf(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # found first on PATH; its soffice hangs half-way
    monkeypatch.setenv("PATH", os.pathsep.join([str(FAKE_SOFFICE), os.environ["PATH"]]))
    window.import_file(seed_path)
    folder = tmp_path / "out"
    dialog = only_thong_bao(qtbot, window, folder)
    dialog.pdf_timeout = 1.0
    click(qtbot, dialog.pdf)
    click(qtbot, dialog.export_button)
    assert dialog.progress.isVisible()
    dialog.reject()  # Esc while LibreOffice works does not drop the conversion
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "error_box") is not None,
                    timeout=30_000)
    box = dialog.findChild(QMessageBox, "error_box")
    assert isinstance(box, QMessageBox)
    assert "đã bị dừng" in box.text() and ".docx" in box.text()
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()
    assert [p.suffix for p in folder.iterdir()] == [".docx"]  # no partial PDF
    box.close()
    dialog.reject()


@pytest.mark.skipif(not (FAKE_SOFFICE / "soffice").exists() or shutil.which("sh") is None,
                    reason="the fake LibreOffice is a POSIX shell script")
def test_closing_the_window_during_a_conversion_stops_libreoffice_at_once(
    qtbot: QtBot,
    window: MainWindow,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shiboken6

    monkeypatch.setenv("PATH", os.pathsep.join([str(FAKE_SOFFICE), os.environ["PATH"]]))
    pidfile = tmp_path / "pid"
    monkeypatch.setenv("FAKE_SOFFICE_PIDFILE", str(pidfile))
    window.import_file(seed_path)
    dialog = only_thong_bao(qtbot, window, tmp_path / "out")
    dialog.pdf_timeout = 120.0
    click(qtbot, dialog.pdf)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: pidfile.exists() and pidfile.read_text().strip() != "", timeout=20_000)
    started = time.monotonic()
    shiboken6.delete(dialog)  # what closing the window does to its dialogs
    assert time.monotonic() - started < 10  # not the two-minute limit
    pid = int(pidfile.read_text())
    status = Path(f"/proc/{pid}/status")
    assert not status.exists() or "\nState:\tZ" in status.read_text()
    assert not list((tmp_path / "out").glob("*.pdf"))
