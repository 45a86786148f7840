"""§ 8a procedure printout and the ISEF presentation as PDF (house style)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from ssa_desktop.reports import child_protection as docs
from ssa_desktop.services import child_protection as cp

D = date(2026, 11, 18)


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_procedure_printout_lists_every_step_with_pseudonym_only(conn, pupil, tmp_path):
    proc = cp.start_procedure(conn, pupil.id, D)
    cp.add_step(conn, proc.id, "1", D, "Frau Wagner",
                cp.observation_text("Blaue Flecken am Arm.", "Lehrkraft"))
    cp.add_step(conn, proc.id, "2", date(2026, 11, 19), "Leitung", "Eilbedürftigkeit mittel")
    printout = cp.procedure_printout(conn, proc.id, today=date(2026, 11, 21))
    docs.write_procedure(tmp_path / "v.pdf", printout)
    text = _text(tmp_path / "v.pdf")
    assert "Verfahren nach § 8a SGB VIII" in text and "K-17" in text
    assert "Blaue Flecken am Arm." in text and "Eilbedürftigkeit mittel" in text
    assert "19.11.2026" in text and "offen" in text and "Ausgedruckt am 21.11.2026" in text
    assert "Kim" not in text and "Sommer" not in text


def test_isef_pdf_keeps_the_reviewed_text(conn, pupil, tmp_path):
    proc = cp.start_procedure(conn, pupil.id, D)
    cp.add_step(conn, proc.id, "1", D, "Frau Wagner",
                cp.observation_text("Kim Sommer erzählt von Schlägen.", "Kim selbst"))
    text = cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21))
    docs.write_isef(tmp_path / "isef.pdf", text + "\nvon Hand ergänzt")
    pdf = _text(tmp_path / "isef.pdf")
    assert "Fallvorstellung zur Gefährdungseinschätzung (pseudonymisiert)" in pdf
    assert "K-17" in pdf and "erzählt von Schlägen" in pdf and "von Hand ergänzt" in pdf
    assert "Kim" not in pdf and "Sommer" not in pdf and "Wagner" not in pdf


def test_empty_procedure_prints(conn, pupil, tmp_path):
    proc = cp.start_procedure(conn, pupil.id, D)
    docs.write_procedure(tmp_path / "v.pdf", cp.procedure_printout(conn, proc.id))
    docs.write_isef(tmp_path / "i.pdf", "")
    assert "Noch keine Schritte" in _text(tmp_path / "v.pdf") or "0." in _text(tmp_path / "v.pdf")
    assert len(PdfReader(str(tmp_path / "i.pdf")).pages) == 1
