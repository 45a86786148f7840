"""Developer diagnostics without personal data.

An exception's message can hold user text (a name typed into a field, a note that
failed to save), and its frames' locals hold even more. What goes to stderr is only
the exception *type* and where it happened: ``file:line in function`` per frame,
for the exception and the exceptions chained to it. No message, no locals, no
source lines.
"""

from __future__ import annotations

import sys
import traceback
from typing import TextIO


def describe_exception(exc: BaseException) -> str:
    """The exception's type and stack frames (no message, no locals), as text."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    first = True
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if not first:
            lines.append("caused by / while handling:")
        first = False
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    return "\n".join(lines)


def log_exception(exc: BaseException, *, stream: TextIO | None = None) -> None:
    """Write the exception's type and frames to stderr (never its message)."""
    out = stream if stream is not None else sys.stderr
    try:
        out.write("SSA Desktop: unerwarteter Fehler\n" + describe_exception(exc) + "\n")
        out.flush()
    except Exception:  # noqa: BLE001 - diagnostics must never raise themselves
        pass
