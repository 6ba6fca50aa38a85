"""The register's two exports: the filtered rows as .xlsx, and the progress report (.docx).

Both are written by the renderer (``renderer.register_xlsx``, ``Renderer.write_report_docx``)
on the register's worker thread, whole or not at all. The report is asked for the period,
unit and chair of the register's filter; who issues and signs it is chosen as the command
line does (``cli.directives_report``): the most recently used issuer profile, else the
issuer of the latest session in the period, and the signer of that session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from models.register import RegisterEntry, RegisterFilter
from models.units import UnitDirectory

if TYPE_CHECKING:
    from renderer import Renderer
    from storage import Store


def excel_work(
    path: Path, entries: Sequence[RegisterEntry], today: dt.date, directory: UnitDirectory,
    described: str,
) -> Callable[[], Path]:
    def work() -> Path:
        from renderer.register_xlsx import write_register_xlsx

        write_register_xlsx(path, entries, today=today, directory=directory, described=described)
        return path

    return work


def report_filter(flt: RegisterFilter) -> RegisterFilter:
    """The report's scope from the register's filter: the period, the unit and the chair
    (a report counts every class, so the other fields do not apply)."""
    return RegisterFilter(session_from=flt.session_from, session_to=flt.session_to,
                          unit=flt.unit, chair=flt.chair)


def report_work(
    store: Store, renderer: Renderer, path: Path, flt: RegisterFilter, today: dt.date
) -> Callable[[], Path]:
    from renderer.register_context import report_request

    def work() -> Path:
        renderer.write_report_docx(report_request(store, report_filter(flt), today), path)
        return path

    return work
