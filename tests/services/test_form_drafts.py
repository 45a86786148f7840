"""Issue 16.5: a form draft (kind ``form``) follows the existing draft rules: filed under
the person it concerns, listed in her Auskunft with its labelled fields, hidden while she
is restricted, deleted with her; a group's draft is deleted with the group."""

from __future__ import annotations

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.services import groups, notes, overview, privacy, retention
from ssa_desktop.storage import repositories as repo


def _case_draft(conn, pupil):
    payload = notes.form_draft_payload("case", {"title": "Streit"},
                                       [("Bezeichnung des Falls", "Streit")],
                                       person_id=pupil.id)
    return notes.save_draft(conn, "d-1", notes.FORM_DRAFT_KIND, payload, pupil.id)


def test_form_draft_is_in_her_auskunft_and_the_uebersicht(conn, pupil):
    _case_draft(conn, pupil)
    [item] = [i for i in privacy.collect(conn, pupil.id) if i.key == "draft:d-1"]
    assert ("Bezeichnung des Falls", "Streit") in item.fields
    [line] = overview.build_overview(conn).drafts
    assert (line.area, line.record_id) == ("persons", "form-draft:d-1")
    assert line.text.startswith("Entwurf: Fall")


def test_form_draft_is_hidden_while_restricted_and_deleted_with_her(conn, pupil):
    _case_draft(conn, pupil)
    retention.restrict(conn, pupil.id)
    assert notes.form_drafts(conn) == []
    conn.execute("DELETE FROM retention_restriction")
    assert [d.id for d in notes.form_drafts(conn, "case")] == ["d-1"]
    repo.PERSONS.delete(conn, pupil.id)
    assert notes.get_draft(conn, "d-1") is None


def test_group_draft_goes_with_its_group(conn):
    group = repo.GROUPS.insert(conn, GroupActivity(title="AG", kind="group",
                                                   school_id="school-1", school_year=2026))
    payload = notes.form_draft_payload("group", {"title": "AG neu"}, [], record_id=group.id)
    notes.save_draft(conn, "g-1", notes.FORM_DRAFT_KIND, payload, group.id)
    groups.delete_group(conn, group.id)
    assert notes.get_draft(conn, "g-1") is None


def test_a_reported_group_loses_the_name_list_in_its_draft_too(conn):
    """R4: reporting empties the name list; an unsaved form of the group kept at a lock
    may hold the names too, so it goes as well (with a tombstone against a restore)."""
    from ssa_desktop.storage import retention_log_repo

    group = repo.GROUPS.insert(conn, GroupActivity(title="AG", kind="group",
                                                   school_id="school-1", school_year=2026,
                                                   name_list="Mia K., Ben S."))
    payload = notes.form_draft_payload("group", {"name_list": "Mia K., Ben S., Lea T."}, [],
                                       record_id=group.id)
    notes.save_draft(conn, "g-2", notes.FORM_DRAFT_KIND, payload, group.id)
    group.reported = True
    groups.save_group(conn, group)
    assert notes.get_draft(conn, "g-2") is None
    assert ("g-2", "draft") in {(rid, kind) for rid, kind, _ in retention_log_repo.tombstones(conn)}


def test_a_child_protection_step_draft_is_withheld_from_her_auskunft_as_its_steps_are(
        conn, pupil):
    """A § 8a step kept at a lock (``ui/child_protection/panel.py``, form
    ``child_protection``) is listed in the Auskunft withheld by default with the § 8a
    reason, as every saved step is (§ 65 SGB VIII, Art. 15 Abs. 4 DSGVO): it was an
    ordinary draft, included, and her typed observations went out with the letter."""
    from ssa_desktop.domain.auskunft import disclosed

    typed = "Blaue Flecken am Arm, Kind sagt: vom Sport"
    payload = notes.form_draft_payload(
        "child_protection", {"step": "1 – Gewichtige Anhaltspunkte", "observations": typed},
        [("Verfahrensschritt", "1 – Gewichtige Anhaltspunkte"),
         ("Beobachtungen (Fakten, ohne Bewertung)", typed)], person_id=pupil.id)
    notes.save_draft(conn, "cp-1", notes.FORM_DRAFT_KIND, payload, pupil.id)
    items = privacy.collect(conn, pupil.id)
    [item] = [i for i in items if i.key == "draft:cp-1"]
    assert not item.include and item.reason == "cp" and item.hint == privacy.CP_HINT
    assert item not in disclosed(items)
    # a draft of another form stays included, as before
    _case_draft(conn, pupil)
    [case] = [i for i in privacy.collect(conn, pupil.id) if i.key == "draft:d-1"]
    assert case.include


def test_a_consent_draft_entrusted_by_another_is_withheld_as_the_consent_is(conn, pupil):
    """A consent typed with „Anvertraut von“ and kept at a lock: withheld by default
    (§ 65 SGB VIII) as the saved consent is; it was included, with who entrusted it."""
    from ssa_desktop.domain.auskunft import disclosed

    payload = notes.form_draft_payload(
        "consent", {"recipient": "Jugendamt", "entrusted_by": "Tante (anonym)"},
        [("Empfänger", "Jugendamt"), ("Anvertraut von", "Tante (anonym)")],
        person_id=pupil.id)
    notes.save_draft(conn, "c-1", notes.FORM_DRAFT_KIND, payload, pupil.id)
    items = privacy.collect(conn, pupil.id)
    [item] = [i for i in items if i.key == "draft:c-1"]
    assert not item.include and item.reason == "s65" and item.entrusted
    assert item not in disclosed(items)
