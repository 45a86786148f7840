"""The deletion log prints as a PDF that holds the log's fields and none of the
deleted person's words."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ssa_desktop.reports.deletion_log import write_deletion_log
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
