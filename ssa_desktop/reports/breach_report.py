"""The data-breach notification draft (Art. 33/34 DSGVO) as PDF: the sections the
worker edited, nothing else. It never carries a name (counts only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .style import build_pdf, escape, styles

TITLE = "Meldung einer Datenschutzverletzung"


def write_breach_report_pdf(path: Path, draft, printed: datetime) -> Path:
    st = styles()
    story = [
        Paragraph(TITLE, st["title"]),
        Paragraph("Entwurf für die/den Datenschutzbeauftragte:n des Trägers "
                  "(Art. 33 und 34 DSGVO). Erstellt mit SSA Desktop am "
                  f"{printed:%d.%m.%Y, %H:%M} Uhr.", st["small"]),
        Paragraph(f"<b>Frist: {draft.deadline:%d.%m.%Y, %H:%M} Uhr</b> "
                  f"(72 Stunden nach der Feststellung am {draft.discovered:%d.%m.%Y, %H:%M} Uhr)",
                  st["body"]),
        Spacer(1, 4),
    ]
    for heading, text in draft.sections:
        body = escape(text.strip()).replace("\n", "<br/>") or "–"
        story.append(KeepTogether([Paragraph(escape(heading), st["h2"]),
                                   Paragraph(body, st["body"])]))
    return build_pdf(path, story, title=TITLE, footer_note="Vertraulich – Datenpanne")
