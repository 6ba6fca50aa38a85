"""``render SESSION.json|ID … --type bien-ban|thong-bao-ket-luan|bao-cao|all -o OUT|DIR/``.

Writes one Decree 30 document from a session file or a stored session, as .docx or (when
``-o`` ends in .pdf and LibreOffice is installed) as PDF/A. Several sessions or ``--type all``
write every document into a folder in one process (cli.render_batch). The output is written
atomically (renderer.atomic): a locked or unwritable target gets a message and no partial
file; an existing file is kept unless ``--force``, since clerks edit exported documents in
Word. Heavy modules load only when needed: the store only for an ID, so rendering a file
does not open a database.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import Session
    from renderer import DocType, Renderer

TYPES = ("bien-ban", "thong-bao-ket-luan", "bao-cao")
ALL = "all"
TEMPLATES_FOLDER = "templates"
CACHE_FOLDER = "cache"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render",
        help="soạn văn bản .docx (biên bản, thông báo kết luận, báo cáo) từ một phiên",
        description=(
            "Soạn văn bản theo Nghị định 30/2020/NĐ-CP từ tệp phiên làm việc (.json) hoặc "
            "từ phiên số ID trong kho. Mẫu văn bản trong <thư mục dữ liệu>/templates/ "
            "thay cho mẫu có sẵn cùng tên."
        ),
    )
    add_arguments(parser)
    parser.set_defaults(func=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sessions", nargs="+", metavar="SESSION.json|ID",
        help="tệp phiên hoặc số phiên; nhiều phiên thì -o là một thư mục",
    )
    parser.add_argument(
        "-t", "--type", dest="doc_type", choices=(*TYPES, ALL), required=True,
        help="loại văn bản: biên bản, thông báo kết luận, báo cáo tóm tắt, hoặc all (cả ba)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, metavar="OUT.docx|OUT.pdf|DIR/",
        help=(
            "tệp sẽ ghi (.docx, hoặc .pdf khi có LibreOffice; mặc định: <tên phiên>-<loại>.docx "
            "trong thư mục hiện tại); với nhiều phiên hoặc --type all: thư mục"
        ),
    )
    parser.add_argument(
        "-f", "--force", action="store_true",
        help="ghi đè tệp đã có (mặc định không ghi đè, để giữ những chỗ đã sửa trong Word)",
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _folders(data_dir: Path | None) -> tuple[Path | None, Path | None]:
    """(<data folder>/templates when it exists, the folder for compiled templates).

    The store's rules choose the data folder. Compiled templates go to the system's cache
    folder, or into the data folder when one was named (--data-dir, THUKY_DATA_DIR) and
    exists, so a portable or test installation keeps everything in the folder it was given
    and a render never creates a data folder. No cache folder: templates compile every time.
    """
    cache: Path | None
    if data_dir is None and not os.environ.get("THUKY_DATA_DIR", "").strip():
        from platformdirs import user_cache_dir, user_data_dir

        templates = Path(user_data_dir("thuky", appauthor=False)) / TEMPLATES_FOLDER
        cache = Path(user_cache_dir("thuky", appauthor=False)) / TEMPLATES_FOLDER
    else:
        from storage.location import resolve_data_dir

        folder = resolve_data_dir(data_dir)
        templates = folder / TEMPLATES_FOLDER
        cache = folder / CACHE_FOLDER / TEMPLATES_FOLDER if folder.is_dir() else None
    return (templates if templates.is_dir() else None), cache


def refusal(path: Path, other: str = "chọn tên khác bằng -o") -> str:
    """The one line that keeps a clerk's edited copy: the file exists and --force is absent."""
    return (
        f"Lỗi: {path} đã có (có thể đã được sửa trong Word) nên không ghi đè; "
        f"thêm --force để ghi đè, hoặc {other}."
    )


def _is_batch(args: argparse.Namespace) -> bool:
    """Many files: several sessions, every type, or ``-o`` written as a folder ("out/")."""
    output = args.output
    as_folder = output is not None and str(output).endswith(("/", os.sep))
    return len(args.sessions) > 1 or args.doc_type == ALL or as_folder


def run(args: argparse.Namespace) -> int:
    if _is_batch(args):
        from cli.render_batch import run_batch

        return run_batch(args)
    return _run_one(args)


def _run_one(args: argparse.Namespace) -> int:
    from models import SessionInvalid, read_session_file
    from renderer import DocType, Renderer, RenderError

    source = str(args.sessions[0])
    data_dir = getattr(args, "data_dir", None)
    doc_type = DocType(args.doc_type)
    path = Path(source).expanduser()
    try:
        if source.isdigit() and not path.exists():
            from cli.common import open_store
            from storage import StoreError

            try:
                with open_store(args) as store:  # the same recovery as every command
                    session = store.load(int(source))
            except StoreError as failure:
                _say(f"Lỗi: {failure}")
                return 1
            stem = f"phien-{source}"
        else:
            session = read_session_file(path).session
            stem = path.stem
    except SessionInvalid as invalid:
        _say(f"Lỗi: tệp phiên {source} không hợp lệ:")
        for problem in invalid.problems:
            _say(f"  {problem}")
        return 1
    output = args.output or Path(f"{stem}-{doc_type.file_stem}.docx")
    if output.exists() and not output.is_dir() and not args.force:
        _say(refusal(output))
        return 1
    try:
        templates, cache = _folders(data_dir)
        renderer = Renderer(templates, cache)
        if output.suffix.lower() == ".pdf":
            _write_pdf(renderer, session, doc_type, output)
        else:
            renderer.write_docx(session, doc_type, output)
    except RenderError as failure:
        _say(f"Lỗi: {failure}")
        return 1
    print(f"Đã ghi {doc_type.display_name.lower()} vào {output}")
    return 0


def _write_pdf(renderer: Renderer, session: Session, doc_type: DocType, output: Path) -> None:
    """The .docx in a scratch folder, then LibreOffice's PDF/A of it at *output*."""
    import tempfile

    from renderer.pdf import PdfUnavailable, convert_to_pdf, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable()
    with tempfile.TemporaryDirectory(prefix="thuky-", ignore_cleanup_errors=True) as scratch:
        docx = Path(scratch) / output.with_suffix(".docx").name
        renderer.write_docx(session, doc_type, docx)
        convert_to_pdf([(docx, output)], soffice=soffice)


def main(argv: list[str] | None = None) -> int:
    """``python -m cli.render``: the same command without loading the other commands."""
    from cli.process import short_lived

    with short_lived(argv is None):
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="thuky render")
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR")
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exiting:
        return exiting.code if isinstance(exiting.code, int) else 2
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
