"""Pages painted onto a printer, one step each, on the one runner's thread: Qt allows a
QPainter on a QPrinter outside the GUI thread (the print dialog stays on it). The job is
the point of no return: ``QPrinter.abort()`` does nothing on Qt's PDF engine (files, CUPS)
nor on Windows, so a begun job is always sent. ``progress.finishing`` therefore comes
before the job begins (a cancel until then prints nothing); once ``QPainter.begin``
succeeded ``begun()`` logs the print (its own short transaction), then the pages are
painted a step each („Seite 2 von 3 wird gedruckt …“) and the job ends whole. A failure
while painting ends the job and removes a PDF file it was writing (the log stays: paper
may be out)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter

from ...domain.errors import UserError
from ..i18n import translator
from .messages import user_message

if TYPE_CHECKING:  # Qt's printing library loads when she prints
    from PySide6.QtPrintSupport import QPrinter

    from ...services.operations import Progress

tr = translator("Printing")

# the step of each page and of the job's sending (the step bar translates them)
PRINTING = "Seite {0} von {1} wird gedruckt …"
SENDING = "Der Druckauftrag wird gesendet …"


def paint_pages(printer: QPrinter, count: int, paint: Callable[[QPainter, int], None],
                progress: Progress | None = None, start: int = 0,
                begun: Callable[[], None] | None = None) -> None:
    """Paint ``count`` pages (``paint(painter, index)``) onto ``printer``, a step each
    from ``start`` percent; ``begun()`` once the job began (see the module); OSError
    (German) when the printer does not open (nothing begun, nothing logged)."""
    from PySide6.QtPrintSupport import QPrinter

    if progress is not None:     # the last moment a cancel stops it: nothing sent
        progress.finishing(start, PRINTING.format(1, count))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Der Drucker konnte nicht geöffnet werden.")
    logged = False
    try:
        if begun is not None:
            begun()
        logged = True
        for index in range(count):
            if progress is not None and index:
                progress(start + (95 - start) * index // max(count, 1),
                         PRINTING.format(index + 1, count))
            if index:
                printer.newPage()
            paint(painter, index)
        if progress is not None:
            progress(95, SENDING)
    except BaseException as err:
        painter.end()            # the job cannot be taken back; a PDF file can
        if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                and printer.outputFileName()):
            # a scanner or sync client holding it (Windows) must not hide why it failed
            with contextlib.suppress(OSError):
                Path(printer.outputFileName()).unlink(missing_ok=True)
        if logged and isinstance(err, Exception):
            raise JobBroken(_reason(err)) from err
        raise
    painter.end()


class JobBroken(OSError):
    """Painting failed after the job began and was logged (paper may be out)."""


def _reason(err: BaseException) -> str:
    """Our own German OSError as it is; any other error in her words."""
    if isinstance(err, OSError) and err.errno is None and str(err):
        return str(err)
    return user_message(err)


def print_failed(err: OSError) -> UserError:
    """The one message of a print that failed: nothing printed and nothing logged when
    the job had not begun; logged once it had (``JobBroken``)."""
    if isinstance(err, JobBroken):
        return UserError(tr("Der Druck ist fehlgeschlagen: {0} Die Übermittlung bleibt im "
                            "Übermittlungsprotokoll, denn einzelne Seiten können schon "
                            "gedruckt sein.").format(_reason(err)))
    return UserError(tr("Der Druck ist fehlgeschlagen: {0} Nichts wurde gedruckt und nichts "
                        "protokolliert.").format(_reason(err)))
