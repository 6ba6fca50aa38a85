"""Problems found in a session, named by field path, in words a clerk understands.

Pydantic reports errors as English messages with a location tuple; the window and the command
line need one Vietnamese sentence per problem with the path a person can find
("attendees[3].name"), so the translation happens here, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import ValidationError


class Severity(StrEnum):
    ERROR = "error"  # the session cannot be saved as a file or rendered as it is
    WARNING = "warning"  # worth a look; a draft with warnings can still be exported


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SessionInvalid(Exception):
    """A session file or document that cannot be accepted; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def format_path(loc: Iterable[Any]) -> str:
    """("attendees", 3, "name") → "attendees[3].name"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


_MESSAGES: dict[str, str] = {
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là văn bản (chuỗi ký tự)",
    "bool_type": "phải là true hoặc false",
    "list_type": "phải là một danh sách [...]",
    "model_type": "phải là một đối tượng {...}",
    "dict_type": "phải là một đối tượng {...}",
    "model_attributes_type": "phải là một đối tượng {...}",
    "string_too_short": "không được để trống",
    "date_type": "ngày không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2024-03-04",
    "date_parsing": "ngày không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2024-03-04",
    "date_from_datetime_parsing": "ngày không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2024-03-04",
    "date_from_datetime_inexact": "chỉ ghi ngày, không ghi giờ; ví dụ 2024-03-04",
    "time_type": "giờ không hợp lệ; viết theo dạng GG:PP, ví dụ 14:00",
    "time_parsing": "giờ không hợp lệ; viết theo dạng GG:PP, ví dụ 14:00",
}


def _message(error: Any) -> str:
    kind = error["type"]
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind in ("enum", "literal_error"):
        expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", " hoặc ")
        return f"giá trị {error.get('input')!r} không hợp lệ; chỉ chấp nhận: {expected}"
    if kind.startswith("date"):
        return _MESSAGES["date_parsing"]
    if kind.startswith("time"):
        return _MESSAGES["time_parsing"]
    return f"giá trị không hợp lệ ({error['msg']})"


def problems_from_validation(error: ValidationError) -> list[Problem]:
    return [Problem(format_path(e["loc"]), _message(e)) for e in error.errors()]
