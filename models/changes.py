"""What changed between two states of a session, to tell earlier revisions apart.

A list of bare save times does not let a clerk pick the state before a mistake; "Kết luận:
thêm nhiệm vụ 3" does. ``compare`` returns structured changes (the window words them in
the interface's language): items of a list are matched by id where they have one, so a
row that moved is not "changed", and by position otherwise (notes, paragraphs, recipients).
Positions are 1-based, as the clerk sees rows numbered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from pydantic import BaseModel

from models.session import Session

#: The lists compared item by item, by the path the window's tabs use.
LISTS: Final = ("attendees", "reports", "opinions", "conclusion.assessment",
                "conclusion.directives", "conclusion.proposals", "notes",
                "document.recipients")

#: The single fields compared, grouped by the part of the session they belong to.
FIELDS: Final = {
    "general": ("kind", "subject", "counterpart", "date", "start_time", "end_time",
                "location"),
    "issuer": ("issuer.parent", "issuer.name", "issuer.symbol", "issuer.place"),
    "document": ("document.number", "document.issued_on", "document.signer.authority",
                 "document.signer.position", "document.signer.name", "document.archive"),
}


@dataclass(frozen=True)
class ListChange:
    """Rows of one list (``LISTS``) added, removed or edited."""

    part: str
    added: tuple[int, ...] = ()  # positions in the newer list
    removed: tuple[int, ...] = ()  # positions in the older list
    changed: tuple[int, ...] = ()  # positions in the newer list


@dataclass(frozen=True)
class FieldChange:
    """Single fields of one group (``FIELDS``) given another value."""

    part: str
    fields: tuple[str, ...]


Change = ListChange | FieldChange


def _get(session: Session, dotted: str) -> Any:
    value: Any = session
    for name in dotted.split("."):
        value = getattr(value, name)
    return value


def _key(item: Any, position: int) -> Any:
    return getattr(item, "id", None) if isinstance(item, BaseModel) else position


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, BaseModel) and isinstance(b, BaseModel):
        return a.model_dump() == b.model_dump()
    return bool(a == b)


def compare_lists(part: str, old: Sequence[Any], new: Sequence[Any]) -> ListChange | None:
    """Rows added, removed and edited between *old* and *new*; None when they are equal."""
    with_ids = bool(new or old) and all(
        isinstance(item, BaseModel) and getattr(item, "id", None) for item in (*old, *new)
    )
    if with_ids:
        old_at = {item.id: (i, item) for i, item in enumerate(old)}
        new_ids = {item.id for item in new}
        added = tuple(i + 1 for i, item in enumerate(new) if item.id not in old_at)
        removed = tuple(i + 1 for i, item in enumerate(old) if item.id not in new_ids)
        changed = tuple(
            i + 1 for i, item in enumerate(new)
            if item.id in old_at and not _same(old_at[item.id][1], item)
        )
    else:
        common = min(len(old), len(new))
        added = tuple(range(common + 1, len(new) + 1))
        removed = tuple(range(common + 1, len(old) + 1))
        changed = tuple(i + 1 for i in range(common) if not _same(old[i], new[i]))
    if not (added or removed or changed):
        return None
    return ListChange(part, added, removed, changed)


def compare(old: Session, new: Session) -> list[Change]:
    """What *new* changed compared with *old*, in the order of the window's tabs."""
    found: list[Change] = []
    for part, names in FIELDS.items():
        fields = tuple(name for name in names if _get(old, name) != _get(new, name))
        if fields:
            found.append(FieldChange(part, fields))
    for part in LISTS:
        change = compare_lists(part, _get(old, part), _get(new, part))
        if change is not None:
            found.append(change)
    order = {"general": 0, "issuer": 0, "attendees": 1, "reports": 2, "opinions": 3,
             "conclusion.assessment": 4, "conclusion.directives": 4,
             "conclusion.proposals": 4, "notes": 5, "document": 6, "document.recipients": 6}
    return sorted(found, key=lambda change: order[change.part])
