"""Shared fixtures. Tests run headless: Qt uses the offscreen platform unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


def _find_fixtures() -> Path:
    """shared/fixtures sits beside the clone (CI lays shared/ next to it); fall back to a copy."""
    for candidate in (REPO.parent / "shared" / "fixtures", REPO / "tests" / "data"):
        if (candidate / "cao-lanh-2024-03-04.json").exists():
            return candidate
    raise RuntimeError("cannot find the fixture sessions (shared/fixtures or tests/data)")


FIXTURES = _find_fixtures()
SEED = FIXTURES / "cao-lanh-2024-03-04.json"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
