"""Compiled templates kept on disk between command-line runs.

Compiling a template (parse, the sandbox's tree rewrite, code generation, ``compile``) costs
more than rendering it for a normal session, and a ``render`` command starts from nothing every
time. Jinja's bytecode cache stores the compiled code per template file, checked against the
template's source. Two more things decide what code a template compiles to, so they name the
cache file too: the Jinja version and our sandbox (its options and tree rewrite live in
renderer/sandbox.py, whose text is hashed). Change either and the old files are simply not
found.

A cache must never cost the user a document: a folder that cannot be created or written, or a
damaged file, just means compiling again.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

import renderer.sandbox


def _fingerprint() -> str:
    digest = hashlib.sha1(jinja2.__version__.encode(), usedforsecurity=False)
    digest.update(Path(renderer.sandbox.__file__).read_bytes())
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
