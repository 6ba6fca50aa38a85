"""PDF/A-2b copies of written .docx files, made by LibreOffice when it is installed.

Signed documents circulate, and are archived, as PDF; PDF/A-2b keeps every font inside the
file so the page prints the same in twenty years. Thư ký does not lay out pages itself:
LibreOffice converts the .docx it wrote. Nothing here is required for the .docx export, so a
machine without LibreOffice gets one plain sentence on how to install it and nothing else
changes.

Each conversion runs LibreOffice with a private, throw-away user profile: a clerk who has
LibreOffice open (which holds the default profile's lock) can still export, and a broken
profile never blocks Thư ký. A conversion that fails or hangs is killed after a time limit;
the PDF reaches its target whole (renderer.atomic) or not at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from renderer.atomic import write_atomically
from renderer.errors import RenderError

#: LibreOffice's PDF export filter, asked for PDF/A-2b ("SelectPdfVersion" 2). PDF/A embeds
#: every font it uses (a subset of each).
PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'

#: Seconds a conversion may take before it counts as hung: LibreOffice starts in 2–5 s, and
#: a 100-page minutes takes a few more on a slow office computer.
TIMEOUT_SECONDS = 120.0

#: How often a running conversion looks whether it was cancelled.
_POLL_SECONDS = 0.2

INSTALL_HINT = (
    "Không tìm thấy LibreOffice nên chưa xuất được PDF (tệp .docx vẫn xuất bình thường); "
    "hãy cài LibreOffice miễn phí từ https://www.libreoffice.org/download/ "
    "(trên Ubuntu/Debian: sudo apt install libreoffice-writer) rồi thử lại."
)


class PdfUnavailable(RenderError):
    """LibreOffice is not installed (or not found); ``str(e)`` says how to install it."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class PdfFailed(RenderError):
    """LibreOffice ran but gave no PDF (an error, or killed after the time limit)."""


def _windows_candidates() -> list[Path]:
    names = ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")
    folders = [os.environ.get(name) for name in names]
    folders += [r"C:\Program Files", r"C:\Program Files (x86)"]
    return [Path(f) / "LibreOffice" / "program" / "soffice.exe" for f in folders if f]


def find_soffice() -> Path | None:
    """LibreOffice's ``soffice`` program: on PATH, else where its installers put it."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates: list[Path] = []  # Linux packages put soffice on PATH
    if sys.platform == "win32":  # its installer does not touch PATH
        candidates = _windows_candidates()
    elif sys.platform == "darwin":
        candidates = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return next((path for path in candidates if path.is_file()), None)


def pdf_available() -> bool:
    return find_soffice() is not None


def convert_to_pdf(
    pairs: Sequence[tuple[Path, Path]],
    *,
    soffice: Path | None = None,
    timeout: float = TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> None:
    """Convert each (.docx, .pdf target) pair with one LibreOffice run.

    One run for all the documents of an export: LibreOffice's start-up is most of the time.
    Raises :class:`PdfUnavailable` when LibreOffice is missing and :class:`PdfFailed` when a
    PDF did not come out (targets already written stay; none is ever partial). Setting
    *cancel* stops LibreOffice within a fraction of a second (the window is closing).
    """
    program = soffice or find_soffice()
    if program is None:
        raise PdfUnavailable()
    if not pairs:
        return
    with tempfile.TemporaryDirectory(prefix="thuky-pdf-", ignore_cleanup_errors=True) as scratch:
        work = Path(scratch)
        sources = []
        for index, (docx, _pdf) in enumerate(pairs):
            # Copied under distinct plain names: LibreOffice names each PDF after its source,
            # and two targets may share a stem.
            source = work / f"van-ban-{index}.docx"
            shutil.copyfile(docx, source)
            sources.append(source)
        out = work / "pdf"
        _run(program, sources, out, work / "profile", timeout, cancel)
        for source, (_docx, target) in zip(sources, pairs, strict=True):
            made = out / f"{source.stem}.pdf"
            if not made.is_file() or made.stat().st_size == 0:
                raise PdfFailed(
                    f"LibreOffice không chuyển được {target.with_suffix('.docx').name} "
                    "sang PDF; tệp .docx vẫn dùng được."
                )
            _move_whole(made, target)


def _move_whole(made: Path, target: Path) -> None:
    data = made.read_bytes()

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomically(target, write)


def _run(
    program: Path, sources: list[Path], out: Path, profile: Path, timeout: float,
    cancel: threading.Event | None,
) -> None:
    command = [
        str(program), "--headless", "--norestore", "--nologo", "--nodefault",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to", PDF_FILTER, "--outdir", str(out), *map(str, sources),
    ]
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(
            subprocess, "CREATE_NO_WINDOW", 0
        )
    else:
        options["start_new_session"] = True  # its own group: a kill reaches soffice.bin too
    try:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, **options,  # type: ignore[call-overload]
        )
    except OSError as error:
        raise PdfFailed(f"Không chạy được LibreOffice ({program}): {error.strerror}.") from None
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                process.wait(timeout=min(_POLL_SECONDS, max(deadline - time.monotonic(), 0)))
                return
            except subprocess.TimeoutExpired:
                pass
            if cancel is not None and cancel.is_set():
                _kill_tree(process)
                raise PdfFailed("Đã dừng việc tạo PDF; không có tệp PDF nào dở dang.")
            if time.monotonic() >= deadline:
                _kill_tree(process)
                raise PdfFailed(
                    f"LibreOffice không chuyển xong sang PDF sau {timeout:g} giây nên đã bị "
                    "dừng; không có tệp PDF nào dở dang. Hãy thử lại, hoặc in ra PDF từ "
                    "Word/LibreOffice."
                )
    except BaseException:
        if process.poll() is None:
            _kill_tree(process)
        raise


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    """End LibreOffice and whatever it started (oosplash starts soffice.bin)."""
    if sys.platform == "win32":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
