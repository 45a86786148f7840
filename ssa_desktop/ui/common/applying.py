"""Run a short use case from a form and show its refusal next to the form's buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel


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
