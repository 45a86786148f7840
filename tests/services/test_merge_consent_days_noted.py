"""Reading another vault's export (the merge with a choice per conflict) changed a
consent's days – begin, end, withdrawal – without a word, while correcting a reversed day
leaves a Korrekturvermerk with the earlier day (session 26, helper P3). A consent is a
legal record: taking the file's days in a conflict now writes the same note
(``consents.note_changed_day``) with the person; the Auskunft lists it as it lists the
correction's. Keeping her days, or taking a field that is no day, writes none. Real
vault, a crafted export file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import handover as handover_rules
from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.services import notes, privacy
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import _person

pytestmark = pytest.mark.usefixtures("frozen_clock")   # notes written on 25.11.2026


def _hers(conn) -> Consent:
    lena = _person(conn, "Lena", consent=False, case=None)
    return repo.CONSENTS.insert(conn, Consent(lena.id, "Jugendamt", date(2026, 9, 1),
                                              valid_to=date(2027, 7, 31), scope="Hilfeplan"))


def _file_with(conn, tmp_path, consent: Consent, **changed) -> dict:
    """Her vault's export, written to a file with the consent's fields ``changed`` there
    (as the other vault holds them), read back as the merge reads it."""
    doc = json.loads(json.dumps(ix.export_document(conn)))
    [row] = [r for r in doc["tables"]["consent"] if r["id"] == consent.id]
    row.update(changed)
    path = tmp_path / "andere.json"
    path.write_text(json.dumps(doc), "utf-8")
    return ix.read_document(path)


def _noted(conn, person_id) -> list[tuple[str, str, str]]:
    """The person's Korrekturvermerke (field, earlier, now), by field: those of one merge
    share their minute."""
    return sorted((a.field_name, a.previous, a.text)
                  for a in notes.annotations_for(conn, person_id))


def test_taking_the_files_end_and_withdrawal_notes_each_earlier_day(open_vault, tmp_path):
    conn = open_vault.conn
    consent = _hers(conn)
    doc = _file_with(conn, tmp_path, consent, valid_to="2027-01-31", withdrawn_on="2026-11-15")
    [conflict] = mx.merge_document(conn, doc).conflicts            # asked: nothing written
    assert _noted(conn, consent.person_id) == []
    result = mx.merge_document(conn, doc, {conflict.ref: mx.TAKE_THEIRS})
    assert result.taken["consent"] == 1
    now = repo.CONSENTS.get(conn, consent.id)
    assert (now.valid_to, now.withdrawn_on) == (date(2027, 1, 31), date(2026, 11, 15))
    assert _noted(conn, consent.person_id) == [
        ("Einwilligung gegenüber Jugendamt ab 01.09.2026: Gültig bis", "31.07.2027",
         "31.01.2027"),
        ("Einwilligung gegenüber Jugendamt ab 01.09.2026: Widerruf am", "kein Widerruf",
         "15.11.2026")]
    [end, withdrawal] = sorted((i for i in privacy.collect(conn, consent.person_id)
                                if i.section == "Korrekturvermerke"), key=lambda i: i.fields)
    assert (end.title, end.include, end.parent) == ("Korrektur vom 25.11.2026", True,
                                                    f"person:{consent.person_id}")
    assert end.fields == [("Feld", "Einwilligung gegenüber Jugendamt ab 01.09.2026: Gültig bis"),
                          ("Vorher", "31.07.2027"), ("Neu", "31.01.2027")]
    assert withdrawal.fields[1:] == [("Vorher", "kein Widerruf"), ("Neu", "15.11.2026")]


def test_taking_the_files_begin_notes_it_under_the_new_begin(open_vault, tmp_path):
    conn = open_vault.conn
    consent = _hers(conn)
    doc = _file_with(conn, tmp_path, consent, valid_from="2026-09-15")
    mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS})
    assert _noted(conn, consent.person_id) == [
        ("Einwilligung gegenüber Jugendamt ab 15.09.2026: Gültig ab", "01.09.2026",
         "15.09.2026")]


def test_keeping_her_days_or_taking_no_day_writes_no_note(open_vault, tmp_path):
    conn = open_vault.conn
    consent = _hers(conn)
    doc = _file_with(conn, tmp_path, consent, withdrawn_on="2026-11-15")
    assert mx.merge_document(conn, doc, {"*": mx.KEEP_MINE}).kept["consent"] == 1
    assert repo.CONSENTS.get(conn, consent.id).withdrawn_on is None
    doc = _file_with(conn, tmp_path, consent, scope="Hilfeplan und Schule")
    assert mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS}).taken["consent"] == 1
    assert repo.CONSENTS.get(conn, consent.id).scope == "Hilfeplan und Schule"
    assert _noted(conn, consent.person_id) == []


def test_a_returns_clash_on_a_day_taken_is_noted_a_day_only_the_file_changed_not(
        open_vault, tmp_path):
    """A return (three-way: the package's field hashes): she and the deputy both changed
    the end – taking the deputy's is her choice and noted; the withdrawal only the deputy
    recorded is taken without asking, as a withdrawal, not a correction."""
    conn = open_vault.conn
    consent = _hers(conn)
    doc = _file_with(conn, tmp_path, consent, valid_to="2027-01-31", withdrawn_on="2026-11-15")
    [packed] = [r for r in json.loads(json.dumps(ix.export_document(conn)))["tables"]["consent"]]
    baseline = {"consent": {consent.id: {f: handover_rules.field_hash(v)
                                         for f, v in packed.items()}}}
    consent.valid_to = date(2027, 3, 31)                      # hers changed since the package
    repo.CONSENTS.update(conn, consent)
    mx.merge_document(conn, doc, {"*": mx.TAKE_THEIRS}, baseline=baseline)
    now = repo.CONSENTS.get(conn, consent.id)
    assert (now.valid_to, now.withdrawn_on) == (date(2027, 1, 31), date(2026, 11, 15))
    assert _noted(conn, consent.person_id) == [
        ("Einwilligung gegenüber Jugendamt ab 01.09.2026: Gültig bis", "31.03.2027",
         "31.01.2027")]
