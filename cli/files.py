"""Writing output files atomically, so a failure never leaves half a file behind.

The mechanism is the renderer's (``renderer.atomic``): a temporary file in the target's folder,
flushed to disk, then one ``os.replace``. Here its failure becomes the command line's own.
"""

from __future__ import annotations

from pathlib import Path

from cli.common import CommandFailed
from renderer.atomic import write_atomically as _write_atomically
from renderer.errors import ExportFailed


def write_atomically(target: Path, data: bytes) -> None:
    """Replace *target* with *data* in one step; raise ``CommandFailed`` in plain words."""

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    try:
        _write_atomically(target.expanduser(), write)
    except ExportFailed as failed:
        raise CommandFailed(str(failed)) from None
