"""The decisions of the handover use cases that the other files leave open, on real
vaults and package files (each test was written against a mutant of
``services/handover.py`` that survived its selection, docs/testing.md): which rows a
return carries, which key stays, which receipt deletes, what is kept."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import (
    handover_confirm,
    handover_deputy,
    handover_deputy_work,
    handover_receipt,
    handover_return,
    handover_school,
)
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import handover_school_repo as qs
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from tests.handover.test_deputy_return import (
    LATER,
    WORKDAY,
    _craft,
    _entry,
    _mark,
    _open,
    _package,
    _return,
)
from tests.services.test_handover import DEPUTY, PERIOD, _person


def test_a_package_of_an_earlier_release_returns_only_the_rows_she_touched(conn, out):
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    bea = _person(conn, "Bea", appointment=date(2026, 12, 3))
    result = _package(conn, out, anna, bea)
    pkg = _open(result)
    try:
        # an earlier release kept one hash per row, of the row as it went in
        old = {"contact": {}, "appointment": {
            a.id: rules.row_hash(dataclasses.asdict(a)) for a in repo.APPOINTMENTS.all(pkg)}}
        with transaction(pkg):
            q.set_meta(pkg, "baseline", json.dumps(old))
        [hers] = [a for a in repo.APPOINTMENTS.all(pkg) if a.person_id == anna.id]
        _mark(pkg, hers.id, "attended")
    finally:
        pkg.close()
    ret = _return(result, out)
    back, _info = svc.open_package(ret.path, result.key_text, today=LATER)
    try:
        assert [(a.id, a.status) for a in repo.APPOINTMENTS.all(back)] == [(hers.id, "attended")]
    finally:
        back.close()


def _as_written_by_an_earlier_release(conn, package_id: str) -> None:
    """An earlier release kept no ``contents`` in its registry entry: what the package
    carried is read from the disclosure log."""
    entry = dict(q.registry(conn, q.REGISTRY_PREFIX)[package_id])
    del entry["contents"]
    with transaction(conn):
        q.register(conn, q.REGISTRY_PREFIX, package_id, entry)


def test_a_return_of_an_earlier_release_package_is_read_for_the_persons_disclosed(conn, out):
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, anna)
    _as_written_by_an_earlier_release(conn, result.package_id)
    pkg = _open(result)
    try:
        contact = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, anna.id), today=LATER)  # in her case
        [appointment] = repo.APPOINTMENTS.all(pkg)
        _mark(pkg, appointment.id, "attended")
    finally:
        pkg.close()
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert not merged.conflicts
    assert repo.CONTACTS.get(conn, contact.id).case_id == contact.case_id is not None
    assert repo.APPOINTMENTS.get(conn, appointment.id).status == "attended"


def test_the_receipt_is_written_in_the_format_another_installation_checks(conn, tmp_path):
    """The successor's app and the predecessor's may be different releases: the receipt
    carries its fields as docs/handover.md describes them. ``rows`` is the SHA-256 of the
    compact JSON of the sorted row ids per table of what was merged (tables without rows
    left out), ``proof`` the HMAC-SHA256 of the compact, key-sorted JSON of the other
    fields under the package's receipt secret."""
    import hashlib
    import hmac

    from tests.handover.test_school_receipt import _school_package_received

    result, receipt_path = _school_package_received(conn, tmp_path)
    written = json.loads(receipt_path.read_text(encoding="utf-8"))
    carried = qs.manifest(conn, result.package_id)
    ids = {table: sorted(rows) for table, rows in sorted(carried.items()) if rows}
    assert written["rows"] == hashlib.sha256(
        json.dumps(ids, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()
    assert "person" in ids and all(ids.values())
    fields = {k: v for k, v in written.items() if k != "proof"}
    assert fields["format"] == "ssa-desktop-paketquittung"
    secret = q.registry(conn, q.REGISTRY_PREFIX)[result.package_id]["receipt_secret"]
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert written["proof"] == hmac.new(bytes.fromhex(secret), text.encode("utf-8"),
                                        hashlib.sha256).hexdigest()


def test_a_contact_between_writing_the_package_and_the_first_day_is_read_back(conn, out):
    """Written on 23.11., the Vertretung from 30.11.: the deputy may record a contact
    from the day she got the package, and her return brings it in."""
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, anna)
    pkg = _open(result)
    try:
        early = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, anna.id, day=date(2026, 11, 25)),
                                       today=LATER)
    finally:
        pkg.close()
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert not merged.conflicts
    assert repo.CONTACTS.get(conn, early.id).day == date(2026, 11, 25)


def _receipt_file(tmp_path, text: str):
    path = tmp_path / "q.ssaquittung"
    path.write_text(text, encoding="utf-8")
    return path


RECEIPT = ('{"format": "ssa-desktop-paketquittung", "package_id": "p", "content_hash": "h", '
           '"received": "2026-11-23", "counts": {"person": 1}')


def test_a_receipt_of_up_to_64_kb_is_read_one_byte_more_is_refused(tmp_path):
    limit = handover_receipt.RECEIPT_MAX_BYTES
    assert limit == 64 * 1024                   # what the refusal tells her
    fits = RECEIPT + " " * (limit - len(RECEIPT) - 1) + "}"
    assert handover_receipt.read_receipt(_receipt_file(tmp_path, fits)).package_id == "p"
    with pytest.raises(svc.PackageError, match="höchstens 64 KB"):
        handover_receipt.read_receipt(_receipt_file(tmp_path, fits + " "))


def test_a_receipt_nested_three_deep_is_read_four_deep_is_refused(tmp_path):
    three = RECEIPT + ', "x": [[1]]}'
    assert handover_receipt.read_receipt(_receipt_file(tmp_path, three)).counts == {"person": 1}
    with pytest.raises(svc.PackageError, match="verschachtelt"):
        handover_receipt.read_receipt(_receipt_file(tmp_path, RECEIPT + ', "x": [[[1]]]}'))


def test_brackets_and_escaped_quotes_inside_texts_do_not_count_as_nesting(tmp_path):
    text = RECEIPT.replace('"p"', r'"p\\\"[[[{{{\\"') + ', "x": "]]]}}}[[[[["}'
    assert handover_receipt.read_receipt(_receipt_file(tmp_path, text)).package_id == 'p\\"[[[{{{\\'


def test_nesting_after_an_escaped_character_still_counts(tmp_path):
    text = RECEIPT.replace('"p"', r'"p\n"') + ', "x": [[[1]]]}'
    with pytest.raises(svc.PackageError, match="verschachtelt"):
        handover_receipt.read_receipt(_receipt_file(tmp_path, text))


def test_a_refused_return_names_each_row_by_kind_day_and_pseudonym(conn, out):
    """She has to find the rows the deputy must explain: "Kontakt vom 03.12.2026 (P-Ben):
    …" for a person she knows, "unbekannte Person" for one her vault does not have."""
    from ssa_desktop.domain.entities import Appointment, Contact

    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    ben = _person(conn, "Ben", consent=False)
    result = _package(conn, out, anna)
    ret = _return(result, out)

    def add(pkg):
        for person in (ben.id, "nobody"):
            repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20, school_id="school-1",
                                              person_id=person))
        repo.APPOINTMENTS.insert(pkg, Appointment(WORKDAY, "10:00", "10:30", person_id=ben.id,
                                                  school_id="school-1"))
    _craft(result, ret, add)
    with pytest.raises(svc.PackageError) as refused:
        handover_return.import_return(conn, ret.path, today=LATER)
    lines = str(refused.value).splitlines()[1:]
    assert sorted(line.strip() for line in lines) == [
        "Kontakt vom 03.12.2026 (P-Ben): die Person ist nicht im Vertretungspaket",
        "Kontakt vom 03.12.2026 (unbekannte Person): die Person ist nicht im Vertretungspaket",
        "Termin vom 03.12.2026 (P-Ben): die Person ist nicht im Vertretungspaket"]


def test_a_refusal_lists_eight_rows_and_counts_the_rest(conn, out):
    from ssa_desktop.domain.entities import Contact

    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, anna)

    def refusal(foreign: int) -> list[str]:
        ret = _return(result, out, name=f"r{foreign}.ssapaket")

        def add(pkg):
            for n in range(foreign):
                repo.CONTACTS.insert(pkg, Contact(WORKDAY, "EB", 20 + n, school_id="school-1",
                                                  person_id=f"nobody-{n}"))
        _craft(result, ret, add)
        with pytest.raises(svc.PackageError) as refused:
            handover_return.import_return(conn, ret.path, today=LATER)
        return str(refused.value).splitlines()[1:]

    assert len(refusal(8)) == 8
    nine = refusal(9)
    assert len(nine) == 9 and nine[-1].strip() == "… und 1 weitere"


def test_a_bracket_closed_before_deeper_nesting_does_not_hide_it(tmp_path):
    # depth 1, 2, 3, back to 2, then 3 and 4: four deep
    with pytest.raises(svc.PackageError, match="verschachtelt"):
        handover_receipt.read_receipt(_receipt_file(tmp_path, RECEIPT + ', "x": [[1], [[2]]]}'))


def test_a_return_read_after_the_expiry_is_shredded_and_logged_as_the_end_of_the_vertretung(
        conn, out):
    from ssa_desktop.services import retention

    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, anna)
    ret = _return(result, out)
    with pytest.raises(svc.PackageExpired) as expired:
        handover_return.import_return(conn, ret.path, today=PERIOD.expires)
    assert "nicht eingelesen, sondern gelöscht: die Datei (" in str(expired.value)
    assert not ret.path.exists()
    logged = {e.category: e.rule for e in retention.deletion_log(conn)}
    assert logged["Rückgabe der Vertretung (Datei)"] == "Ablauf der Vertretung"
    assert logged["Vertretungspaket (Schlüssel und Datei)"] == "Ablauf der Vertretung"


def _school_package(conn, out, name="paket"):
    folder = out / name
    folder.mkdir()
    return handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"), folder,
                                     today=date(2026, 11, 23))


def _received(result, successor, out):
    import shutil

    copy = out / f"kopie-{result.package_id[:8]}.ssapaket"
    shutil.copyfile(result.path, copy)
    _merged, receipt = handover_school.receive_school_package(successor.conn, copy, result.key_text, out,
                                                  today=date(2026, 11, 23))
    return receipt


def test_the_receipt_of_a_package_a_later_one_replaced_is_refused_as_replaced(conn, out):
    from tests.support.vaults import fresh_vault

    _person(conn, "Anna")
    first, second = _school_package(conn, out, "eins"), _school_package(conn, out, "zwei")
    with fresh_vault() as successor:
        first_receipt = _received(first, successor, out)
    with fresh_vault() as successor:                 # read again elsewhere: the later one
        second_receipt = _received(second, successor, out)
    handover_confirm.confirm_school_handover(conn, second_receipt, today=date(2026, 11, 24))
    with pytest.raises(svc.PackageError, match="Dieses Paket ist ersetzt"):
        handover_confirm.confirm_school_handover(conn, first_receipt, today=date(2026, 11, 24))


def test_a_package_written_without_a_receipt_secret_is_refused_in_her_words(conn, out):
    from tests.support.vaults import fresh_vault

    anna = _person(conn, "Anna")
    result = _school_package(conn, out)
    with fresh_vault() as successor:
        receipt = _received(result, successor, out)
    entry = dict(q.registry(conn, q.REGISTRY_PREFIX)[result.package_id])
    del entry["receipt_secret"]            # as an earlier release wrote it
    with transaction(conn):
        q.register(conn, q.REGISTRY_PREFIX, result.package_id, entry)
    with pytest.raises(svc.PackageError, match="mit einer älteren Version geschrieben"):
        handover_confirm.confirm_school_handover(conn, receipt, today=date(2026, 11, 24))
    assert repo.PERSONS.get(conn, anna.id) is not None


def test_a_group_held_since_the_package_stays_whole(conn, out):
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.services import retention
    from tests.support.vaults import fresh_vault

    anna = _person(conn, "Anna")
    group = repo.GROUPS.insert(conn, GroupActivity("Pausenhof", 2026, school_id="school-1"))
    result = _school_package(conn, out)
    retention.add_hold(conn, group.id, "legal_claim", date(2027, 6, 1),
                       today=date(2026, 11, 23))
    with fresh_vault() as successor:
        receipt = _received(result, successor, out)
    report = handover_confirm.confirm_school_handover(conn, receipt, today=date(2026, 11, 24))
    assert repo.PERSONS.get(conn, anna.id) is None          # handed over
    assert repo.GROUPS.get(conn, group.id) is not None      # held since: stays with her
    assert report.held == 1


def test_her_entries_are_marked_with_the_deputy_she_wrote_the_package_for(conn, out):
    """The mark comes from her own vault's record of the package, not from the return
    file (which the deputy holds); for a package recorded without it (an earlier release),
    from the return's own record of the deputy."""
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))

    def read(result, change):
        pkg = _open(result)
        try:
            contact = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, anna.id), today=LATER)
        finally:
            pkg.close()
        ret = _return(result, out, name=f"r-{result.package_id[:8]}.ssapaket")
        _craft(result, ret, change)
        handover_return.import_return(conn, ret.path, today=LATER)
        return repo.CONTACTS.get(conn, contact.id).written_by

    first = _package(conn, out, anna)
    assert read(first, lambda ret: q.set_meta(ret, "deputy_name", "Someone Else")) == (
        "Jana Berger (Vertretung)")
    second = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], out / "zwei.ssapaket",
                                       today=date(2026, 11, 23))
    entry = dict(q.registry(conn, q.REGISTRY_PREFIX)[second.package_id])
    del entry["deputy"]
    with transaction(conn):
        q.register(conn, q.REGISTRY_PREFIX, second.package_id, entry)
    assert read(second, lambda ret: None) == "Jana Berger (Vertretung)"


def test_a_file_that_is_no_json_is_named_as_no_receipt(tmp_path):
    with pytest.raises(svc.PackageError) as refused:
        handover_receipt.read_receipt(_receipt_file(tmp_path, "XXXXXXXX"))
    assert str(refused.value) == handover_receipt.NOT_A_RECEIPT


def test_deep_nesting_is_refused_before_the_file_is_parsed_whatever_precedes_it(tmp_path):
    with pytest.raises(svc.PackageError, match="verschachtelt"):
        handover_receipt.read_receipt(_receipt_file(tmp_path, "XXXX[[[[1]]]]"))


def test_only_a_vertretung_expires_and_only_with_its_last_day():
    """A Vertretungspaket's key goes 15 days after its last day (20 March → 4 April); a
    school handover's entry never expires by days, even one that named them (its key
    stays until she confirms), nor a deputy's entry without its last day."""
    deputy = {"kind": rules.KIND_DEPUTY, "first": "2026-03-02", "last": "2026-03-20"}
    assert svc._expires(deputy) == date(2026, 4, 4)
    assert svc._expires({**deputy, "kind": rules.KIND_SCHOOL}) is None
    assert svc._expires({"kind": rules.KIND_DEPUTY, "first": "2026-03-02"}) is None
