"""What changed between two states of a session, to tell earlier revisions apart.

A list of bare save times does not let a clerk pick the state before a mistake; "Kết luận:
thêm nhiệm vụ 3" does. ``compare`` returns structured changes (the window words them in
the interface's language): items of a list are matched by id where they have one, so a
row that moved is not "changed", and by position otherwise (notes, paragraphs, recipients).
Positions are 1-based, as the clerk sees rows numbered.

It compares session *documents* (the JSON the store keeps, ``Session.to_document()``), not
validated sessions: the revisions dialog compares up to a hundred states, and validating
each of a 1000-directive session took ~45 ms. A document leaves out fields still at their
default, so a field that is absent counts as its default (``_plain``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, Final, get_args, get_origin

from pydantic import BaseModel

from models.session import Session

#: The lists compared item by item, by their place in the document.
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

_ORDER: Final = {"general": 0, "issuer": 0, "attendees": 1, "reports": 2, "opinions": 3,
                 "conclusion.assessment": 4, "conclusion.directives": 4,
                 "conclusion.proposals": 4, "notes": 5, "document": 6,
                 "document.recipients": 6}


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


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, directly or as list items (None for plain values)."""
    if get_origin(annotation) is list:
        annotation = get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


@cache
def _schema(model: type[BaseModel]) -> dict[str, tuple[Any, type[BaseModel] | None]]:
    """Each field's default in the document's JSON form, and the model it holds if any."""
    found: dict[str, tuple[Any, type[BaseModel] | None]] = {}
    for name, field in model.model_fields.items():
        inner = _model_of(field.annotation)
        default = None if field.is_required() else field.get_default(call_default_factory=True)
        if isinstance(default, BaseModel):
            default = default.model_dump(mode="json")
        elif isinstance(default, Enum):
            default = default.value
        found[name] = (default, inner)
    return found


def _plain(value: Any, model: type[BaseModel] | None) -> Any:
    """*value* with every absent field of *model* given its default, all the way down."""
    if model is None:
        return value
    if isinstance(value, list):
        return [_plain(item, model) for item in value]
    if not isinstance(value, Mapping):
        return value
    plain = dict(value)
    for name, (default, inner) in _schema(model).items():
        plain[name] = _plain(value.get(name, default), inner)
    return plain


def _get(document: Mapping[str, Any], dotted: str) -> Any:
    """The value at *dotted* in a document, absent fields at their defaults."""
    value: Any = document
    model: type[BaseModel] | None = Session
    for name in dotted.split("."):
        default, inner = _schema(model)[name] if model is not None else (None, None)
        value = value.get(name, default) if isinstance(value, Mapping) else default
        model = inner
    return value


def _item_model(part: str) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Session
    for name in part.split("."):
        model = _schema(model)[name][1] if model is not None else None
    return model


def compare_lists(
    part: str, old: Sequence[Any], new: Sequence[Any], model: type[BaseModel] | None = None
) -> ListChange | None:
    """Rows added, removed and edited between *old* and *new*; None when they are equal."""

    def same(a: Any, b: Any) -> bool:
        return bool(a == b) or _plain(a, model) == _plain(b, model)

    def key(item: Any) -> Any:
        return item.get("id") if isinstance(item, Mapping) else None

    if (old or new) and all(key(item) for item in (*old, *new)):
        old_at = {key(item): item for item in old}
        new_ids = {key(item) for item in new}
        added = tuple(i + 1 for i, item in enumerate(new) if key(item) not in old_at)
        removed = tuple(i + 1 for i, item in enumerate(old) if key(item) not in new_ids)
        changed = tuple(
            i + 1 for i, item in enumerate(new)
            if key(item) in old_at and not same(old_at[key(item)], item)
        )
    else:
        common = min(len(old), len(new))
        added = tuple(range(common + 1, len(new) + 1))
        removed = tuple(range(common + 1, len(old) + 1))
        changed = tuple(i + 1 for i in range(common) if not same(old[i], new[i]))
    if not (added or removed or changed):
        return None
    return ListChange(part, added, removed, changed)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """What document *new* changed compared with *old*, in the order of the window's tabs."""
    found: list[Change] = []
    for part, names in FIELDS.items():
        fields = tuple(name for name in names if _get(old, name) != _get(new, name))
        if fields:
            found.append(FieldChange(part, fields))
    for part in LISTS:
        change = compare_lists(part, _get(old, part) or [], _get(new, part) or [],
                               _item_model(part))
        if change is not None:
            found.append(change)
    return sorted(found, key=lambda change: _ORDER[change.part])
