"""The domain of Thư ký: a session and the rules and formatting around it.

No Qt, SQL or docx here: this package runs and is tested without a display or a database.
"""

from models.checks import check_session, errors_only
from models.problems import Problem, SessionInvalid, Severity
from models.session import (
    FORMAT,
    AddedFrom,
    Attendee,
    Conclusion,
    DeadlineExtension,
    Directive,
    DocumentInfo,
    Figure,
    Issuer,
    Kind,
    Note,
    Opinion,
    ProgressEntry,
    Proposal,
    Report,
    Role,
    Session,
    Signer,
    Status,
    next_id,
    split_paragraphs,
)
from models.session_file import (
    MAX_FILE_BYTES,
    LoadedSession,
    dump_json,
    parse_document,
    parse_json,
    read_session_file,
)

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "AddedFrom",
    "Attendee",
    "Conclusion",
    "DeadlineExtension",
    "Directive",
    "DocumentInfo",
    "Figure",
    "Issuer",
    "Kind",
    "LoadedSession",
    "Note",
    "Opinion",
    "Problem",
    "ProgressEntry",
    "Proposal",
    "Report",
    "Role",
    "Session",
    "SessionInvalid",
    "Severity",
    "Signer",
    "Status",
    "check_session",
    "dump_json",
    "errors_only",
    "next_id",
    "parse_document",
    "parse_json",
    "read_session_file",
    "split_paragraphs",
]
