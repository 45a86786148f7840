"""A crafted file whose ``not_counted`` names an activity twice, one it does not hold, or
one of another table is refused by ``import-json`` with the place named, before any
count is said and with nothing written, into an empty vault and into one with data: the
count of activities not counted can only be said of a file that was read in."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain.entities import Contact, ShortContact
from ssa_desktop.services import activities
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.vaults import FAST_KDF


@pytest.fixture
def good(conn):
    """An export with two contacts and a Kurzkontakt; the first contact not counted."""
    first = activities.record_contact(conn, Contact(date(2026, 11, 3), "EB", 30,
                                                    school_id="school-1")).id
    second = activities.record_contact(conn, Contact(date(2026, 11, 4), "EB", 30,
                                                     school_id="school-1")).id
    short = activities.record_short_contact(
        conn, ShortContact(date(2026, 11, 6), school_id="school-1")).id
    doc = ix.export_document(conn)
    doc["tables"]["statistics_record"] = [r for r in doc["tables"]["statistics_record"]
                                          if r["source_id"] != first]
    doc["not_counted"] = {"contact": [first]}
    return doc, first, second, short


def _vault(folder, *, with_data: bool):
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        if with_data:   # one school of its own: the file is merged
            session.conn.execute("INSERT INTO school (id, name) VALUES ('eigene', 'Eigene')")
    finally:
        session.lock()
    return folder


def _counts(folder):
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return {t.name: t.count(session.conn) for t in repo.ALL_TABLES}
    finally:
        session.lock()


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("hostile", ["twice", "absent", "other_table", "counted"])
def test_a_hostile_not_counted_is_refused_with_its_place_and_nothing_is_written(
        good, hostile, with_data, tmp_path, capsys, monkeypatch):
    doc, first, second, short = good
    doc = dict(doc, not_counted={
        "twice": {"contact": [first, first]},
        "absent": {"contact": [first, "gibt-es-nicht"]},
        "other_table": {"short_contact": [first]},
        "counted": {"contact": [first, second]},
    }[hostile])
    place = {"twice": "not_counted.contact[1]", "absent": "not_counted.contact[1]",
             "other_table": "not_counted.short_contact[0]",
             "counted": "not_counted.contact[1]"}[hostile]
    path = tmp_path / "feindlich.json"
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    target = _vault(tmp_path / "ziel", with_data=with_data)
    before = _counts(target)
    code = cli.main(["import-json", "--vault", str(target), str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 1
    assert "Die Datei wurde nicht eingelesen; es wurde nichts verändert." in err
    assert f"  {place}: " in err
    assert "nicht in der Statistik gezählt" not in out
    assert _counts(target) == before
