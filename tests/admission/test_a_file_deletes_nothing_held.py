"""A hold (Sperre) blocks deletion on every way into the vault, as it does in her forms
(``retention.apply`` skips a held record, ``documents.delete_document`` refuses one): a
file whose tombstone names a record held here – the person herself, or a contact or a
document of hers – deletes nothing of it, not even with ``--take-theirs all``; the
summary says so, and no tombstone of it is written (a restore would re-apply it). One
rule (``domain/retention.hold_among``) for the form and the merge. Real vault, real file,
the real CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Contact, Document, Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import documents, holds, retention
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import documents_repo, retention_log_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import document_files
from tests.support.vaults import FAST_KDF

TODAY = date(2026, 11, 20)
HELD = "Löschung aus der Datei nicht übernommen: hier besteht eine Sperre"


def _her_vault(folder):
    """Her vault: P-Anna with a contact, held (Jugendamt agreement); P-Ben not held. The
    file: her export, with tombstones for Anna, her contact and Ben (as a vault where
    they were deleted writes them)."""
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        conn = session.conn
        conn.execute("INSERT OR IGNORE INTO school (id, name, school_type) VALUES ('school-1', 'Eigene', 'GMS')")
        repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna"))
        repo.PERSONS.insert(conn, Person("P-Ben", school_id="school-1", id="ben"))
        repo.CONTACTS.insert(conn, Contact(date(2026, 11, 3), "EB", 30, school_id="school-1",
                                           person_id="anna", id="c-anna"))
        with clock.frozen(TODAY):
            retention.add_hold(conn, "anna", "youth_office_agreement", date(2027, 11, 1))
        doc = json.loads(json.dumps(ix.export_document(conn)))
    finally:
        session.lock()
    doc["tables"]["tombstone"] += [
        {"record_id": rid, "category": kind, "deleted": "2026-11-10"}
        for rid, kind in (("anna", "person"), ("c-anna", "contact"), ("ben", "person"))]
    return doc


def _merge(folder, doc, tmp_path, capsys, monkeypatch, *choice):
    path = tmp_path / "datei.json"
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(folder), str(path), *choice])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def _state(folder):
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        conn = session.conn
        return ({p.id for p in repo.PERSONS.all(conn)}, {c.id for c in repo.CONTACTS.all(conn)},
                {r for r, _k, _d in retention_log_repo.tombstones(conn, None)})
    finally:
        session.lock()


def test_taking_all_of_the_file_deletes_nothing_held_here(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "tresor"
    doc = _her_vault(folder)
    code, text = _merge(folder, doc, tmp_path, capsys, monkeypatch, "--take-theirs", "all")
    assert code == 0, text
    persons, contacts, stones = _state(folder)
    assert "anna" in persons and "c-anna" in contacts       # held: nothing of hers went
    assert "ben" not in persons                             # not held: as she chose
    assert {"anna", "c-anna"}.isdisjoint(stones) and "ben" in stones
    assert f"2 Einträge: {HELD}" in text


def test_asked_without_a_choice_only_what_is_not_held(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "tresor"
    doc = _her_vault(folder)
    code, text = _merge(folder, doc, tmp_path, capsys, monkeypatch)
    assert code == 3, text
    assert "tombstone:ben" in text and "tombstone:anna" not in text
    assert "tombstone:c-anna" not in text
    assert f"2 Einträge: {HELD}" in text
    assert _state(folder)[0] == {"anna", "ben"}


def _her_document(folder, *, held: bool) -> tuple[str, dict]:
    """Her vault with P-Cem's consent scan (held or not) and her export, which then
    carries a tombstone of the scan (as a vault where it was deleted writes it)."""
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        conn = session.conn
        conn.execute("INSERT INTO school (id, name, school_type) VALUES ('school-1', 'Eigene', 'GMS')")
        repo.PERSONS.insert(conn, Person("P-Cem", school_id="school-1", id="cem"))
        with clock.frozen(TODAY):
            scan = documents.add_document(conn, d.Owner("person", "cem"), "consent",
                                          "Einwilligung", date(2026, 11, 3),
                                          document_files.pdf())
            if held:
                retention.add_hold(conn, "cem", "legal_claim", date(2027, 11, 1))
        doc = json.loads(json.dumps(ix.export_document(conn)))
    finally:
        session.lock()
    doc["tables"]["tombstone"].append({"record_id": scan.id, "category": "document",
                                       "deleted": "2026-11-10"})
    return scan.id, doc


def _documents(folder) -> set[str]:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return {row.id for row in documents_repo.DOCUMENTS.all(session.conn)}
    finally:
        session.lock()


def test_a_deletion_of_her_document_is_asked_like_any_record(tmp_path, capsys, monkeypatch):
    """Not written silently as a tombstone that a later restore or merge would apply
    unasked: a conflict; taking the file's deletes the scan now."""
    folder = tmp_path / "tresor"
    scan, doc = _her_document(folder, held=False)
    code, text = _merge(folder, doc, tmp_path, capsys, monkeypatch)
    assert code == 3 and f"tombstone:{scan}" in text, text
    assert _documents(folder) == {scan} and scan not in _state(folder)[2]
    code, text = _merge(folder, doc, tmp_path, capsys, monkeypatch, "--take-theirs", "all")
    assert code == 0, text
    assert _documents(folder) == set() and scan in _state(folder)[2]


def test_a_held_document_stays_and_no_tombstone_waits_for_it(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "tresor"
    scan, doc = _her_document(folder, held=True)
    code, text = _merge(folder, doc, tmp_path, capsys, monkeypatch, "--take-theirs", "all")
    assert code == 0, text
    assert f"1 Eintrag: {HELD}" in text
    assert _documents(folder) == {scan} and scan not in _state(folder)[2]


def test_the_form_and_the_merge_share_one_rule(open_vault):
    """The document form refuses a deletion by the same rule (a hold on the document's
    person), and the rule itself answers for a record and those it belongs to."""
    from ssa_desktop.domain import retention as rt

    conn = open_vault.conn
    conn.execute("INSERT OR IGNORE INTO school (id, name, school_type) VALUES ('school-1', 'Eigene', 'GMS')")
    repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna"))
    with clock.frozen(TODAY):
        hold = retention.add_hold(conn, "anna", "legal_claim", date(2027, 11, 1))
    assert rt.hold_among([hold], {"doc-1", "anna"}) == hold
    assert rt.hold_among([hold], {"doc-1", "ben"}) is None
    with pytest.raises(UserError, match="Sperre"):
        holds.refuse_deleting(conn, documents._held_ids(Document(
            "anna", "other", "T", date(2026, 11, 3), "application/pdf", 1, "0" * 64,
            id="doc-1")), documents.THE_DOCUMENT)
