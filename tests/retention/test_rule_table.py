"""The rule table as the retention screens and the deletion log read it: every rule code
in a sentence she reads becomes the rule's title, a deletion's technical check reads in
her words, a period is added in its own unit (a month ending on the 31st ends on the
month's last day), and every period she can set is an option that keeps the rule's
minimum. Pure: the shipped rules.toml, no vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import options as opts
from ssa_desktop.domain import retention as rt

CASE = "Falldokumentation (Einzelfallhilfe)"    # the title of R2 in rules.toml


def test_every_rule_code_in_an_explanation_reads_as_the_rules_title():
    said = rt.in_words("fällig seit 03.08.2026 nach R2: Abgang + 0 Monate; R9b und R99")
    assert said == (f"fällig seit 03.08.2026 nach „{CASE}“: Abgang + 0 Monate; "
                    f"„{rt.rule_table()['R9b'].title}“ und „R99“")
    assert rt.in_words("XR2 und R2x bleiben") == "XR2 und R2x bleiben"   # no code there


def test_a_category_reads_as_its_event_or_its_rules_title():
    assert rt.category_words("hold") == "Sperre"
    assert rt.category_words("restriction") == "Einschränkung"
    assert rt.category_words("case") == CASE
    assert rt.category_words("case_9b") == rt.rule_table()["R9b"].title
    assert rt.category_words("unbekannt") == "unbekannt"
    assert rt.rule_words("R2") == CASE
    assert rt.rule_words("R99") == "R99"


def test_a_clean_deletion_reads_as_nothing_left():
    assert (rt.verification_words("0 Zeilen verblieben; WAL geleert (12 Seiten); freie Seiten 0")
            == "geprüft: nichts verblieben; keine Reste in der Tresordatei")


def test_rows_or_pages_left_behind_are_said_so_and_she_is_asked_to_report_rows():
    said = rt.verification_words("1 Zeilen verblieben; WAL nicht geleert; freie Seiten 3 (R2)")
    assert said == ("geprüft: 1 Zeile verblieben – bitte melden; noch Reste in der "
                    f"Tresordatei – werden beim Sperren entfernt („{CASE}“)")
    assert (rt.verification_words("12 Zeilen verblieben")
            == "geprüft: 12 Zeilen verblieben – bitte melden")


def test_the_rule_table_is_read_whole_from_rules_toml():
    table = rt.rule_table()
    assert table.version >= 2
    r2 = table["R2"]
    assert (r2.code, r2.category, r2.action, r2.optional) == ("R2", "case", "delete", False)
    assert r2.title == CASE and r2.text and r2.legal_basis and r2.trigger
    assert [p.key for p in r2.periods] == ["leaving", "school_change"]
    assert table["R9b"].optional                    # only when the Träger chose § 9b
    assert table["R1"].periods == ()                # anonymous: nothing to set
    days = table["R3"].period("days")
    assert (days.unit, days.words.format(n=30)) == ("days", "Anlage + 30 Tage")
    assert (days.default, days.minimum, days.maximum) == (30, 1, 30)


def test_every_period_is_an_option_she_cannot_set_below_the_rules_minimum():
    periods = [(r, p) for r in rt.rule_table().rules for p in r.periods]
    declared = opts.declared()
    assert [o.name for o in rt.period_options()] == [p.option.name for _r, p in periods]
    assert rt.default_periods() == {p.option.name: p.default for _r, p in periods}
    for rule, p in periods:
        option = p.option
        assert option.name == rt.option_name(rule.code, p.key) == f"retention.{rule.code}.{p.key}"
        assert option in declared                    # Einstellungen lists and checks it
        assert (option.type, option.default) == (int, p.default)
        assert (option.minimum, option.maximum) == (p.minimum, p.maximum)
        assert option.label == p.label and option.legal_basis == rule.legal_basis


def test_a_month_later_ends_on_the_months_last_day_when_the_day_is_missing():
    assert rt.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert rt.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert rt.add_months(date(2027, 8, 31), 1) == date(2027, 9, 30)
    assert rt.add_months(date(2027, 12, 15), 1) == date(2028, 1, 15)
    assert rt.add_months(date(2027, 11, 30), 2) == date(2028, 1, 30)
    assert rt.add_months(date(2027, 1, 15), 11) == date(2027, 12, 15)
    assert rt.add_months(date(2027, 3, 10), 0) == date(2027, 3, 10)
    assert rt.add_months(date(2027, 3, 10), 25) == date(2029, 4, 10)


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(0, 240))
def test_months_added_land_in_the_month_counted_on(day, months):
    later = rt.add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day
                                    and (later + timedelta(days=1)).day == 1)


def test_a_period_is_added_in_its_own_unit():
    table = rt.rule_table()
    start = date(2027, 1, 31)
    assert rt.add_period(start, table["R3"].period("days"), 30) == date(2027, 3, 2)
    assert rt.add_period(start, table["R9"].period("months"), 1) == date(2027, 2, 28)
    assert rt.add_period(start, table["R9b"].period("years"), 70) == date(2097, 1, 31)
    assert rt.add_period(date(2028, 2, 29), table["R9b"].period("years"), 1) == date(2029, 2, 28)


def test_the_school_year_ends_on_31_july():
    assert rt.school_year_end(2026) == date(2027, 7, 31)


def test_a_cleared_field_leaves_a_field_tombstone_a_deleted_record_a_record_one():
    assert rt.KINDS["guardian_contact"].tombstone == rt.FIELD
    assert rt.KINDS["person"].tombstone == rt.RECORD
    assert rt.FIELD != rt.RECORD


def test_only_the_due_state_is_due():
    base = rt.Assessment("person", "p1", "R2", "case", rt.DUE, date(2027, 1, 1), None,
                         rt.DELETE, "fällig")
    assert base.is_due
    for state in rt.STATES:
        if state != rt.DUE:
            other = rt.Assessment("person", "p1", "R2", "case", state, None, None, None, "")
            assert not other.is_due


def test_the_kind_shows_its_label_and_an_unknown_kind_its_name():
    assert rt.kind_label("guardian_contact") == "Kontaktdaten der Eltern"
    assert rt.kind_label("appointment") == "Termin"            # tombstones only
    assert rt.kind_label("irgendwas") == "irgendwas"


def test_the_reason_frames_go_through_the_translator():
    """Issue 64, item 8: the engine's sentence frames are said through ``tr`` (the rule's
    title and period words stay the rule table's, declared German); nested frames too."""
    from ssa_desktop.domain import retention as rt

    english = {"fällig am {day} nach {rest}": "due on {day} under {rest}",
               "eingeschränkt seit {day}; {rest}": "restricted since {day}; {rest}",
               "keine Löschfrist erreicht": "no deletion period reached"}

    def tr(text):
        return english.get(text, text)

    assert rt.in_words("eingeschränkt seit 16.10.2026; keine Löschfrist erreicht", tr) == \
        "restricted since 16.10.2026; no deletion period reached"
    said = rt.in_words("fällig am 01.02.2027 nach R9: Ende der Beratung + 6 Monate", tr)
    assert said.startswith("due on 01.02.2027 under „") and said.endswith(
        "“: Ende der Beratung + 6 Monate"), said
    assert rt.in_words("fällig am 01.02.2027 nach R9: x") == rt.in_words(
        "fällig am 01.02.2027 nach R9: x", lambda t: t)   # German without a translator
    assert rt.in_words("etwas anderes", tr) == "etwas anderes"


@pytest.mark.parametrize(("text", "said"), [
    ("fällig seit 03.08.2026 nach etwas", "<fällig seit 03.08.2026 nach etwas>"),
    ("fällig am 03.08.2026 nach etwas", "<fällig am 03.08.2026 nach etwas>"),
    ("eingeschränkt seit 03.08.2026; etwas", "<eingeschränkt seit 03.08.2026; etwas>"),
    ("Fall abgeschlossen am 03.08.2026; Prüfung nach etwas",
     "<Fall abgeschlossen am 03.08.2026; Prüfung nach etwas>"),
    ("keine Löschfrist erreicht", "<keine Löschfrist erreicht>"),
    ("etwas (Ablaufdatum der Notiz)", "<etwas (Ablaufdatum der Notiz)>"),
    ("fällig seit 3.8.2026 nach etwas", "fällig seit 3.8.2026 nach etwas"),   # no frame
])
def test_each_reason_frame_goes_through_the_translator(text, said):
    assert rt.in_words(text, lambda frame: f"<{frame}>") == said
