"""Plausibility of contacts that arrive in bulk (a return, an interchange file) and of the
contacts a vault holds: the minutes rules, the day's 24 hours and 48 contacts at their
boundaries, copies of her contacts or of each other. Pure: rows are plain dicts."""

from __future__ import annotations

from ssa_desktop.domain import plausibility as p


def _row(id_: str, person: str | None = "p1", day: str = "2026-11-20", minutes: object = 30,
         time: str = "", note: str = "", kind: str = "talk") -> dict:
    return {"id": id_, "person_id": person, "day": day, "time": time, "kind": kind,
            "duration_min": minutes, "case_id": None, "note": note}


def _bulk(rows: list[dict], held: list[dict] | None = None) -> list[tuple[str, str, bool, bool]]:
    problems = p.bulk_contacts(rows, held or [], minutes_rule=lambda r: p.minutes_problem(
        r.get("duration_min")), where="in der Datei")
    return [(pr.row["id"], pr.why, pr.day_rule, pr.minutes) for pr in problems]


# -- the minutes of one row ------------------------------------------------------------------
def test_minutes_from_a_file_follow_her_entrys_refusals_at_their_boundaries():
    assert p.minutes_problem(1) is None
    assert p.minutes_problem(p.MAX_MINUTES) is None
    assert p.minutes_problem(p.ASK_MINUTES + 1) is None      # asked when typed: not refused
    assert p.minutes_problem(0) == p.duration(0)[0].message
    assert p.minutes_problem(p.MAX_MINUTES + 1) == p.duration(p.MAX_MINUTES + 1)[0].message
    assert p.minutes_problem(0, "Die Sitzung").startswith("Die Sitzung hat keine Dauer")
    for wrong in (True, "30", 30.0, None):
        assert p.minutes_problem(wrong) == f"Die Dauer „{wrong}“ ist keine ganze Zahl von Minuten."


def test_minutes_in_her_own_export_are_refused_only_beyond_what_any_entry_saved():
    assert p.ever_minutes_problem(0) is None
    assert p.ever_minutes_problem(p.EVER_MAX_MINUTES) is None
    assert p.ever_minutes_problem(1441) == (
        "1441 Minuten sind 24,02 Stunden – länger als ein Tag; so lange ließ die Eingabe "
        "keinen Kontakt speichern (höchstens 1440 Minuten)")
    assert p.ever_minutes_problem(-1).startswith("-1 Minuten sind")
    assert p.ever_minutes_problem(False) == "Die Dauer „False“ ist keine ganze Zahl von Minuten."
    assert p.ever_minutes_problem("9") == "Die Dauer „9“ ist keine ganze Zahl von Minuten."


def test_a_days_minutes_are_refused_only_beyond_the_day():
    assert p.day_total_problem(p.DAY_MINUTES) is None
    assert p.day_total_problem(p.DAY_MINUTES + 1) == (
        "zusammen 1.441 Minuten an einem Tag, mehr als 24 Stunden (1.440 Minuten)")


# -- identity and sentence ---------------------------------------------------------------------
def test_a_contact_without_time_and_note_has_no_identity():
    assert p.contact_identity(_row("a")) is None
    assert p.contact_identity(_row("a", time="09:00")) == (
        "p1", "2026-11-20", "09:00", "talk", "30", "", "")
    assert p.contact_identity(_row("a", note="x")) == p.contact_identity(_row("b", note="x"))


def test_a_problem_names_the_day_and_the_persons_pseudonym():
    problem = p.RowProblem(_row("a"), "zu lang")
    assert problem.sentence({"p1": "P-Anna"}) == "Kontakt vom 20.11.2026 (P-Anna): zu lang"
    day_rule = p.RowProblem(_row("a", person="p9", day="20.11."), "zu viele", day_rule=True)
    assert day_rule.sentence({}) == (
        "Kontakte vom (ohne gültiges Datum) (unbekannte Person): zu viele")


# -- a person's day -------------------------------------------------------------------------
def test_a_persons_day_holds_at_most_24_hours_counting_what_she_holds():
    held = [_row("h1", minutes=600), _row("h2", minutes=600)]
    assert _bulk([_row("a", minutes=240)], held) == []                       # 1440
    [(id_, why, day_rule, minutes)] = _bulk([_row("a", minutes=241)], held)  # 1441
    assert (id_, day_rule, minutes) == ("a", True, False)
    assert why.startswith("zusammen 1.441 Minuten")
    # another person, another day, a held row of no arriving person-day: not counted
    assert _bulk([_row("a", minutes=241)], [_row("h1", person="p2", minutes=1300),
                                            _row("h2", day="2026-11-21", minutes=1300)]) == []


def test_an_arriving_row_replaces_the_held_one_with_its_id():
    assert _bulk([_row("h1", minutes=300)], [_row("h1", minutes=1200),
                                             _row("h2", minutes=1140)]) == []
    assert len(_bulk([_row("h1", minutes=301)], [_row("h1", minutes=1200),
                                                 _row("h2", minutes=1140)])) == 1


def test_a_persons_day_holds_at_most_48_contacts_the_first_arriving_named():
    rows = [_row(f"a{i}", minutes=1) for i in range(p.DAY_CONTACTS)]
    assert _bulk(rows) == []
    assert _bulk(rows[1:], [_row("h", minutes=1)]) == []
    [(id_, why, day_rule, _)] = _bulk(rows + [_row("extra", minutes=1)])
    assert (id_, day_rule) == ("a0", True)
    assert why == "49 Kontakte an einem Tag, mehr als einer je halbe Stunde (höchstens 48)"
    [(id_, *_)] = _bulk(rows[1:] + [_row("extra", minutes=1)], [_row("h", minutes=1)])
    assert id_ == "a1"


def test_both_day_rules_at_once_and_minutes_not_counted_when_not_whole():
    rows = [_row(f"a{i}", minutes=30) for i in range(p.DAY_CONTACTS + 1)]   # 1470 minutes
    assert [(i, d) for i, _, d, _ in _bulk(rows)] == [("a0", True), ("a0", True)]
    bad = _bulk([_row("a", minutes="x"), _row("b", minutes=600)], [_row("h", minutes=840)])
    assert [(i, d, m) for i, _, d, m in bad] == [("a", False, True)]   # "x" adds nothing


def test_contacts_without_a_person_are_no_ones_day():
    rows = [_row(f"a{i}", person=None, minutes=600) for i in range(p.DAY_CONTACTS + 1)]
    assert _bulk(rows) == []


def test_the_minutes_rule_is_asked_of_each_arriving_row():
    assert _bulk([_row("a", minutes=0), _row("b", minutes=5), _row("c", minutes=601)]) == [
        ("a", p.minutes_problem(0), False, True),
        ("c", p.minutes_problem(601), False, True)]


# -- copies ------------------------------------------------------------------------------------
def test_a_new_row_that_copies_one_she_holds_or_an_earlier_arriving_one_is_named():
    held = [_row("h1", time="09:00")]
    rows = [_row("a", time="09:00"), _row("b", time="10:00"), _row("c", time="10:00"),
            _row("d", time="10:00"), _row("h1", time="09:00")]
    assert [(i, why) for i, why, *_ in _bulk(rows, held)] == [
        ("a", "gleicht einem Kontakt, den Sie schon haben"),
        ("c", "steht mehrfach in der Datei"),
        ("d", "steht mehrfach in der Datei")]   # h1 itself arrives again: no copy


def test_contacts_without_time_or_note_may_both_have_been():
    assert _bulk([_row("a"), _row("b")], [_row("h")]) == []


def test_the_held_contacts_of_a_vault_are_checked_by_the_same_day_rules():
    rows = [_row("a", minutes=1440), _row("b", minutes=1), _row("c", person="p2", minutes=1441)]
    found = [(pr.row["id"], pr.day_rule, pr.minutes) for pr in p.held_contacts(rows)]
    assert found == [("a", True, False), ("c", True, False), ("c", False, True)]
    assert p.held_contacts([_row("a", minutes=1440)]) == []


class _Counted(dict):
    """A row that counts how many of its kind are alive."""
    alive = 0
    most = 0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _Counted.alive += 1
        _Counted.most = max(_Counted.most, _Counted.alive)

    def __del__(self) -> None:
        _Counted.alive -= 1


def test_the_held_contacts_are_judged_one_persons_day_at_a_time():
    """„Tresor prüfen“ after every unlock reads every contact of the vault: the rules hold
    one person's day at a time, never the vault's contacts at once (a 10-year vault's
    24,000 contacts as rows raised the GUI's peak by 15 MB). Rows arrive one person's day
    after the other (``admission_repo.contact_minutes``)."""
    _Counted.alive = _Counted.most = 0

    def rows():   # 600 days of 5 persons, 3 contacts each, the last day over 24 hours
        for day in range(600):
            for person in range(5):
                for n in range(3):
                    minutes = 500 if day == 599 and person == 4 else 30
                    yield _Counted(_row(f"{day}-{person}-{n}", person=f"p{person}",
                                        day=f"d{day:04d}", minutes=minutes))

    found = [(pr.row["id"], pr.day_rule) for pr in p.held_contacts(rows())]
    assert found == [("599-4-0", True)]
    # at most two persons' days (3 rows each: the one judged, the next being read) and
    # the row after them, of 9,000
    assert _Counted.most <= 7


# -- survivors of the mutation run at 59c775f8 (issue 65), each seen failing on its mutant ----
def test_a_copy_differs_from_another_contact_by_its_case_or_its_note_alone():
    held = [{**_row("h", time="09:00", note="Gespräch"), "case_id": "c1"}]
    other_case = {**_row("a", time="09:00", note="Gespräch"), "case_id": "c2"}
    other_note = {**_row("b", time="09:00", note="Telefonat"), "case_id": "c1"}
    same = {**_row("c", time="09:00", note="Gespräch"), "case_id": "c1"}
    assert [(i, why) for i, why, *_ in _bulk([other_case, other_note, same], held)] == [
        ("c", "gleicht einem Kontakt, den Sie schon haben")]


def test_a_contact_with_a_note_but_no_time_has_an_identity_and_its_copy_is_named():
    assert p.contact_identity(_row("a", note="x")) == (
        "p1", "2026-11-20", "", "talk", "30", "", "x")
    assert [(i, why) for i, why, *_ in _bulk([_row("a", note="x")], [_row("h", note="x")])] == [
        ("a", "gleicht einem Kontakt, den Sie schon haben")]


def test_a_row_without_a_person_or_identity_does_not_end_the_check_of_the_rows_after_it():
    rows = [_row("n", person=None), _row("a", minutes=600), _row("b", minutes=600),
            _row("m", minutes=300), _row("c", time="09:00")]   # with h: 1,560 minutes
    assert [(i, d) for i, _, d, _ in _bulk(rows, [_row("h", time="09:00")])] == [
        ("a", True), ("c", False)]


def test_the_held_contacts_minutes_are_named_on_every_day_not_only_the_last():
    rows = [_row("a", day="2026-11-19", minutes=-1), _row("b", day="2026-11-20", minutes=-2)]
    assert [(pr.row["id"], pr.minutes) for pr in p.held_contacts(rows)] == [
        ("a", True), ("b", True)]
