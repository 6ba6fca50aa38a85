"""Compiled templates kept on disk between command-line runs.

Compiling a template (parse, the sandbox's tree rewrite, code generation, ``compile``) costs
more than rendering it for a normal session, and a ``render`` command starts from nothing every
time. Jinja's bytecode cache stores the compiled code per template file, checked against the
template's source. More decides what code a template compiles to — the Jinja version, our
sandbox's options and tree rewrite, and whatever Jinja folds into the code at compile time
(constant output through our escaping finalizer, filters such as point_label applied to
literals) — so the cache file is also named by the Jinja version and the text of every module
of the renderer and of models/vi_format.py and models/text.py. An update that changes any of
them simply does not find the old files.

A cache must never cost the user a document: a folder that cannot be created or written, or a
damaged file, just means compiling again.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

import models.text
import models.vi_format
import renderer


def _fingerprint() -> str:
    digest = hashlib.sha1(jinja2.__version__.encode(), usedforsecurity=False)
    sources = sorted(Path(renderer.__file__).parent.glob("*.py"))
    sources += [Path(models.vi_format.__file__), Path(models.text.__file__)]
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's file cache in *folder* (created when first written), failures ignored."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder), f"__thuky_{_fingerprint()}_%s.cache")
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged or foreign file: compile as if there were none
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
