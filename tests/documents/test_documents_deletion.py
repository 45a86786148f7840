"""A document goes with its person in the retention run, counted in the deletion log, its
file removed and its key gone; a restore of an older backup never brings it back."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents, vault_admin
from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person
from tests.support import document_files as f

TODAY = date(2026, 9, 1)


def test_the_retention_run_takes_her_documents_with_her(conn, vault_dir):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31), school_id="school-1")
    kept = full_person(conn, 2, leaving=None, school_id="school-1")
    gone_doc = documents.add_document(conn, d.Owner("person", fx.person.id), "consent",
                                      "Einwilligung", date(2026, 1, 5), f.pdf())
    kept_doc = documents.add_document(conn, d.Owner("person", kept.person.id), "letter",
                                      "Brief", date(2026, 1, 5), f.image("JPEG"))
    item = next(a for a in svc.due_items(conn, TODAY) if a.record_id == fx.person.id)
    assert svc.preview(conn, item).goes["Dokumente (mit ihren Schlüsseln)"] == 1

    report = svc.apply(conn, [("person", fx.person.id)], today=TODAY)
    assert report.entries[0].counts["Dokumente (mit ihren Schlüsseln)"] == 1
    assert report.entries[0].verification.startswith("0 Zeilen verblieben")
    assert [x.id for x in documents.every_document(conn)] == [kept_doc.id]
    assert sorted(p.name for p in (vault_dir / "dokumente").iterdir()) == [f"{kept_doc.id}.ssadoc"]
    assert (gone_doc.id, "document") in {(r, k) for r, k, _ in svc.deleted_ids_since(conn)}


def test_a_restore_never_brings_a_deleted_document_back(open_vault, conn, vault_dir, tmp_path):
    fx = full_person(conn, 1, leaving=None, school_id="school-1")
    doc = documents.add_document(conn, d.Owner("person", fx.person.id), "letter", "Brief",
                                 date(2026, 1, 5), f.pdf())
    backup = vault_admin.backup_vault(open_vault, tmp_path / "vorher.ssabak")
    documents.delete_document(conn, doc.id)
    later = documents.add_document(conn, d.Owner("person", fx.person.id), "other", "Später",
                                   date(2026, 1, 6), f.image("PNG"))

    vault_admin.restore_vault(open_vault, backup)
    conn = open_vault.conn
    assert documents.every_document(conn) == []   # deleted: tombstone; later: not in backup
    assert list((vault_dir / "dokumente").iterdir()) == []
    assert later.id not in {p.name for p in (vault_dir / "dokumente").iterdir()}
