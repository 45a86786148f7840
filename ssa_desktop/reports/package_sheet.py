"""The key sheet of a package: one A4 page with the package's key in 8 groups
of 8 hex digits, what the package is, its period and expiry – no names of persons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain import clock
from .emergency_sheet import _key_table, _signatures, key_groups
from .style import FONT, FONT_BOLD, RULE, build_pdf, escape, german_date, styles

TITLE = "Paketschlüssel – SSA Desktop"
# Where the recipient opens the package: the real labels of the Datenschutz area's tab
# and the handover panel's buttons (tests/handover/test_package_sheet.py checks them).
MENU = "Datenschutz → Vertretung und Übergabe → „{0}“"
OPEN_DEPUTY = "Paket öffnen (als Vertretung) …"
OPEN_SCHOOL = "Übergabepaket einlesen …"
SCHOOL_KIND_LABEL = "Übergabepaket einer Schule"


def _how_to_open(kind_label: str) -> str:
    if kind_label == SCHOOL_KIND_LABEL:
        return (f"In SSA Desktop der Nachfolge: {MENU.format(OPEN_SCHOOL)}, Datei wählen, "
                "die 64 Zeichen eingeben (Leerzeichen sind egal); oder "
                "<font name='Courier'>ssa-desktop package receive --vault ORDNER --package "
                "DATEI --receipt-out ORDNER</font>. Danach die Empfangsquittung der "
                "Vorgängerin geben.")
    return (f"In SSA Desktop: {MENU.format(OPEN_DEPUTY)}, Datei wählen, die 64 Zeichen "
            "eingeben (Leerzeichen sind egal); oder "
            "<font name='Courier'>ssa-desktop package open --package DATEI</font>.")


def write_package_sheet(path: Path | str, key_text: str, *, kind_label: str, label: str,
                        package_id: str, recipient: str, file_name: str,
                        expires: date | None = None, printed: date | None = None) -> Path:
    """Write the key sheet as an A4 PDF (atomically); return its path."""
    st = styles()
    printed = printed or clock.today()
    rows = [["Paket", kind_label], ["Für", Paragraph(escape(label), st["body"])],
            ["Empfänger", Paragraph(escape(recipient), st["body"])],
            ["Paket-Kennung", Paragraph(f"<font name='Courier'>{escape(package_id)}</font>",
                                        st["body"])],
            ["Datei", Paragraph(escape(file_name), st["body"])],
            ["Blatt erstellt am", german_date(printed)]]
    if expires:
        rows.insert(3, ["Wird gelöscht ab", german_date(expires)])
    details = Table(rows, colWidths=[42 * mm, 126 * mm], hAlign="LEFT")
    details.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 10), ("FONT", (1, 0), (1, -1), FONT, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE)]))
    bullet = "•&nbsp;&nbsp;"
    story = [
        Paragraph(escape(TITLE), st["title"]),
        Paragraph("<b>Vertraulich.</b> Dieser Schlüssel öffnet das Paket. Blatt und Datei "
                  "getrennt übergeben (die Datei z. B. auf einem USB-Stick, das Blatt persönlich).",
                  st["body"]),
        Spacer(1, 5 * mm),
        _key_table(key_groups(key_text)),
        Spacer(1, 3 * mm),
        details,
        Paragraph("Verwendung", st["h2"]),
        Paragraph(f"{bullet}{_how_to_open(kind_label)}", st["body"]),
        Paragraph(f"{bullet}Das Vertretungspaket löscht sich ab dem angegebenen Tag beim "
                  "nächsten Öffnen selbst. Nach Ende der Vertretung das Blatt vernichten."
                  if expires else f"{bullet}Nach dem Einlesen das Blatt vernichten.",
                  st["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Übergabe", st["h2"]),
        _signatures("Nachfolge" if kind_label == SCHOOL_KIND_LABEL else "Vertretung"),
    ]
    return build_pdf(path, story, title=TITLE, footer_note="Vertraulich",
                     subject="Paketschlüssel")
