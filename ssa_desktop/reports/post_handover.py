"""The handover protocol of a post: one A4 page for the Träger that
records what the handover did – without any name of a person or a worker."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .style import FONT, FONT_BOLD, RULE, build_pdf, escape, german_date, styles

TITLE = "Übergabeprotokoll der Stelle – SSA Desktop"


def _line(label: str, value: str, st) -> list:
    return [label, Paragraph(escape(value), st["body"])]


def _backups_text(record: dict) -> str:
    removed = record.get("backups_removed", 0)
    text = (f"{removed} Sicherungen unter dem bisherigen Schlüssel überschrieben und "
            "gelöscht (auch die unmittelbar vor der Neuverschlüsselung angelegte; "
            "Eintrag im Löschprotokoll). " if removed else
            "Keine Sicherung unter dem bisherigen Schlüssel vorhanden. ")
    if record.get("backup_after"):
        text += f"Neue Sicherung unter dem neuen Schlüssel: {record['backup_after']}. "
    if record.get("second_place"):   # the second location was out of reach
        text += record["second_place"] + " "
    return text + ("Kopien, die von Hand außerhalb des Tresorordners und des zweiten "
                   "Sicherungsorts abgelegt wurden, erreicht das Programm nicht: vom Träger "
                   "vernichten lassen.")


def write_post_handover_protocol(path: Path | str, record: dict) -> Path:
    st = styles()
    when = record["handed_over"]
    rows = [
        _line("Tresor-Kennung", record["vault_uuid"], st),
        _line("Übergabe am", f"{german_date(when[:10])}, {when[11:16]} Uhr", st),
        _line("Passphrase", "von der Nachfolge neu gewählt (die bisherige gilt nicht mehr)", st),
        _line("Notfallschlüssel", "neu erzeugt, Tresor neu verschlüsselt; neues Notfallblatt "
                                  "an den Träger", st),
        _line("Bisheriges Notfallblatt", "ungültig: es öffnet weder den Tresor noch eine "
                                         "Sicherung im Tresorordner. Vernichten.", st),
        _line("Sicherungen", _backups_text(record), st),
        _line("Gemerkte Geräte", f"{record['devices_revoked']} widerrufen; kein Gerät öffnet "
                                 "den Tresor mehr ohne Passphrase", st),
        _line("Löschprotokoll", f"erhalten ({record['deletion_log_entries']} Einträge)", st),
        _line("Übermittlungsprotokoll", f"erhalten ({record['disclosure_entries']} Einträge)", st),
        _line("Kennzahlen für Datenpannen", "erhalten" if record["breach_figures_kept"]
              else "noch keine erfasst (werden beim nächsten Entsperren gezählt)", st),
    ]
    table = Table(rows, colWidths=[52 * mm, 116 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 10), ("FONT", (1, 0), (1, -1), FONT, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    line = "_" * 30
    signatures = Table([["Bisherige Fachkraft:", line], ["Nachfolge:", line], ["Träger:", line]],
                       colWidths=[52 * mm, 90 * mm], hAlign="LEFT")
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9.5),
                                    ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    story = [Paragraph(escape(TITLE), st["title"]),
             Paragraph("Die Stelle der Schulsozialarbeit wurde mit ihrem verschlüsselten Tresor "
                       "an die Nachfolge übergeben (Kooperationsvereinbarung: Personalwechsel). "
                       "Dieses Protokoll enthält keine Namen.", st["body"]),
             Spacer(1, 4 * mm), table, Spacer(1, 6 * mm),
             Paragraph("Unterschriften", st["h2"]), signatures]
    return build_pdf(path, story, title=TITLE, footer_note="Für den Träger",
                     subject="Übergabeprotokoll")
