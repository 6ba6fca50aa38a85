"""What changed between two saves, matched by id, counted by row (models.changes)."""

from __future__ import annotations

import pytest

from models import Directive, Session, parse_json
from models.changes import FieldChange, ListChange, compare


@pytest.fixture
def seed(seed_text: str) -> Session:
    return parse_json(seed_text).session


def test_added_directive_and_edited_attendees(seed: Session) -> None:
    new = seed.model_copy(deep=True)
    new.conclusion.directives.insert(
        2, Directive(id="d99", text="Rà soát các dự án chậm tiến độ.")
    )
    new.attendees[0].position = "Chủ tịch"
    new.attendees[3].organization = "Sở Xây dựng"
    new.subject = "việc khác"
    found = compare(seed.to_document(), new.to_document())
    assert found == [
        FieldChange("general", ("subject",)),
        ListChange("attendees", changed=(1, 4)),
        ListChange("conclusion.directives", added=(3,)),
    ]


def test_a_moved_row_is_not_an_edit_and_a_removed_one_is_counted(seed: Session) -> None:
    new = seed.model_copy(deep=True)
    directives = new.conclusion.directives
    directives[0], directives[1] = directives[1], directives[0]
    assert compare(seed.to_document(), new.to_document()) == []
    del new.attendees[1]
    assert compare(seed.to_document(), new.to_document()) == [ListChange("attendees", removed=(2,))]


def test_paragraphs_are_compared_by_position(seed: Session) -> None:
    new = seed.model_copy(deep=True)
    new.conclusion.assessment = [*seed.conclusion.assessment, "Đoạn mới."]
    expected = ListChange("conclusion.assessment", added=(len(seed.conclusion.assessment) + 1,))
    assert compare(seed.to_document(), new.to_document()) == [expected]


def test_a_field_absent_from_one_document_is_its_default() -> None:
    """A file without "location" and a save with it empty hold the same session."""
    old = {"format": "thuky.session/1", "date": "2024-03-04",
           "attendees": [{"id": "p1", "name": "A"}]}
    new = {**old, "location": "", "attendees": [{"id": "p1", "name": "A", "present": True,
                                                   "role": "member", "position": ""}]}
    assert compare(old, new) == []
    assert compare(old, {**new, "location": "Hội trường"}) == [
        FieldChange("general", ("location",))
    ]
