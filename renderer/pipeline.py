"""The renderer: session → context → sandboxed template → Markdown → blocks → .docx or HTML.

A :class:`Renderer` holds one template environment whose compiled templates are cached (Jinja
re-reads a template only when its file changes), so the window's live preview stays fast.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.sandbox import SecurityError

import report_templates
from models.session import Session
from models.text import normalize_text
from models.vi_format import upper_vi
from renderer.blocks import Block, Header, Paragraph, RenderedDocument, Run
from renderer.context import Context, build_context
from renderer.doctype import AnyDocType, DocType
from renderer.docx_writer import page_specs
from renderer.errors import TemplateProblem
from renderer.escape import TextSlots
from renderer.layout import (
    end_body,
    header_names,
    recipients,
    report_recipients,
    report_signatures,
    signatures,
)
from renderer.markdown import to_blocks
from renderer.page_fit import fits_one_page, most_lines
from renderer.sandbox import BudgetExceeded, TemplateEnvironment, render_bounded

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from renderer.blocks import Picture
    from renderer.register_context import ReportContext, ReportRequest


class _TemplateContext(Protocol):
    def as_dict(self) -> dict[str, Any]: ...

BUILTIN_TEMPLATES = Path(report_templates.__file__).resolve().parent

#: The brief lists at least this many directives (and figures, and names as many reports)
#: before anything else gives way.
MIN_BRIEF_ITEMS = 3
#: The assessment keeps at least this many words while directives are left to give way.
MIN_ASSESSMENT_WORDS = 40

_UNDEFINED = re.compile(r"^'([^']*)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"^'?(.*?)'? (?:object )?has no attribute '([^']*)'$")


class _UserFirstLoader(BaseLoader):
    """The user's templates folder first, then the built-in templates.

    Jinja re-reads a cached template only when the file it was loaded from changes, so with
    a plain ChoiceLoader a copy dropped into the user's folder while the window is open
    would be ignored until a restart. Here a built-in template also counts as stale as soon
    as a user copy of the same name exists; a removed user copy is stale by Jinja's own
    check and falls back to the built-in one.
    """

    def __init__(self, user_dir: Path | None, builtin_dir: Path) -> None:
        self._user_dir = user_dir
        self._user = FileSystemLoader(user_dir) if user_dir is not None else None
        self._builtin = FileSystemLoader(builtin_dir)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if self._user is not None:
            try:
                return self._user.get_source(environment, template)
            except TemplateNotFound:
                pass
        source, filename, uptodate = self._builtin.get_source(environment, template)
        override = self._user_dir / template if self._user_dir is not None else None

        def still_builtin() -> bool:
            return (override is None or not override.exists()) and (
                uptodate is None or uptodate()
            )

        return source, filename, still_builtin


class Renderer:
    """Renders a session's documents; one instance per window or command, reused."""

    def __init__(
        self, user_templates_dir: Path | None = None, cache_dir: Path | None = None
    ) -> None:
        """*cache_dir*: where compiled templates persist between processes (the command
        line's; the window compiles once per run and keeps them in memory)."""
        self.user_templates_dir = user_templates_dir
        cache = None
        if cache_dir is not None:
            from renderer.template_cache import TemplateCache

            cache = TemplateCache(cache_dir)
        self._env = TemplateEnvironment(
            loader=_UserFirstLoader(user_templates_dir, BUILTIN_TEMPLATES),
            auto_reload=True,
            bytecode_cache=cache,
        )

    # -- the pipeline --------------------------------------------------------------------

    def markdown(self, session: Session, doc_type: DocType) -> str:
        """The body as the template wrote it (Markdown, user text escaped)."""
        markdown, slots = self._render(build_context(session, doc_type), doc_type)
        return slots.escaped(markdown)

    def _render(
        self, context: _TemplateContext, doc_type: AnyDocType
    ) -> tuple[str, TextSlots]:
        """The template's Markdown, whose printed values wait in the slots (renderer.escape)."""
        name = doc_type.template_name
        slots = TextSlots()
        try:
            template = self._env.get_template(name)
            # A template's own text may carry characters XML cannot hold; the clerk's text is
            # already clean (models.text), the template author's is cleaned here.
            markdown = render_bounded(template, context.as_dict(), slots=slots)
            return normalize_text(markdown), slots
        except TemplateSyntaxError as error:
            where = Path(error.filename or error.name or name).name
            raise TemplateProblem(f"lỗi cú pháp: {error.message}", where, error.lineno) from None
        except TemplateNotFound as error:
            where, line = _template_position(error.__traceback__, name)
            message = (
                f"không tìm thấy mẫu {error.name!r}; chỉ được dùng các mẫu "
                "trong thư mục mẫu văn bản"
            )
            raise TemplateProblem(message, where, line) from None
        except (TemplateError, RecursionError, MemoryError, ArithmeticError, TypeError,
                ValueError, LookupError, AttributeError) as error:
            where, line = _template_position(error.__traceback__, name)
            raise TemplateProblem(_plain_message(error), where, line) from None

    def blocks(self, session: Session, doc_type: DocType) -> RenderedDocument:
        """The intermediate both writers read: fixed parts from the model, body from a template."""
        context = build_context(session, doc_type)
        rendered = self._assemble(session, doc_type, context)
        if doc_type is DocType.BAO_CAO and not fits_one_page(rendered, page_specs(doc_type)):
            rendered = self._fit_brief(session, doc_type, context)
        return rendered

    def _assemble(
        self, session: Session, doc_type: DocType, context: Context
    ) -> RenderedDocument:
        body = to_blocks(*self._render(context, doc_type))
        end_body(body)
        parent, organ = header_names(session)
        return RenderedDocument(
            doc_type=doc_type,
            header=Header(
                parent=parent,
                organ=organ,
                number_line=context.doc.number_line,
                place_date=None if doc_type is DocType.BIEN_BAN else context.doc.place_date,
            ),
            type_name=doc_type.type_name,
            summary=context.doc.summary,
            body=body,
            signatures=signatures(doc_type, context),
            recipients=recipients(doc_type, session),
        )

    def _fit_brief(
        self, session: Session, doc_type: DocType, context: Context
    ) -> RenderedDocument:
        """The brief with as much as its one page holds.

        The template names ``brief.reports``, lists ``brief.directives`` and
        ``brief.figures``, prints ``brief.assessment`` and says how much more the other
        documents hold. Each part gives way in turn, the least needed first, until the page
        holds the rest: the reports named down to :data:`MIN_BRIEF_ITEMS`, the directives
        down to as many, the figures down to as many, the figures table, the reports named
        (then only counted), the assessment down to its first paragraph, the directives
        down to one, the assessment down to :data:`MIN_ASSESSMENT_WORDS` words, the last
        directive. Only a brief whose fixed parts overflow alone takes two pages.
        """
        specs = page_specs(doc_type)
        every = context.brief
        # More directives or figures than a page has lines can never fit: trying them would
        # only cost time (a thousand directives rendered at every step).
        ceiling = most_lines(specs)
        counts = {
            "reports": len(every.reports),
            "directives": min(len(every.directives), ceiling),
            "figures": min(len(every.figures), ceiling),
            "words": every.assessment_words(),
        }

        def attempt(values: dict[str, int]) -> RenderedDocument:
            brief = every.cut_to(values["directives"], values["figures"], values["reports"],
                                 values["words"])
            return self._assemble(session, doc_type, replace(context, brief=brief))

        first_paragraph = len(every.assessment[0].split()) if every.assessment else 0
        steps = (
            ("reports", MIN_BRIEF_ITEMS),
            ("directives", MIN_BRIEF_ITEMS),
            ("figures", MIN_BRIEF_ITEMS),
            ("figures", 0),
            ("reports", 0),
            ("words", first_paragraph),
            ("directives", 1),
            ("words", MIN_ASSESSMENT_WORDS),
            ("directives", 0),
            ("words", 0),
        )
        for knob, floor in steps:
            current = counts[knob]
            low = min(floor, current)

            def fits(value: int, knob: str = knob) -> bool:
                return fits_one_page(attempt({**counts, knob: value}), specs)

            found = _largest_fitting(low, current - 1, fits)
            if found is not None:
                counts[knob] = found
                return attempt(counts)
            counts[knob] = low
        return attempt(counts)

    def html(self, session: Session, doc_type: DocType) -> str:
        """A full HTML page for the window's preview (QTextDocument's HTML subset)."""
        from renderer.html_writer import to_html

        return to_html(self.blocks(session, doc_type))

    def write_docx(self, session: Session, doc_type: DocType, path: Path) -> None:
        """Write the .docx atomically: the target is replaced whole or left untouched."""
        from renderer.docx_writer import write_docx

        write_docx(self.blocks(session, doc_type), path)


    # -- the progress report, from the register ----------------------------------------------

    def report_blocks(self, request: ReportRequest) -> RenderedDocument:
        """The progress report: body and appendix from its template, fixed parts as always.

        The template marks where the landscape appendix starts with ``{{ appendix_break }}``;
        the chart is drawn only if the template shows it.
        """
        from renderer.register_context import REPORT, build_report_context

        context = build_report_context(request)
        markdown, slots = self._render(context, REPORT)
        blocks = to_blocks(markdown, slots, lambda name, alt: _chart(context, name, alt))
        body, appendix = _split_appendix(blocks)
        end_body(body)
        issuer = request.issuer
        return RenderedDocument(
            doc_type=REPORT,
            header=Header(
                parent=upper_vi(issuer.parent.strip()),
                organ=upper_vi(issuer.name.strip()),
                number_line=context.doc.number_line,
                place_date=context.doc.place_date,
            ),
            type_name=REPORT.type_name,
            summary=context.doc.summary,
            body=body,
            signatures=report_signatures(context.signer),
            recipients=report_recipients(context.chairs, request.archive),
            appendix=appendix,
        )

    def report_html(self, request: ReportRequest) -> str:
        """The progress report as the window's preview shows documents (appendix after the
        signature, at the same width)."""
        from renderer.html_writer import to_html

        return to_html(self.report_blocks(request))

    def write_report_docx(self, request: ReportRequest, path: Path) -> None:
        """Write the progress report atomically, as :meth:`write_docx` does a session's."""
        from renderer.docx_writer import write_docx

        write_docx(self.report_blocks(request), path)


#: The chart's size on the page: the text's width, a line per unit.
CHART_WIDTH_MM = 160.0


def _chart(context: ReportContext, name: str, alt: str) -> Picture | None:
    from renderer.blocks import Picture
    from renderer.register_chart import class_chart_png
    from renderer.register_context import CHART

    if name != CHART or not context.chart_rows:
        return None
    height_mm = 45.0 + 11.0 * len(context.chart_rows)
    png = class_chart_png(
        context.chart_rows, width_in=CHART_WIDTH_MM / 25.4, height_in=height_mm / 25.4,
        dpi=150, title=alt,
    )
    return Picture(png, CHART_WIDTH_MM, height_mm, alt)


def _split_appendix(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The blocks before and after the template's ``{{ appendix_break }}`` line."""
    from renderer.register_context import APPENDIX_BREAK

    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and block.runs == (Run(str(APPENDIX_BREAK)),):
            return blocks[:index], blocks[index + 1:]
    return blocks, []


def _largest_fitting(low: int, high: int, fits: Callable[[int], bool]) -> int | None:
    """The largest count in low..high that *fits* (fewer items never fit worse), or None.

    Counted up from *low* in doubling steps, then halved: the answer is usually a handful,
    and a try with fewer items costs less to render.
    """
    if low > high or not fits(low):
        return None
    good, step = low, 1
    while good + step <= high and fits(good + step):
        good, step = good + step, step * 2
    bad = min(good + step, high + 1)
    while bad - good > 1:
        middle = (good + bad) // 2
        if fits(middle):
            good = middle
        else:
            bad = middle
    return good


def _template_position(tb: TracebackType | None, default: str) -> tuple[str, int | None]:
    """The innermost template frame of a traceback: (file name, line)."""
    where, line = default, None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where, line = Path(filename).name, tb.tb_lineno
        tb = tb.tb_next
    return where, line


def _plain_message(error: BaseException) -> str:
    if isinstance(error, BudgetExceeded):
        return (
            f"mẫu chạy quá lâu hoặc tạo ra quá nhiều nội dung ({error}); "
            "có thể do vòng lặp quá lớn"
        )
    if isinstance(error, SecurityError):
        return "mẫu dùng một thao tác không được phép vì lý do an toàn"
    if isinstance(error, UndefinedError):
        text = error.message or ""
        if match := _UNDEFINED.match(text):
            return f"biến {match.group(1)!r} không tồn tại"
        if match := _NO_ATTRIBUTE.match(text):
            return f"{match.group(1)} không có thuộc tính {match.group(2)!r}"
        return f"dùng một giá trị không tồn tại ({text})"
    if isinstance(error, RecursionError):
        return "mẫu gọi lồng nhau quá sâu (macro đệ quy?)"
    if isinstance(error, MemoryError):
        return "mẫu tạo ra quá nhiều nội dung"
    if isinstance(error, TemplateError):
        return f"lỗi mẫu: {error.message or error}"
    return f"lỗi khi chạy mẫu ({type(error).__name__}: {error})"
