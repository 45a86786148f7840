"""The deletion log prints as a PDF that holds the log's fields and none of the
deleted person's words."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ssa_desktop.reports.deletion_log import (
    CELL_PADDING,
    COLUMN_MM,
    cell_style,
    write_deletion_log,
)
from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person


def test_deletion_log_pdf(conn, tmp_path):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31))
    svc.apply_due(conn, today=date(2026, 9, 1))
    path = write_deletion_log(tmp_path / "log.pdf", svc.deletion_log(conn))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Löschprotokoll" in text and "R2" in text and "31.07.2026" in text
    assert fx.person.id[:12] in text
    assert "0 Zeilen verblieben" in text
    assert [w for w in fx.words if w in text] == []


@pytest.mark.parametrize("rule", ["R9b", "Rückgabe eingelesen", "Übergabe eingelesen",
                                  "Übergabe quittiert"])
def test_every_rule_fits_its_column(rule):
    """The printed rule is what the screen shows; no word of it runs into the next
    column (a handover's rule is words, not an R-number)."""
    inside = COLUMN_MM[1] * mm - 2 * CELL_PADDING
    assert Paragraph(rule, cell_style()).minWidth() <= inside
