"""A restriction (Art. 18 DSGVO) that outlasts everything else is listed for review: on the
day when the restriction (R14's months after it began) and everything else (the file's due
day, or the day R14 would ask about the person) would have ended. Boundaries on a real
vault with hand-computed days; a property over generated persons: far enough in the
future nobody is kept silently – due, for review, or held with a dated review."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock, dormancy
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.retention.test_dormancy import DAY, PERSON, _build, _fresh


def _pupil(conn, **kw):
    return repo.PERSONS.insert(conn, Person("Z-43", first_name="Zoe", school_id="school-1",
                                            grade=7, created="2026-01-10 09:00:00", **kw))


def _state(conn, person_id, today):
    return next(a for a in svc.assess(conn, today)
                if a.record_kind == rt.PERSON and a.record_id == person_id)


def _open_case_restricted(conn, last_contact: date):
    zoe = _pupil(conn)
    case = repo.CASES.insert(conn, Case(zoe.id, date(2026, 2, 2)))
    repo.CONTACTS.insert(conn, Contact(last_contact, "EB", 30, case_id=case.id))
    svc.restrict(conn, zoe.id, "request", date(2026, 4, 1))
    return zoe


def test_open_case_restricted_is_reviewed_a_year_after_the_restriction(conn):
    # last activity 05.03.2026: R14 would ask on 05.03.2027; the restriction began on
    # 01.04.2026 and is asked about twelve months later, on 01.04.2027 – the later day
    zoe = _open_case_restricted(conn, date(2026, 3, 5))
    before = _state(conn, zoe.id, date(2027, 3, 31))
    assert before.state == rt.RESTRICTED and not dormancy.is_review(before)
    a = _state(conn, zoe.id, date(2027, 4, 1))
    assert (a.state, a.rule, a.due, a.action) == (dormancy.RESTRICTED_REVIEW, "R14",
                                                  date(2027, 4, 1), None)
    assert dormancy.is_review(a)
    assert a.reason == ("eingeschränkt seit 01.04.2026, Grund: auf Antrag (Art. 18 DSGVO) – "
                        "sonst ist nichts mehr offen: Fall ohne Aktivität seit 05.03.2026 (R14: 12 "
                        "Monate); bitte prüfen, ob die Einschränkung noch nötig ist: aufheben "
                        "oder „weiter benötigt bis …“ angeben")


def test_the_file_outlasting_the_restriction_sets_the_day(conn):
    # last activity 15.09.2026: R14 would ask on 15.09.2027, after 01.04.2027
    zoe = _open_case_restricted(conn, date(2026, 9, 15))
    assert _state(conn, zoe.id, date(2027, 9, 14)).state == rt.RESTRICTED
    a = _state(conn, zoe.id, date(2027, 9, 15))
    assert (a.state, a.due) == (dormancy.RESTRICTED_REVIEW, date(2027, 9, 15))


def test_a_due_file_restricted_is_reviewed_when_both_have_ended(conn):
    # left on 31.07.2026 (R2: due the same day); restricted on 01.06.2026 → 01.06.2027
    zoe = _pupil(conn, leaving_date=date(2026, 7, 31))
    svc.restrict(conn, zoe.id, rt.OBJECTION, date(2026, 6, 1))
    assert _state(conn, zoe.id, date(2027, 5, 31)).state == rt.RESTRICTED
    a = _state(conn, zoe.id, date(2027, 6, 1))
    assert (a.state, a.due) == (dormancy.RESTRICTED_REVIEW, date(2027, 6, 1))
    assert a.reason.startswith("eingeschränkt seit 01.06.2026, Grund: Widerspruch offen – sonst ist "
                               "nichts mehr offen: fällig seit 31.07.2026 nach R2")


def test_still_needed_holds_it_until_the_hold_is_reviewed(conn):
    zoe = _open_case_restricted(conn, date(2026, 3, 5))
    svc.add_hold(conn, zoe.id, dormancy.STILL_NEEDED, date(2028, 4, 1))
    assert _state(conn, zoe.id, date(2027, 4, 1)).state == rt.HOLD


def test_not_needed_is_refused_while_restricted(conn):
    zoe = _open_case_restricted(conn, date(2026, 3, 5))
    with clock.frozen(date(2027, 4, 1)):
        try:
            svc.not_needed_after_review(conn, zoe.id)
        except ValueError as err:   # word for word: what she does instead
            assert str(err) == (
                "Die Verarbeitung ist eingeschränkt: bitte zuerst die Einschränkung aufheben "
                "(Datenschutz → Eingeschränkt) – oder „weiter benötigt bis …“ angeben.")
        else:
            raise AssertionError("a restricted file is not made due")


def test_dry_run_lists_the_restricted_person(open_vault, capsys, monkeypatch):
    from ssa_desktop import cli

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    zoe = _open_case_restricted(open_vault.conn, date(2026, 3, 5))
    folder = open_vault.vault.folder
    open_vault.lock()
    assert cli.main(["retention", "--vault", str(folder), "--today", "2040-08-01",
                     "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (f"R14  Person mit Falldokumentation: {zoe.id}  – eingeschränkt seit 01.04.2026, "
            "Grund: auf Antrag (Art. 18 DSGVO)") in out
    assert "[Eingeschränkt – Prüfung fällig]" in out and "Z-43" not in out
    assert out.strip().endswith("0 fällig zum 01.08.2040; 1 zur Prüfung.")


# -- property ------------------------------------------------------------------------------
RESTRICTED_PERSON = st.tuples(PERSON, st.one_of(st.none(), st.tuples(
    st.sampled_from(["request", rt.OBJECTION]), DAY)))


@settings(max_examples=30, deadline=None)
@given(people=st.lists(RESTRICTED_PERSON, min_size=1, max_size=5),
       extra=st.integers(0, 3 * 365))
def test_far_enough_ahead_nobody_is_kept_silently(people, extra):
    conn = _fresh()
    try:
        last = _build(conn, [p for p, _ in people])
        for i, (_p, restriction) in enumerate(people):
            if restriction:
                reason, since = restriction
                [(person_id,)] = conn.execute("SELECT id FROM person WHERE pseudonym = ?",
                                              (f"P-{i}",)).fetchall()
                svc.restrict(conn, person_id, reason, since)
                last = max(last, since)
        today = rt.add_months(last, 24) + timedelta(days=extra)
        holds = {h.record_id: h for h in svc.holds(conn)}
        for a in svc.assess(conn, today):
            if a.record_kind != rt.PERSON:
                continue
            assert a.is_due or dormancy.is_review(a) or a.state == rt.HOLD, a
            if a.state == rt.HOLD:  # held with a dated review, asked when it is reached
                hold = holds.get(a.record_id)
                assert (hold is not None and hold.review) or "entschieden" in a.reason, a
            assert a.reason
    finally:
        conn.close()
