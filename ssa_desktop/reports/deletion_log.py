"""The deletion log as a PDF (R11): exactly what the log holds – random ids, category,
rule, dates, method, counts, verification, backup expiry – and nothing else."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain import clock
from ..domain import retention as rt
from .style import FONT, FONT_BOLD, build_pdf, escape, german_date, styles

HEADERS = ("Ausgeführt", "Regel", "Kategorie", "Kennung", "Fällig", "Anzahl (Methode)",
           "Prüfung", "Sicherungen bis")
# widths (mm, 170 in all: A4 within its margins) for DejaVu Sans at 7 pt: a date,
# "Sicherungen" and the longest word of a rule ("eingelesen" of "Rückgabe eingelesen")
# stay within their column
COLUMN_MM = (18, 18, 27, 22, 19, 27, 20, 19)
CELL_PADDING = 2  # pt, left and right


def cell_style() -> ParagraphStyle:
    return ParagraphStyle("cell", parent=styles()["small"], fontSize=7, leading=9)


def write_deletion_log(path: Path | str, entries, *, vault_label: str = "") -> Path:
    """Write ``entries`` (``retention_repo.LogEntry``) as an A4 PDF."""
    st = styles()
    cell = cell_style()
    table = rt.rule_table()
    rows = [[Paragraph(h, cell) for h in HEADERS]]
    methods: list[str] = []
    for e in entries:
        if e.method not in methods:
            methods.append(e.method)
        counts = ", ".join(f"{k} {v}" for k, v in e.counts.items() if v)
        rows.append([Paragraph(escape(x), cell) for x in (
            german_date(e.executed) + " " + e.executed[11:16], e.rule or "–",
            rt.category_words(e.category), e.record_id[:12] + "…", german_date(e.due),
            f"{counts or '–'} ({methods.index(e.method) + 1})", e.verification or "–",
            german_date(e.backup_expiry) or "–")])
    grid = Table(rows, colWidths=[w * mm for w in COLUMN_MM], repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey)]))
    story = [
        Paragraph("Löschprotokoll", st["title"]),
        Paragraph(escape(f"Stand {german_date(clock.today())}"
                         + (f" · {vault_label}" if vault_label else "")
                         + f" · Regeltabelle Version {table.version}"), st["body"]),
        Paragraph("Das Protokoll enthält nur zufällige interne Kennungen, Kategorie, Regel, "
                  "Daten, Methode, Anzahl, Prüfergebnis und das Ablaufdatum der letzten "
                  "Sicherung mit den Daten – keine Namen, Geburtsdaten, Klassen oder Texte.",
                  st["small"]),
        Spacer(1, 4 * mm), grid if entries else Paragraph("Keine Einträge.", st["body"]),
        Spacer(1, 4 * mm),
        *[Paragraph(escape(f"({n}) {m}"), st["small"]) for n, m in enumerate(methods, 1)],
    ]
    return build_pdf(path, story, title="Löschprotokoll", subject="Löschprotokoll (R11)")
