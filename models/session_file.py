"""Reading and writing the interchange format ``thuky.session/1``.

One entry point for every way a session arrives (file, store, clipboard): the text is decoded,
parsed, cleaned (NFC, XML-illegal characters removed *and reported*), the version checked, then
validated field by field and across fields. Anything wrong becomes a ``SessionInvalid`` whose
problems name the field path; a person's mistake never surfaces as a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from models.checks import check_session
from models.os_errors import os_reason
from models.problems import Problem, SessionInvalid, Severity, problems_from_validation
from models.session import FORMAT, Session
from models.text import clean_text, is_clean

#: Larger files are refused before parsing: a real session is a few hundred kilobytes.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: A session nests five levels deep; far deeper is not a session and would exhaust the stack.
MAX_DEPTH = 64


_TOO_DEEP = Problem("", "tệp JSON lồng quá sâu (quá nhiều cấp ngoặc), không thể đọc")


@dataclass
class LoadedSession:
    session: Session
    #: Warnings found while reading; with ``allow_errors=True`` also the cross-field errors.
    warnings: list[Problem] = field(default_factory=list)


def _clean_tree(value: Any, path: str, warnings: list[Problem], depth: int = 0) -> Any:
    """NFC-normalise every string in the parsed JSON, keys included, reporting removals."""
    if depth > MAX_DEPTH:
        shown = path if len(path) <= 40 else path[:40] + "…"
        raise SessionInvalid([Problem(shown, _TOO_DEEP.message)])
    if isinstance(value, str):
        cleaned, removed = clean_text(value)
        if removed:
            _warn_removed(path, removed, warnings)
        return cleaned
    if isinstance(value, list):
        # A child's path is spelled out only where it may be needed (a nested container, a
        # string with something removed): a large session has ~11,000 strings.
        items = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                cleaned, removed = clean_text(item)
                if removed:
                    _warn_removed(f"{path}[{i}]", removed, warnings)
                items.append(cleaned)
            else:
                items.append(_clean_tree(item, f"{path}[{i}]", warnings, depth + 1))
        return items
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            clean_key = clean_text(key)[0]
            if isinstance(item, str):
                cleaned, removed = clean_text(item)
                if removed:
                    _warn_removed(f"{path}.{clean_key}" if path else clean_key, removed, warnings)
                result[clean_key] = cleaned
            else:
                child = f"{path}.{clean_key}" if path else clean_key
                result[clean_key] = _clean_tree(item, child, warnings, depth + 1)
        return result
    return value


def _check_depth(value: Any, depth: int = 0) -> Any:
    """What :func:`_clean_tree` refuses for depth, for a tree whose strings need no cleaning:
    only containers are visited, nothing is rebuilt."""
    if depth > MAX_DEPTH:
        raise SessionInvalid([_TOO_DEEP])
    items = value.values() if isinstance(value, dict) else value
    for item in items:
        if isinstance(item, dict | list):
            _check_depth(item, depth + 1)
    return value


def _warn_removed(path: str, removed: int, warnings: list[Problem]) -> None:
    warnings.append(
        Problem(
            path,
            f"đã xóa {removed} ký tự điều khiển không hợp lệ (không hiển thị được trong Word)",
            Severity.WARNING,
        )
    )


def _strings_are_clean(text: str) -> bool:
    """Whether every string (and key) in the JSON *text* is already clean, judged at once.

    The walk that cleans each string one by one is a fifth of reading a large session. When
    the text as a whole is NFC and holds no XML-illegal character, each string in it is too:
    a quote combines with nothing, so text between quotes is NFC on its own. An escape could
    still spell something else once decoded (``\\u0008``, a decomposed letter as
    ``\\u0301``, ``\\b``, ``\\f``), so any ``\\u``, ``\\b`` or ``\\f`` sends the text the long way.
    """
    return "\\u" not in text and "\\b" not in text and "\\f" not in text and is_clean(text)


def parse_document(
    data: Any, *, allow_errors: bool = False, strings_clean: bool = False
) -> LoadedSession:
    """Validate an already-parsed JSON document; raise ``SessionInvalid`` listing the errors.

    With ``allow_errors`` a session that breaks only cross-field rules (``check_session``) is
    returned with those errors among its problems instead of refused: the store autosaves a
    half-finished session (a report whose presenter was just deleted) and must reopen it.
    Broken types or an unknown format are refused either way. ``strings_clean``: the caller
    knows every string is already NFC and XML-legal (``parse_json`` checks the whole text).
    """
    if not isinstance(data, dict):
        raise SessionInvalid([Problem("", "tệp phiên làm việc phải là một đối tượng JSON {...}")])
    version = data.get("format")
    if version is None:
        raise SessionInvalid(
            [Problem("format", f'thiếu trường định dạng; tệp phải có "format": "{FORMAT}"')]
        )
    if version != FORMAT:
        raise SessionInvalid(
            [
                Problem(
                    "format",
                    f"định dạng {version!r} không được hỗ trợ; phiên bản này chỉ đọc {FORMAT!r}. "
                    "Hãy cập nhật Thư ký để mở tệp này.",
                )
            ]
        )
    warnings: list[Problem] = []
    try:
        cleaned = _check_depth(data) if strings_clean else _clean_tree(data, "", warnings)
        session = Session.model_validate(cleaned)
    except ValidationError as error:
        raise SessionInvalid(problems_from_validation(error)) from None
    except RecursionError:
        raise SessionInvalid([_TOO_DEEP]) from None
    problems = check_session(session)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors and not allow_errors:
        raise SessionInvalid(errors)
    return LoadedSession(session, warnings + problems)


def parse_json(text: str | bytes, *, allow_errors: bool = False) -> LoadedSession:
    """Parse session JSON text; bad encoding or syntax becomes one message with line and column.

    ``allow_errors`` as in ``parse_document``.
    """
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise SessionInvalid([_too_large(len(text))])
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise SessionInvalid(
                [Problem("", f"tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {error.start})")]
            ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"dòng {error.lineno}, cột {error.colno}"
        # An unterminated string also means the text ended inside it (a raw newline in a
        # string is a different error), though the decoder points at the string's start.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            message = f"tệp bị cắt ngang, nội dung kết thúc giữa chừng ({where})"
        else:
            message = f"tệp không phải JSON hợp lệ ({where}: {error.msg})"
        raise SessionInvalid([Problem("", message)]) from None
    except RecursionError:
        raise SessionInvalid([_TOO_DEEP]) from None
    return parse_document(data, allow_errors=allow_errors, strings_clean=_strings_are_clean(text))


def _too_large(size: int) -> Problem:
    return Problem(
        "",
        f"tệp quá lớn ({size / 1024 / 1024:.1f} MB); tệp phiên làm việc tối đa "
        f"{MAX_FILE_BYTES // 1024 // 1024} MB",
    )


def read_session_file(path: Path) -> LoadedSession:
    """Read a session file; a missing or unreadable file is a ``SessionInvalid`` too."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SessionInvalid([_too_large(size)])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionInvalid([Problem("", f"không tìm thấy tệp {path}")]) from None
    except IsADirectoryError:
        raise SessionInvalid([Problem("", f"{path} là một thư mục, không phải tệp")]) from None
    except PermissionError:
        raise SessionInvalid([Problem("", f"không có quyền đọc tệp {path}")]) from None
    except OSError as error:
        message = f"không đọc được tệp {path}: {os_reason(error)}"
        raise SessionInvalid([Problem("", message)]) from None
    return parse_json(raw)


def dump_json(session: Session, *, compact: bool = False) -> str:
    """The session as file text: UTF-8 letters kept readable, two-space indent, final newline.

    ``compact`` leaves out the indentation: the same document, written by json's C encoder
    (``indent`` forces the pure-Python one, several times slower). The store, which writes
    on every edit and is never read by people, uses it.
    """
    if compact:
        return json.dumps(session.to_document(), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(session.to_document(), ensure_ascii=False, indent=2) + "\n"
