"""The layering of DESIGN.md, enforced: the core never imports Qt, the domain never SQL or docx."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

FORBIDDEN = {
    "models": ("PySide6", "sqlalchemy", "sqlite3", "docx", "jinja2", "markdown_it"),
    "storage": ("PySide6", "docx", "jinja2", "markdown_it", "renderer", "gui"),
    "renderer": ("PySide6", "sqlalchemy", "sqlite3", "storage", "gui"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_to_its_layer(package: str) -> None:
    offenders = []
    for path in sorted((REPO / package).rglob("*.py")):
        bad = _imports(path) & set(FORBIDDEN[package])
        if bad:
            offenders.append(f"{path.relative_to(REPO)} imports {sorted(bad)}")
    assert offenders == []


def test_gui_writes_no_sql_or_docx() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "gui").rglob("*.py"))
        if _imports(path) & {"sqlalchemy", "sqlite3", "docx"}
    ]
    assert offenders == []


#: Left out on purpose (README, "the chart"): they would weigh more than half of the
#: self-contained build and cost a few tenths of a second to import.
HEAVY = {"matplotlib", "numpy", "PIL", "pandas"}


def test_nothing_imports_a_plotting_or_array_library() -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {sorted(_imports(path) & HEAVY)}"
        for package in ("models", "storage", "renderer", "gui", "cli", "scripts", "benchmarks")
        for path in sorted((REPO / package).rglob("*.py"))
        if _imports(path) & HEAVY
    ]
    assert offenders == []
