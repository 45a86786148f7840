"""What writes a file (an export, a backup, a package …), as the refusal of a second
writer to it names it to her (``storage.claims``: one writer per file; ``FileBeingWritten``).
The one list: each writer says which it is when it claims its file."""

from __future__ import annotations

import enum


class Writing(enum.Enum):
    """What writes a claimed file, as the refusal of a second writer names it to her
    (``FileBeingWritten``: the subject of its German sentence, nominative)."""

    EXPORT = "ein Export"        # every other file she saves: exports, reports, PDFs, Auskunft
    EMERGENCY_KEY = "ein Notfallschlüssel"   # the emergency sheet (reports/emergency_sheet.py)
    PRINT = "ein Druck"          # a print into a PDF file, the Beratungszettel as PDF
    LETTER = "ein Brief"         # a letter or serial letter she saves
    BACKUP = "eine Sicherung"    # a backup, its copy and the documents in the second location
    PACKAGE = "ein Paket"        # a handover package (deputy, school, post)
    RECEIPT = "eine Quittung"    # a handover package's receipt
    DOCUMENT = "ein Dokument"    # a document's file in the vault's document folder
