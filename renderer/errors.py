"""Errors the renderer reports: each one a plain Vietnamese sentence a clerk can act on.

The window shows ``str(error)``; the command line prints it. Bugs are not wrapped here: an
unexpected exception is a defect and is allowed to fail loudly.
"""

from __future__ import annotations

from pathlib import Path


class RenderError(Exception):
    """A document could not be produced; ``str(e)`` says why in plain Vietnamese."""


class TemplateProblem(RenderError):
    """A template is wrong, unsafe or runs away; names the template file and line."""

    def __init__(self, message: str, template: str, line: int | None = None) -> None:
        self.template = template
        self.line = line
        self.detail = message
        where = f"mẫu văn bản {template}" + (f", dòng {line}" if line else "")
        super().__init__(f"Lỗi trong {where}: {message}")


class ExportFailed(RenderError):
    """The document was built but could not be written to *path*; nothing partial is left."""

    def __init__(self, message: str, path: Path) -> None:
        self.path = path
        super().__init__(message)
