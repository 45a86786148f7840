"""The deletion log holds „keine Namen, Geburtsdaten, Klassen oder Texte“ (its PDF and the
Verarbeitungsverzeichnis say so): a deleted pupil's class and birth year are on none of
its pages, nor her names and words."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ssa_desktop.reports.deletion_log import write_deletion_log
from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person

CLASS = "Kl9Qz"
BORN = 2009


def test_the_log_names_no_class_and_no_birth_year(conn, tmp_path):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31))
    conn.execute("UPDATE person SET class_label = ?, birth_year = ? WHERE id = ?",
                 (CLASS, BORN, fx.person.id))
    svc.apply_due(conn, today=date(2026, 9, 1))
    path = write_deletion_log(tmp_path / "log.pdf", svc.deletion_log(conn))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Löschprotokoll" in text and fx.person.id[:12] in text
    assert CLASS not in text and str(BORN) not in text
    assert [w for w in fx.words if w in text] == []
