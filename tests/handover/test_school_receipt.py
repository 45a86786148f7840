"""Issue 28 (school handover): the receipt deletes exactly what went into the package,
only a receipt made by opening and merging the package counts, and nothing readable of
the handed-over data stays (key, package file, pages) – through the real CLI."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import TODAY, _key, _run
from tests.services.test_handover import _person
from tests.support.sqlcipher_pages import pages_holding
from tests.support.vaults import FAST_KDF

GONE = ["KontaktnotizBen", "PersonnotizBen", "FallBen", "UmfangBen", "UmfangAnna",
        "ArbeitsnotizBen"]


def _package_created(capsys, monkeypatch, folder, out_dir, *more):
    """school-1's package for Mara Ott written by the CLI from the vault in ``folder`` into
    ``out_dir`` (``more``: further arguments), its key in SSA_PACKAGE_KEY; returns it."""
    out_dir.mkdir()
    code, out, err = _run(capsys, "package", "create", "--vault", folder, "--school",
                          "school-1", "--successor", "Mara Ott", "--out", out_dir, *more)
    assert code == 0, err
    [package] = list(out_dir.iterdir())
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(out))
    return package


def _handed_over_by_cli(open_vault, tmp_path, capsys, monkeypatch, *more):
    """``open_vault`` locked, a successor's empty vault made and school-1's package written
    by the CLI (``_package_created``); returns the vault's folder, the successor's folder,
    the output folder and the package."""
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    out_dir = tmp_path / "aus"
    package = _package_created(capsys, monkeypatch, folder, out_dir, *more)
    return folder, successor, out_dir, package


def _setup(open_vault, tmp_path, capsys, monkeypatch):
    """Anna and Ben at school-1, the package written by the CLI; returns paths."""
    anna = _person(open_vault.conn, "Anna")
    _person(open_vault.conn, "Ben")
    return (anna, *_handed_over_by_cli(open_vault, tmp_path, capsys, monkeypatch))


def _receive(capsys, successor, package, tmp_path):
    inbox = tmp_path / "eingang"
    inbox.mkdir()
    copy = inbox / package.name                   # the successor's copy (a USB stick)
    shutil.copyfile(package, copy)
    receipts = tmp_path / "quittungen"
    receipts.mkdir()
    code, out, err = _run(capsys, "package", "receive", "--vault", successor, "--package", copy,
                          "--receipt-out", receipts)
    assert code == 0, err
    [receipt] = list(receipts.glob("*.ssaquittung"))
    return inbox, receipt


def test_receipt_deletes_exactly_the_packaged_rows(open_vault, tmp_path, capsys, monkeypatch):
    anna, folder, successor, out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                       monkeypatch)
    # after the package: a new pupil with a contact, and Anna's contact changed
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(TODAY):
        cara = _person(session.conn, "Cara")
        [contact] = repo.CONTACTS.select(session.conn, "person_id = ?", (anna.id,))
        contact.note = "Nachtrag nach dem Paket"
        repo.CONTACTS.update(session.conn, contact)
    session.lock()
    assert {w for _s, _n, w in _scan(folder, GONE)} == set(GONE)  # the scan sees them now
    inbox, receipt = _receive(capsys, successor, package, tmp_path)
    assert list(inbox.iterdir()) == []            # the successor's copy shredded
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert "nach dem Paket – bleiben bei Ihnen" in out
    assert "Folgepaket: ssa-desktop package create --school GMS-1 " in out  # her code
    assert list(out_dir.iterdir()) == []          # the package file the app wrote: shredded
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        conn = session.conn
        persons = {p.pseudonym for p in repo.PERSONS.all(conn)}
        assert persons == {"P-Anna", "P-Cara"}    # Ben gone; Anna stays for her changed contact
        notes = {c.note for c in repo.CONTACTS.all(conn)}
        assert notes == {"Nachtrag nach dem Paket", "KontaktnotizCara"}
        assert {c.person_id for c in repo.CASES.all(conn)} == {anna.id, cara.id}
        assert [c.person_id for c in repo.CONSENTS.all(conn)] == [cara.id]
        [entry] = [json.loads(v) for k, v in conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'package.%'")]
        assert "key" not in entry and entry["key_removed"] == TODAY.isoformat()
        assert "receipt_secret" not in entry
        log = conn.execute("SELECT category FROM deletion_log").fetchall()
        assert any("Paketdatei" in c for (c,) in log)
        # the Löschprotokoll says how the handed-over records went
        assert {m for (m,) in conn.execute(
            "SELECT method FROM deletion_log WHERE rule = 'Übergabe'")} == {
            "Löschung in einer Transaktion (secure_delete, FTS5 secure-delete bzw. Neuaufbau"
            " der Suchindizes), freigegebene Seiten mit Nullen überschrieben, danach"
            " WAL-Checkpoint (TRUNCATE)"}
        key = bytes(session.data_key)
        db = session.vault.db_path
    finally:
        session.lock()
    assert pages_holding(db, key, GONE) == []
    for other in (out_dir, inbox):
        for path in other.rglob("*"):
            data = path.read_bytes()
            assert not any(w.encode() in data for w in GONE)


def test_forged_replayed_and_altered_receipts_delete_nothing(open_vault, tmp_path, capsys,
                                                              monkeypatch):
    _anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                         monkeypatch)
    from ssa_desktop.storage.handover_repo import file_hash

    package_id = next(json.loads(v) and k[len("package."):] for k, v in _registry(folder))
    forged = tmp_path / "gefaelscht.ssaquittung"
    forged.write_text(json.dumps({"format": "ssa-desktop-paketquittung",
                                  "package_id": package_id, "content_hash": file_hash(package),
                                  "received": TODAY.isoformat()}))
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, forged)
    assert code == 1 and "Nachweis" in err and "Traceback" not in err
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    data = json.loads(receipt.read_text())
    altered = tmp_path / "veraendert.ssaquittung"
    altered.write_text(json.dumps(dict(data, counts={"person": 1})))
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, altered)
    assert code == 1 and "verändert" in err
    assert _persons(folder) == 2
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert _persons(folder) == 0
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 1 and "schon bestätigt" in err


def test_malformed_receipts_get_a_german_sentence(open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    nested = tmp_path / "tief.ssaquittung"
    nested.write_text("[" * 20_000 + "]" * 20_000)   # 40 KB: under the size limit
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, nested)
    assert code == 1 and "verschachtelt" in err and "RecursionError" not in err
    big = tmp_path / "gross.ssaquittung"
    with open(big, "wb") as fh:
        fh.write(b'{"package_id": "' + b"a" * (20 << 20) + b'"}')
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, big)
    assert code == 1 and "zu groß" in err
    bad = tmp_path / "latin.ssaquittung"
    bad.write_bytes(b'{"package_id": "\xe4"}')
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, bad)
    assert code == 1 and "keine Empfangsquittung" in err


def _scan(folder, words):
    """Every decrypted page of the vault's database and WAL that holds a word, read as
    the files are (no checkpoint of the scan's own)."""
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        key, db = bytes(session.data_key), session.vault.db_path
    finally:
        session.lock()
    return pages_holding(db, key, words)


def _registry(folder):
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return session.conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'package.%'").fetchall()
    finally:
        session.lock()


def _persons(folder) -> int:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return repo.PERSONS.count(session.conn)
    finally:
        session.lock()


def test_new_contact_of_a_handed_over_pupil_keeps_the_pupil(open_vault, tmp_path, capsys,
                                                            monkeypatch):
    anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                        monkeypatch)
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(TODAY):
        [case] = repo.CASES.select(session.conn, "person_id = ?", (anna.id,))
        repo.CONTACTS.insert(session.conn, Contact(date(2026, 11, 23), "EB", 20,
                                                   school_id="school-1", person_id=anna.id,
                                                   case_id=case.id, note="Neu nach Paket"))
    session.lock()
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    assert _scan(folder, ["KontaktnotizAnna"])
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    # her packaged contact went alone (she stays): FTS5 secure-delete, secure_delete
    assert _scan(folder, ["KontaktnotizAnna", "UmfangAnna", "KontaktnotizBen"]) == []
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [c.note for c in repo.CONTACTS.all(session.conn)] == ["Neu nach Paket"]
        assert [p.id for p in repo.PERSONS.all(session.conn)] == [anna.id]
        assert [c.id for c in repo.CASES.all(session.conn)] == [case.id]
    finally:
        session.lock()


def _school_package_received(conn, out):
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover_school
    from tests.support.vaults import fresh_vault

    _person(conn, "Anna")
    _person(conn, "Ben")
    result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), out,
                                                   today=TODAY)
    inbox = out / "eingang"
    inbox.mkdir()
    copy = inbox / result.path.name
    shutil.copyfile(result.path, copy)
    with fresh_vault() as successor:
        _merged, receipt = handover_school.receive_school_package(successor.conn, copy, result.key_text,
                                                                  out, today=TODAY)
    return result, receipt


def _entry(conn) -> dict:
    [(value,)] = conn.execute("SELECT value FROM meta WHERE key LIKE 'package.%'").fetchall()
    return json.loads(value)


def test_a_kill_inside_the_receipt_leaves_everything_as_it_was(open_vault, tmp_path,
                                                               monkeypatch):
    from ssa_desktop.services import handover_confirm
    from ssa_desktop.storage import handover_school_repo

    conn = open_vault.conn
    result, receipt = _school_package_received(conn, tmp_path)

    def killed(*_a, **_k):
        raise KeyboardInterrupt("killed between the deletion and the status change")

    with monkeypatch.context() as m:
        m.setattr(handover_school_repo, "drop_manifest", killed)
        try:
            handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
        except KeyboardInterrupt:
            pass
    assert repo.PERSONS.count(conn) == 2 and repo.CONTACTS.count(conn) == 2
    entry = _entry(conn)
    assert entry["status"] == "issued" and "key" in entry and result.path.exists()
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert repo.PERSONS.count(conn) == 0 and report.left == 0
    assert not result.path.exists() and "key" not in _entry(conn)


def test_a_kill_before_compaction_is_finished_at_the_next_unlock(open_vault, tmp_path, capsys,
                                                                 monkeypatch):
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm

    conn = open_vault.conn
    result, receipt = _school_package_received(conn, tmp_path)

    def killed(*_a, **_k):
        raise KeyboardInterrupt("killed before the compaction")

    with monkeypatch.context() as m:
        m.setattr(svc.retention, "settle_after", killed)
        try:
            handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
        except KeyboardInterrupt:
            pass
    entry = _entry(conn)
    assert entry["status"] == "confirmed" and entry["pending"] and "key" not in entry
    assert repo.PERSONS.count(conn) == 0 and result.path.exists()
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert "unterbrochene Schulübergabe wurde abgeschlossen" in err
    assert code == 1 and "schon bestätigt" in err
    assert not result.path.exists()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert "pending" not in _entry(session.conn)
        assert handover_confirm.finish_interrupted_handovers(session.conn, TODAY) == []
    finally:
        session.lock()


# -- properties ------------------------------------------------------------------------------
CHANGES = st.lists(st.sampled_from(["new_contact", "change_contact", "new_person",
                                    "change_person", "new_appointment", "change_case",
                                    "new_consent"]), min_size=1, max_size=4)


def _apply(conn, change: str, n: int, anna, ben) -> tuple[object, str, str]:
    """One change at school-1 after the package: (table, id, a word it now holds)."""
    from ssa_desktop.domain.entities import Appointment, Consent

    word = f"Danach{n}"
    who = anna if n % 2 else ben
    [case] = repo.CASES.select(conn, "person_id = ?", (who.id,))
    if change == "new_contact":
        row = repo.CONTACTS.insert(conn, Contact(date(2026, 11, 20), "EB", 15,
                                                 school_id="school-1", person_id=who.id,
                                                 case_id=case.id, note=word))
        return repo.CONTACTS, row.id, word
    if change == "change_contact":
        [row] = repo.CONTACTS.select(conn, "person_id = ? ORDER BY rowid LIMIT 1", (who.id,))
        row.note = word
        repo.CONTACTS.update(conn, row)
        return repo.CONTACTS, row.id, word
    if change == "new_person":
        row = _person(conn, word)
        return repo.PERSONS, row.id, row.note
    if change == "change_person":
        row = repo.PERSONS.get(conn, who.id)
        row.note = word
        repo.PERSONS.update(conn, row)
        return repo.PERSONS, row.id, word
    if change == "new_appointment":
        row = repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "09:00", "09:30",
                                                         person_id=who.id,
                                                         school_id="school-1", note=word))
        return repo.APPOINTMENTS, row.id, word
    if change == "change_case":
        case.title = word
        repo.CASES.update(conn, case)
        return repo.CASES, case.id, word
    row = repo.CONSENTS.insert(conn, Consent(who.id, "Gruppenangebot", date(2026, 11, 1),
                                             scope=word))
    return repo.CONSENTS, row.id, word


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=CHANGES)
def test_any_change_after_the_package_survives_the_receipt(tmp_path_factory, changes):
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover_confirm, handover_school
    from tests.support.vaults import fresh_vault

    out = tmp_path_factory.mktemp("aus")
    with fresh_vault() as worker, clock.frozen(TODAY):
        conn = worker.conn
        anna, ben = _person(conn, "Anna"), _person(conn, "Ben")
        result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), out,
                                                       today=TODAY)
        made = {}
        for n, change in enumerate(changes):  # a row changed twice holds the last word
            table, row_id, word = _apply(conn, change, n, anna, ben)
            made[table.name, row_id] = table, word
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, out, today=TODAY)
        report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
        for (_name, row_id), (table, word) in made.items():
            row = table.get(conn, row_id)
            assert row is not None, (table.name, changes)
            assert word in repr(row)
        assert report.left >= len(made)
        for contact in repo.CONTACTS.all(conn):  # nothing kept dangles
            assert repo.PERSONS.get(conn, contact.person_id) is not None
            assert repo.CASES.get(conn, contact.case_id) is not None


RECEIPT_FIELDS = st.fixed_dictionaries({}, optional={
    "proof": st.one_of(st.text(max_size=70), st.from_regex(r"[0-9a-f]{64}", fullmatch=True)),
    "rows": st.one_of(st.text(max_size=70), st.from_regex(r"[0-9a-f]{64}", fullmatch=True)),
    "counts": st.dictionaries(st.sampled_from(["person", "contact", "Personen"]),
                              st.integers(0, 10**6), max_size=3),
    "received": st.sampled_from(["2026-11-23", "2026-11-24", "x"]),
    "format": st.sampled_from(["ssa-desktop-paketquittung", "anders"]),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(fields=RECEIPT_FIELDS)
def test_a_receipt_built_without_the_key_never_deletes(conn, tmp_path, fields):
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm, handover_school

    if not repo.PERSONS.count(conn):
        _person(conn, "Anna")
        out = tmp_path / "aus"
        out.mkdir()
        handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), out, today=TODAY)
    [(key, value)] = conn.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'package.%'").fetchall()
    entry = json.loads(value)
    forged = {"package_id": key[len("package."):], "content_hash": entry["hash"],
              "received": TODAY.isoformat(), **fields}
    path = tmp_path / "gefaelscht.ssaquittung"
    path.write_text(json.dumps(forged))
    before = repo.PERSONS.count(conn), repo.CONTACTS.count(conn)
    with pytest.raises(svc.PackageError) as refused:
        handover_confirm.confirm_school_handover(conn, path, today=TODAY)
    assert "nichts gelöscht" in str(refused.value)
    assert (repo.PERSONS.count(conn), repo.CONTACTS.count(conn)) == before
    assert json.loads(conn.execute("SELECT value FROM meta WHERE key = ?",
                                   (key,)).fetchone()[0])["status"] == "issued"


def test_a_receipt_of_another_vaults_package_is_refused(conn, tmp_path):
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm, handover_school
    from tests.support.vaults import fresh_vault

    _person(conn, "Anna")
    handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), tmp_path,
                                          today=TODAY)
    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    with fresh_vault() as other, fresh_vault() as successor:
        _person(other.conn, "Ben")
        result = handover_school.create_school_package(other.conn, "school-1", rules.Deputy("Mara Ott"),
                                                       elsewhere, today=TODAY)
        _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                  result.key_text, elsewhere, today=TODAY)
    with pytest.raises(svc.PackageError, match="keinem Übergabepaket dieses Tresors"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert repo.PERSONS.count(conn) == 1


def test_a_package_on_a_read_only_medium_stays_and_she_is_told(conn, tmp_path, monkeypatch):
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_school
    from tests.support.vaults import fresh_vault

    _person(conn, "Anna")
    result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), tmp_path,
                                                   today=TODAY)

    def read_only(_path):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(svc.q, "erase_file", read_only)
    with fresh_vault() as successor:
        _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                  result.key_text, tmp_path, today=TODAY)
    assert receipt is not None and result.path.exists()
    assert "konnte nicht entfernt werden" in handover_school.received_file_sentence(result.path)


def test_a_session_of_a_group_that_stays_keeps_its_statistics_after_a_restore(open_vault,
                                                                              tmp_path):
    """A group changed after the package stays; its unchanged session goes alone. Its
    statistics record stays (R7) – also when a backup made before is restored (the
    tombstone is no "session entered by mistake", which would take the record along)."""
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.domain.entities import GroupActivity, GroupSession, StatisticsRecord
    from ssa_desktop.services import backups, handover_confirm, handover_school, vault_admin
    from tests.support.vaults import fresh_vault

    conn = open_vault.conn
    with clock.frozen(TODAY):
        group = repo.GROUPS.insert(conn, GroupActivity("Pausenhof", 2026, school_id="school-1"))
        session = repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, date(2026, 11, 2), 45,
                                                                note="Sitzungsnotiz"))
        repo.STATISTICS.insert(conn, StatisticsRecord(date(2026, 11, 2), 2026, "group_session",
                                                      "GRP", 45, school_id="school-1",
                                                      source_id=session.id))
        result = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"),
                                                       tmp_path, today=TODAY)
        group.title = "Pausenhof (neu)"
        repo.GROUPS.update(conn, group)
        backup = backups.auto_backup(conn, open_vault.data_key, open_vault.vault.folder,
                                     TODAY).created
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, tmp_path,
                                                                      today=TODAY)
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
        assert repo.GROUP_SESSIONS.get(conn, session.id) is None
        assert repo.GROUPS.get(conn, group.id) is not None
        assert repo.STATISTICS.count(conn) == 1
        vault_admin.restore_vault(open_vault, backup)
        conn = open_vault.conn
        assert repo.GROUP_SESSIONS.get(conn, session.id) is None
        assert repo.STATISTICS.count(conn) == 1


def _resigned(conn, receipt, signer: str, **fields):
    """The receipt with ``fields`` changed and a valid proof under the secret of the
    package ``signer`` issued (what only a holder of the package's key can write)."""
    from ssa_desktop.services.handover_receipt import _fields, _proof
    from ssa_desktop.storage import handover_repo as q

    data = dict(json.loads(receipt.read_text(encoding="utf-8")), **fields)
    secret = q.registry(conn, q.REGISTRY_PREFIX)[signer].get("receipt_secret", "")
    if secret:
        data["proof"] = _proof(_fields(data["package_id"], data["content_hash"],
                                       data["received"], data["counts"], data["rows"]), secret)
    changed = receipt.with_name("geaendert.ssaquittung")
    changed.write_text(json.dumps(data), encoding="utf-8")
    return changed


def test_a_proven_receipt_naming_other_rows_than_the_package_deletes_nothing(conn, tmp_path):
    """The proof is right (written under the package's secret), but the rows it names are
    not the rows the package carried (a successor's app that merged only Anna): nothing
    is deleted, the package stays open."""
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm
    from ssa_desktop.services.handover_receipt import _rows_digest
    from ssa_desktop.storage import handover_school_repo as qs

    result, receipt = _school_package_received(conn, tmp_path)
    carried = qs.manifest(conn, result.package_id)
    [anna] = [p.id for p in repo.PERSONS.select(conn, "first_name = ?", ("VorAnna",))]
    only_anna = {tbl: ({anna: rows[anna]} if tbl == "person" else rows)
                 for tbl, rows in carried.items()}
    fewer = _resigned(conn, receipt, result.package_id, rows=_rows_digest(only_anna))
    with pytest.raises(svc.PackageError, match="andere Einträge als das Paket"):
        handover_confirm.confirm_school_handover(conn, fewer, today=TODAY)
    assert repo.PERSONS.count(conn) == 2 and _entry(conn)["status"] == "issued"
    handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert repo.PERSONS.count(conn) == 0


def test_a_receipt_naming_a_deputy_package_of_this_vault_is_refused(conn, tmp_path):
    """A receipt confirms only a school handover: one naming a Vertretungspaket of this
    vault (its id and its file's hash) is refused as no handover package, nothing deleted."""
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_confirm
    from ssa_desktop.storage import handover_repo as q
    from tests.handover.test_deputy_return import _package

    result, receipt = _school_package_received(conn, tmp_path)
    [anna] = repo.PERSONS.select(conn, "first_name = ?", ("VorAnna",))
    deputy = _package(conn, tmp_path, anna)
    entry = q.registry(conn, q.REGISTRY_PREFIX)[deputy.package_id]
    named = _resigned(conn, receipt, deputy.package_id, package_id=deputy.package_id,
                      content_hash=entry["hash"])
    with pytest.raises(svc.PackageError, match="keinem Übergabepaket dieses Tresors"):
        handover_confirm.confirm_school_handover(conn, named, today=TODAY)
    assert repo.PERSONS.count(conn) == 2


@pytest.mark.parametrize("crafted", ["flipped", "missing", "twice"])
def test_a_receipt_with_a_wrong_format_or_a_key_twice_is_refused_by_name(
        open_vault, tmp_path, capsys, monkeypatch, crafted):
    """A receipt is strict JSON: its ``format`` marker must be there and right, and no key
    may appear twice (the last one would win); refused by name, nothing deleted."""
    _anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                         monkeypatch)
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    data = json.loads(receipt.read_text())
    text = {
        "flipped": json.dumps(dict(data, format="ssa-desktop-paketquittunG")),
        "missing": json.dumps({k: v for k, v in data.items() if k != "format"}),
        "twice": json.dumps(data)[:-1] + ', "package_id": "anderes"}',
    }[crafted]
    named = {"flipped": "„ssa-desktop-paketquittunG“", "missing": "„format“ fehlt",
             "twice": "„package_id“ steht zweimal"}[crafted]
    crafted_file = tmp_path / "gebastelt.ssaquittung"
    crafted_file.write_text(text, "utf-8")
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, crafted_file)
    assert code == 1 and "Traceback" not in err
    assert named in err and "es wurde nichts gelöscht" in err
    assert _persons(folder) == 2
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert _persons(folder) == 0
