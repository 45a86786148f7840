"""A person already due for deletion (the retention rules, „Löschung fällig") does not
travel unnoticed: a school package and a Vertretungspaket leave her out unless the worker
says „trotzdem mitgeben" for her (``send_due``; CLI ``--send-due ID``). On real vaults,
real package files and a real receive on the successor's side."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Appointment, Consent, Person
from ssa_desktop.services import handover_deputy, handover_school, retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import run_cli
from tests.handover.test_cli_package import _key
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
from tests.support.handed_over import received, successors_receipt
from tests.support.vaults import FAST_KDF

LEFT = date(2020, 7, 31)   # she left the school long ago: due under R2


def _due_pupil(conn) -> Person:
    return repo.PERSONS.insert(conn, Person("K-Alt", school_id="school-1", leaving_date=LEFT,
                                            birth_year=2006, first_name="Alte",
                                            last_name="Schülerin"))


def _school_package(conn, tmp_path, send_due=()):
    """School-1 handed over to Mara Ott today."""
    return handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"),
                                                 tmp_path, today=TODAY, send_due=send_due)


def _received_due(conn, tmp_path, send_due=()) -> int:
    """The school package of school-1 read into a fresh successor's vault: her count of
    what is due for deletion right after."""
    result = _school_package(conn, tmp_path, send_due)
    with received(result, tmp_path, TODAY) as (successor, _receipt):
        persons = {p.pseudonym for p in repo.PERSONS.all(successor.conn)}
        due = retention.count_due(successor.conn, today=TODAY).due
    assert ("K-Alt" in persons) == bool(send_due)
    return due


def test_the_school_preview_names_the_due_person_with_the_rules_reason(conn):
    old = _due_pupil(conn)
    _person(conn, "Anna")
    [due] = handover_school.school_due_persons(conn, "school-1", today=TODAY)
    assert (due.person_id, due.pseudonym) == (old.id, "K-Alt")
    assert due.reason == "fällig seit 31.07.2020 nach R2: Abgang + 0 Monate"


def test_by_default_a_due_person_stays_home_and_the_successor_has_nothing_due(conn, tmp_path):
    _due_pupil(conn)
    _person(conn, "Anna")
    assert retention.count_due(conn, today=TODAY).due == 1
    assert _received_due(conn, tmp_path) == 0


def test_sent_anyway_she_travels_and_is_due_at_the_successor(conn, tmp_path):
    old = _due_pupil(conn)
    _person(conn, "Anna")
    assert _received_due(conn, tmp_path, send_due=[old.id]) == 1


def test_a_vertretungspaket_leaves_a_due_person_out_unless_sent(conn, tmp_path):
    old = _due_pupil(conn)
    repo.CONSENTS.insert(conn, Consent(old.id, "Vertretung der Schulsozialarbeit",
                                       date(2026, 9, 1), deputy=True))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "10:00", "10:45",
                                               person_id=old.id, school_id="school-1"))
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    chosen = [old.id, anna.id]
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, chosen, tmp_path / "a",
                                                   today=TODAY)
    assert result.persons == [anna.id]
    assert [d.person_id for d in result.left_out] == [old.id]
    again = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, chosen, tmp_path / "b",
                                                  today=TODAY, send_due=[old.id])
    assert sorted(again.persons) == sorted(chosen)


def test_the_cli_leaves_her_out_says_so_and_sends_her_with_the_flag(open_vault, tmp_path,
                                                                    capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    old = _due_pupil(open_vault.conn)
    _person(open_vault.conn, "Anna")
    folder = open_vault.vault.folder
    open_vault.lock()
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    code, out, err = run_cli(capsys, TODAY, "package", "create", "--vault", folder, "--school",
                             "school-1", "--successor", "Mara Ott", "--out", first)
    assert code == 0, err
    assert (f"Nicht mitgegeben (Löschung fällig): {old.id}  K-Alt – fällig seit 31.07.2020 "
            "nach R2: Abgang + 0 Monate") in out
    assert f"--send-due {old.id}" in out
    first_key = _key(out)
    assert "Im Übermittlungsprotokoll eingetragen: 1 Person(en)" in out
    code, out, err = run_cli(capsys, TODAY, "package", "create", "--vault", folder, "--school",
                             "school-1", "--successor", "Mara Ott", "--out", second,
                             "--send-due", old.id)
    assert code == 0, err
    assert "Nicht mitgegeben" not in out
    assert f"Trotzdem mitgegeben (Löschung fällig): {old.id}  K-Alt" in out
    assert "Im Übermittlungsprotokoll eingetragen: 2 Person(en)" in out
    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(out))
    [package] = list(second.iterdir())
    receipts = tmp_path / "quittungen"
    receipts.mkdir()
    code, out, err = run_cli(capsys, TODAY, "package", "receive", "--vault", successor,
                             "--package", package, "--receipt-out", receipts)
    assert code == 0, err
    [first_package] = list(first.iterdir())   # the one without her: its receipt says so
    monkeypatch.setenv("SSA_PACKAGE_KEY", first_key)
    other = tmp_path / "nachfolge-2"
    Vault.create(other, PASSPHRASE, params=FAST_KDF)[0].lock()
    receipts_2 = tmp_path / "quittungen-2"
    receipts_2.mkdir()
    code, out, err = run_cli(capsys, TODAY, "package", "receive", "--vault", other,
                             "--package", first_package, "--receipt-out", receipts_2)
    assert code == 0, err
    [receipt] = list(receipts_2.iterdir())
    code, out, err = run_cli(capsys, TODAY, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert "1 Person war zur Löschung fällig und wurde nicht mitgegeben" in out
    assert "Folgepaket" not in out


def test_after_the_receipt_she_stays_as_due_not_as_new_since_the_package(conn, tmp_path):
    """The receipt deletes what went; the due person left out is not "added or changed
    since the package" (no follow-up package for her): she is named as left out."""
    from ssa_desktop.services import handover_confirm

    old = _due_pupil(conn)
    _person(conn, "Anna")
    result = _school_package(conn, tmp_path)
    receipt = successors_receipt(result, tmp_path, TODAY)
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert (report.left, report.kept_sentence) == (0, "")
    assert report.due_kept == 1
    assert report.due_sentence == (
        "1 Person war zur Löschung fällig und wurde nicht mitgegeben; sie bleibt bei Ihnen, "
        "bis Sie sie löschen (Datenschutz → Löschung fällig).")
    assert [p.id for p in repo.PERSONS.all(conn)] == [old.id]


def test_cli_propose_marks_her_and_create_leaves_her_out_of_a_vertretungspaket(
        open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    old = _due_pupil(open_vault.conn)
    repo.CONSENTS.insert(open_vault.conn, Consent(old.id, "Vertretung der Schulsozialarbeit",
                                                  date(2026, 9, 1), deputy=True))
    repo.APPOINTMENTS.insert(open_vault.conn, Appointment(
        date(2026, 12, 2), "10:00", "10:45", person_id=old.id, school_id="school-1"))
    _person(open_vault.conn, "Anna", appointment=date(2026, 12, 2))
    folder = open_vault.vault.folder
    open_vault.lock()
    period = ("--from", "2026-11-30", "--to", "2027-01-08")
    code, out, err = run_cli(capsys, TODAY, "package", "propose", "--vault", folder, *period)
    assert code == 0, err
    assert (f"Zur Löschung fällig (geht nur mit --send-due {old.id} mit): {old.id}  K-Alt – "
            "fällig seit 31.07.2020 nach R2: Abgang + 0 Monate") in out
    code, out, err = run_cli(capsys, TODAY, "package", "create", "--vault", folder, *period,
                             "--deputy", "Jana Berger", "--out", tmp_path)
    assert code == 0, err
    assert f"Nicht mitgegeben (Löschung fällig): {old.id}  K-Alt" in out
    assert "Im Übermittlungsprotokoll eingetragen: 1 Person(en)" in out


def test_the_due_persons_of_a_package_are_assessed_without_the_other_record_kinds(conn):
    """Which persons are due is a question about persons: the school package and its
    preview assess the persons' facts only, not every note, time month, disclosure and
    free text of the vault (that was most of a package's time in a large vault)."""
    old = _due_pupil(conn)
    _person(conn, "Anna")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        due = handover_school.school_due_persons(conn, "school-1", today=TODAY)
    finally:
        conn.set_trace_callback(None)
    assert [d.person_id for d in due] == [old.id]
    read = " ".join(statements)
    for other_kind in ("time_entry", "working_note", "disclosure", "group_activity"):
        assert f"FROM {other_kind}" not in read, other_kind
def _her_contact_in_annas_case(conn) -> tuple[Person, Person]:
    """A due person (a guardian left long ago) with a contact inside Anna's case and a
    correction note on it; Anna travels."""
    from ssa_desktop.domain.entities import Annotation, Contact

    old = _due_pupil(conn)
    anna = _person(conn, "Anna")
    [case] = [c for c in repo.CASES.all(conn) if c.person_id == anna.id]
    hers = repo.CONTACTS.insert(conn, Contact(date(2026, 9, 20), "EG", 30, school_id="school-1",
                                              person_id=old.id, case_id=case.id,
                                              participants=("guardian",), note="Gespräch Mutter"))
    repo.ANNOTATIONS.insert(conn, Annotation("contact", hers.id, "note", "Gespräch",
                                             "Gespräch Mutter"))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 3), "09:00", "09:30",
                                               person_id=anna.id, school_id="school-1",
                                               contact_id=hers.id, note="Folgetermin"))
    return old, anna


def test_her_contact_in_a_travelling_case_stays_with_her_and_the_package_reads_in(
        conn, tmp_path):
    old, anna = _her_contact_in_annas_case(conn)
    result = _school_package(conn, tmp_path)
    with received(result, tmp_path, TODAY) as (successor, _receipt):
        assert [p.pseudonym for p in repo.PERSONS.all(successor.conn)] == ["P-Anna"]
        assert [c.note for c in repo.CONTACTS.all(successor.conn)] == ["KontaktnotizAnna"]
        assert [(a.note, a.contact_id) for a in repo.APPOINTMENTS.all(successor.conn)] == [
            ("Folgetermin", None)]
        assert repo.ANNOTATIONS.all(successor.conn) == []
    assert result.counts["Kontakte"] == 1


def test_the_receipt_deletes_what_went_and_leaves_her_and_her_contact(conn, tmp_path):
    from ssa_desktop.services import handover_confirm

    old, anna = _her_contact_in_annas_case(conn)
    result = _school_package(conn, tmp_path)
    receipt = successors_receipt(result, tmp_path, TODAY)
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert [p.id for p in repo.PERSONS.all(conn)] == [old.id]
    assert [(c.person_id, c.case_id, c.note) for c in repo.CONTACTS.all(conn)] == [
        (old.id, None, "Gespräch Mutter")]
    assert repo.CASES.all(conn) == []
    assert repo.APPOINTMENTS.all(conn) == []
    assert [a.text for a in repo.ANNOTATIONS.all(conn)] == ["Gespräch Mutter"]
    assert (report.left, report.kept_sentence, report.due_kept) == (0, "", 1)


def test_a_vertretungspaket_carries_no_row_of_a_due_person_left_out(conn, tmp_path):
    """Her contact in Anna's case, an appointment linked to it, her own consent and
    appointment in the period: nothing in the package names her."""
    from ssa_desktop.services import handover as packages

    old, anna = _her_contact_in_annas_case(conn)
    repo.CONSENTS.insert(conn, Consent(old.id, "Vertretung der Schulsozialarbeit",
                                       date(2026, 9, 1), deputy=True))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "10:00", "10:45",
                                               person_id=old.id, school_id="school-1"))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [old.id, anna.id],
                                                   tmp_path, today=TODAY)
    assert result.persons == [anna.id]
    pkg, _info = packages.open_package(result.path, result.key_text, today=TODAY)
    try:
        tables = [t for (t,) in pkg.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if any(c[1] == "person_id" for c in pkg.execute(f'PRAGMA table_info("{t}")'))]
        named = {r[0] for t in tables
                 for r in pkg.execute(f'SELECT person_id FROM "{t}"')}  # noqa: S608
        text = [r[0] for r in pkg.execute("SELECT note FROM contact")]
    finally:
        pkg.close()
    assert named <= {anna.id, None}
    assert "Gespräch Mutter" not in text


def test_a_contact_of_a_travelling_person_in_her_case_stays_in_it_without_the_name(
        conn, tmp_path):
    """The other way round: Anna travels, the due person's case stays with her, and so
    does Anna's contact inside that case; the receipt deletes Anna and keeps the contact
    in the case without naming her (no one stays behind for it)."""
    from ssa_desktop.domain.entities import Case, Contact
    from ssa_desktop.services import handover_confirm

    old = _due_pupil(conn)
    anna = _person(conn, "Anna")
    case = repo.CASES.insert(conn, Case(old.id, date(2019, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2019, 9, 2), "EG", 30, school_id="school-1",
                                       person_id=anna.id, case_id=case.id, note="Mit Anna"))
    result = _school_package(conn, tmp_path)
    with received(result, tmp_path, TODAY) as (successor, receipt):
        assert [c.note for c in repo.CONTACTS.all(successor.conn)] == ["KontaktnotizAnna"]
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert (report.left, report.kept_sentence, report.due_kept) == (0, "", 1)
    assert [p.id for p in repo.PERSONS.all(conn)] == [old.id]
    assert [(c.person_id, c.case_id, c.note) for c in repo.CONTACTS.all(conn)] == [
        (None, case.id, "Mit Anna")]
