"""Render the built-in letters as a person would see them (docs/reports.md, „Briefe“).

Writes, for each built-in letter kind, the PDF the product makes and the DOCX it saves,
turns the DOCX into a PDF with LibreOffice (``soffice --headless --convert-to pdf``) and
both PDFs into PNG pages (``pdftoppm -png -r 60``), into the folder given (default
``build/letters``). Sample values only, no vault. Not part of the test suite: the suite
does not depend on LibreOffice (it measures the DOCX with python-docx,
``tests/letters/test_builtin_docx.py``); this is for looking at the pages, e.g. the window
envelope's address field of DIN 5008 form B (45–90 mm from the top, 20 mm from the left).

    PYTHONPATH=. python tools/render_letters.py [OUT]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ssa_desktop.domain import letters as dl
from ssa_desktop.reports.letter_docx import letter_docx
from ssa_desktop.reports.letters import letter_pdf
from ssa_desktop.services.letters import builtin

SAMPLE = {
    "letter.date": "25.11.2026", "letter.place": "Emmendingen",
    "recipient.address": "Frau Birgit Sommer\nLindenweg 4\n79100 Freiburg",
    "recipient.salutation": "Sehr geehrte Frau Sommer,",
    "person.pseudonym": "K-17", "person.first_name": "Mia", "person.last_name": "Sommer",
    "person.class_label": "7b", "school.name": "Realschule am Markt",
    "school.address": "Marktstraße 3, 79312 Emmendingen",
    "appointment.day": "02.12.2026", "appointment.weekday": "Mittwoch",
    "appointment.start": "14:00", "appointment.end": "14:45", "appointment.room": "R 104",
    "consent.recipient": "Psychologische Beratungsstelle Freiburg",
    "consent.party": "junger Mensch und Personensorgeberechtigte",
    "consent.entrusted_by": "Mia Sommer", "consent.scope": "Anlass der Beratung, Termine",
    "consent.purpose": "Übergabe an die Beratungsstelle", "consent.valid_from": "25.11.2026",
    "consent.valid_to": "auf Widerruf",
    "partner.name": "Psychologische Beratungsstelle", "partner.contact_person": "Herr Roth",
    "partner.phone": "0761 55 66", "partner.email": "",
    "offer.title": "Soziales Lernen", "offer.first_day": "14.09.2026",
    "offer.last_day": "20.11.2026", "offer.sessions": "10",
    "worker.name": "Jana Berger", "worker.role": "Schulsozialarbeit",
    "worker.phone": "07641 12 345", "worker.email": "j.berger@example.org",
    "traeger.name": "Jugendhilfe Breisgau e. V.", "traeger.street": "Marktplatz 1",
    "traeger.city": "79312 Emmendingen",
}
FOOTER = "Jugendhilfe Breisgau e. V. · Amtsgericht Freiburg VR 1234 · IBAN DE00 0000 0000 0000"


def render(out: Path) -> list[Path]:
    """The letters' PDF and DOCX, the DOCX as PDF (LibreOffice) and every page as PNG."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("LibreOffice (soffice) und pdftoppm (poppler-utils) werden gebraucht.")
    out.mkdir(parents=True, exist_ok=True)
    for key in dl.BUILTIN:
        kind = dl.kind_of(key)
        values = {k: v for k, v in SAMPLE.items() if k in set(dl.allowed_fields(kind))}
        letter = builtin(key, values, None, FOOTER)
        (out / f"{key}.pdf").write_bytes(letter_pdf(letter))
        (out / f"{key}.docx").write_bytes(letter_docx(letter))
        subprocess.run([soffice, "--headless", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", str(out / "docx"), str(out / f"{key}.docx")],
                       check=True, capture_output=True, timeout=300)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{key}.pdf"),
                        str(out / f"{key}-pdf")], check=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / "docx" / f"{key}.pdf"),
                        str(out / f"{key}-docx")], check=True)
    return sorted(out.glob("*.png"))


if __name__ == "__main__":
    for page in render(Path(sys.argv[1] if len(sys.argv) > 1 else "build/letters")):
        print(page)
