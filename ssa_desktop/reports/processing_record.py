"""Löschfristen for the Träger's record of processing activities (Art. 30 Abs. 1
lit. f DSGVO): one table from the rule table, as the vault is configured."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from .kv_table import grid_table, kv_table
from .style import build_pdf, escape, german_date, styles

TITLE = "Verzeichnis von Verarbeitungstätigkeiten – Löschfristen"


def rules_table(rules) -> Table:
    """One row a rule; each column as wide as its longest word at 8.5 pt („Schweigepflicht-
    entbindungen,“, „(Rechenschaftspflicht);“ were split without a hyphen at 9 pt)."""
    return grid_table(["Regel", "Datenkategorie", "Auslöser", "Frist", "Rechtsgrundlage"],
                      [[r.code + (" (optional)" if r.optional else ""), r.title, r.trigger,
                        r.period, r.legal_basis] for r in rules],
                      [19 * mm, 50 * mm, 25 * mm, 37 * mm, 39 * mm], size=8.5)


def write_processing_record_pdf(path: Path, rules, schools: list[str], today: date) -> Path:
    st = styles()
    story = [
        Paragraph(escape(TITLE), st["title"]),
        Paragraph("Abschnitt „Fristen für die Löschung der verschiedenen Datenkategorien“ "
                  "(Art. 30 Abs. 1 lit. f DSGVO) für die Verarbeitungstätigkeit "
                  "„Dokumentation der Schulsozialarbeit“.", st["body"]),
        kv_table([("Schulen", ", ".join(schools) or "–"), ("Stand", german_date(today))]),
        Spacer(1, 6),
        rules_table(rules),
        Spacer(1, 6),
        Paragraph("Löschung heißt: unwiderruflich, mit Überschreiben freigegebener Seiten der "
                  "verschlüsselten Datenbank; Sicherungen werden nach ihrer Frist gelöscht, nach "
                  "einer Wiederherstellung werden alle Löschungen erneut ausgeführt. Das "
                  "Löschprotokoll enthält keine Namen, Geburtsdaten, Klassen oder Freitexte.",
                  st["small"]),
    ]
    return build_pdf(path, story, title=TITLE, footer_note="Verzeichnis von Verarbeitungstätigkeiten")
