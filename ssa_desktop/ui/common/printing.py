"""Pages painted onto a printer, one step each, on the one runner's thread: Qt allows a
QPainter on a QPrinter outside the GUI thread (the print dialog stays on it). The job is
the point of no return: ``QPrinter.abort()`` does nothing on Qt's PDF engine (files, CUPS)
nor on Windows, so a begun job is always sent. ``progress.finishing`` therefore comes
before the job begins (a cancel until then prints nothing); once ``QPainter.begin``
succeeded ``begun()`` logs the print (its own short transaction), then the pages are
painted a step each („Seite 2 von 3 wird gedruckt …“) and the job ends whole. A failure
while painting ends the job (the log stays: paper may be out). A print to a PDF file is
painted into a temp file beside it, put into place only when the job ended whole, removed
otherwise (``services.printing.pdf_painted_into``): never a half PDF, her old file kept."""

from __future__ import annotations

from collections.abc import Callable
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
    (German) when the printer or the PDF file does not open (nothing begun, nothing
    logged); ``JobBroken`` when it fails after."""
    from PySide6.QtPrintSupport import QPrinter

    from ...services.printing import pdf_painted_into

    if progress is not None:     # the last moment a cancel stops it: nothing sent
        progress.finishing(start, PRINTING.format(1, count))
    name = (printer.outputFileName()
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else "")
    began: list[bool] = []

    def job_begun() -> None:
        if begun is not None:
            begun()
        began.append(True)

    try:
        with pdf_painted_into(name) as painted_into:
            if name:
                printer.setOutputFileName(painted_into)
            try:
                _paint_job(printer, count, paint, progress, start, job_begun)
            finally:
                if name:
                    printer.setOutputFileName(name)
    except UserError as err:
        if began:                # the job was whole and logged; her PDF not put into place
            raise JobBroken(str(err)) from err
        raise                    # no temp file beside it, or the print refused: nothing out


def _paint_job(printer: QPrinter, count: int, paint: Callable[[QPainter, int], None],
               progress: Progress | None, start: int, begun: Callable[[], None]) -> None:
    """The job itself: begun, each page painted, ended (see ``paint_pages``)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Der Drucker konnte nicht geöffnet werden.")
    logged = False
    try:
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
        painter.end()            # the job cannot be taken back; a PDF file can (the caller)
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
