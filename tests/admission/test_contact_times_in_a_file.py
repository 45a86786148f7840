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

from ssa_desktop.domain.entities import Contact
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import _dump
from tests.support.import_files import (
    WITH_DATA,
    file_of,
    her_export,
    import_json,
    new_target,
    target_vault,
    unlocked,
)

REFUSED = ["24:00", "12:60", "9:0", "0930", "ab:cd", "09:30:00", "-1:30", "٠٩:٣٠"]
TAKEN = {"23:59": "23:59", "00:00": "00:00", "": "", "  ": "", "9:00": "09:00",
         " 9:05 ": "09:05"}


def _file(tmp_path, *times: str) -> tuple:
    """Her export with P-Anna and one contact of each time (ids k-1, k-2, …)."""
    def contacts(conn) -> None:
        for i, _time in enumerate(times, start=1):
            repo.CONTACTS.insert(conn, Contact(day=date(2026, 11, 3), kind="EB",
                                               duration_min=30, person_id="anna",
                                               school_id="school-1", time="10:00",
                                               id=f"k-{i}"))

    doc = her_export(tmp_path, contacts)
    rows = {row["id"]: row for row in doc["tables"]["contact"]}
    for i, time in enumerate(times, start=1):
        rows[f"k-{i}"]["time"] = time
    return file_of(tmp_path, doc)


@WITH_DATA
@pytest.mark.parametrize("time", REFUSED)
def test_a_time_her_entry_refuses_refuses_the_file(time, with_data, tmp_path, capsys,
                                                   monkeypatch):
    path = _file(tmp_path, time)
    index = [row["id"] for row in json.loads(path.read_text("utf-8"))["tables"]["contact"]]
    folder = tmp_path / "ziel"
    before = target_vault(folder, with_data)
    code, out, err = import_json(folder, path, capsys, monkeypatch)
    assert code == 1, out + err
    assert (f"tables.contact[{index.index('k-1')}].time: Die Uhrzeit „{time}“ ist keine "
            "gültige Uhrzeit (HH:MM, z. B. 09:30).") in err
    with unlocked(folder) as conn:
        assert _dump(conn) == before


@WITH_DATA
def test_a_time_her_entry_takes_is_stored_as_she_stores_it(with_data, tmp_path, capsys,
                                                           monkeypatch):
    """The day's bounds and none are taken; „9:00“ and „ 9:05 “ are stored as her form
    stores them (as „9:00“ it sorted after 10:00 and printed unlike hers)."""
    path = _file(tmp_path, *TAKEN)
    folder = tmp_path / "ziel"
    target_vault(folder, with_data)
    code, out, err = import_json(folder, path, capsys, monkeypatch)
    assert code == 0, out + err
    with unlocked(folder) as conn:
        stored = [repo.CONTACTS.get(conn, f"k-{i}").time for i in range(1, len(TAKEN) + 1)]
        assert stored == list(TAKEN.values())


def test_the_merge_every_package_is_read_by_stores_her_time(tmp_path):
    """A school package and a deputy's return are read by ``merge_document``: a contact's
    „9:00“ comes as 09:00 (and is no difference to ask about the second time)."""
    from ssa_desktop.services import interchange_merge

    doc = json.loads(_file(tmp_path, "9:00").read_text("utf-8"))
    with new_target(tmp_path / "ziel") as conn:
        interchange_merge.merge_document(conn, doc)
        assert repo.CONTACTS.get(conn, "k-1").time == "09:00"
        again = interchange_merge.merge_document(conn, doc)
        assert again.conflicts == [] and again.changed_nothing


def test_the_merge_refuses_a_time_her_entry_refuses(tmp_path):
    from ssa_desktop.services import interchange_merge

    doc = json.loads(_file(tmp_path, "24:00").read_text("utf-8"))
    with new_target(tmp_path / "ziel") as conn:
        with pytest.raises(Exception) as err:
            interchange_merge.merge_document(conn, doc)
        assert "Die Uhrzeit „24:00“ ist keine gültige Uhrzeit" in str(err.value) + repr(
            getattr(err.value, "problems", ""))
        assert repo.CONTACTS.get(conn, "k-1") is None
