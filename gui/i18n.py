"""Interface language: Vietnamese source strings, an English translation loaded on request.

Source strings in the code are Vietnamese, so a first start (no translator) is Vietnamese.
English lives in gui/translations/thuky_en.ts (Qt Linguist), compiled to thuky_en.qm with
pyside6-lrelease (scripts/update_translations.py does both steps).

Qt's own words (standard buttons "Close", "Cancel", "OK", a text field's context menu, the
file dialog) come in English; PySide6 ships no qtbase_vi, so gui/translations/qt_vi.ts gives
them in Vietnamese, loaded with the Vietnamese interface (a qtbase_vi.qm that a later Qt
ships is preferred when it exists).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "vi"))
    return value if value in LANGUAGES else "vi"


def install_translator(language: str) -> QTranslator | None:
    """Load the translator for *language* into the application: our strings in English, or
    Qt's own strings in Vietnamese. None when there is nothing to load."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    translator = QTranslator(app)
    if language == "vi":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = translator.load("qtbase_vi", qt_folder) or translator.load(
            str(TRANSLATIONS / "qt_vi.qm")
        )
    else:
        loaded = translator.load(str(TRANSLATIONS / f"thuky_{language}.qm"))
    if not loaded:
        return None
    app.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    app = QCoreApplication.instance()
    if translator is not None and app is not None:
        app.removeTranslator(translator)
