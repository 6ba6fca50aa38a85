"""The acceptance test: a secretary types the seed session into the window and exports it.

Every field of the fixture goes in through the widgets — keys, Tab, Ctrl+Enter, typing into
table cells — never by setting the model; the three documents are exported; and the session
the store then holds equals the fixture.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.export_dialog import ExportDialog
from gui.main_window import MainWindow
from models import Session, dump_json, parse_json
from renderer import DocType, Renderer
from tests.gui.helpers import (
    commit,
    focused,
    key_clicks,
    key_target,
    press,
    type_cell,
    type_text,
)

ROLE_LABELS = {"chair": "Chủ trì", "secretary": "Thư ký", "member": "Thành viên"}


def tab(qtbot: QtBot) -> None:
    target = key_target()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def type_general(qtbot: QtBot, window: MainWindow, seed: Session) -> None:
    press(qtbot, "Alt+1")
    general = window.editor.general
    assert focused() is general.kind  # the kind is already "working session"
    tab(qtbot)
    type_text(qtbot, seed.subject)
    tab(qtbot)
    type_text(qtbot, seed.counterpart)
    tab(qtbot)
    assert focused() is general.date.line
    press(qtbot, "Ctrl+A")
    type_text(qtbot, seed.date.strftime("%d/%m/%Y"))
    tab(qtbot)
    assert seed.start_time is not None and seed.end_time is not None
    type_text(qtbot, seed.start_time.strftime("%H:%M"))
    tab(qtbot)  # the "now" button
    tab(qtbot)
    type_text(qtbot, seed.end_time.strftime("%H:%M"))
    tab(qtbot)
    tab(qtbot)
    assert focused() is general.location
    type_text(qtbot, seed.location)
    for _ in range(4):  # profile chooser, save, delete
        tab(qtbot)
    assert focused() is general.issuer_parent
    for value in (seed.issuer.parent, seed.issuer.name, seed.issuer.symbol, seed.issuer.place):
        type_text(qtbot, value)
        tab(qtbot)


def type_attendees(qtbot: QtBot, window: MainWindow, seed: Session) -> None:
    press(qtbot, "Alt+2")
    table = window.editor.attendees.table
    assert focused() is table
    for row, person in enumerate(seed.attendees):
        press(qtbot, "Ctrl+Return")
        for number, value in enumerate(
            (person.name, person.position, person.organization, person.group)
        ):
            if value:
                key_clicks(focused(), value)
            if number < 3:
                tab(qtbot)  # commits and opens the next cell
        commit(qtbot, table)
        if person.role.value != "member":
            type_cell(qtbot, table, row, 4, ROLE_LABELS[person.role.value])


def type_report(qtbot: QtBot, window: MainWindow, seed: Session) -> None:
    press(qtbot, "Alt+3")
    section = window.editor.reports
    report = seed.reports[0]
    press(qtbot, "Ctrl+Return")
    key_clicks(focused(), report.title)
    commit(qtbot, section.list)
    section.presenter.setFocus()
    presenter = seed.attendee(report.presenter)
    assert presenter is not None
    key_clicks(section.presenter, presenter.name)
    tab(qtbot)
    assert focused() is section.report_title
    tab(qtbot)
    type_text(qtbot, report.content)
    tab(qtbot)
    assert focused() is section.figures
    for figure in report.figures:
        press(qtbot, "Ctrl+Return")
        for number, value in enumerate((figure.label, figure.value, figure.unit, figure.note)):
            if value:
                key_clicks(focused(), value)
            if number < 3:
                tab(qtbot)
        commit(qtbot, section.figures)


def type_conclusion(qtbot: QtBot, window: MainWindow, seed: Session) -> None:
    press(qtbot, "Alt+5")
    section = window.editor.conclusion
    assert focused() is section.assessment
    type_text(qtbot, "\n".join(seed.conclusion.assessment))
    for directive in seed.conclusion.directives:
        press(qtbot, "Ctrl+Return")
        key_clicks(focused(), directive.text)
        tab(qtbot)
        key_clicks(focused(), "; ".join(directive.assignees))
        commit(qtbot, section.table)


def type_document(qtbot: QtBot, window: MainWindow, seed: Session) -> None:
    press(qtbot, "Alt+7")
    section = window.editor.document
    assert focused() is section.number
    tab(qtbot)
    tab(qtbot)  # no issue date in a draft
    signer = seed.document.signer
    for value in (signer.authority, signer.position, signer.name):
        type_text(qtbot, value)
        tab(qtbot)
    assert focused() is section.recipients
    type_text(qtbot, "\n".join(seed.document.recipients))
    tab(qtbot)
    type_text(qtbot, seed.document.archive)


def docx_lines(path: Path) -> list[str]:
    """Every paragraph of the document body, tables included, as the reader sees it."""
    body = Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def check_exported_documents(paths: list[Path], seed: Session, scratch: Path) -> None:
    """The exported files hold the session that was typed: the same text, paragraph for
    paragraph, as the documents rendered straight from the fixture, and its own words."""
    scratch.mkdir()
    renderer = Renderer()
    for path in paths:
        doc_type = DocType(path.name.split("_")[0])
        lines = docx_lines(path)
        renderer.write_docx(seed, doc_type, scratch / path.name)
        assert lines == docx_lines(scratch / path.name), doc_type
        text = "\n".join(lines)
        assert seed.subject in text and seed.counterpart in text, doc_type
        first_directive = seed.conclusion.directives[0].text
        assert first_directive[:60] in text, doc_type
        if doc_type is DocType.BIEN_BAN:
            for person in seed.attendees:
                assert person.name in text, person.name
            for opinion in seed.opinions:
                assert opinion.content.split("\n")[0][:60] in text


def test_secretary_types_the_seed_session_and_exports_it(
    qtbot: QtBot, window: MainWindow, seed_text: str, tmp_path: Path
) -> None:
    seed = parse_json(seed_text).session
    assert window.hint.isVisible()  # first run: an empty store and a hint
    press(qtbot, "Ctrl+N")
    type_general(qtbot, window, seed)
    type_attendees(qtbot, window, seed)
    type_report(qtbot, window, seed)
    type_conclusion(qtbot, window, seed)
    type_document(qtbot, window, seed)

    press(qtbot, "Ctrl+E")
    dialog = window.findChild(ExportDialog, "export_dialog")
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.folder.setFocus()
    qtbot.waitUntil(dialog.folder.hasFocus, timeout=2000)
    press(qtbot, "Ctrl+A")
    type_text(qtbot, str(tmp_path / "out"))
    assert not dialog.problems.has_errors()
    with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    paths = exported.args[0]
    assert sorted(p.name for p in paths) == [
        "bao-cao_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx",
        "bien-ban_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx",
        "thong-bao-ket-luan_2024-03-04_uy-ban-nhan-dan-thanh-pho-cao-lanh.docx",
    ]
    check_exported_documents(paths, seed, tmp_path / "expected")
    assert window.autosave.flush()
    assert window.doc.session_id is not None
    stored = window.store.load(window.doc.session_id)
    exported_text = dump_json(stored)
    got = parse_json(exported_text).session
    for name in type(seed).model_fields:
        assert getattr(got, name) == getattr(seed, name), name
    assert got == seed
    QApplication.processEvents()
