"""Interface language: Vietnamese source strings, an English translation loaded on request.

Source strings in the code are Vietnamese, so a first start (no translator) is Vietnamese.
English lives in gui/translations/thuky_en.ts (Qt Linguist), compiled to thuky_en.qm with
pyside6-lrelease (scripts/update_translations.py does both steps).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "vi"))
    return value if value in LANGUAGES else "vi"


def install_translator(language: str) -> QTranslator | None:
    """Load the translator for *language* into the application; None for Vietnamese."""
    app = QCoreApplication.instance()
    if language == "vi" or app is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"thuky_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    app = QCoreApplication.instance()
    if translator is not None and app is not None:
        app.removeTranslator(translator)
