"""What every printed document shares, without reportlab's flowing layout (platypus):
the bundled fonts, the colours, the page's size and margin, the atomic write and its
German errors. Letters and Beratungszettel paint on reportlab's canvas and need only
this; ``reports.style`` adds the flowing layout of the reports (docs/reports.md)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..domain.os_reasons import os_reason
from ..domain.writing import Writing
from ..paths import resource
from ..storage.errors import FileBeingWritten, FileInUse, StorageFull, VaultError, WriteFailed
from ..storage.files import atomic_target, read_only_file, too_long
from .font_widths import FONT as FONT
from .font_widths import FONT_BOLD as FONT_BOLD
from .font_widths import font_files as font_files

PAGE_SIZE = A4
MARGIN = 20 * mm
MONO = "Courier"            # only for ASCII (hex keys); WinAnsi, not embedded
MONO_BOLD = "Courier-Bold"

INK = colors.HexColor("#1F1F1F")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B8B8B8")
SHADE = colors.HexColor("#F1F3F4")
ACCENT = colors.HexColor("#2F5D7C")      # headings, chart bars: one calm blue
ACCENT_LIGHT = colors.HexColor("#9DB7CA")  # comparison bars (previous year)
TRAFFIC = {"green": colors.HexColor("#2E7D32"), "amber": colors.HexColor("#E0A100"),
           "red": colors.HexColor("#C62828")}


class WriteError(VaultError):
    """A document could not be written; ``str()`` is German. No file was left behind.
    (A VaultError, so the CLI and the GUI show its sentence as they show every other.)"""


class DocumentStorageFull(WriteError, StorageFull):
    """The disk was full while writing a document."""


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans with reportlab (once per process): parsed, the two
    fonts keep ≈ 7 MB, so only what paints a PDF calls this (a layout measures with
    ``font_widths``)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


# a path too long, a name the system refuses (Windows: ``<>:"|?*``, or its codes 123 and
# 206 whatever errno they carry): the reason ``os_reason`` names, not a vague sentence
_NAME_ERRNOS = (errno.ENAMETOOLONG, errno.EINVAL)
_NAME_WINERRORS = (123, 206)


def _german_write_error(err: BaseException, path: Path) -> WriteError:
    if isinstance(err, StorageFull) or getattr(err, "errno", None) in (errno.ENOSPC,
                                                                      errno.EDQUOT):
        text = "Auf dem Datenträger ist nicht genug Platz."
    elif isinstance(err, OSError) and too_long(err, path):
        text = "Der Pfad ist zu lang."
    elif isinstance(err, OSError) and (err.errno in _NAME_ERRNOS
                                       or getattr(err, "winerror", None) in _NAME_WINERRORS):
        reason = os_reason(err)
        text = f"{reason[0].upper()}{reason[1:]}."
    elif read_only_file(err, path):
        text = "Die Datei ist schreibgeschützt."
    elif isinstance(err, PermissionError):
        text = "In diesen Ordner darf nicht geschrieben werden."
    elif isinstance(err, (FileNotFoundError, NotADirectoryError)):
        text = "Den Ordner gibt es nicht."
    elif isinstance(err, IsADirectoryError):
        text = "Unter diesem Namen liegt bereits ein Ordner."
    elif getattr(err, "errno", None) == errno.EROFS:
        text = "Der Datenträger ist schreibgeschützt."
    else:
        text = "Beim Schreiben ist ein Fehler aufgetreten."
    kind = DocumentStorageFull if "nicht genug Platz" in text else WriteError
    what = "Das PDF" if path.suffix.lower() == ".pdf" else "Die Datei"
    return kind(f"{what} „{path.name}“ konnte nicht gespeichert werden: {text} "
                "Es wurde keine unvollständige Datei angelegt.")


def write_atomically(path: Path | str, produce: Callable[[Path], None],
                     what: Writing = Writing.EXPORT) -> Path:
    """Run ``produce(tmp)`` on a temp file beside ``path`` (claimed by ``what`` writes it,
    ``storage.claims``) and move it into place; any OS error becomes a German
    ``WriteError`` and leaves neither a half file nor the temp."""
    path = Path(path)
    try:
        with atomic_target(path, ".pdf", what=what) as tmp:
            produce(tmp)
    except FileInUse as err:  # Acrobat holds the PDF (Windows): say so, not "no right"
        raise WriteError(str(err)) from err
    except FileBeingWritten:  # another writer of this process has it now: its own sentence
        raise
    except (OSError, StorageFull, WriteFailed) as err:
        cause = err.__cause__ if isinstance(err, WriteFailed) else err
        raise _german_write_error(cause or err, path) from err
    return path
