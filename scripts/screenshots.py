"""Pictures of the window with the seed session for the README (offscreen, QWidget.grab()).

Run from the repository root: ``python scripts/screenshots.py``; writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT.parent / "shared" / "fixtures" / "cao-lanh-2024-03-04.json"
if not SEED.exists():
    SEED = ROOT / "tests" / "data" / "cao-lanh-2024-03-04.json"
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.composition import build_main_window
    from renderer import Renderer
    from storage import Store

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = Store.open(data)
        settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, Renderer(user_templates_dir=data / "templates"),
                                   settings)
        window.resize(1600, 900)
        window.show()
        window.import_file(SEED)

        def show_preview() -> None:
            """The preview renders on a worker: wait for its answer before the picture."""
            window.preview.refresh()
            while not window.preview.is_current():
                window.preview.wait_until_idle()
                app.processEvents()

        show_preview()
        shots = {
            "window-general.png": 0,
            "window-attendees.png": 1,
            "window-reports.png": 2,
            "window-conclusion.png": 4,
        }
        for name, section in shots.items():
            window.editor.show_section(section)
            if section == 2:
                window.editor.reports.list.setCurrentIndex(window.editor.reports.model.index(0, 0))
            show_preview()
            window.grab().save(str(OUT / name))
            print(OUT / name)
        register_shot(app, window, store)
        window.close()
        store.close()
    return 0


def register_shot(app: object, window: object, store: object) -> None:
    """The register with a few months of meetings, filtered to nothing, chart shown."""
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from scripts.register_sample import TODAY, sessions
    from storage import Store

    assert isinstance(window, MainWindow) and isinstance(store, Store)
    for session in sessions():
        store.save(session)
    pane = window.register.pane
    pane.today = lambda: TODAY
    window.register.show()
    pane.reload()
    while not pane.settled:
        pane.wait_until_idle()
        QApplication.processEvents()
    pane.toggle_chart()
    pane.refilter()
    while not pane.settled or not pane.chart.rows():
        pane.wait_until_idle()
        QApplication.processEvents()
    window.grab().save(str(OUT / "window-register.png"))
    print(OUT / "window-register.png")


if __name__ == "__main__":
    raise SystemExit(main())
