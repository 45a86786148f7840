"""A return must make sense: the rules of her own entry apply to every returned contact
(1–600 minutes, at most 24 hours per person and day together with what her vault holds,
a day inside the Vertretung, no copy of a contact she has already), and the number of
rows is bounded by the package's persons and days. A return that breaks a rule is refused
by name with nothing written. Crafted hostile files, real vaults, the real CLI."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_return
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import run_cli
from tests.handover.test_deputy_documents_return import _craft_document
from tests.handover.test_deputy_return import LATER, _craft, _dump, _package, _return, _two
from tests.support import document_files as f

DAY = date(2026, 12, 3)     # a day of the Vertretung (30.11.2026–08.01.2027), before LATER


def _contacts(person, n, minutes, day=DAY, **kw) -> list[Contact]:
    kw.setdefault("time", "10:00")
    return [Contact(day, "EB", minutes, school_id="school-1", person_id=person.id, **kw)
            for _ in range(n)]


def _hostile_return(conn, out, rows_of):
    """Anna's package and a return crafted to carry ``rows_of(anna)``."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert_many(pkg, rows_of(a)))
    return a, result, ret


def _refused(conn, path, *expected):
    before = _dump(conn)
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, path, today=LATER)
    said = str(refused.value)
    assert said.startswith("Die Rückgabe wird nicht eingelesen; nichts wurde verändert.")
    for part in expected:
        assert part in said, said
    assert _dump(conn) == before
    assert path.exists()
    return said


def test_two_thousand_copies_of_a_ten_hour_contact_are_refused(conn, out):
    _a, _result, ret = _hostile_return(conn, out, lambda a: _contacts(a, 2000, 600))
    statistics = repo.STATISTICS.count(conn)
    said = _refused(conn, ret.path,
                    "Kontakte vom 03.12.2026 (P-Anna): zusammen 1.200.000 Minuten an einem "
                    "Tag, mehr als 24 Stunden (1.440 Minuten)",
                    "Kontakt vom 03.12.2026 (P-Anna): steht mehrfach in der Rückgabe")
    assert said.count("\n  ") <= 9          # eight named, then „… und N weitere“
    assert repo.STATISTICS.count(conn) == statistics


# 1 person × 47 days (23.11.2026, the day of writing, to 08.01.2027) × 48 + the 1 entry the
# package carried (Anna's appointment on 02.12.2026) = 2.257 rows at most
@pytest.mark.parametrize("rows, by_number", [(2257, False), (2258, True)])
def test_rows_above_the_limit_are_refused_by_their_number(conn, out, rows, by_number):
    _a, _result, ret = _hostile_return(
        conn, out, lambda a: [Contact(DAY, "EB", 1, school_id="school-1", person_id=a.id,
                                      time=f"{i % 24:02d}:{i % 60:02d}", note=str(i))
                              for i in range(rows)])
    by_count = ("Sie enthält 2.258 Einträge; eine Rückgabe dieses Vertretungspakets "
                "(1 Person, 47 Tage) bringt höchstens 2.257.")
    if by_number:
        _refused(conn, ret.path, by_count)
        return
    # at the limit the rows are read: refused by their day's total, not by their number
    said = _refused(conn, ret.path, "Kontakte vom 03.12.2026 (P-Anna): zusammen 2.257 "
                    "Minuten an einem Tag, mehr als 24 Stunden (1.440 Minuten)")
    assert "Einträge; eine Rückgabe" not in said


def test_her_documents_count_toward_the_row_limit(conn, out):
    """2.257 contacts (the limit above) and one document: 2.258 rows, refused by number."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    ret = _return(result, out)

    def fill(pkg):
        repo.CONTACTS.insert_many(pkg, [
            Contact(DAY, "EB", 1, school_id="school-1", person_id=a.id,
                    time=f"{i % 24:02d}:{i % 60:02d}", note=str(i)) for i in range(2257)])
        _craft_document(pkg, a.id, f.pdf(), title="Einwilligung")

    _craft(result, ret, fill)
    said = _refused(conn, ret.path)
    assert said == ("Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Sie enthält "
                    "2.258 Einträge; eine Rückgabe dieses Vertretungspakets (1 Person, "
                    "47 Tage) bringt höchstens 2.257.")


@pytest.mark.parametrize("minutes, ok", [(0, False), (1, True), (600, True), (601, False)])
def test_the_minutes_of_a_returned_contact_are_those_of_her_entry(conn, out, minutes, ok):
    _a, _result, ret = _hostile_return(conn, out, lambda a: _contacts(a, 1, minutes))
    if ok:
        handover_return.import_return(conn, ret.path, today=LATER)
        assert not ret.path.exists()
        return
    _refused(conn, ret.path, "Kontakt vom 03.12.2026 (P-Anna): ")


@pytest.mark.parametrize("extra, ok", [(0, True), (1, False)])
def test_a_day_holds_24_hours_with_her_own_contacts_counted(conn, out, extra, ok):
    """Her vault: 600 + 240 minutes with Anna on the day; the return: 600 (+ 1) more."""
    a, _b = _two(conn)
    result = _package(conn, out, a)
    repo.CONTACTS.insert_many(conn, [*_contacts(a, 1, 600), *_contacts(a, 1, 240)])
    ret = _return(result, out)
    rows = _contacts(a, 1, 600, note="Vertretung") + (
        _contacts(a, 1, extra, time="16:00") if extra else [])
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert_many(pkg, rows))
    if ok:
        handover_return.import_return(conn, ret.path, today=LATER)
        return
    _refused(conn, ret.path, "Kontakte vom 03.12.2026 (P-Anna): zusammen 1.441 Minuten an "
             "einem Tag, mehr als 24 Stunden (1.440 Minuten)")


def test_a_copy_of_a_contact_she_has_is_refused(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    [hers] = _contacts(a, 1, 45, note="Pause")
    repo.CONTACTS.insert(conn, hers)
    ret = _return(result, out)
    copy = Contact(hers.day, hers.kind, hers.duration_min, school_id=hers.school_id,
                   person_id=hers.person_id, time=hers.time, note=hers.note)
    _craft(result, ret, lambda pkg: repo.CONTACTS.insert(pkg, copy))
    _refused(conn, ret.path, "Kontakt vom 03.12.2026 (P-Anna): gleicht einem Kontakt, den "
             "Sie schon haben")


def test_a_day_outside_the_vertretung_is_refused(conn, out):
    _a, _result, ret = _hostile_return(conn, out,
                                       lambda a: _contacts(a, 1, 30, day=date(2027, 1, 9)))
    _refused(conn, ret.path, "Kontakt vom 09.01.2027 (P-Anna): der Tag 09.01.2027 liegt nach "
             "dem Ende der Vertretung (08.01.2027)")


def test_the_cli_refuses_the_copies_in_german_and_writes_nothing(open_vault, out, capsys,
                                                                 monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    _a, _result, ret = _hostile_return(open_vault.conn, out, lambda a: _contacts(a, 2000, 600))
    before = _dump(open_vault.conn)
    folder = open_vault.vault.folder
    open_vault.lock()
    code, text, err = run_cli(capsys, LATER, "package", "import", "--vault", folder, ret.path)
    assert code == 1 and "Traceback" not in err
    assert "zusammen 1.200.000 Minuten an einem Tag" in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert _dump(session.conn) == before
    finally:
        session.lock()
