"""The emergency sheet (Notfallschlüssel): one A4 page for the Träger's safe.

It carries the vault's raw data key in 8 groups of 8 hex digits, the vault's UUID,
creation date and schools, short instructions and lines for the handover signatures.
Nobody but the Träger should ever hold it; it opens the vault and all its backups.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain import clock
from ..domain.writing import Writing
from ..storage.emergency import format_key, parse_key
from .style import (
    FONT,
    FONT_BOLD,
    GREY,
    MONO_BOLD,
    RULE,
    SHADE,
    build_pdf,
    escape,
    german_date,
    styles,
)

TITLE = "Notfallschlüssel – SSA Desktop"


def key_groups(key_text: str) -> list[str]:
    """The 8 groups of 8 hex digits (validates the key; raises InvalidEmergencyKey)."""
    return format_key(parse_key(key_text)).split()


def _key_table(groups: list[str]) -> Table:
    numbers = [[f"{i + 1}" for i in range(row * 4, row * 4 + 4)] for row in range(2)]
    data = [numbers[0], groups[:4], numbers[1], groups[4:]]
    table = Table(data, colWidths=[42 * mm] * 4, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("TEXTCOLOR", (0, 0), (-1, -1), GREY),
        ("FONT", (0, 1), (-1, 1), MONO_BOLD, 19),
        ("FONT", (0, 3), (-1, 3), MONO_BOLD, 19),
        ("TEXTCOLOR", (0, 1), (-1, 1), colors.black),
        ("TEXTCOLOR", (0, 3), (-1, 3), colors.black),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
        ("TOPPADDING", (0, 3), (-1, 3), 2),
        ("BOTTOMPADDING", (0, 3), (-1, 3), 9),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
    ]))
    return table


def _details(vault_uuid: str, created: str, schools: list[str], printed: date) -> Table:
    st = styles()
    school_text = "<br/>".join(escape(s) for s in schools) or "–"
    rows = [
        ["Tresor-Kennung", Paragraph(f"<font name='Courier'>{escape(vault_uuid)}</font>",
                                     st["body"])],
        ["Tresor angelegt am", german_date(created) or "–"],
        ["Schulen", Paragraph(school_text, st["body"])],
        ["Blatt erstellt am", german_date(printed)],
    ]
    table = Table(rows, colWidths=[42 * mm, 126 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 10),
        ("FONT", (1, 0), (1, -1), FONT, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _signatures(recipient: str = "Träger") -> Table:
    """Handed over by the worker, taken by ``recipient`` (the Träger, the Vertretung …)."""
    line = "_" * 32
    rows = [
        ["Übergeben am:", "_" * 14, "Fachkraft (Unterschrift):", line],
        ["Entgegengenommen am:", "_" * 14, f"{recipient} (Unterschrift):", line],
    ]
    table = Table(rows, colWidths=[44 * mm, 26 * mm, 42 * mm, 58 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


def write_emergency_sheet(path: Path | str, key_text: str, vault_uuid: str, created: str,
                          schools: list[str], *, printed: date | None = None) -> Path:
    """Write the emergency sheet as an A4 PDF (atomically); return its path."""
    st = styles()
    groups = key_groups(key_text)
    printed = printed or clock.today()
    bullet = "•&nbsp;&nbsp;"
    story = [
        Paragraph(escape(TITLE), st["title"]),
        Paragraph("<b>Vertraulich.</b> Dieses Blatt öffnet den verschlüsselten Tresor der "
                  "Schulsozialarbeit und alle seine Sicherungen – ohne Passphrase.", st["body"]),
        Spacer(1, 5 * mm),
        _key_table(groups),
        Paragraph("Nur Ziffern 0–9 und Buchstaben A–F (kein O, kein I). Gruppen von links nach "
                  "rechts, erst Zeile 1, dann Zeile 2.", st["small"]),
        Spacer(1, 3 * mm),
        _details(vault_uuid, created, schools, printed),
        Paragraph("Was ist das?", st["h2"]),
        Paragraph("Der Notfallschlüssel ist der Datenschlüssel des Tresors. Er ermöglicht dem "
                  "Träger den Zugriff auf die Dokumentation, wenn die Fachkraft ausfällt, die "
                  "Stelle wechselt oder die Passphrase vergessen wurde.", st["body"]),
        Paragraph("Aufbewahrung", st["h2"]),
        Paragraph(f"{bullet}Im Tresor / Safe des Trägers verschlossen aufbewahren.", st["body"]),
        Paragraph(f"{bullet}<b>Niemals zusammen mit dem Laptop</b>, dem USB-Stick oder der "
                  "Sicherung aufbewahren, nicht fotografieren, nicht kopieren, nicht "
                  "per E-Mail versenden.", st["body"]),
        Paragraph(f"{bullet}Wird in SSA Desktop ein neuer Notfallschlüssel erzeugt, gilt dieses "
                  "Blatt nur noch für ältere Sicherungen: bis zu deren Löschung aufbewahren, "
                  "danach datenschutzgerecht vernichten.", st["body"]),
        Paragraph("Verwendung", st["h2"]),
        Paragraph(f"{bullet}In SSA Desktop beim Entsperren „Mit Notfallschlüssel öffnen“ wählen "
                  "und die 64 Zeichen eingeben (Leerzeichen sind egal), danach eine neue "
                  "Passphrase vergeben.", st["body"]),
        Paragraph(f"{bullet}Oder mit jedem SQLCipher-4-Werkzeug die Datei <i>vault.ssadb</i> "
                  "(bzw. eine Sicherung <i>*.ssabak</i>) öffnen mit:", st["body"]),
        Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;PRAGMA key = \"x'&lt;die 64 Zeichen oben ohne "
                  "Leerzeichen&gt;'\";", st["mono"]),
        Spacer(1, 4 * mm),
        KeepTogether([Paragraph("Übergabe", st["h2"]), _signatures()]),
    ]
    return build_pdf(path, story, title=TITLE, footer_note="Vertraulich – nur für den Träger",
                     subject="Notfallschlüssel", what=Writing.EMERGENCY_KEY)
