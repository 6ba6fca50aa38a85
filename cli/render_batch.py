"""``render A.json B.json 12 --type all -o out/``: every document of many sessions, one process.

A records office renders a month of sessions at once; one Python process per document would
spend most of its time loading libraries (benchmarks/RESULTS.md). Names come from each
session (renderer.file_names: date, subject, type; plain ASCII), one line per written file
goes to stdout, and a session or document that fails is reported on stderr while the others
are still written. The exit code is 0 only when every document was written.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import open_store, problem_lines, say
from cli.render import ALL, TYPES, _folders, refusal

if TYPE_CHECKING:
    from models import Session
    from storage import Store


def run_batch(args: argparse.Namespace) -> int:
    from models import SessionInvalid, read_session_file
    from renderer import DocType, Renderer, RenderError
    from renderer.file_names import batch_file_name
    from storage.errors import StoreError  # light: SQLAlchemy loads only with an ID

    folder = (args.output or Path(".")).expanduser()
    if (folder.exists() and not folder.is_dir()) or folder.suffix.lower() in (".docx", ".pdf"):
        say(f"Lỗi: với nhiều văn bản, -o phải là một thư mục (vd. van-ban/), không phải {folder}.")
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        say(f"Lỗi: không tạo được thư mục {folder} ({error.strerror}).")
        return 1
    types = [DocType(t) for t in (TYPES if args.doc_type == ALL else (args.doc_type,))]
    templates, cache = _folders(getattr(args, "data_dir", None))
    renderer = Renderer(templates, cache)
    taken: set[str] = set()
    all_written = True
    with contextlib.ExitStack() as stack:
        store: Store | None = None
        for source in map(str, args.sessions):
            path = Path(source).expanduser()
            session: Session
            try:
                if source.isdigit() and not path.exists():
                    if store is None:
                        store = stack.enter_context(open_store(args))
                    session = store.load(int(source))
                else:
                    session = read_session_file(path).session
            except SessionInvalid as invalid:
                say(f"Lỗi: phiên {source} không hợp lệ, bỏ qua:")
                for line in problem_lines(invalid.problems):
                    say(line)
                all_written = False
                continue
            except StoreError as failure:
                say(f"Lỗi: phiên {source}: {failure}")
                all_written = False
                continue
            for doc_type in types:
                target = folder / _unique(batch_file_name(session, doc_type), taken)
                if target.exists() and not args.force:
                    say(refusal(target, "chọn thư mục khác bằng -o"))
                    all_written = False
                    continue
                try:
                    renderer.write_docx(session, doc_type, target)
                except RenderError as failure:
                    say(f"Lỗi: phiên {source}, {doc_type.display_name.lower()}: {failure}")
                    all_written = False
                    continue
                print(f"Đã ghi {target}", flush=True)
    return 0 if all_written else 1


def _unique(name: str, taken: set[str]) -> str:
    """Two sessions of one day on one subject: the second file is "…-2.docx"."""
    stem, dot, suffix = name.rpartition(".")
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}{dot}{suffix}"
    taken.add(candidate)
    return candidate
