"""The Auskunft letter (Art. 15 DSGVO, § 83 SGB X) as PDF: the reviewed items grouped by
section and the information Art. 15 Abs. 1 requires. Only what the worker included
appears; one neutral sentence covers withheld items without revealing whether any
exist (docs/datenschutz.md "Auskunft")."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .kv_table import kv_table
from .style import build_pdf, escape, german_date, styles

TITLE = "Auskunft über gespeicherte Daten"

ART15_TEXT = [
    ("Zweck der Verarbeitung",
     "Beratung und Unterstützung im Rahmen der Schulsozialarbeit (Jugendsozialarbeit an "
     "Schulen, § 13a SGB VIII) sowie der Schutzauftrag nach § 8a SGB VIII."),
    ("Rechtsgrundlage", "§§ 61 ff. SGB VIII, §§ 67 ff. SGB X, Art. 6 und 9 DSGVO; soweit "
     "angegeben, Ihre Einwilligung."),
    ("Herkunft der Daten", "Von Ihnen selbst, sonst von den bei den Einträgen genannten "
     "Beteiligten (§ 62 SGB VIII)."),
    ("Speicherdauer", "Die Daten werden gelöscht, sobald sie nicht mehr erforderlich sind, "
     "nach den Löschfristen des Trägers (in der Regel mit dem Verlassen der Schule). "
     "Sicherungskopien werden nach höchstens 30 Tagen überschrieben."),
    ("Ihre Rechte", "Berichtigung (Art. 16 DSGVO, § 84 SGB X), Löschung (Art. 17), "
     "Einschränkung der Verarbeitung (Art. 18), Widerspruch (Art. 21) und Beschwerde bei der "
     "Aufsichtsbehörde für den Datenschutz (Art. 77 DSGVO)."),
    ("Hinweis", "Angaben, die andere Personen anvertraut haben, oder deren Mitteilung "
     "berechtigte Interessen Dritter verletzen würde, werden nicht mitgeteilt "
     "(§ 65 SGB VIII, § 83 SGB X)."),
]


def write_auskunft_pdf(path: Path, letter) -> Path:
    st = styles()
    story = [Paragraph(TITLE, st["title"]),
             kv_table([("Betroffene Person", letter.person_label),
                       ("Antrag eingegangen am", german_date(letter.received)),
                       ("Auskunft erstellt am", german_date(letter.created))]),
             Spacer(1, 6)]
    section = None
    for item in letter.items:
        block = []
        if item.section != section:   # a section's heading goes with its first item
            section = item.section
            block.append(Paragraph(escape(section), st["h2"]))
        block.append(Paragraph(f"<b>{escape(item.title)}</b>", st["body"]))
        if item.fields:   # the labels' column fits „Erziehungsberechtigte“ (45 mm bold)
            block.append(kv_table(item.fields))
        block.append(Spacer(1, 4))
        story.append(KeepTogether(block))
    if not letter.items:
        story.append(Paragraph("Es sind keine Daten zu Ihrer Person gespeichert.", st["body"]))
    story.append(Paragraph("Empfänger, an die Daten weitergegeben wurden", st["h2"]))
    story.append(Paragraph(escape(", ".join(letter.recipients)) or "keine", st["body"]))
    story.append(Paragraph("Angaben nach Art. 15 Abs. 1 DSGVO", st["h2"]))
    story.append(kv_table(ART15_TEXT))
    return build_pdf(path, story, title=TITLE, footer_note="Vertraulich – Auskunft nach Art. 15 DSGVO")
