"""Issue 28 item 10: text fields have a documented size limit on import (interchange
documents, and by the same check the package merges); a longer text is refused with a
German sentence naming table and field, and nothing is written."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return, interchange_validate
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.test_handover import _package


def _doc_with_note(conn, note: str) -> dict:
    doc = ix.export_document(conn)
    doc["tables"]["contact"] = [{"id": "c-lang", "day": "2026-11-02", "kind": "EB",
                                 "duration_min": 30, "school_id": "school-1", "note": note}]
    return doc


def test_the_limit_is_at_the_limit(conn):
    at = _doc_with_note(conn, "x" * ix.TEXT_LIMIT)
    assert interchange_validate.validate_document(at) == []
    over = _doc_with_note(conn, "x" * (ix.TEXT_LIMIT + 1))
    [problem] = interchange_validate.validate_document(over)
    assert problem.place == "tables.contact[0].note"
    assert "Tabelle „contact“, Feld „note“" in problem.message
    assert "100.001 Zeichen" in problem.message and "höchstens 100.000" in problem.message


def test_import_json_refuses_a_20_mb_note_and_writes_nothing(open_vault, tmp_path, capsys,
                                                             monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    doc = _doc_with_note(open_vault.conn, "Notiz " * (20 * 1024 * 1024 // 6))
    folder = open_vault.vault.folder
    before = {t.name: t.count(open_vault.conn) for t in repo.ALL_TABLES}
    open_vault.lock()
    path = tmp_path / "gross.json"
    path.write_text(json.dumps(doc), "utf-8")
    code = cli.main(["import-json", "--vault", str(folder), str(path)])
    _out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    assert "tables.contact[0].note" in err and "Feld „note“" in err and "nichts verändert" in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert {t.name: t.count(session.conn) for t in repo.ALL_TABLES} == before
    finally:
        session.lock()


def test_a_return_with_an_oversized_note_is_refused_whole(conn, tmp_path):
    out = tmp_path / "stick"
    out.mkdir()
    _a, result = _package(conn, out)
    pkg, _ = svc.open_package(result.path, result.key_text, writable=True,
                              today=date(2026, 11, 23))
    try:
        [case] = repo.CASES.all(pkg)
        repo.CONTACTS.insert(pkg, Contact(date(2026, 12, 3), "EB", 30, school_id="school-1",
                                          person_id=case.person_id, case_id=case.id,
                                          note="ok", id="c-kurz"))
        repo.CONTACTS.insert(pkg, Contact(date(2026, 12, 4), "EB", 30, school_id="school-1",
                                          person_id=case.person_id, case_id=case.id,
                                          note="y" * (ix.TEXT_LIMIT + 1), id="c-lang"))
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket",
                                            today=date(2026, 11, 23))
    before = repo.CONTACTS.count(conn)
    with pytest.raises(svc.PackageError, match="Text zu lang im Feld „Notiz“: 100.001 Zeichen, "
                                               "höchstens 100.000 Zeichen sind erlaubt"):
        handover_return.import_return(conn, ret.path, today=date(2026, 11, 23))
    assert repo.CONTACTS.count(conn) == before
    assert repo.CONTACTS.get(conn, "c-kurz") is None
