"""A conflict on the row of a person restricted here (Art. 18 DSGVO) names her nowhere
outside Datenschutz – neither the deputy's return nor an interchange merge: its words say
"a person whose processing is restricted" and show no values; kept mine / take theirs work
as for any conflict (its ``ref`` is ids only). One rule for both ways into the vault
(``interchange_merge.conflict_words``). Real vaults, real package and return."""

from __future__ import annotations

import copy
import json

from ssa_desktop.services import handover_return, retention
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _both_changed
from tests.services.test_interchange import populate_sample

HIDDEN = "Person, deren Verarbeitung eingeschränkt ist"


def _said(result) -> str:
    """Everything the result shows her: each conflict's words and values, the summary."""
    parts = [str(c) for c in result.conflicts] + [c.what for c in result.conflicts]
    parts += [v for c in result.conflicts for triple in c.values for v in triple]
    return "\n".join([*parts, result.summary(), *result.after])


def test_a_return_conflict_on_a_restricted_persons_appointment_names_nobody(conn, out):
    ret, appt = _both_changed(conn, out, status="cancelled")
    retention.restrict(conn, appt.person_id, today=LATER)
    result = handover_return.import_return(conn, ret.path, today=LATER)
    [conflict] = result.conflicts
    said = _said(result)
    assert "P-Anna" not in said and "Anna" not in said
    assert HIDDEN in conflict.what and "Datenschutz" in conflict.what
    assert conflict.values == ()
    assert conflict.ref == f"appointment:{appt.id}"
    # she decides it as any other: kept, the restriction stays
    again = handover_return.import_return(conn, ret.path, {conflict.ref: mx.KEEP_MINE},
                                          today=LATER)
    assert not again.conflicts and repo.APPOINTMENTS.get(conn, appt.id).status == "cancelled"
    assert retention.restricted_ids(conn) == {appt.person_id}


def test_a_merge_conflict_on_a_restricted_person_names_nobody(open_vault):
    conn = open_vault.conn
    populate_sample(conn)
    doc = json.loads(json.dumps(ix.export_document(conn)))
    kim = next(r for r in doc["tables"]["person"] if r["pseudonym"] == "K-17")
    retention.restrict(conn, kim["id"], today=LATER)
    changed = copy.deepcopy(doc)
    theirs = next(r for r in changed["tables"]["person"] if r["id"] == kim["id"])
    theirs["last_name"] = "Sommerfeld"
    contact = next(r for r in changed["tables"]["contact"] if r["person_id"] == kim["id"])
    contact["note"] = "anders"
    result = mx.merge_document(conn, changed)
    assert {c.table for c in result.conflicts} >= {"person", "contact"}
    said = _said(result)
    for name in ("K-17", "Kim", "Sömmer", "Sommerfeld", "anders"):
        assert name not in said, name
    assert all(HIDDEN in c.what and c.values == () for c in result.conflicts
               if c.table in ("person", "contact"))
    # an unrestricted person's conflict keeps its words (issue 28)
    retention.lift_restriction(conn, kim["id"], today=LATER)
    shown = mx.merge_document(conn, changed)
    assert "Person K-17" in [c.what for c in shown.conflicts]


def test_a_merge_conflict_on_a_row_that_reaches_her_through_her_case_names_nobody(open_vault):
    """A goal, its rating, an annotation and a parent's contact in her case reach her
    only through the case (or goal, or contact): restricted, their values stay hidden."""
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services.activities import record_contact

    conn = open_vault.conn
    populate_sample(conn)
    kim = repo.PERSONS.select(conn, "pseudonym = ?", ("K-17",))[0]
    mum = repo.PERSONS.select(conn, "pseudonym = ?", ("E-03",))[0]
    case = repo.CASES.select(conn, "person_id = ?", (kim.id,))[0]
    retention.lift_restriction(conn, mum.id, today=LATER)   # the sample's: only Kim's here
    record_contact(conn, e.Contact(LATER, "EB", 30, person_id=mum.id, case_id=case.id,
                                   participants=("parent",), note="Mutter sorgt sich"))
    doc = json.loads(json.dumps(ix.export_document(conn)))
    retention.restrict(conn, kim.id, today=LATER)
    changed = copy.deepcopy(doc)
    tables = changed["tables"]
    tables["case_goal"][0]["text"] = "Zuhause nicht mehr weglaufen"
    rated = next(r for r in tables["goal_rating"] if r["written_by"])
    rated["written_by"] = "Olga Umbau (Vertretung)"
    tables["annotation"][0]["text"] = "ganz anders"
    parent = next(r for r in tables["contact"] if r["person_id"] == mum.id)
    parent["note"] = "Mutter ist erleichtert"
    result = mx.merge_document(conn, changed, today=LATER)  # the day of her contact
    assert {c.table for c in result.conflicts} >= {"case_goal", "goal_rating", "annotation",
                                                    "contact"}
    said = _said(result)
    for word in ("Streit ohne Schläge", "weglaufen", "Jana Berger", "Olga Umbau",
                 "ganz anders", "sorgt sich", "erleichtert", "K-17", "E-03"):
        assert word not in said, word
    assert all(HIDDEN in c.what and c.values == () for c in result.conflicts)
    # lifted, the same conflicts show their values again
    retention.lift_restriction(conn, kim.id, today=LATER)
    shown = _said(mx.merge_document(conn, changed, today=LATER))
    assert retention.restricted_ids(conn) == set()
    assert "weglaufen" in shown and "erleichtert" in shown and "E-03" in shown



def test_a_merge_reads_the_restricted_persons_once_not_once_per_conflict(open_vault,
                                                                         monkeypatch):
    """Four conflicts, one reading of the restrictions (a spy on the repository's query):
    before, ``conflict_words`` read them for every conflict (a reviewer's finding). (A
    restriction the merge itself writes is read again: tests/documents/
    test_interchange_documents.py.)"""
    from ssa_desktop.storage import retention_repo

    conn = open_vault.conn
    populate_sample(conn)
    doc = json.loads(json.dumps(ix.export_document(conn)))
    changed = copy.deepcopy(doc)
    tables = changed["tables"]
    for person in tables["person"]:
        person["note"] = "anders"
    tables["case_goal"][0]["text"] = "Zuhause nicht mehr weglaufen"
    tables["annotation"][0]["text"] = "ganz anders"
    reads = []
    real = retention_repo.restricted_ids
    monkeypatch.setattr(retention_repo, "restricted_ids",
                        lambda c: reads.append(1) or real(c))
    result = mx.merge_document(conn, changed)
    assert len(result.conflicts) >= 4 and len(reads) == 1
