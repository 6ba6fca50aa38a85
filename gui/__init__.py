"""The window (PySide6). A client of models/, storage/ and renderer/; no SQL or docx here."""
