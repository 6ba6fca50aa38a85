"""The directive register in the window, driven by the keyboard as a clerk would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.register.dialogs import UpdateDialog
from gui.register.model import CLASS_COLUMN, TEXT_COLUMN
from gui.register.pane import RegisterPane
from gui.register.units_dialog import UnitsDialog
from models import Status
from models.register import CLASS_COLOURS, DirectiveClass, RegisterFilter
from renderer.register_context import ReportRequest, build_report_context
from storage import Store
from tests.gui.helpers import focused, key_clicks, press, type_cell
from tests.gui.register_sessions import TODAY, fill
from tests.gui.test_register_chart import colour_pixels


def _shown(pane: RegisterPane, column: int = TEXT_COLUMN) -> list[str]:
    return [str(pane.model.index(row, column).data()) for row in range(pane.model.rowCount())]


def _open_register(qtbot: QtBot, window: MainWindow) -> RegisterPane:
    pane = window.register.pane
    pane.today = lambda: TODAY
    pane.reload()
    qtbot.waitUntil(lambda: pane.settled, timeout=5000)
    press(qtbot, "Ctrl+R", window)
    assert window.register.tabs.currentWidget() is window.register.page
    assert focused() is pane.table
    return pane


def test_the_register_lists_every_directive_with_its_class(
    qtbot: QtBot, store: Store, make_window: object, qtmodeltester: object
) -> None:
    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    assert sorted(_shown(pane)) == sorted([
        "Hoàn thành quy hoạch phân khu đô thị", "Báo cáo tiến độ giải ngân vốn đầu tư công",
        "Đẩy mạnh cải cách hành chính", "Rà soát tiêu chí nông thôn mới nâng cao",
        "Sửa chữa cầu giao thông nông thôn", "Kiểm tra chất lượng công trình nhà văn hóa",
    ])
    classes = dict(zip(_shown(pane), _shown(pane, CLASS_COLUMN), strict=True))
    assert classes["Hoàn thành quy hoạch phân khu đô thị"] == "Chưa hoàn thành, quá hạn"
    assert classes["Sửa chữa cầu giao thông nông thôn"] == "Đã hoàn thành quá hạn"
    assert classes["Đẩy mạnh cải cách hành chính"] == "Thường xuyên / chưa có thời hạn"
    summary = pane.summary.text()
    assert "<b>5</b> nhiệm vụ có thời hạn" in summary
    assert "Chưa hoàn thành, quá hạn <b>2</b> (40,0%)" in summary
    qtmodeltester.check(pane.model)  # type: ignore[attr-defined]


def test_filters_by_unit_without_diacritics_by_class_and_text(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    pane.filters.unit.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "ubnd thanh pho cao lanh")
    assert sorted(_shown(pane)) == ["Hoàn thành quy hoạch phân khu đô thị",
                                    "Đẩy mạnh cải cách hành chính"]
    assert "<b>1</b> nhiệm vụ có thời hạn" in pane.summary.text()
    pane.filters.unit.clear()
    pane.filters.klass.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        pane.filters.klass.setCurrentIndex(pane.filters.klass.findData("overdue"))
    assert sorted(_shown(pane)) == ["Hoàn thành quy hoạch phân khu đô thị",
                                    "Kiểm tra chất lượng công trình nhà văn hóa"]
    pane.filters.text.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "van hoa")
    assert _shown(pane) == ["Kiểm tra chất lượng công trình nhà văn hóa"]


def test_marking_done_from_the_register_edits_the_session_the_store_and_undo(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    first, second = fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    assert window.doc.session_id == second  # the newest session is open
    pane = _open_register(qtbot, window)
    pane.filters.text.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "quy hoach phan khu")  # a directive of the other session
    press(qtbot, "Return")  # from the filter box to the rows
    assert focused() is pane.table
    assert _shown(pane) == ["Hoàn thành quy hoạch phân khu đô thị"]
    press(qtbot, "Ctrl+D")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), UpdateDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "register_done_dialog"
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert focused() is dialog.day.line  # type: ignore[attr-defined]
    press(qtbot, "Ctrl+A")
    key_clicks(focused(), "30/05/2024")
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    window.activateWindow()  # the window manager's part; offscreen Qt has none
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert focused() is pane.table

    assert window.doc.session_id == first  # its session was opened in the editor
    done = window.doc.session.conclusion.directives[0]
    assert (done.status, done.completed_on) == (Status.DONE, dt.date(2024, 5, 30))
    assert _shown(pane, CLASS_COLUMN) == ["Đã hoàn thành quá hạn"]
    qtbot.waitUntil(lambda: store.load(first).conclusion.directives[0].completed_on
                    == dt.date(2024, 5, 30), timeout=3000)
    conclusion = window.editor.conclusion.model
    assert conclusion.rowCount() == 3

    press(qtbot, "Ctrl+Z")
    undone = window.doc.session.conclusion.directives[0]
    assert (undone.status, undone.completed_on) == (Status.OPEN, None)
    assert _shown(pane, CLASS_COLUMN) == ["Chưa hoàn thành, quá hạn"]
    qtbot.waitUntil(lambda: store.load(first).conclusion.directives[0].completed_on is None,
                    timeout=3000)


def test_the_status_bar_counts_urgent_tasks_and_its_click_filters_to_them(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = window.register.pane
    pane.today = lambda: TODAY
    pane.reload()
    qtbot.waitUntil(lambda: pane.settled, timeout=5000)
    notice = window.register.notice
    assert notice.isVisible()
    assert notice.text() == "2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày"
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert window.register.tabs.currentWidget() is window.register.page
    assert sorted(_shown(pane)) == ["Báo cáo tiến độ giải ngân vốn đầu tư công",
                                    "Hoàn thành quy hoạch phân khu đô thị",
                                    "Kiểm tra chất lượng công trình nhà văn hóa"]


def test_the_conclusion_tab_shows_standing_completion_and_the_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    from models import DeadlineExtension, Directive, ProgressEntry

    window.doc.session.conclusion.directives = [
        Directive(id="d1", text="Hoàn thành quy hoạch", assignees=["Sở Xây dựng"],
                  deadline=dt.date(2024, 5, 15),
                  extensions=[DeadlineExtension(deadline=dt.date(2024, 6, 30),
                                                date=dt.date(2024, 5, 10),
                                                document="Công văn số 310/UBND-TH")],
                  progress=[ProgressEntry(date=dt.date(2024, 5, 20), text="Đã trình thẩm định",
                                          reference="Tờ trình số 45/TTr-SXD")]),
        Directive(id="d2", text="Đẩy mạnh cải cách hành chính", assignees=["Sở Nội vụ"]),
    ]
    window.doc.load(window.doc.session, window.doc.session_id)
    press(qtbot, "Alt+5")
    section = window.editor.conclusion
    keys = [c.key for c in section.model.columns]
    deadline = section.model.index(0, keys.index("deadline"))
    assert deadline.data() == "30/06/2024 (gia hạn)"
    tooltip = deadline.data(Qt.ItemDataRole.ToolTipRole)
    assert "Thời hạn ban đầu: 15/05/2024" in tooltip
    assert "Gia hạn đến 30/06/2024 (ngày 10/05/2024, Công văn số 310/UBND-TH)" in tooltip
    assert "20/05/2024: Đã trình thẩm định (Tờ trình số 45/TTr-SXD)" in tooltip

    type_cell(qtbot, section.table, 0, keys.index("completed_on"), "25/06/2024")
    assert window.doc.session.conclusion.directives[0].completed_on == dt.date(2024, 6, 25)
    section.table.setCurrentIndex(section.model.index(1, keys.index("standing")))
    press(qtbot, "Space", section.table)
    assert window.doc.session.conclusion.directives[1].standing is True
    assert section.model.index(1, keys.index("deadline")).data() == "Thường xuyên"
    press(qtbot, "Ctrl+Z", section.table)
    assert window.doc.session.conclusion.directives[1].standing is False


def test_units_merged_by_hand_are_one_unit_in_the_register(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    from models import Directive
    from tests.gui.register_sessions import session

    store.save(session(dt.date(2024, 5, 2), "Họp giao ban", [
        Directive(id="d1", text="Tổng hợp báo cáo tháng", assignees=["VP UBND tỉnh"],
                  deadline=dt.date(2024, 5, 10)),
        Directive(id="d2", text="Chuẩn bị hội nghị sơ kết",
                  assignees=["Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp"],
                  deadline=dt.date(2024, 6, 20)),
    ]))
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    press(qtbot, "Ctrl+U")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), UnitsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UnitsDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2  # the rules cannot tell these two are one office
    dialog._select("VP UBND tỉnh")
    dialog.target.setFocus()
    dialog.target.lineEdit().selectAll()
    key_clicks(dialog.target.lineEdit(), "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert tree.topLevelItemCount() == 1
    assert store.unit_directory().key("VP UBND tỉnh") == store.unit_directory().key(
        "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp")
    dialog.name.setFocus()
    dialog.name.selectAll()
    key_clicks(dialog.name, "Văn phòng UBND tỉnh")
    press(qtbot, "Return", dialog.name)
    assert tree.topLevelItem(0).text(0) == "Văn phòng UBND tỉnh"  # type: ignore[union-attr]
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.waitUntil(lambda: pane.settled, timeout=5000)
    assert pane.data is not None
    assert pane.data.unit_name(pane.data.directory.key("VP UBND tỉnh")) == "Văn phòng UBND tỉnh"
    pane.filters.unit.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "van phong uy ban nhan dan tinh dong thap")
    assert sorted(_shown(pane)) == ["Chuẩn bị hội nghị sơ kết", "Tổng hợp báo cáo tháng"]


def test_the_chart_of_classes_per_unit_is_redrawn_when_the_filter_changes(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    assert not pane.chart.isVisible()
    press(qtbot, "Ctrl+B")
    assert pane.chart.isVisible()
    qtbot.waitUntil(lambda: pane.settled and bool(pane.chart.rows()), timeout=15000)
    assert pane.data is not None
    # the bars the progress report would draw for the same directives
    report = build_report_context(ReportRequest(
        entries=pane.data.entries, filter=RegisterFilter(), today=TODAY,
        directory=store.unit_directory()))
    assert [(n, c.counts) for n, c in pane.chart.rows()] == [
        (n, c.counts) for n, c in report.chart_rows]
    assert pane.chart.rows()[0][0] == "UBND TP Cao Lãnh"
    qtbot.waitUntil(lambda: not pane.chart.bar_rect(0).isEmpty())  # painted
    before = pane.chart.grab().toImage()
    assert colour_pixels(before, CLASS_COLOURS[DirectiveClass.OVERDUE]) > 0
    pane.filters.unit.setFocus()
    key_clicks(focused(), "so xay dung")
    qtbot.waitUntil(lambda: pane.settled and [n for n, _ in pane.chart.rows()] == [
        "Sở Xây dựng"], timeout=15000)
    after = pane.chart.grab().toImage()
    assert after != before
    qtbot.mouseMove(pane.chart, pane.chart.bar_rect(0).center().toPoint())
    qtbot.waitUntil(lambda: "Sở Xây dựng" in pane.chart.toolTip())


def test_exports_write_what_the_register_shows(
    qtbot: QtBot, store: Store, make_window: object, tmp_path: Path
) -> None:
    import docx
    import openpyxl

    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    pane.filters.klass.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        pane.filters.klass.setCurrentIndex(pane.filters.klass.findData("overdue"))
    workbook_path = tmp_path / "so.xlsx"
    with qtbot.waitSignal(pane.exported, timeout=20000):
        pane.export_excel(workbook_path)
    sheet = openpyxl.load_workbook(workbook_path)["Danh sách nhiệm vụ"]
    texts = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True) if row[5]]
    assert texts == _shown(pane)
    box = window.findChild(QMessageBox, "exported_box")
    assert box is not None and str(workbook_path) in box.text()
    box.close()

    report_path = tmp_path / "bao-cao.docx"
    with qtbot.waitSignal(pane.exported, timeout=60000):
        pane.export_report(report_path)
    text = "\n".join(p.text for p in docx.Document(str(report_path)).paragraphs)
    assert "BÁO CÁO" in text
    assert "Tình hình thực hiện các nhiệm vụ được giao".casefold() in text.casefold()


def test_on_start_the_notice_comes_by_itself_after_the_window_is_up(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    fill(store)  # in 2024: on any later day, the four open tasks with a deadline are overdue
    assert callable(make_window)
    window: MainWindow = make_window()
    assert window.register._pane is None  # nothing of the register before the window is up
    notice = window.register.notice
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    assert notice.text() == "3 nhiệm vụ quá hạn"
    press(qtbot, "Ctrl+Shift+R", window)
    pane = window.register.pane
    qtbot.waitUntil(lambda: pane.settled, timeout=5000)
    assert len(_shown(pane)) == 3


def _dialog(qtbot: QtBot) -> UpdateDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), UpdateDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UpdateDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_progress_and_extension_from_the_register_and_a_refused_extension(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    first, _second = fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    pane.filters.text.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "giai ngan")
    press(qtbot, "Return")
    assert _shown(pane) == ["Báo cáo tiến độ giải ngân vốn đầu tư công"]

    press(qtbot, "Ctrl+P")
    dialog = _dialog(qtbot)
    assert focused() is dialog.text
    key_clicks(focused(), "Đã giải ngân 65%")
    press(qtbot, "Tab")
    key_clicks(focused(), "Công văn số 125/SKHĐT-TH")
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    directive = window.doc.session.conclusion.directives[1]
    assert [(p.date, p.text, p.reference) for p in directive.progress] == [
        (TODAY, "Đã giải ngân 65%", "Công văn số 125/SKHĐT-TH")]
    assert _shown(pane, 8) == ["01/06/2024: Đã giải ngân 65% (Công văn số 125/SKHĐT-TH)"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    press(qtbot, "Ctrl+G", pane.table)
    dialog = _dialog(qtbot)
    key_clicks(focused(), "01/06/2024")  # before the deadline in force: refused
    press(qtbot, "Return")
    assert dialog.isVisible()
    assert "phải sau thời hạn đang áp dụng (05/06/2024)" in dialog.error.text()
    assert window.doc.session.conclusion.directives[1].extensions == []
    press(qtbot, "Ctrl+A")
    key_clicks(focused(), "30/06/2024")
    press(qtbot, "Tab")
    key_clicks(focused(), "Công văn số 310/UBND-TH")
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    extended = window.doc.session.conclusion.directives[1]
    assert extended.deadline == dt.date(2024, 6, 5)  # the original is kept
    assert extended.deadline_in_force == dt.date(2024, 6, 30)
    assert extended.extensions[0].document == "Công văn số 310/UBND-TH"
    assert _shown(pane, 6) == ["30/06/2024 (gốc 05/06/2024)"]
    qtbot.waitUntil(lambda: store.load(first).conclusion.directives[1].deadline_in_force
                    == dt.date(2024, 6, 30), timeout=3000)


def test_a_click_on_a_header_sorts_the_rows(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    header = pane.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(CLASS_COLUMN) + 20, 5))
    classes = _shown(pane, CLASS_COLUMN)
    assert classes == sorted(classes, key=[
        "Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn", "Đang thực hiện trong hạn",
        "Chưa hoàn thành, quá hạn", "Đã hoàn thành (không thời hạn)",
        "Thường xuyên / chưa có thời hạn"].index)
    assert pane.table.currentIndex().row() >= 0  # the cursor stays on a row


def test_a_directive_edited_in_the_conclusion_tab_shows_in_the_register(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    _first, second = fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    assert window.doc.session_id == second
    press(qtbot, "Ctrl+R", window)  # back to the editor
    assert not pane.isVisible()
    press(qtbot, "Alt+5")
    section = window.editor.conclusion
    keys = [c.key for c in section.model.columns]
    type_cell(qtbot, section.table, 2, keys.index("completed_on"), "25/05/2024")
    press(qtbot, "Ctrl+R", window)
    qtbot.waitUntil(lambda: pane.settled, timeout=5000)
    classes = dict(zip(_shown(pane), _shown(pane, CLASS_COLUMN), strict=True))
    assert classes["Kiểm tra chất lượng công trình nhà văn hóa"] == "Đã hoàn thành quá hạn"
    assert "Chưa hoàn thành, quá hạn <b>1</b>" in pane.summary.text()


def test_return_opens_the_directive_in_its_session(
    qtbot: QtBot, store: Store, make_window: object
) -> None:
    first, _second = fill(store)
    assert callable(make_window)
    window: MainWindow = make_window()
    pane = _open_register(qtbot, window)
    pane.filters.text.setFocus()
    with qtbot.waitSignal(pane.view_ready, timeout=3000):
        key_clicks(focused(), "giai ngan")
    press(qtbot, "Return")  # to the rows
    press(qtbot, "Return")  # open
    assert window.register.tabs.currentIndex() == 0
    assert window.doc.session_id == first
    section = window.editor.conclusion
    assert focused() is section.table
    assert section.table.currentIndex().row() == 1  # d2 of the first session


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_alt_letter_is_taken_twice_on_the_register(
    qtbot: QtBot, make_window: object, language: str
) -> None:
    from gui.i18n import install_translator, remove_translator
    from tests.gui.test_mnemonics import _letter, _visible_mnemonics

    translator = install_translator(language) if language != "vi" else None
    try:
        assert callable(make_window)
        window: MainWindow = make_window()
        press(qtbot, "Ctrl+R", window)
        menus = [_letter(action.text()) for action in window.menuBar().actions()]
        letters = [letter for letter, _widget in _visible_mnemonics(window)] + menus
        assert len(letters) > len(menus)  # the filter bar's labels are seen
        assert sorted({x for x in letters if letters.count(x) > 1}) == []
        for letter, widget in _visible_mnemonics(window):
            buddy = widget.buddy() if isinstance(widget, QLabel) else None
            if buddy is not None:
                press(qtbot, f"Alt+{letter.upper()}", window)
                assert focused() is buddy or buddy.isAncestorOf(focused()), widget.text()
    finally:
        remove_translator(translator)
