"""The window (PySide6). A client of models/, storage/ and renderer/; no SQL or docx here."""

from gui.refcount_guard import make_singletons_immortal

make_singletons_immortal()
