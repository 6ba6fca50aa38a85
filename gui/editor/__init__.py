"""The session editor: one tab per section, in the order a session unfolds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from gui.document import Path
from gui.editor.attendees import AttendeesSection
from gui.editor.conclusion import ConclusionSection
from gui.editor.document_info import DocumentSection
from gui.editor.general import GeneralSection
from gui.editor.notes import NotesSection
from gui.editor.opinions import OpinionsSection
from gui.editor.reports import ReportsSection
from gui.editor.section import Section
from gui.undo import Edits

if TYPE_CHECKING:
    from storage import Store


class SessionEditor(QTabWidget):
    """Tabs Alt+1 … Alt+7; ``focus_path`` shows the tab and field of a problem's path."""

    def __init__(self, edits: Edits, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = GeneralSection(edits, store)
        self.attendees = AttendeesSection(edits, store)
        self.reports = ReportsSection(edits)
        self.opinions = OpinionsSection(edits)
        self.conclusion = ConclusionSection(edits)
        self.notes = NotesSection(edits)
        self.document = DocumentSection(edits)
        self.sections: list[Section] = [
            self.general, self.attendees, self.reports, self.opinions,
            self.conclusion, self.notes, self.document,
        ]
        for number, section in enumerate(self.sections, start=1):
            self.addTab(section, f"{number} {section.title()}")

    def show_section(self, number: int) -> None:
        """Show tab *number* (0-based) and put the cursor in its first field."""
        if 0 <= number < self.count():
            self.setCurrentIndex(number)
            section = self.sections[number]
            first = next(iter((*section.fields.values(), *section.tables.values())), None)
            if first is not None:
                first.setFocus()

    def current_section(self) -> Section:
        return self.sections[self.currentIndex()]

    def focus_path(self, path: Path) -> bool:
        for number, section in enumerate(self.sections):
            if section.owns(path):
                self.setCurrentIndex(number)
                return section.focus_path(path)
        if path[:1] == ("attendees",):
            self.setCurrentIndex(1)
            return self.attendees.focus_path(path)
        return False

    def add_row(self) -> bool:
        return self.current_section().add_row()

    def add_note(self) -> None:
        self.setCurrentWidget(self.notes)
        self.notes.add_note()
