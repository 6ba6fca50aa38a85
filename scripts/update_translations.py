"""Refresh the Qt Linguist files: collect the window's strings, then compile the .qm.

Run from the repository root after changing visible strings:
    .venv/bin/python scripts/update_translations.py
pyside6-lupdate keeps every existing translation in gui/translations/thuky_en.ts and adds new
strings as "unfinished"; translate them in Qt Linguist (pyside6-linguist), then run this again
to compile thuky_en.qm, which the window loads when English is chosen.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = ROOT / "gui" / "translations" / "thuky_en.ts"
QT_VI = ROOT / "gui" / "translations" / "qt_vi.ts"


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS),
         "-source-language", "vi", "-target-language", "en", "-no-obsolete"],
        cwd=ROOT, check=True,
    )
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS)], cwd=ROOT, check=True)
    # Qt's own words in Vietnamese (standard buttons, context menus): kept by hand
    subprocess.run([str(BIN / "pyside6-lrelease"), str(QT_VI)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
