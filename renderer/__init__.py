"""The renderer: a session → the three Decree 30 documents, as .docx and as an HTML preview.

Pipeline: session → context (renderer.context) → Jinja2 template in a sandbox
(renderer.sandbox, report_templates/) → Markdown with every user string escaped
(renderer.escape) → document blocks (renderer.markdown, renderer.blocks) → written by
renderer.docx_writer or renderer.html_writer. The fixed Decree 30 parts come from the model
(renderer.layout). No Qt and no SQL here.
"""

from renderer.blocks import RenderedDocument
from renderer.doctype import DocType
from renderer.errors import ExportFailed, RenderError, TemplateProblem
from renderer.pipeline import Renderer

__all__ = [
    "DocType",
    "ExportFailed",
    "RenderError",
    "RenderedDocument",
    "Renderer",
    "TemplateProblem",
]
