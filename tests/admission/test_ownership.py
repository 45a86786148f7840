"""A contact belongs to its case's person (or to a person around the child: a parent's,
a teacher's contact in the child's case), on every way in: ``import-json`` (merge) and
the school package's receipt refuse a file whose contact of pupil L-13 names the case of
pupil G-09, as the Vertretung's return always did; ``check`` names such a row."""

from __future__ import annotations

import json
import shutil
from datetime import date

from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.handover.test_cli_package import TODAY, _key
from tests.services.test_handover import _person
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.vaults import FAST_KDF, PASSPHRASE


def _pupils(conn):
    """L-13 and G-09 with a case each; a parent of G-09's with a contact in G-09's case."""
    lena, greta = _person(conn, "L-13"), _person(conn, "G-09")
    case_g = next(c for c in repo.CASES.all(conn) if c.person_id == greta.id)
    mother = repo.PERSONS.insert(conn, Person("P-Mutter", kind="guardian", school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 11), "EG", 30, school_id="school-1",
                                       person_id=mother.id, case_id=case_g.id,
                                       note="Gespräch mit der Mutter"))
    return lena, greta, case_g


def _contacts(folder) -> int:
    with Vault(folder).unlock(PASSPHRASE) as session:
        return session.conn.execute("SELECT count(*) FROM contact").fetchone()[0]


def test_import_json_refuses_a_contact_in_another_pupils_case(open_vault, tmp_path, capsys,
                                                               monkeypatch):
    lena, _greta, case_g = _pupils(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    export = tmp_path / "x.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=TODAY)[0] == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    theirs = next(r for r in doc["tables"]["contact"] if r["person_id"] == lena.id)
    crafted = dict(theirs, id="c-crafted", case_id=case_g.id, day="2026-09-12",
                   note="Notiz über L-13 im Fall von G-09")
    doc["tables"]["contact"].append(crafted)
    export.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = _contacts(folder)
    code, _out, err = run_cli(capsys, "import-json", "--vault", folder, export, at=TODAY)
    assert code == 1
    place = f"tables.contact[{len(doc['tables']['contact']) - 1}].case_id"
    assert f"{place}: der Fall gehört nicht zu dieser Person" in err
    assert "es wurde nichts verändert" in err
    assert _contacts(folder) == before


def test_check_names_a_contact_in_another_pupils_case(open_vault, capsys, monkeypatch):
    """The parent's contact in the child's case is no finding; L-13's in G-09's case is."""
    lena, _greta, case_g = _pupils(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    assert run_cli(capsys, "check", "--vault", folder, at=TODAY)[0] == 0
    with Vault(folder).unlock(PASSPHRASE) as session:
        wrong = repo.CONTACTS.insert(session.conn, Contact(
            date(2026, 9, 12), "EB", 20, school_id="school-1", person_id=lena.id,
            case_id=case_g.id, note="Notiz über L-13"))
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    assert code == 1
    assert f"contact {wrong.id}: der Fall {case_g.id} gehört nicht zu dieser Person" in err


def test_package_receive_refuses_a_contact_in_another_pupils_case(open_vault, tmp_path, capsys,
                                                                   monkeypatch):
    lena, _greta, case_g = _pupils(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    out_dir = tmp_path / "aus"
    out_dir.mkdir()
    code, out, err = run_cli(capsys, "package", "create", "--vault", folder, "--school",
                             "school-1", "--successor", "Mara Ott", "--out", out_dir, at=TODAY)
    assert code == 0, err
    [package] = list(out_dir.iterdir())
    key = _key(out)
    pkg, _info = svc.open_package(package, key, today=TODAY, writable=True)
    try:    # whoever holds the key writes the row into the package
        repo.CONTACTS.insert(pkg, Contact(date(2026, 9, 12), "EB", 20, school_id="school-1",
                                          person_id=lena.id, case_id=case_g.id,
                                          note="Notiz über L-13 im Fall von G-09"))
    finally:
        pkg.close()
    monkeypatch.setenv("SSA_PACKAGE_KEY", key)
    copy = tmp_path / package.name
    shutil.copyfile(package, copy)
    receipts = tmp_path / "quittungen"
    receipts.mkdir()
    code, _out, err = run_cli(capsys, "package", "receive", "--vault", successor, "--package",
                              copy, "--receipt-out", receipts, at=TODAY)
    assert code != 0
    assert "der Fall gehört nicht zu dieser Person" in err
    assert _contacts(successor) == 0
    assert list(receipts.iterdir()) == []
