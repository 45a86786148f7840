"""No page of the Auskunft ends with a section's heading whose items begin on the next
page (seen: „Ziele mit Skala“ alone at the foot of page 1). Every length of the section
before it is tried, so one of them brings the heading to the foot of a page."""
from datetime import date

from pypdf import PdfReader

from ssa_desktop.domain.auskunft import AuskunftItem
from ssa_desktop.reports.auskunft import TITLE, write_auskunft_pdf
from ssa_desktop.services.privacy import AuskunftLetter


def _letter(contacts: int) -> AuskunftLetter:
    items = [AuskunftItem(f"contact:{n}", "Kontakte", f"Kontakt Nummer {n}",
                          [("Datum", "01.10.2025"), ("Dauer", "30 Min.")])
             for n in range(contacts)]
    items.append(AuskunftItem("goal:1", "Ziele mit Skala", "Ziel: Pünktlich kommen",
                              [("Ziel", "Pünktlich kommen"), ("Ausgangswert", "−1")]
                              + [(f"Einschätzung am {d:02d}.05.2025", "0 fehlt selten")
                                 for d in range(1, 9)]))
    return AuskunftLetter("F-83", date(2026, 11, 2), date(2026, 11, 20), items, [])


def test_no_page_ends_with_a_section_heading(tmp_path):
    ends = []
    for contacts in range(4, 24):
        path = write_auskunft_pdf(tmp_path / f"a{contacts}.pdf", _letter(contacts))
        for page in PdfReader(path).pages:
            lines = [line for line in page.extract_text().splitlines()
                     if line.strip() and not line.startswith(("SSA Desktop", "Seite ", TITLE))]
            ends.append(lines[-1])
    assert "Ziele mit Skala" not in ends
