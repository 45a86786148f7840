"""Every document builds from an empty vault (one school, nothing else) without error."""

from __future__ import annotations

from pypdf import PdfReader

from ssa_desktop.domain.entities import Person
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.reports import child_protection as cp_docs
from ssa_desktop.reports.emergency_sheet import write_emergency_sheet
from ssa_desktop.reports.slips import write_slips
from ssa_desktop.services import annual_report
from ssa_desktop.services import appointments as svc
from ssa_desktop.services import child_protection as cp
from ssa_desktop.storage import repositories as repo


def test_every_document_builds_from_an_empty_vault(open_vault, tmp_path):
    conn = open_vault.conn
    written = [
        write_slips(tmp_path / "leer.pdf", svc.blank_slips(conn, 1)),
        annual_report.write_report(conn, "school-1", SchoolYear(2025),
                                   tmp_path / "bericht.pdf"),
        write_emergency_sheet(tmp_path / "notfall.pdf", open_vault.emergency_key(),
                              "uuid", "", []),
    ]
    person = repo.PERSONS.insert(conn, Person("X-01", school_id="school-1"))
    from datetime import date

    proc = cp.start_procedure(conn, person.id, date(2026, 1, 5))
    written.append(cp_docs.write_procedure(tmp_path / "8a.pdf",
                                           cp.procedure_printout(conn, proc.id)))
    written.append(cp_docs.write_isef(tmp_path / "isef.pdf",
                                      cp.isef_presentation(conn, proc.id)))
    for path in written:
        assert len(PdfReader(str(path)).pages) >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["leer.pdf", "bericht.pdf", "notfall.pdf", "8a.pdf", "isef.pdf", "tresor"])
