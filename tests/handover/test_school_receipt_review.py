"""Issue 28, review of the school handover: a record held, restricted or asked about
since the package stays; a second package of the same school is retired with the
confirmed one; a contact in another school's case stays there; a checkpoint a reader
blocks is retried (the page scan reads the files as they are); agreement targets travel
and are kept when changed; a malformed count is a German sentence; the statistics check
rolls the deletion back - through the real CLI where she meets it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Contact, Person, School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import TODAY, _run
from tests.handover.test_school_receipt import GONE, _package_created, _receive, _setup
from tests.services.test_handover import _person
from tests.support.readers import hurry_busy_waits
from tests.support.sqlcipher_pages import pages_holding
from tests.support.vaults import FAST_KDF


def _registry(folder) -> dict[str, dict]:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return {k[len("package."):]: json.loads(v) for k, v in session.conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'package.%'")}
    finally:
        session.lock()


def _persons(folder) -> set[str]:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return {p.pseudonym for p in repo.PERSONS.all(session.conn)}
    finally:
        session.lock()


# -- 1: a hold, a restriction or an open privacy request placed after the package --------------
@pytest.mark.parametrize("placed", ["hold", "restriction", "auskunft"])
def test_a_record_held_restricted_or_asked_about_since_the_package_stays(
        open_vault, tmp_path, capsys, monkeypatch, placed):
    from ssa_desktop.services import privacy, retention

    anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                        monkeypatch)
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(TODAY):
        if placed == "hold":
            retention.add_hold(session.conn, anna.id, "legal_claim", date(2027, 6, 1),
                               today=TODAY)
        elif placed == "restriction":
            retention.restrict(session.conn, anna.id, today=TODAY)
        else:
            privacy.open_request(session.conn, anna.id, TODAY)
    session.lock()
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert "gesperrt/eingeschränkt seit dem Paket" in out
    assert _persons(folder) == {"P-Anna"}            # Ben handed over, Anna stays whole
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        conn = session.conn
        assert [c.note for c in repo.CONTACTS.all(conn)] == ["KontaktnotizAnna"]
        assert [c.title for c in repo.CASES.all(conn)] == ["FallAnna"]
        assert [c.person_id for c in repo.CONSENTS.all(conn)] == [anna.id]
        if placed == "hold":
            assert [h.record_id for h in retention.holds(conn)] == [anna.id]
        elif placed == "restriction":
            assert retention.restricted_ids(conn) == {anna.id}
        else:
            assert [r.person_id for r in privacy.open_requests(conn)] == [anna.id]
    finally:
        session.lock()


def test_a_hold_the_package_carried_does_not_keep_the_person(open_vault, tmp_path, capsys,
                                                             monkeypatch):
    from ssa_desktop.services import retention

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    with clock.frozen(TODAY):
        anna = _person(open_vault.conn, "Anna")
        retention.add_hold(open_vault.conn, anna.id, "legal_claim", date(2027, 6, 1),
                           today=TODAY)
    folder = open_vault.vault.folder
    open_vault.lock()
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    package = _package_created(capsys, monkeypatch, folder, tmp_path / "aus")
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert _persons(folder) == set()   # the successor holds the hold with the data
    assert "gesperrt" not in out


# -- 2: two packages of the same school, the second confirmed -----------------------------------
def test_an_earlier_package_of_the_school_is_retired_with_the_confirmed_one(
        open_vault, tmp_path, capsys, monkeypatch):
    _anna, folder, successor, first_dir, first = _setup(open_vault, tmp_path, capsys,
                                                        monkeypatch)
    [(first_id, issued)] = _registry(folder).items()
    assert {"key", "receipt_secret", "documents"} <= issued.keys()
    second = _package_created(capsys, monkeypatch, folder, tmp_path / "aus2")
    _inbox, receipt = _receive(capsys, successor, second, tmp_path)
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert _persons(folder) == set()
    assert list(first_dir.iterdir()) == []                   # the first file shredded too
    assert "früheres Paket" in out
    registry = _registry(folder)
    entry = registry[first_id]
    [second_id] = registry.keys() - {first_id}
    assert entry["status"] == "superseded"
    assert "key" not in entry and "receipt_secret" not in entry and "pending" not in entry
    # nothing but what it should: the issued fields without key, secret and documents'
    # list (the file is gone, the list would name what it carried), and the retirement's
    kept = {k: v for k, v in issued.items()
            if k not in ("key", "receipt_secret", "documents", "status")}
    assert entry == {**kept, "status": "superseded", "superseded_by": second_id,
                     "key_removed": TODAY.isoformat()}
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert session.conn.execute("SELECT count(*) FROM handover_item").fetchone()[0] == 0
        log = [c for (c,) in session.conn.execute("SELECT category FROM deletion_log")]
        assert log.count("Übergabepaket (Paketdatei)") == 2
    finally:
        session.lock()


# -- 3: a contact of the school's pupil recorded in another school's case -----------------------
def test_a_contact_in_another_schools_case_stays_there(open_vault, tmp_path, capsys,
                                                       monkeypatch):
    conn = open_vault.conn
    with clock.frozen(TODAY):
        anna = _person(conn, "Anna")
        repo.SCHOOLS.insert(conn, School("Realschule Süd", code="RS-2", school_type="RS",
                                         id="school-2"))
        quentin = repo.PERSONS.insert(conn, Person("P-Quentin", first_name="Q", last_name="N",
                                                   school_id="school-2"))
        case = repo.CASES.insert(conn, Case(quentin.id, date(2026, 9, 10), school_id="school-2",
                                            title="FallQuentin", status="open"))
        repo.CONTACTS.insert(conn, Contact(date(2026, 10, 1), "EB", 30, school_id="school-2",
                                           person_id=anna.id, case_id=case.id,
                                           note="GespraechImFallQuentin"))
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    package = _package_created(capsys, monkeypatch, folder, tmp_path / "aus")
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    session = Vault(successor).unlock(PASSPHRASE)
    try:
        notes = {c.note for c in repo.CONTACTS.all(session.conn)}
        assert notes == {"KontaktnotizAnna"}              # nothing of school-2 left
    finally:
        session.lock()
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [c.note for c in repo.CONTACTS.all(session.conn)] == ["GespraechImFallQuentin"]
        assert {p.pseudonym for p in repo.PERSONS.all(session.conn)} == {"P-Quentin", "P-Anna"}
    finally:
        session.lock()


# -- 4: a reader holds a snapshot while the receipt's checkpoint runs ---------------------------
def test_a_checkpoint_a_reader_blocks_is_retried_and_the_pages_are_clean(
        open_vault, tmp_path, capsys, monkeypatch):
    _anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                        monkeypatch)
    [package_id] = _registry(folder)
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    session = Vault(folder).unlock(PASSPHRASE)
    key, db = bytes(session.data_key), session.vault.db_path
    session.lock()
    hurry_busy_waits(monkeypatch)               # the receipt's own connections
    reader = connect(db, key)                   # e.g. a worker connection mid-read
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchone()
        code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
        assert code == 0, err
        assert "beim nächsten Entsperren" in out
        reader.rollback()                       # the reader lets go (its connection stays)
        assert "pages" in _pending(db, key, package_id)
        code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
        assert "unterbrochene Schulübergabe wurde abgeschlossen" in err
        assert _pending(db, key, package_id) == ""
        # the files as they are: no checkpoint of the scan's own
        assert pages_holding(db, key, GONE) == []
    finally:
        reader.close()


def _pending(db, key, package_id) -> str:
    conn = connect(db, key)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?",
                           (f"package.{package_id}",)).fetchone()
        return json.loads(row[0]).get("pending", "")
    finally:
        conn.close()


# -- 5: agreement targets (Soll/Korridor) --------------------------------------------------------
def _agreement(conn):
    conn.execute("INSERT INTO cooperation_agreement (id, school_id, valid_from)"
                 " VALUES ('ag1', 'school-1', '2026-08-01')")
    conn.execute("INSERT INTO agreement_target (agreement_id, code, soll, low, high)"
                 " VALUES ('ag1', 'EFH', 10, 8, 12)")
    conn.execute("INSERT INTO agreement_target (agreement_id, code, soll, low, high)"
                 " VALUES ('ag1', 'GRP', 4, 2, 6)")


@pytest.mark.parametrize("changed", [False, True])
def test_agreement_targets_travel_and_a_changed_one_stays(open_vault, tmp_path, capsys,
                                                          monkeypatch, changed):
    with clock.frozen(TODAY):
        _person(open_vault.conn, "Anna")
        _agreement(open_vault.conn)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    package = _package_created(capsys, monkeypatch, folder, tmp_path / "aus")
    if changed:
        session = Vault(folder).unlock(PASSPHRASE)
        session.conn.execute("UPDATE agreement_target SET soll = 20 WHERE code = 'EFH'")
        session.lock()
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    session = Vault(successor).unlock(PASSPHRASE)
    try:
        assert session.conn.execute("SELECT code, soll FROM agreement_target ORDER BY code"
                                    ).fetchall() == [("EFH", 10), ("GRP", 4)]
    finally:
        session.lock()
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        left = session.conn.execute("SELECT code, soll FROM agreement_target ORDER BY code"
                                    ).fetchall()
        agreements = session.conn.execute("SELECT id FROM cooperation_agreement").fetchall()
        counted = sum(json.loads(c).get("Zielwerte der Vereinbarungen", 0) for (c,) in
                      session.conn.execute("SELECT counts FROM deletion_log"))
    finally:
        session.lock()
    if changed:
        assert left == [("EFH", 20)] and agreements == [("ag1",)] and counted == 1
        assert "1 Zielwert einer Vereinbarung" in out
    else:
        assert left == [] and agreements == [] and counted == 2


# -- 6: a count that is no integer ---------------------------------------------------------------
@pytest.mark.parametrize("count", ["1e400", "NaN", "Infinity", "-Infinity", "1.5", "true",
                                   "9" * 5000])
def test_a_receipt_with_a_count_that_is_no_integer_gets_a_german_sentence(
        open_vault, tmp_path, capsys, monkeypatch, count):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    receipt = tmp_path / "q.ssaquittung"
    receipt.write_text('{"package_id":"a","content_hash":"b","received":"c","counts":{"x":'
                       + count + "}}")
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 1 and "keine Empfangsquittung" in err and "Unerwarteter" not in err


# -- 7: the statistics check guards the deletion -------------------------------------------------
def test_a_changed_statistics_count_rolls_the_deletion_back(open_vault, tmp_path, monkeypatch):
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm
    from ssa_desktop.storage import handover_repo as q
    from ssa_desktop.storage import handover_school_repo as qs
    from tests.handover.test_school_receipt import _school_package_received

    conn = open_vault.conn
    result, receipt = _school_package_received(conn, tmp_path)
    counts = iter([5, 4, 4, 4])
    monkeypatch.setattr(qs, "statistics_count", lambda _c, _s: next(counts))
    with pytest.raises(svc.PackageError, match="Statistik"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert repo.PERSONS.count(conn) == 2 and result.path.exists()
    [entry] = q.registry(conn, q.REGISTRY_PREFIX).values()
    assert entry["status"] == "issued" and entry.get("key")


def test_a_target_deleted_alone_does_not_come_back_with_a_restored_backup(
        open_vault, tmp_path, capsys, monkeypatch):
    """The agreement stays for its changed target; the unchanged one handed over is deleted
    alone (tombstone ``<agreement>/<code>``): a backup from before the receipt, restored,
    must not bring it back (tombstones are re-applied after every restore)."""
    from ssa_desktop.services import vault_admin

    with clock.frozen(TODAY):
        _person(open_vault.conn, "Anna")
        _agreement(open_vault.conn)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    package = _package_created(capsys, monkeypatch, folder, tmp_path / "aus")
    session = Vault(folder).unlock(PASSPHRASE)
    session.conn.execute("UPDATE agreement_target SET soll = 20 WHERE code = 'EFH'")
    before = vault_admin.backup_vault(session, tmp_path / "vorher.ssabak")
    session.lock()
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        vault_admin.restore_vault(session, before)
        left = session.conn.execute("SELECT code, soll FROM agreement_target ORDER BY code"
                                    ).fetchall()
    finally:
        session.lock()
    assert left == [("EFH", 20)]
