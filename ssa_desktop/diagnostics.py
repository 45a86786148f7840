"""Developer diagnostics without personal data.

An exception's message can hold user text (a name typed into a field, a note that
failed to save), and its frames' locals hold even more. What goes to stderr is only
the exception *type* and where it happened: ``file:line in function`` per frame,
for the exception and the exceptions chained to it. No message, no locals, no
source lines.

Without a console (the windowed Windows build: ``sys.stderr`` is ``None``) the same text
goes to ``crash.log`` in the app's log folder (``log_folder()``, e.g.
``%LOCALAPPDATA%\\SSA Desktop\\Logs`` or ``~/.local/state/SSA Desktop/log``), kept small.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from pathlib import Path
from typing import TextIO

LOG_NAME = "crash.log"
LOG_LIMIT = 256 * 1024  # bytes; beyond, the file starts again (one older copy kept)


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


def log_folder() -> Path:
    """The app's log folder (per user, local, never roaming)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("SSA Desktop", appauthor=False))


def log_exception(exc: BaseException, *, stream: TextIO | None = None) -> None:
    """Write the exception's type and frames to stderr (never its message); without a
    stderr (no console) append them to the log file."""
    out = stream if stream is not None else sys.stderr
    text = "SSA Desktop: unerwarteter Fehler\n" + describe_exception(exc) + "\n"
    if out is None:
        _append_to_log(text)
        return
    try:
        out.write(text)
        out.flush()
    except Exception:  # noqa: BLE001 - diagnostics must never raise themselves
        pass


def _append_to_log(text: str) -> None:
    with contextlib.suppress(Exception):  # diagnostics must never raise themselves
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_suffix(".1.log"))
        from .domain import clock

        stamp = clock.now().isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"-- {stamp}\n{text}")
