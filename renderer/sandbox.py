"""The template environment: sandboxed, strict, escaping by default, and on a budget.

Templates are user-editable files, so they run in Jinja2's ImmutableSandboxedEnvironment
(no ``__class__`` tricks, no changing the context's lists) with StrictUndefined (a misspelt
variable is an error, not a blank). Loading is limited to the template folders (Jinja's
FileSystemLoader refuses ``..``), and no global can open a file.

A template also cannot run away: every ``for`` loop step, call and computed value is counted
against a :class:`Budget` (steps, wall-clock time, size of any one value, size of the output),
checked inside the render itself, so no thread has to be killed. The loop counting is wired in
by rewriting the parsed template tree: each loop's iterable and each concatenation or filter
result goes through the :class:`BudgetExtension`, which a template cannot shadow or reach.
"""

from __future__ import annotations

import contextvars
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.ext import Extension
from jinja2.filters import do_indent
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.visitor import NodeTransformer

from models.vi_format import group_digits, lower_first, point_label, roman, upper_first
from renderer import context as _context
from renderer.context import sentence, strip_period
from renderer.escape import TextSlots, bold, current_slots, finalize, italic

#: Defaults generous for a 1000-directive session yet small enough to stop a runaway quickly.
MAX_STEPS = 2_000_000
MAX_SECONDS = 5.0
MAX_VALUE_CHARS = 2_000_000
MAX_OUTPUT_CHARS = 8_000_000

# Widths in printf-style and format specs: "%999999999s", "{:>999999999}".
_BIG_WIDTH = re.compile(r"\*|\d{5,}")
# str methods that pad or repeat: a single call could ask for gigabytes.
_UNSAFE_STR_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "format_map"})


class BudgetExceeded(SecurityError):
    """The template worked too long or produced too much; it is stopped, not waited for."""


@dataclass
class Budget:
    max_steps: int = MAX_STEPS
    max_seconds: float = MAX_SECONDS
    max_value: int = MAX_VALUE_CHARS
    max_output: int = MAX_OUTPUT_CHARS
    steps: int = 0
    deadline: float = field(default=0.0)

    def start(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + self.max_seconds

    def tick(self) -> None:
        self.steps += 1
        if self.steps > self.max_steps:
            raise BudgetExceeded("quá nhiều bước tính toán")
        if not self.steps & 0xFF and time.monotonic() > self.deadline:
            raise BudgetExceeded("chạy quá thời gian cho phép")

    def check_size(self, value: Any) -> Any:
        if isinstance(value, str | list | tuple | dict) and len(value) > self.max_value:
            raise BudgetExceeded("một giá trị quá lớn")
        return value


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "thuky_template_budget", default=None
)


class BudgetExtension(Extension):
    """Holds the hooks the rewritten template tree calls; adds no tags of its own."""

    identifier = "thuky.budget"

    def iterate(self, iterable: Iterable[Any]) -> Iterator[Any]:
        budget = _current.get()
        if budget is None:
            yield from iterable
            return
        for item in iterable:
            budget.tick()
            yield item

    def cap(self, value: Any) -> Any:
        budget = _current.get()
        if budget is None:
            return value
        budget.tick()
        return budget.check_size(value)


class _Rewriter(NodeTransformer):
    """Routes loop iterables, concatenations and filter results through the budget hooks."""

    def _hook(self, name: str, node: nodes.Node) -> nodes.Expr:
        attribute = nodes.ExtensionAttribute(BudgetExtension.identifier, name, lineno=node.lineno)
        return nodes.Call(attribute, [node], [], None, None, lineno=node.lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._hook("iterate", node.iter)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._hook("cap", node)

    def visit_Filter(self, node: nodes.Filter) -> nodes.Node:
        self.generic_visit(node)
        if node.node is None:  # the filter of a {% filter %} block: not an expression
            return node
        return self._hook("cap", node)

    def visit_FilterBlock(self, node: nodes.FilterBlock) -> nodes.Node:
        node.body = [self.visit(child) for child in node.body]
        return node


def _checked_format(value: Any, *args: Any, **kwargs: Any) -> str:
    """The ``format`` filter without huge widths ("%999999999s")."""
    text = str(value)
    if _BIG_WIDTH.search(text):
        raise BudgetExceeded("độ rộng định dạng quá lớn")
    return text % (kwargs or args)


def _checked_center(value: Any, width: int = 80) -> str:
    if width > 1000:
        raise BudgetExceeded("độ rộng quá lớn")
    return str(value).center(width)


def _checked_indent(
    value: Any, width: int | str = 4, first: bool = False, blank: bool = False
) -> str:
    if (width if isinstance(width, int) else len(width)) > 1000:
        raise BudgetExceeded("độ thụt lề quá lớn")
    return do_indent(str(value), width, first, blank)


class TemplateEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox every document template runs in."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(
            undefined=StrictUndefined,
            finalize=finalize,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            extensions=[BudgetExtension],
            **options,
        )
        self.globals.pop("lipsum", None)
        self.filters.update(
            bold=bold,
            italic=italic,
            lower_first=lambda text: lower_first(str(text)),
            upper_first=lambda text: upper_first(str(text)),
            sentence=lambda text: sentence(str(text)),
            strip_period=lambda text: strip_period(str(text)),
            point_label=lambda number: point_label(int(number) - 1),
            roman=lambda number: roman(int(number)),
            number=lambda number: group_digits(int(number)),
            format=_checked_format,
            center=_checked_center,
            indent=_checked_indent,
        )

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        result = _Rewriter().visit(tree)
        assert isinstance(result, nodes.Template)
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``person.label`` and the like: a context record's own field is plain data, returned
        without the sandbox's general checks (a large session reads thousands of them)."""
        fields = _VIEW_FIELDS.get(type(obj))
        if fields is not None and attribute in fields:
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _UNSAFE_STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = _current.get()
        if budget is not None:
            budget.tick()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = _current.get()
        if budget is not None:
            budget.tick()
            if operator == "**" and isinstance(right, int) and abs(right) > 100:
                raise BudgetExceeded("lũy thừa quá lớn")
            if operator == "*":
                sized, count = (left, right) if isinstance(right, int) else (right, left)
                if (
                    isinstance(sized, str | list | tuple)
                    and isinstance(count, int)
                    and len(sized) * count > budget.max_value
                ):
                    raise BudgetExceeded("một giá trị quá lớn")
            if operator == "%" and isinstance(left, str) and _BIG_WIDTH.search(left):
                raise BudgetExceeded("độ rộng định dạng quá lớn")
        result = super().call_binop(context, operator, left, right)
        if budget is not None:
            budget.check_size(result)
        return result


#: The context's read-only records (renderer.context) and their field names.
_VIEW_FIELDS: dict[type, frozenset[str]] = {
    view: frozenset(view._fields)
    for view in (
        _context.PersonView, _context.GroupView, _context.FigureView, _context.ReportView,
        _context.OpinionView, _context.DirectiveView, _context.ProposalView, _context.NoteView,
        _context.DocView, _context.SessionView, _context.IssuerView, _context.BriefView,
        _context.ChairsView,
    )
}
# Jinja's loop counters (``loop.index``, ``loop.last`` …): plain numbers and booleans, read
# once per listed item, so they skip the general checks too.
_VIEW_FIELDS[LoopContext] = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length", "depth"}
)


def render_bounded(
    template: Any,
    context: dict[str, Any],
    budget: Budget | None = None,
    slots: TextSlots | None = None,
) -> str:
    """Render *template* within *budget*; raise BudgetExceeded when it runs away.

    With *slots*, printed values are kept there and the output holds placeholders
    (renderer.escape); the output budget counts the text they stand for.
    """
    budget = budget or Budget()
    budget.start()
    token = _current.set(budget)
    slots_token = current_slots.set(slots)
    try:
        parts: list[str] = []
        append, tick, limit = parts.append, budget.tick, budget.max_output  # once, not per chunk
        held = slots if slots is not None else TextSlots()  # an empty table holds 0 characters
        total = 0
        for chunk in template.generate(context):
            total += len(chunk)
            if total + held.chars > limit:
                raise BudgetExceeded("văn bản tạo ra quá lớn")
            append(chunk)
            tick()
        return "".join(parts)
    finally:
        current_slots.reset(slots_token)
        _current.reset(token)
