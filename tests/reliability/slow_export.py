"""`main.py`, with the .docx written slowly and announced, so a test can kill it mid-write.

Run as ``python -m tests.reliability.slow_export CHUNK_BYTES DELAY_MS MAIN_ARGS…`` from the
repository root. The document is rendered and saved as the product does (renderer.atomic's
temporary file, fsync and rename are untouched); only python-docx's ``Document.save`` is
replaced: it builds the package in memory, prints "writing", writes it CHUNK_BYTES at a time
with a pause of DELAY_MS after each, then prints "written". A kill between the two lines
interrupts the write itself.
"""

from __future__ import annotations

import io
import sys
import time
from typing import IO

import docx.document

import main


def slow_save(chunk_bytes: int, delay_s: float) -> None:
    save = docx.document.Document.save

    def save_slowly(document: docx.document.Document, path: str | IO[bytes]) -> None:
        package = io.BytesIO()
        save(document, package)
        data = package.getvalue()
        print("writing", len(data), flush=True)
        with open(path, "wb") as stream:  # type: ignore[arg-type]
            for start in range(0, len(data), chunk_bytes):
                stream.write(data[start:start + chunk_bytes])
                stream.flush()
                time.sleep(delay_s)
        print("written", flush=True)

    docx.document.Document.save = save_slowly  # type: ignore[method-assign]


if __name__ == "__main__":
    slow_save(int(sys.argv[1]), int(sys.argv[2]) / 1000)
    sys.exit(main.main(sys.argv[3:]))
