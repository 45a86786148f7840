"""After ``import-json`` she (or IT) reads how many entries were read in and how many of
the activities read in the statistics do not count: those the file names under
``not_counted`` (the exporting vault did not count them, e.g. a deputy's contacts or a
predecessor's). In German, into an empty vault and into one with data."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact, ShortContact
from ssa_desktop.services import activities
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli
from tests.support.vaults import FAST_KDF


def _contact(conn, day: int) -> str:
    return activities.record_contact(conn, Contact(date(2026, 11, day), "EB", 30,
                                                   school_id="school-1")).id


@pytest.fixture
def export(conn, tmp_path, monkeypatch):
    """A file with three contacts and a Kurzkontakt, two contacts of them not counted
    by the vault that wrote it (no statistics record, named under ``not_counted``)."""
    uncounted = [_contact(conn, 3), _contact(conn, 4)]
    _contact(conn, 5)
    activities.record_short_contact(conn, ShortContact(date(2026, 11, 6), school_id="school-1"))
    doc = ix.export_document(conn)
    doc["tables"]["statistics_record"] = [r for r in doc["tables"]["statistics_record"]
                                          if r["source_id"] not in uncounted]
    doc["not_counted"] = {"contact": sorted(uncounted)}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return path


def _empty_vault(folder):
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    return folder


_run = run_cli


def test_an_import_into_an_empty_vault_says_how_many_activities_do_not_count(
        export, tmp_path, capsys):
    target = _empty_vault(tmp_path / "neu")
    code, out, _ = _run(capsys, "import-json", "--vault", target, export)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Eingelesen: ")
    assert lines[1] == ("Davon nicht in der Statistik gezählt: 2 Tätigkeiten – der Tresor, "
                        "aus dem die Datei stammt, zählt sie nicht (z. B. die Kontakte "
                        "einer Vertretung).")


def test_an_import_with_every_activity_counted_says_so(conn, tmp_path, capsys, monkeypatch):
    _contact(conn, 3)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(ix.export_document(conn)), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    target = _empty_vault(tmp_path / "neu")
    code, out, _ = _run(capsys, "import-json", "--vault", target, path)
    assert code == 0
    assert "Davon nicht in der Statistik gezählt: 0 Tätigkeiten." in out.splitlines()


def test_a_merge_names_the_new_activities_that_do_not_count(export, tmp_path, capsys):
    target = _empty_vault(tmp_path / "mit-daten")
    session = Vault(target).unlock(PASSPHRASE)
    try:   # a vault with data: one school of its own, so the file is merged
        session.conn.execute("INSERT INTO school (id, name) VALUES ('eigene', 'Eigene Schule')")
    finally:
        session.lock()
    code, out, _ = _run(capsys, "import-json", "--vault", target, export)
    assert code == 0
    assert out.startswith("Zu den vorhandenen Daten eingelesen: ")
    assert ", davon 2 Tätigkeiten nicht in der Statistik gezählt, " in out
    # read again: nothing new, so none of them is named again
    code, out, _ = _run(capsys, "import-json", "--vault", target, export)
    assert code == 0 and "0 neu eingelesen" in out and "nicht in der Statistik" not in out
