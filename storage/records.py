"""What the store hands out besides whole sessions: small immutable rows for lists and search.

Timestamps are timezone-aware UTC; the window converts them with ``astimezone()`` for display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import Kind


@dataclass(frozen=True)
class SessionSummary:
    """One line of the session list."""

    id: int
    date: dt.date
    kind: Kind
    subject: str
    counterpart: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class RevisionInfo:
    """One saved state of a session that can be looked at or restored."""

    id: int
    session_id: int
    saved_at: dt.datetime


@dataclass(frozen=True)
class Person:
    """An entry of the people directory, offered when typing an attendee's name."""

    name: str
    position: str
    organization: str
