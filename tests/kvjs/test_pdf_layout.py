"""Issue 31.2: the KVJS PDF of a post serving a Grundschule and a Gemeinschaftsschule.
The Schulart column headings never break inside a word (a name too wide for its column
becomes the Schulart code, explained in a legend under the table), and page 1 is not
left mostly empty (a section's table may continue on the next page, its head row
repeated). Read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import statistics as stats

from . import fixture

LABELS = ("Grundschule", "Gemeinschaftsschule")


@pytest.fixture
def pdf(conn, tmp_path):
    fixture.build(conn)
    conn.execute("UPDATE school SET school_type = 'GS', name = 'Grundschule Am Berg' "
                 "WHERE id = 'school-2'")
    with clock.frozen(date(2026, 10, 1)):
        rep = stats.report(conn, fixture.YEAR, stats.Scope("post", "post-1"))
        return stats.write_export(rep, "pdf", tmp_path / "kvjs.pdf")


def _text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_no_schulart_heading_is_split_inside_a_word(pdf):
    words = _text(pdf).split()
    for label in LABELS:
        pieces = {label[:k] for k in range(3, len(label))} | {label[k:] for k in range(2, len(label) - 2)}
        assert not pieces & set(words), label  # "Grundschu" / "le", "Gemeinsch" / "aftsschule"
    text = " ".join(words)
    assert "Gesamt GS GMS" in text
    assert "Schularten: GS = Grundschule, GMS = Gemeinschaftsschule" in text


def test_page_one_is_filled(pdf):
    """The body of page 1 reaches below 70 % of its height (it ended after a third)."""
    html = _text(pdf, "-bbox", "-f", "1", "-l", "1")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    body = [float(y) for y, word in re.findall(r'yMax="([\d.]+)">([^<]*)</word>', html)
            if float(y) < height - 60]  # not the footer ("SSA Desktop · … Seite 1 von 6")
    assert max(body) > 0.7 * height
