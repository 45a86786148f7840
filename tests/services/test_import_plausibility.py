"""An interchange file must make sense, by the same rules as a return of the Vertretung
(``domain/plausibility.bulk_contacts``): per contact what her entry let her save (any
version: 0–1,440 minutes, until 21.11.2026 her entry took up to 1,440), one person's
contacts on one day at most 24 hours and at most 48 together with what her vault holds,
no new contact that copies one she has or another of the file, no contact dated after
today (her form's sentence), and at most 500,000 rows.
A file that breaks a rule is refused by ``import-json`` with table, row and rule named,
exit 1, and nothing written (the whole target vault compared). Crafted files, real
vaults, the real CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import as ixi
from ssa_desktop.services import interchange_merge as ixm
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_deputy_return import _dump
from tests.services.test_import_not_counted_hostile import _vault
from tests.support.vaults import FAST_KDF

DAY = "2026-11-03"


def _export(conn, contacts: list[dict]) -> dict:
    """Her export with P-Anna and the crafted contacts (no statistics records: they are
    derived on reading, as for a file written by hand)."""
    repo.PERSONS.insert(conn, Person("P-Anna", school_id="school-1", id="anna"))
    doc = ix.export_document(conn)
    doc["tables"]["contact"] = contacts
    return doc


def _contact(i: int, minutes: int, **fields) -> dict:
    return {"id": f"c-{i:05d}", "day": DAY, "kind": "EB", "duration_min": minutes,
            "school_id": "school-1", "person_id": "anna", **fields}


def _target_dump(folder) -> dict:
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        return _dump(session.conn)
    finally:
        session.lock()


def _import(doc, folder, tmp_path, capsys, monkeypatch):
    path = tmp_path / "datei.json"
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["import-json", "--vault", str(folder), str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _refused(doc, tmp_path, capsys, monkeypatch, *, with_data: bool) -> str:
    folder = _vault(tmp_path / "ziel", with_data=with_data)
    before = _target_dump(folder)
    code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 1, out + err
    assert "Die Datei wurde nicht eingelesen; es wurde nichts verändert." in err
    assert "eingelesen:" not in out.lower()
    assert _target_dump(folder) == before
    return err


HOSTILE = {
    # 2,000 copies of one ten-hour contact of one child on one day (20,000 hours)
    "copies": ([_contact(i, 600, time="10:00") for i in range(2000)], [
        "tables.contact[0]: Kontakte vom 03.11.2026 (P-Anna): zusammen 1.200.000 Minuten "
        "an einem Tag, mehr als 24 Stunden (1.440 Minuten)",
        "tables.contact[0]: Kontakte vom 03.11.2026 (P-Anna): 2.000 Kontakte an einem Tag, "
        "mehr als einer je halbe Stunde (höchstens 48)",
        "tables.contact[1]: Kontakt vom 03.11.2026 (P-Anna): steht mehrfach in der Datei"]),
    # one minute more than a day: no version of her entry let her save it
    "longer_than_a_day": ([_contact(0, 1441)], [
        "tables.contact[0].duration_min: Kontakt vom 03.11.2026 (P-Anna): 1441 Minuten sind "
        "24,02 Stunden – länger als ein Tag; so lange ließ die Eingabe keinen Kontakt "
        "speichern (höchstens 1440 Minuten)"]),
    # 49 one-minute talks without time or note: no copies, 49 minutes, one too many
    "forty_nine": ([_contact(i, 1) for i in range(49)], [
        "tables.contact[0]: Kontakte vom 03.11.2026 (P-Anna): 49 Kontakte an einem Tag, "
        "mehr als einer je halbe Stunde (höchstens 48)"]),
}


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_a_file_that_breaks_her_entry_s_rules_is_refused_by_name_with_nothing_written(
        conn, hostile, with_data, tmp_path, capsys, monkeypatch):
    rows, expected = HOSTILE[hostile]
    err = _refused(_export(conn, rows), tmp_path, capsys, monkeypatch, with_data=with_data)
    for line in expected:
        assert f"  {line}\n" in err, err


def test_forty_eight_contacts_of_twenty_four_hours_on_one_day_are_read(
        conn, tmp_path, capsys, monkeypatch):
    """The boundaries themselves: 48 contacts of 30 minutes = 1,440 minutes."""
    folder = _vault(tmp_path / "ziel", with_data=False)
    doc = _export(conn, [_contact(i, 30) for i in range(48)])
    code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert repo.CONTACTS.count(session.conn) == 48
    finally:
        session.lock()


def test_an_old_export_with_contacts_her_entry_took_until_november_is_read(
        conn, tmp_path, capsys, monkeypatch):
    """Until 21.11.2026 her entry saved 0 to 1,440 minutes per contact: an export of
    such a vault is hers and is read (today's entry asks 1–600 of what she types)."""
    folder = _vault(tmp_path / "ziel", with_data=True)
    doc = _export(conn, [_contact(0, 1440), _contact(1, 0, day="2026-11-04"),
                         _contact(2, 700, day="2026-11-05")])
    code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert sorted(c.duration_min for c in repo.CONTACTS.all(session.conn)) == [0, 700, 1440]
    finally:
        session.lock()


def _vault_with_her_contacts(folder, contacts: list[Contact]):
    session = Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    try:
        session.conn.execute("INSERT INTO school (id, name) VALUES ('school-1', 'Schule')")
        repo.PERSONS.insert(session.conn, Person("P-Anna", school_id="school-1", id="anna"))
        repo.CONTACTS.insert_many(session.conn, contacts)
    finally:
        session.lock()
    return folder


def test_a_copy_of_her_contact_and_a_day_over_24_hours_with_hers_are_refused(
        conn, tmp_path, capsys, monkeypatch):
    """Her vault holds a 10:00 talk of 500 minutes and one of 400 at 14:00 with Anna on the
    day; the file brings the 10:00 talk again under another id and 600 minutes more."""
    folder = _vault_with_her_contacts(tmp_path / "ziel", [
        Contact(date(2026, 11, 3), "EB", 500, school_id="school-1", person_id="anna",
                time="10:00", id="hers-1"),
        Contact(date(2026, 11, 3), "EB", 400, school_id="school-1", person_id="anna",
                time="14:00", id="hers-2")])
    before = _target_dump(folder)
    doc = _export(conn, [_contact(0, 500, time="10:00"), _contact(1, 600, time="20:00")])
    code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 1, out + err
    assert ("  tables.contact[0]: Kontakte vom 03.11.2026 (P-Anna): zusammen 2.000 Minuten "
            "an einem Tag, mehr als 24 Stunden (1.440 Minuten)\n") in err, err
    assert ("  tables.contact[0]: Kontakt vom 03.11.2026 (P-Anna): gleicht einem Kontakt, "
            "den Sie schon haben\n") in err, err
    assert _target_dump(folder) == before


@pytest.mark.parametrize(("rows", "refused_by_number"), [(500_000, False), (500_001, True)])
def test_a_file_of_more_than_500_000_rows_is_refused_by_its_number(
        conn, rows, refused_by_number, tmp_path, capsys, monkeypatch):
    """The school and P-Anna are two rows; the rest are empty contacts (each an error of
    its own when the number lets the rows be read)."""
    doc = _export(conn, [{}] * (rows - 2))
    err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=False)
    said = f"  tables: {rows:,} Zeilen; eine Austauschdatei hat höchstens 500.000 Zeilen\n"
    assert (said.replace(",", ".") in err) is refused_by_number, err
    assert ("tables.contact[0]: erwartet" in err or "tables.contact[0].id" in err) \
        is not refused_by_number, err


FUTURE = ("Der Kontakt ist auf den {} datiert, also in der Zukunft. Kontakte werden nach "
          "dem Gespräch erfasst; Künftiges gehört in die Termine.")


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("day", ["2026-11-04", "2099-01-01"])
def test_a_contact_dated_after_today_is_refused_with_her_form_s_sentence(
        conn, day, with_data, tmp_path, capsys, monkeypatch):
    """Her form refuses a contact after today (``plausibility.day``); a file is held to
    the same sentence, by place, and nothing is written (today: 03.11.2026)."""
    doc = _export(conn, [_contact(0, 30), _contact(1, 30, day=day, time="11:00")])
    with clock.frozen(date(2026, 11, 3)):
        err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=with_data)
    shown = date.fromisoformat(day).strftime("%d.%m.%Y")
    assert f"  tables.contact[1].day: {FUTURE.format(shown)}\n" in err, err
    assert "tables.contact[0]" not in err, err


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
def test_a_contact_dated_today_is_read(conn, with_data, tmp_path, capsys, monkeypatch):
    """The day itself is no future: read into an empty vault and merged into hers."""
    folder = _vault(tmp_path / "ziel", with_data=with_data)
    doc = _export(conn, [_contact(0, 30)])
    with clock.frozen(date(2026, 11, 3)):
        code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert "c-00000" in {c.id for c in repo.CONTACTS.all(session.conn)}
    finally:
        session.lock()


@pytest.mark.parametrize("read", ["import_document", "merge_document"])
def test_the_services_hold_a_file_s_future_contact_to_the_one_clock(conn, read, tmp_path):
    """Called directly (as the window does), both readings ask the one clock."""
    doc = _export(conn, [_contact(0, 30, day="2026-11-04")])
    reader = {"import_document": ixi.import_document, "merge_document": ixm.merge_document}
    session = Vault(_vault(tmp_path / "ziel", with_data=False)).unlock(PASSPHRASE)
    try:
        with clock.frozen(date(2026, 11, 3)), pytest.raises(ix.InterchangeError) as refused:
            reader[read](session.conn, doc)
        assert repo.CONTACTS.count(session.conn) == 0
    finally:
        session.lock()
    assert [str(p) for p in refused.value.problems] == [
        f"tables.contact[0].day: {FUTURE.format('04.11.2026')}"]


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
def test_a_goal_rating_dated_after_today_is_refused_with_her_form_s_sentence(
        conn, with_data, tmp_path, capsys, monkeypatch):
    """The rating form and the service refuse a rating on a day to come
    (``goals.rating_day_problem``); a file is held to the same sentence, by place; the
    day itself is read (today: 03.11.2026)."""
    from ssa_desktop.domain import goals as g
    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import goals, persons

    doc = _export(conn, [])
    case = persons.save_case(conn, Case("anna", date(2026, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2026-09-01T10:00:00"))
    with clock.frozen(date(2026, 11, 3)):
        goals.rate(conn, goal.id, 0, date(2026, 11, 3))
        goals.rate(conn, goal.id, 1, date(2026, 11, 3))
    doc = ix.export_document(conn)
    doc["tables"]["goal_rating"][1]["day"] = "2026-11-04"
    with clock.frozen(date(2026, 11, 3)):
        err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=with_data)
    assert ("  tables.goal_rating[1].day: Der 04.11.2026 liegt in der Zukunft: bitte den Tag "
            "der Einschätzung angeben.\n") in err, err
    assert "tables.goal_rating[0]" not in err, err


SHORT_FUTURE = ("Der Kurzkontakt ist auf den {} datiert, also in der Zukunft. Kontakte werden "
                "nach dem Gespräch erfasst; Künftiges gehört in die Termine.")


def _short(i: int, day: str) -> dict:
    return {"id": f"k-{i:05d}", "day": day, "school_id": "school-1", "gender": "w",
            "grade": 7, "topics": [], "count": 1, "duration_min": 5}


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
@pytest.mark.parametrize("day", ["2026-11-04", "2099-01-01"])
def test_a_short_contact_dated_after_today_is_refused_with_her_form_s_sentence(
        conn, day, with_data, tmp_path, capsys, monkeypatch):
    """Her Kurzkontakt form refuses a day to come (``plausibility.short_contact``); a
    file's Kurzkontakt is held to the same sentence, by place, nothing written (today:
    03.11.2026; the day itself is read)."""
    doc = _export(conn, [])
    doc["tables"]["short_contact"] = [_short(0, DAY), _short(1, day)]
    with clock.frozen(date(2026, 11, 3)):
        err = _refused(doc, tmp_path, capsys, monkeypatch, with_data=with_data)
    shown = date.fromisoformat(day).strftime("%d.%m.%Y")
    assert f"  tables.short_contact[1].day: {SHORT_FUTURE.format(shown)}\n" in err, err
    assert "tables.short_contact[0]" not in err, err


@pytest.mark.parametrize("with_data", [False, True], ids=["leer", "zusammenführen"])
def test_a_short_contact_dated_today_is_read(conn, with_data, tmp_path, capsys, monkeypatch):
    folder = _vault(tmp_path / "ziel", with_data=with_data)
    doc = _export(conn, [])
    doc["tables"]["short_contact"] = [_short(0, DAY)]
    with clock.frozen(date(2026, 11, 3)):
        code, out, err = _import(doc, folder, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [sc.id for sc in repo.SHORT_CONTACTS.all(session.conn)] == ["k-00000"]
    finally:
        session.lock()


@pytest.mark.parametrize("read", ["import_document", "merge_document"])
def test_the_services_hold_a_file_s_future_short_contact_to_the_one_clock(conn, read,
                                                                          tmp_path):
    """Called directly (as the window and the school package do), both ask the one clock."""
    doc = _export(conn, [])
    doc["tables"]["short_contact"] = [_short(0, "2026-11-04")]
    reader = {"import_document": ixi.import_document, "merge_document": ixm.merge_document}
    session = Vault(_vault(tmp_path / "ziel", with_data=False)).unlock(PASSPHRASE)
    try:
        with clock.frozen(date(2026, 11, 3)), pytest.raises(ix.InterchangeError) as refused:
            reader[read](session.conn, doc)
        assert repo.SHORT_CONTACTS.count(session.conn) == 0
    finally:
        session.lock()
    assert [str(p) for p in refused.value.problems] == [
        f"tables.short_contact[0].day: {SHORT_FUTURE.format('04.11.2026')}"]
