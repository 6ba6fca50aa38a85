"""Workaround for a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns ``None`` from void methods (``setEnabled``, ``setText`` …), ``True``/
``False`` from ``Signal.emit()`` and ``None`` from empty QVariants without taking a new
reference. Python 3.12 made these three objects immortal, which hides the bug there; on
Python 3.11 every such call takes one reference away until the interpreter aborts with
"Fatal Python error: none_dealloc: deallocating None" — after a few hundred keystrokes in
the window. benchmarks/RESULTS.md and the gui report describe the measurement.

Until the binding is fixed (or the project moves to Python ≥ 3.12) we give the three objects
the immortality 3.12 gives them: a reference count too high to ever reach zero. Nothing else
is touched, and on Python ≥ 3.12 this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 stolen references: years of typing
_applied = False


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once; True if it was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # CPython ≤ 3.11: ob_refcnt is the first field of every object, a Py_ssize_t.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True
