"""A contact's time arrives as her entry saves it (``appointment_times.contact_time``, the
one rule of the contact form, ``record_contact``, a file and a deputy's return): none, or a
time of the day HH:MM; „9:00“ is stored 09:00. A file with „24:00“ (it would show in her
timeline as it came) is refused by ``import-json`` with its
place and the form's sentence, into an empty vault and into one with data, nothing
written. Real vaults, real file, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_deputy_return import _dump
from tests.support.vaults import FAST_KDF

REFUSED = ["24:00", "12:60", "9:0", "0930", "ab:cd", "09:30:00", "-1:30", "٠٩:٣٠"]
TAKEN = {"23:59": "23:59", "00:00": "00:00", "": "", "  ": "", "9:00": "09:00",
         " 9:05 ": "09:05"}


def _file(tmp_path, *times: str) -> tuple:
    """Her export with P-Anna and one contact of each time (ids k-1, k-2, …)."""
    source = Vault.create(tmp_path / "quelle", PASSPHRASE, params=FAST_KDF)[0]
    try:
        conn = source.conn
        conn.execute("INSERT INTO school (id, name, school_type) VALUES ('school-1', 'S', 'GMS')")
        repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna"))
        for i, _time in enumerate(times, start=1):
            repo.CONTACTS.insert(conn, Contact(day=date(2026, 11, 3), kind="EB",
                                               duration_min=30, person_id="anna",
                                               school_id="school-1", time="10:00",
                                               id=f"k-{i}"))
        doc = json.loads(json.dumps(ix.export_document(conn)))
    finally:
        source.lock()
    rows = {row["id"]: row for row in doc["tables"]["contact"]}
    for i, time in enumerate(times, start=1):
        rows[f"k-{i}"]["time"] = time
    path = tmp_path / "datei.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def _target(folder, with_data: bool):
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        if with_data:
            session.conn.execute("INSERT INTO school (id, name, school_type)"
                                 " VALUES ('eigene', 'Eigene', 'GMS')")
        return _dump(session.conn)
    finally:
        session.lock()


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("time", REFUSED)
def test_a_time_her_entry_refuses_refuses_the_file(time, with_data, tmp_path, capsys,
                                                   monkeypatch):
    path = _file(tmp_path, time)
    index = [row["id"] for row in json.loads(path.read_text("utf-8"))["tables"]["contact"]]
    folder = tmp_path / "ziel"
    before = _target(folder, with_data)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(folder), str(path)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert (f"tables.contact[{index.index('k-1')}].time: Die Uhrzeit „{time}“ ist keine "
            "gültige Uhrzeit (HH:MM, z. B. 09:30).") in err and "Traceback" not in out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert _dump(session.conn) == before
    finally:
        session.lock()


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
def test_a_time_her_entry_takes_is_stored_as_she_stores_it(with_data, tmp_path, capsys,
                                                           monkeypatch):
    """The day's bounds and none are taken; „9:00“ and „ 9:05 “ are stored as her form
    stores them (as „9:00“ it sorted after 10:00 and printed unlike hers)."""
    path = _file(tmp_path, *TAKEN)
    folder = tmp_path / "ziel"
    _target(folder, with_data)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(folder), str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in out + err, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        stored = [repo.CONTACTS.get(session.conn, f"k-{i}").time
                  for i in range(1, len(TAKEN) + 1)]
        assert stored == list(TAKEN.values())
    finally:
        session.lock()


def test_the_merge_every_package_is_read_by_stores_her_time(tmp_path):
    """A school package and a deputy's return are read by ``merge_document``: a contact's
    „9:00“ comes as 09:00 (and is no difference to ask about the second time)."""
    from ssa_desktop.services import interchange_merge

    doc = json.loads(_file(tmp_path, "9:00").read_text("utf-8"))
    session = Vault.create(tmp_path / "ziel", PASSPHRASE, params=FAST_KDF)[0]
    try:
        interchange_merge.merge_document(session.conn, doc)
        assert repo.CONTACTS.get(session.conn, "k-1").time == "09:00"
        again = interchange_merge.merge_document(session.conn, doc)
        assert again.conflicts == [] and again.changed_nothing
    finally:
        session.lock()


def test_the_merge_refuses_a_time_her_entry_refuses(tmp_path):
    from ssa_desktop.services import interchange_merge

    doc = json.loads(_file(tmp_path, "24:00").read_text("utf-8"))
    session = Vault.create(tmp_path / "ziel", PASSPHRASE, params=FAST_KDF)[0]
    try:
        with pytest.raises(Exception) as err:
            interchange_merge.merge_document(session.conn, doc)
        assert "Die Uhrzeit „24:00“ ist keine gültige Uhrzeit" in str(err.value) + repr(
            getattr(err.value, "problems", ""))
        assert repo.CONTACTS.get(session.conn, "k-1") is None
    finally:
        session.lock()
