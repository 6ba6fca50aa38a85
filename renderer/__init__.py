"""The renderer: a session → the three Decree 30 documents, as .docx and as an HTML preview;
the directive register → the progress report (``Renderer.report_blocks``, renderer.register_*).

Pipeline: session → context (renderer.context) → Jinja2 template in a sandbox
(renderer.sandbox, report_templates/) → Markdown with every user string escaped
(renderer.escape) → document blocks (renderer.markdown, renderer.blocks) → written by
renderer.docx_writer or renderer.html_writer. The fixed Decree 30 parts come from the model
(renderer.layout). No Qt and no SQL here.

``Renderer`` loads on first use: Jinja2, python-docx and markdown-it cost a tenth of a second
to import, and the window paints before it needs them (the document types and errors are
cheap and stay eager).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from renderer.blocks import RenderedDocument
from renderer.doctype import DocType
from renderer.errors import ExportFailed, RenderError, TemplateProblem

if TYPE_CHECKING:
    from renderer.pipeline import Renderer


def __getattr__(name: str) -> Any:
    if name == "Renderer":
        return importlib.import_module("renderer.pipeline").Renderer
    raise AttributeError(f"module 'renderer' has no attribute {name!r}")


__all__ = [
    "DocType",
    "ExportFailed",
    "RenderError",
    "RenderedDocument",
    "Renderer",
    "TemplateProblem",
]
