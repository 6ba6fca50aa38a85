"""A stand-in for the store or the renderer while they are still being opened.

The window paints before SQLAlchemy and the renderer (Jinja2, python-docx, markdown-it) are
imported, so its parts are built before the objects they will use exist. They keep the
reference they were built with; this stand-in forwards every attribute to the real object
once ``resolve`` gave it (and again after a backup restore reopened the store). Before then,
any use raises ``StillOpening`` — a ``StoreError``, so the window's usual error path shows a
plain sentence — but gui.startup keeps the actions that could reach it disabled until then.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from storage.errors import StoreError

T = TypeVar("T")


class StillOpening(StoreError):
    """The store or renderer was used before it was open."""


class Pending(Generic[T]):
    def __init__(self, **known: object) -> None:
        """*known*: attributes that are answered before the object exists (the data folder,
        which the snippets and the templates folder need while the store is still opening)."""
        self.__dict__["_target"] = None
        self.__dict__["_known"] = known

    @property
    def target(self) -> T | None:
        target: T | None = self.__dict__["_target"]
        return target

    def resolve(self, target: T) -> None:
        self.__dict__["_target"] = target

    def __getattr__(self, name: str) -> Any:
        target = self.__dict__["_target"]
        if target is not None:
            return getattr(target, name)
        known: dict[str, object] = self.__dict__["_known"]
        if name in known:
            return known[name]
        raise StillOpening("Dữ liệu đang được mở, xin chờ giây lát rồi thử lại.")
