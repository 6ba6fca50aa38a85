"""The random moments at which the reliability tests kill a process."""

from __future__ import annotations

import os
import random
import secrets

import pytest

SEED_ENV = "THUKY_TEST_SEED"


@pytest.fixture
def chance(request: pytest.FixtureRequest) -> random.Random:
    """A generator seeded afresh on every run (each run tries other moments), or from
    THUKY_TEST_SEED to replay a failure; the seed is printed, so a failing test's captured
    output says how to run it again."""
    given = os.environ.get(SEED_ENV, "")
    seed = int(given) if given.isdigit() else secrets.randbelow(2**32)
    print(f"{request.node.name}: random seed {seed} (replay: {SEED_ENV}={seed})")
    return random.Random(seed)
