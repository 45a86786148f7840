"""The document service on a real vault: kept encrypted, read back byte for byte, deleted
with its record and never brought back (services/documents.py)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Case, ChildProtectionProcedure, Consent
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import documents, retention
from ssa_desktop.services.operations import DataKind, changes_of, run
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import repositories as repo
from tests.support import document_files as f

DAY = date(2026, 3, 2)


def _files_under(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_a_document_is_kept_encrypted_and_read_back_byte_for_byte(conn, pupil, vault_dir):
    data = f.image("PNG", size=(64, 64))
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "consent",
                                 "  Einwilligung  Eltern ", DAY, data, "../../scan\u202egnp.png")
    assert (doc.mime, doc.size, doc.title, doc.file_name) == (d.PNG, len(data),
                                                             "Einwilligung Eltern", "scangnp.png")
    assert documents.read_content(conn, documents.get_document(conn, doc.id)) == data
    # nothing of its bytes lies anywhere in the vault's folder, in any file
    probe = data[-40:]
    assert all(probe not in p.read_bytes() for p in _files_under(vault_dir))
    assert [p.name for p in (vault_dir / "dokumente").iterdir()] == [f"{doc.id}.ssadoc"]


def test_add_declares_documents_and_goes_through_the_runner(conn, pupil):
    assert changes_of(documents.add_document).touches(DataKind.DOCUMENTS)
    ran = run(documents.add_document, conn, d.Owner("person", pupil.id), "letter", "Brief",
              DAY, f.pdf(), "brief.pdf")
    assert ran.changes.touches(DataKind.DOCUMENTS)
    assert [x.id for x in documents.documents_of_person(conn, pupil.id)] == [ran.value.id]


def test_a_refused_file_writes_nothing(conn, pupil, vault_dir):
    with pytest.raises(UserError, match="„bombe.docx“ wurde nicht übernommen"):
        documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY,
                               f.zip_bomb_docx(), "bombe.docx")
    assert documents.documents_of_person(conn, pupil.id) == []
    assert not (vault_dir / "dokumente").exists() or not list((vault_dir / "dokumente").iterdir())


def test_documents_of_records_and_their_person(conn, pupil):
    case = repo.CASES.insert(conn, Case(pupil.id, DAY))
    consent = repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", DAY))
    procedure = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(pupil.id, DAY))
    made = {kind: documents.add_document(conn, d.Owner(kind, rid), "other", kind, DAY, f.pdf())
            for kind, rid in (("case", case.id), ("consent", consent.id),
                              ("procedure", procedure.id))}
    for kind, rid in (("case", case.id), ("consent", consent.id), ("procedure", procedure.id)):
        assert [x.id for x in documents.documents_of(conn, d.Owner(kind, rid))] == [made[kind].id]
    assert len(documents.documents_of(conn, d.Owner("person", pupil.id))) == 3


def test_an_unknown_record_is_refused(conn):
    with pytest.raises(UserError, match="Fall gibt es nicht"):
        documents.add_document(conn, d.Owner("case", "nope"), "other", "X", DAY, f.pdf())


def test_export_writes_exactly_the_bytes(conn, pupil, tmp_path):
    data = f.docx()
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, data)
    target = tmp_path / "aus" / "brief.docx"
    documents.export_document(conn, doc.id, target, "Jugendamt", "4KKG", DAY)
    assert target.read_bytes() == data
    assert [p.name for p in target.parent.iterdir()] == ["brief.docx"]


def test_deleting_by_hand_leaves_a_tombstone_and_no_file(conn, pupil, vault_dir, frozen_clock):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    documents.delete_document(conn, doc.id)
    assert documents.documents_of_person(conn, pupil.id) == []
    assert (doc.id, "document") in {(r, k) for r, k, _ in retention.deleted_ids_since(conn)}
    assert list((vault_dir / "dokumente").iterdir()) == []


def test_a_document_goes_with_its_record(conn, pupil, vault_dir):
    consent = repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", DAY))
    doc = documents.add_document(conn, d.Owner("consent", consent.id), "consent", "E", DAY, f.pdf())
    repo.CONSENTS.delete(conn, consent.id)
    assert documents.documents_of_person(conn, pupil.id) == []
    assert (doc.id, "document") in {(r, k) for r, k, _ in retention.deleted_ids_since(conn)}
    assert documents.sweep_files(conn) == 1
    assert list((vault_dir / "dokumente").iterdir()) == []


def test_a_hold_keeps_the_document(conn, pupil):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    retention.add_hold(conn, pupil.id, next(iter(retention.rt.HOLD_REASONS)), date(2099, 1, 1))
    with pytest.raises(UserError, match="Sperre"):
        documents.delete_document(conn, doc.id)
    assert documents.get_document(conn, doc.id).id == doc.id


def test_a_restricted_person_gets_no_new_document(conn, pupil):
    retention.restrict(conn, pupil.id)
    with pytest.raises(UserError, match="eingeschränkt"):
        documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())


def test_a_changed_file_is_told(open_vault, conn, pupil):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    path = documents_repo.content_path(conn, doc.id)
    raw = bytearray(path.read_bytes())
    raw[5000 % len(raw)] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(UserError, match="nicht lesen"):
        documents.read_content(conn, doc)
    assert len(documents.check_documents(conn)) == 1
    from ssa_desktop.services import vault_admin

    assert [p for p in vault_admin.check_vault(open_vault) if p.startswith("Dokument „Brief“")]


def test_the_auskunft_lists_her_documents_and_hands_them_out(conn, pupil, tmp_path):
    from ssa_desktop.services import privacy

    data = f.pdf(text="Bericht der Schule")
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "report", "Zeugnisbericht",
                                 DAY, data, "bericht.pdf")
    procedure = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(pupil.id, DAY))
    withheld = documents.add_document(conn, d.Owner("procedure", procedure.id), "letter",
                                      "Mitteilung Jugendamt", DAY, f.pdf())
    request = privacy.open_request(conn, pupil.id, DAY)
    items = privacy.collect(conn, pupil.id)
    mine = {i.key: i for i in items if i.key.startswith("document:")}
    assert mine[f"document:{doc.id}"].title == "Bescheid/Bericht „Zeugnisbericht“ vom 02.03.2026"
    assert mine[f"document:{doc.id}"].section == "Dokumente"
    assert ("Format", "PDF") in mine[f"document:{doc.id}"].fields
    assert mine[f"document:{withheld.id}"].include is False   # as its § 8a procedure
    pdf = tmp_path / "auskunft.pdf"
    privacy.write_auskunft(conn, request.id, items, pdf, today=DAY)
    handed = sorted((tmp_path / "auskunft-Dokumente").iterdir())
    assert [p.name for p in handed] == ["01-Zeugnisbericht.pdf"]
    assert handed[0].read_bytes() == data


def test_a_file_being_written_survives_a_sweep_and_a_stale_one_does_not(conn, pupil):
    """A sweep on another thread (the unlock's upkeep, a deletion run) leaves the file of a
    document whose row is not committed yet; one left by a stopped write goes once old."""
    import os
    import time

    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    orphan = documents_repo.content_path(conn, "f" * 32)
    orphan.write_bytes(b"encrypted, its row never committed")
    assert documents_repo.sweep(conn) == 0 and orphan.exists()
    old = time.time() - documents_repo.STALE_AFTER_S - 1
    os.utime(orphan, (old, old))
    assert documents_repo.sweep(conn) == 1 and not orphan.exists()
    assert documents.read_content(conn, doc)   # a kept document's file stays
