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
