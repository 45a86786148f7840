"""Run a short use case from a form or a list and show its refusal: next to the form's
buttons (``apply_or_say``) or in a message box (``apply_or_show``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from .messages import show_exception


def apply_or_say(ctx: Any, message: QLabel, refusal: type[Exception],
                 use_case: Callable[..., Any], *args: Any) -> bool:
    """``ctx.apply(use_case, *args)``; True when it ran (``message`` cleared). A
    ``refusal`` (its text a German sentence) is shown in ``message`` and gives False."""
    try:
        ctx.apply(use_case, *args)
    except refusal as err:
        message.setText(str(err))
        return False
    message.clear()
    return True


def apply_or_show(ctx: Any, parent: QWidget, title: str, use_case: Callable[..., Any],
                  *args: Any) -> bool:
    """``ctx.apply(use_case, *args)``; True when it ran. Any error is shown in a message box
    titled ``title`` as a German sentence, never a traceback, and gives False."""
    try:
        ctx.apply(use_case, *args)
    except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
        show_exception(parent, err, title=title)
        return False
    return True


def say_done(ctx: Any, said: str, warning: str = "") -> str:
    """Say ``said`` (what she did) in the status line beside ``warning``, the warning of a
    delivered school year a use case returned ("" for none): the runner said the warning
    alone a moment before, and ``said`` alone would have hidden it. Returns the line."""
    line = " ".join(t for t in (said, warning) if t)
    ctx.status_message.emit(line)
    return line
