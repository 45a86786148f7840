"""A print to a PDF file (Qt's print dialog, „In PDF drucken“): the pages are painted
into a temp file beside her file, which replaces it only when the job ended whole, so her
file is never half-written and an old file there stays until then; a failed job's temp
file is removed through the file layer (retried past a scanner). The Beratungszettel
saved as PDF (``save_slips``) likewise. Both claim her file as every export does
(``claims.claimed``, as ``Writing.PRINT``): while another writer has it, they are refused
at their start (``FileBeingWritten``), nothing written."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.writing import Writing
from ..storage import claims, files

if TYPE_CHECKING:
    from ..domain.slips import SlipData


@contextlib.contextmanager
def pdf_painted_into(name: str) -> Iterator[str]:
    """The file the printer paints into for her file ``name``: a temp file beside it, put
    into place when the block ends whole, removed when it fails (German ``UserError``
    when the folder takes no file, the PDF cannot be put into place, or another export or
    print writes it now). ``""`` (a printer, no file) as it came."""
    if not name:
        yield ""
        return
    target = Path(name)
    with claims.claimed(target, what=Writing.PRINT):
        tmp = files.fresh_beside(target, ".pdf")
        try:
            yield str(tmp)
        except BaseException:
            files.discard(tmp)
            raise
        files.put_in_place(tmp, target)


def save_slips(path: Path | str, slips: Iterable[SlipData], layout: str = "a6x4") -> Path:
    """The Beratungszettel as a PDF at ``path`` (``reports.slips.write_slips``: temp
    file, fsync, replace), her file claimed while it is written (see the module)."""
    from ..reports.slips import write_slips  # reportlab only when a PDF is written

    with claims.claimed(Path(path), what=Writing.PRINT):
        return write_slips(path, slips, layout)
