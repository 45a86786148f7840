"""§ 8a procedures on a real vault: steps, acute path, closure with retention decision,
the pseudonymised ISEF presentation."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import consents, retention
from ssa_desktop.services.child_protection_open import open_procedures
from ssa_desktop.storage import repositories as repo

D = date(2026, 11, 10)


def test_full_procedure_through_all_steps(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    cp.add_step(conn, proc.id, "0", D, "Fachkraft", "Schutzauftrag erklärt")
    cp.add_step(conn, proc.id, "1", D, "Fachkraft",
                cp.observation_text("Blaue Flecken am Unterarm, kommt ohne Frühstück.",
                                    "eigene Wahrnehmung, Klassenlehrerin"),
                due=date(2026, 11, 12))
    for step in ("2", "3", "4", "5", "6"):
        cp.add_step(conn, proc.id, step, date(2026, 11, 11 + int(step)), "Fachkraft", f"Schritt {step}")
    cp.inform_youth_office(conn, proc.id, date(2026, 11, 18), "Fachkraft", "ASD Süd, Frau Berger",
                           "Mitteilung nach § 8a mit Beobachtungen", "8a", True)
    cp.add_step(conn, proc.id, "8", date(2026, 11, 20), "Fachkraft", "Hilfeplan eingeleitet")
    with pytest.raises(cp.ProcedureError, match="Jugendamt war beteiligt"):
        cp.close_procedure(conn, proc.id, date(2026, 11, 21), "Fachkraft", "beendet")
    closed = cp.close_procedure(conn, proc.id, date(2026, 11, 21), "Fachkraft", "beendet", "restrict")

    stored = repo.CP_PROCEDURES.get(conn, proc.id)
    assert stored.status == "closed" and stored.closed == date(2026, 11, 21)
    assert stored.youth_office_involved and not stored.acute
    assert closed.status == "closed"
    assert [s.step for s in cp.steps(conn, proc.id)] == [str(i) for i in range(10)]
    step1 = next(s for s in cp.steps(conn, proc.id) if s.step == "1")
    parts = cp.parse_sections(step1.text, [cp.OBSERVATIONS, cp.SOURCE])
    assert parts[cp.OBSERVATIONS].startswith("Blaue Flecken")
    assert parts[cp.SOURCE] == "eigene Wahrnehmung, Klassenlehrerin"
    # one store (issue 20): the decision is the retention engine's, asked again in a year
    # in Datenschutz (retention.decide), not by a review of its own here
    assert cp.retention_decision(conn, proc.id) == rt.Decision(
        pupil.id, "restrict", date(2026, 11, 21), date(2027, 11, 21))
    retention.decide(conn, pupil.id, "keep", date(2027, 11, 22))
    assert cp.retention_decision(conn, proc.id).review == date(2028, 11, 22)
    assert not hasattr(cp, "review_retention")
    # the Jugendamt disclosure is logged with its legal basis, without content
    [disc] = consents.disclosures_for_person(conn, pupil.id)
    assert (disc.recipient, disc.legal_basis, disc.categories) == ("ASD Süd, Frau Berger", "8a", ("8a",))
    with pytest.raises(cp.ProcedureError, match="abgeschlossen"):
        cp.add_step(conn, proc.id, "6", date(2026, 11, 22), "Fachkraft", "zu spät")


def test_acute_path_jumps_to_step_7_and_sets_flags(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    with pytest.raises(cp.ProcedureError, match="begründen"):
        cp.report_acute_danger(conn, proc.id, D, "Fachkraft", "ASD", "Anruf", "8a", False)
    assert cp.steps(conn, proc.id) == []  # nothing half written
    cp.report_acute_danger(conn, proc.id, D, "Fachkraft", "ASD Bereitschaft", "telefonische Meldung",
                           "4KKG", False, "Information würde das Kind gefährden")
    stored = repo.CP_PROCEDURES.get(conn, proc.id)
    assert stored.acute and stored.youth_office_involved
    [step] = cp.steps(conn, proc.id)
    assert step.step == "7"
    assert "nein – Information würde das Kind gefährden" in step.text
    assert "§ 4 KKG" in step.text
    [row] = open_procedures(conn, D)
    assert row.next_step == "8" and row.acute


def test_step_7_refuses_consent_as_basis(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    with pytest.raises(cp.ProcedureError):
        cp.inform_youth_office(conn, proc.id, D, "F", "ASD", "x", "consent", True)


def test_step_1_needs_observations(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    with pytest.raises(cp.ProcedureError, match="Beobachtungen"):
        cp.add_step(conn, proc.id, "1", D, "F", cp.observation_text("", "Lehrkraft"))


def test_closure_without_youth_office_needs_no_decision(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    cp.close_procedure(conn, proc.id, D, "F", "Anhaltspunkte nicht bestätigt")
    assert cp.retention_decision(conn, proc.id) is None
    assert retention.r5_decision(conn, pupil.id) is None


def test_open_procedures_overdue_first(conn, pupil):
    a = cp.start_procedure(conn, pupil.id, D)
    b = cp.start_procedure(conn, pupil.id, D)
    cp.add_step(conn, a.id, "2", D, "F", "x", due=date(2026, 11, 30))
    cp.add_step(conn, b.id, "3", D, "F", "x", due=date(2026, 11, 15))
    rows = open_procedures(conn, date(2026, 11, 20))
    assert [r.procedure_id for r in rows] == [b.id, a.id]
    assert rows[0].overdue and not rows[1].overdue
    assert rows[0].next_step == "4"


def test_isef_presentation_is_pseudonymised(conn, pupil):
    proc = cp.start_procedure(conn, pupil.id, D)
    cp.add_step(conn, proc.id, "1", D, "Frau Wagner",
                cp.observation_text("Kim Sommer erzählt von Schlägen; Klasse 7b, "
                                    "Gemeinschaftsschule Am Park.", "Kim selbst"))
    cp.add_step(conn, proc.id, "2", D, "Frau Wagner", "Leitung: Eilbedürftigkeit mittel, Sommer")
    text = cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21))
    assert "K-17" in text
    assert "13–15 Jahre" in text and "Klassenstufe 7–8" in text
    assert "erzählt von Schlägen" in text and "Eilbedürftigkeit mittel" in text
    lowered = text.lower()
    for secret in ("kim", "sommer", "2013", "7b", "am park", "gemeinschaftsschule", "wagner"):
        assert secret not in lowered, secret


def test_procedure_leaves_an_anonymous_statistics_record_that_survives_deletion(conn, pupil):
    from datetime import date

    from ssa_desktop.services import child_protection as cp
    from ssa_desktop.storage import repositories as repo

    proc = cp.start_procedure(conn, pupil.id, date(2026, 3, 2))
    stats = repo.STATISTICS.select(conn, "source_id = ?", (proc.id,))
    assert len(stats) == 1
    record = stats[0]
    assert (record.record_type, record.task_area, record.school_year) == ("cp_8a", "EFH", 2025)
    assert record.person_token and record.person_token != pupil.stat_token
    assert record.gender == "w" and not record.youth_office
    cp.inform_youth_office(conn, proc.id, date(2026, 3, 5), "Frau Wagner", "ASD Nord",
                           "Gefährdungseinschätzung", "8a", True)
    record = repo.STATISTICS.get(conn, record.id)
    assert record.youth_office
    repo.PERSONS.delete(conn, pupil.id)  # deleting the person cascades to the procedure
    assert repo.CP_PROCEDURES.get(conn, proc.id) is None
    assert repo.STATISTICS.get(conn, record.id) == record


def test_isef_presentation_includes_step_one_written_without_headings(conn, pupil):
    """Demo data, imports and older records hold step 1 as plain text; the presentation
    said "noch nicht erfasst" although the observations were there."""
    from ssa_desktop.domain.entities import ChildProtectionStep

    proc = cp.start_procedure(conn, pupil.id, D)
    repo.CP_STEPS.insert(conn, ChildProtectionStep(
        proc.id, "1", D, "Schulsozialarbeit",
        "Beobachtung: Hämatom am Oberarm, möchte nachmittags nicht nach Hause."))
    text = cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21))
    assert "Hämatom am Oberarm" in text
    assert "noch nicht erfasst" not in text


def test_isef_presentation_layout_without_observations_and_for_an_unknown_procedure(conn, pupil):
    from ssa_desktop.domain.entities import Person

    someone = repo.PERSONS.insert(conn, Person("K-40", first_name="Noa", last_name="Berg"))
    proc = cp.start_procedure(conn, someone.id, D)
    proc.acute = True
    repo.CP_PROCEDURES.update(conn, proc)
    assert cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21)).splitlines() == [
        "Fallvorstellung zur Gefährdungseinschätzung (pseudonymisiert)",
        "",
        "Kind/Jugendliche:r: K-40",
        "Alter: Alter nicht erfasst",
        "Schule: Klassenstufe nicht erfasst",
        "Verfahren seit: 10.11.2026 · akute Gefährdung",
        "",
        "Beobachtungen (gewichtige Anhaltspunkte):",
        "– noch nicht erfasst –",
        "",
        "Bisherige Schritte:",
        "– keine weiteren –",
        "",
        "Bitte vor der Weitergabe prüfen: Freitext kann Namen Dritter enthalten.",
    ]
    cp.add_step(conn, proc.id, "2", D, "Leitung", "Noa wirkt ängstlich\nBerg informiert")
    lines = cp.isef_presentation(conn, proc.id, today=date(2026, 11, 21)).splitlines()
    assert lines[10:15] == ["Bisherige Schritte:", "- 10.11.2026 Schritt 2: " + cp.CP_STEPS.label("2"),
                            "  […] wirkt ängstlich", "  […] informiert", ""]
    with pytest.raises(cp.ProcedureError, match="gibt es nicht"):
        cp.isef_presentation(conn, "no-such-procedure")
