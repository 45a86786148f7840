"""A print to a PDF file (Qt's print dialog, „In PDF drucken“): the pages are painted
into a temp file beside her file, which replaces it only when the job ended whole, so her
file is never half-written and an old file there stays until then; a failed job's temp
file is removed through the file layer (retried past a scanner)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..storage import files


@contextlib.contextmanager
def pdf_painted_into(name: str) -> Iterator[str]:
    """The file the printer paints into for her file ``name``: a temp file beside it, put
    into place when the block ends whole, removed when it fails (German ``UserError``
    when the folder takes no file or the PDF cannot be put into place). ``""`` (a
    printer, no file) as it came."""
    if not name:
        yield ""
        return
    target = Path(name)
    tmp = files.fresh_beside(target, ".pdf")
    try:
        yield str(tmp)
    except BaseException:
        files.discard(tmp)
        raise
    files.put_in_place(tmp, target)
