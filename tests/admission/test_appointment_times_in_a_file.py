"""An appointment arrives as the Termine form saves it (``appointments.times_problem``,
the rule of ``save_appointment``): each time HH:MM, the end after the start. A file with
„99:77“ or an end before the start (it would print on a Beratungszettel and count negative
minutes) is refused by ``import-json`` with its place and the form's sentence, into an
empty vault and into one with data, nothing written. Real vaults, real file, the CLI."""

from __future__ import annotations

import json

import pytest

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

HOSTILE = {
    "no_time": ({"start": "99:77", "end": "10:00"},
                ("tables.appointment[0].start: Der Beginn „99:77“ ist keine gültige "
                 "Uhrzeit (HH:MM, z. B. 09:30).")),
    "backwards": ({"start": "11:00", "end": "10:00"},
                  "tables.appointment[0].end: Das Ende des Termins muss nach dem Beginn liegen."),
    "no_length": ({"start": "10:00", "end": "10:00"},
                  "tables.appointment[0].end: Das Ende des Termins muss nach dem Beginn liegen."),
    # „9:00“ and „ 9:00“ are read as the form reads them (09:00: see
    # test_a_time_with_blanks_is_read_as_the_form_reads_it); a minute of one digit is none
    "short": ({"start": "08:00", "end": "9:0"},
              ("tables.appointment[0].end: Das Ende „9:0“ ist keine gültige Uhrzeit "
               "(HH:MM, z. B. 09:30).")),
}


def _file(tmp_path, times: dict, *more: dict) -> tuple:
    """Her export with P-Anna and one crafted appointment; the target vault (empty, or
    with a school of its own) is made beside it."""
    doc = her_export(tmp_path)
    doc["tables"]["appointment"] = [{"id": "t-1", "day": "2026-11-03", "person_id": "anna",
                                     "school_id": "school-1", **times},
                                    *({"id": f"t-{i}", "day": "2026-11-03", "person_id": "anna",
                                       "school_id": "school-1", **other}
                                      for i, other in enumerate(more, start=2))]
    return file_of(tmp_path, doc)


@WITH_DATA
@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_an_appointment_her_form_refuses_refuses_the_file(hostile, with_data, tmp_path, capsys,
                                                          monkeypatch):
    times, sentence = HOSTILE[hostile]
    path = _file(tmp_path, times)
    folder = tmp_path / "ziel"
    before = target_vault(folder, with_data)
    code, out, err = import_json(folder, path, capsys, monkeypatch)
    assert code == 1, out + err
    assert sentence in err
    with unlocked(folder) as conn:
        assert _dump(conn) == before


def test_her_own_appointment_is_read(tmp_path, capsys, monkeypatch):
    path = _file(tmp_path, {"start": "09:40", "end": "10:25"})
    folder = tmp_path / "ziel"
    target_vault(folder, True)
    assert import_json(folder, path, capsys, monkeypatch)[0] == 0


@WITH_DATA
def test_a_time_without_its_leading_zero_is_stored_as_the_form_stores_it(
        with_data, tmp_path, capsys, monkeypatch):
    """„9:00“ is a time the form takes and stores as 09:00 (``save_appointment``); from a
    file it is stored the same (as „9:00“ it sorted after 10:00 and printed unlike hers)."""
    from datetime import date

    from ssa_desktop.services import appointments

    path = _file(tmp_path, {"start": "10:00", "end": "10:30"}, {"start": "9:00", "end": "9:45"})
    folder = tmp_path / "ziel"
    target_vault(folder, with_data)
    code, out, err = import_json(folder, path, capsys, monkeypatch)
    assert code == 0, out + err
    with unlocked(folder) as conn:
        stored = repo.APPOINTMENTS.get(conn, "t-2")
        assert (stored.start, stored.end) == ("09:00", "09:45")
        listed = appointments.appointments_on(conn, date(2026, 11, 3))
        assert [(v.id, v.start, v.duration_min) for v in listed] == [
            ("t-2", "09:00", 45), ("t-1", "10:00", 30)]


def test_the_merge_every_package_is_read_by_stores_the_form_s_time(tmp_path):
    """A school package and a deputy's return are read by ``merge_document``: its rows
    come normalised (and a time already hers is no difference to ask about)."""
    from ssa_desktop.services import interchange_merge

    doc = json.loads(_file(tmp_path, {"start": "9:00", "end": "9:45"}).read_text("utf-8"))
    with new_target(tmp_path / "ziel") as conn:
        interchange_merge.merge_document(conn, doc)
        assert repo.APPOINTMENTS.get(conn, "t-1").start == "09:00"
        again = interchange_merge.merge_document(conn, doc)
        assert again.conflicts == [] and again.changed_nothing
        assert repo.APPOINTMENTS.get(conn, "t-1").end == "09:45"


@WITH_DATA
def test_a_time_with_blanks_is_read_as_the_form_reads_it(with_data, tmp_path, capsys,
                                                         monkeypatch):
    """The form's rule takes „ 9:00“ (``check_time`` strips it); the length was reckoned of
    the text as it came, and its ValueError stopped the reading („Unerwarteter Fehler
    (ValueError)“)."""
    path = _file(tmp_path, {"start": " 9:00", "end": "09:45 "})
    folder = tmp_path / "ziel"
    target_vault(folder, with_data)
    code, out, err = import_json(folder, path, capsys, monkeypatch)
    assert code == 0, out + err
    with unlocked(folder) as conn:
        stored = repo.APPOINTMENTS.get(conn, "t-1")
        assert (stored.start, stored.end) == ("09:00", "09:45")
