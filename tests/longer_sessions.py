"""The seed session made longer, for tests of what a long session does to the one-page brief."""

from __future__ import annotations

from models import Session


def longer(seed: Session, directives: int, extra_figures: int = 0) -> Session:
    """A copy of *seed* with *directives* directives (the seed's repeated, numbered "Nhiệm vụ
    thêm N: …" from the sixth on) and *extra_figures* more figures in its first report."""
    session = seed.model_copy(deep=True)
    found = session.conclusion.directives
    originals = list(found)
    while len(found) < directives:
        extra = originals[len(found) % len(originals)].model_copy()
        extra.id = f"x{len(found)}"
        extra.text = f"Nhiệm vụ thêm {len(found) + 1}: " + extra.text
        found.append(extra)
    figures = session.reports[0].figures
    for number in range(extra_figures):
        figures.append(figures[0].model_copy(update={"label": f"Chỉ tiêu thêm {number}"}))
    return session
