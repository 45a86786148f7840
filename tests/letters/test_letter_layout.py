"""The letter's layout, measured in the PDF: DIN 5008 form B for a window envelope."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from ssa_desktop.domain.errors import UserError
from ssa_desktop.reports.letters import Letter, letter_pdf

PT_PER_MM = 72 / 25.4
LETTER = Letter(
    subject="Einladung zu einem Gespräch",
    blocks=(("p", "Sehr geehrte Frau Sommer,"), ("p", "ich lade Sie ein. " * 30),
            ("sign", "Jana Berger, Schulsozialarbeit")),
    recipient=("Frau Birgit Sommer", "Lindenweg 4", "79100 Freiburg"),
    sender=("Jugendhilfe Breisgau e. V.", "Marktplatz 1", "79312 Emmendingen"),
    info=(("Ihre Ansprechpartnerin", "Jana Berger"), ("Datum", "25.11.2026")),
    footer="Jugendhilfe Breisgau e. V. · Amtsgericht Freiburg VR 1234",
    title="Einladung zum Gespräch")


def placed(pdf: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    """Each text run → (x, y) in mm from the top-left corner, read back from the PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    height = float(reader.pages[page].mediabox.height)
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.setdefault(text.strip(), (round(x / PT_PER_MM, 1),
                                            round((height - y) / PT_PER_MM, 1)))
    reader.pages[page].extract_text(visitor_text=visit)
    return found


def lines_drawn(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """Every straight line of the first page: (x1, y1, x2, y2) in mm from the top left."""
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    content = page.get_contents().get_data().decode("latin-1")
    found = []
    for m in re.finditer(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content):
        x1, y1, x2, y2 = (float(v) for v in m.groups())
        found.append((round(x1 / PT_PER_MM, 1), round((height - y1) / PT_PER_MM, 1),
                      round(x2 / PT_PER_MM, 1), round((height - y2) / PT_PER_MM, 1)))
    return found


def test_the_recipient_stands_in_the_window_of_a_din_5008_form_b_envelope():
    at = placed(letter_pdf(LETTER))
    # address zone: 20 mm from the left, 62.7–90 mm from the top; 12 pt line distance
    assert at["Frau Birgit Sommer"] == (20.0, 66.9)
    assert at["Lindenweg 4"] == (20.0, 71.2)
    assert at["79100 Freiburg"] == (20.0, 75.4)
    # the return line sits in the additional zone (45–62.7 mm) just above it
    back = at["Jugendhilfe Breisgau e. V. · Marktplatz 1 · 79312 Emmendingen"]
    assert back == (20.0, 60.7)


def test_information_block_subject_and_body_stand_where_din_5008_puts_them():
    at = placed(letter_pdf(LETTER))
    assert at["Ihre Ansprechpartnerin"] == (125.0, 53.0)
    assert at["Datum"][0] == 125.0
    assert at["Einladung zu einem Gespräch"] == (25.0, 102.5)
    assert at["Sehr geehrte Frau Sommer,"] == (25.0, 112.5)
    assert at["Jugendhilfe Breisgau e. V."] == (25.0, 20.0)


def test_fold_and_hole_marks_are_at_105_148_5_and_210_mm():
    drawn = lines_drawn(letter_pdf(LETTER))
    assert (3.0, 105.0, 8.0, 105.0) in drawn
    assert (3.0, 210.0, 8.0, 210.0) in drawn
    assert (3.0, 148.5, 10.0, 148.5) in drawn


def test_body_text_stays_between_25_and_190_mm():
    reader = PdfReader(io.BytesIO(letter_pdf(LETTER)))
    text = reader.pages[0].extract_text()
    assert "ich lade Sie ein." in text
    at = placed(letter_pdf(LETTER))
    body = [xy for line, xy in at.items() if line.startswith("ich lade")]
    assert body and all(x == 25.0 for x, _ in body)


def test_a_long_letter_flows_onto_a_second_page_with_page_numbers():
    long = Letter(subject="Lang", blocks=tuple(("p", "Zeile " * 40) for _ in range(30)))
    reader = PdfReader(io.BytesIO(letter_pdf(long)))
    assert len(reader.pages) >= 2
    assert "Seite 2 von" in reader.pages[1].extract_text()


@pytest.mark.parametrize("recipient, words", [
    (tuple(f"Zeile {n}" for n in range(7)), "höchstens 6"),
    (("Frau " + "Sehr-Lang-Name " * 8,), "zu lang für das Fenster"),
])
def test_an_address_that_does_not_fit_the_window_is_refused(recipient, words):
    with pytest.raises(UserError, match=words):
        letter_pdf(Letter(subject="x", blocks=(), recipient=recipient))
