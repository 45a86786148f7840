"""Pages painted onto a printer, one step each, on the one runner's thread: Qt allows a
QPainter on a QPrinter outside the GUI thread (the print dialog stays on it). Each page
is a step (``progress``: „Seite 2 von 3 wird gedruckt …“; a cancel stops it there and
aborts the job); ``progress.finishing`` comes after the last page, before the job is
sent (``QPainter.end``): from then on it ends whole, so what is logged was printed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter

if TYPE_CHECKING:  # Qt's printing library loads when she prints
    from PySide6.QtPrintSupport import QPrinter

    from ...services.operations import Progress

# the step of each page and of the job's sending (the step bar translates them)
PRINTING = "Seite {0} von {1} wird gedruckt …"
SENDING = "Der Druckauftrag wird gesendet …"


def paint_pages(printer: QPrinter, count: int, paint: Callable[[QPainter, int], None],
                progress: Progress | None = None, start: int = 0) -> None:
    """Paint ``count`` pages (``paint(painter, index)``) onto ``printer``, a step each
    from ``start`` percent; OSError (German) when the printer does not open."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Der Drucker konnte nicht geöffnet werden.")
    try:
        for index in range(count):
            if progress is not None:
                progress(start + (95 - start) * index // max(count, 1),
                         PRINTING.format(index + 1, count))
            if index:
                printer.newPage()
            paint(painter, index)
        if progress is not None:
            progress.finishing(95, SENDING)
    except BaseException:
        printer.abort()      # cancelled or failed: the job is not sent
        raise
    finally:
        painter.end()
