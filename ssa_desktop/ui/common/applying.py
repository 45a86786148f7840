"""Run a short use case from a form or a list and show its refusal: next to the form's
buttons (``apply_or_say``) or in a message box (``apply_or_show``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from .list_place import Place, give_back
from .messages import show_exception

if TYPE_CHECKING:
    from .models import RowsTableModel


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


def remove_keeping_place(ctx: Any, view: QAbstractItemView, title: str,
                         use_case: Callable[..., Any], record: Any,
                         reload: Callable[[], None], said: str) -> bool:
    """``use_case(conn, record.id)`` for a row of ``view`` (a list on a ``RowsModel``), its
    refusal shown in a message box titled ``title``; then the row that followed ``record``
    (else the one before) current and chosen, scrolled as before, the keyboard in the
    list, and ``said`` in the status line beside the warning of a delivered school year
    the use case returned. The list is loaded once: by the run's news (``ctx.changes``,
    heard at once by the area that watches what went), else by ``reload()``. True when
    it was removed."""
    model = cast("RowsTableModel", view.model())
    rows = model.rows
    row = next((number for number, other in enumerate(rows) if other.id == record.id), 0)
    others = [other.id for other in rows if other.id != record.id]
    scroll = view.verticalScrollBar().value()
    try:
        warning = ctx.apply(use_case, record.id)
    except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
        show_exception(view, err, title=title)
        return False
    if model.rows is rows:   # the news did not load the list (``set_rows`` gives new rows)
        reload()
    if others:
        following = others[min(row, len(others) - 1)]
        give_back(view, lambda other: other.id, Place((following,), following, scroll))
    view.setFocus()
    say_done(ctx, said, warning)
    return True
