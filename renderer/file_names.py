"""File names for written documents that every file system accepts.

Documents travel by e-mail, USB stick and old Windows shares, so a name is plain lower-case
ASCII ("2024-03-04_lam-viec-voi-ubnd-thanh-pho-cao-lanh_bien-ban.docx"): no diacritics to be
mangled by a code page, none of the characters or device names (CON, NUL, COM1 …) Windows
refuses, and short enough for Windows' 260-character paths.
"""

from __future__ import annotations

import re

from models.session import Session
from models.text import fold_diacritics
from renderer.doctype import DocType

#: The longest slug taken from a subject: room for the folder path on Windows.
SLUG_LIMIT = 60

_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)}
)


def safe_slug(text: str, limit: int = SLUG_LIMIT) -> str:
    """Lower-case ASCII words joined by "-": "Ủy ban … Cao Lãnh" → "uy-ban-…-cao-lanh"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(text)).strip("-")
    slug = slug[:limit].rstrip("-")
    return f"{slug}-" if slug in _WINDOWS_DEVICES else slug


def batch_file_name(session: Session, doc_type: DocType, suffix: str = ".docx") -> str:
    """Date, subject, type: files of many sessions sort by date and say what they are."""
    about = safe_slug(session.subject) or safe_slug(session.counterpart) or "phien-lam-viec"
    return f"{session.date.isoformat()}_{about}_{doc_type.file_stem}{suffix}"

