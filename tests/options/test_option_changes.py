"""Vault options changed through services.settings: validated (types, bounds, choices,
month-day values), each change logged content-free with old and new value and the time;
the KVJS deadline reminders follow the edited values."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.domain.options import OptionError
from ssa_desktop.services import settings
from ssa_desktop.services import statistics as stats
from tests.kvjs import fixture

NOW = datetime(2026, 9, 3, 8, 0)


def test_a_typo_in_a_deadline_is_refused_in_german_and_nothing_changes(conn):
    with clock.frozen(NOW):
        settings.set_text(conn, "kvjs.deadline_landkreis", "07-15")
    for typo in ("07-32", "Juli", "31.13."):
        with pytest.raises(OptionError) as err:
            settings.set_text(conn, "kvjs.deadline_landkreis", typo)
        assert str(err.value).startswith("„Frist Statistik je Schule für den Landkreis“: ")
        assert "ist kein Tag im Jahr" in str(err.value)
    assert settings.get(conn, stats.LANDKREIS_DEADLINE) == MonthDay(7, 15)
    assert settings.changes(conn) == [
        ("kvjs.deadline_landkreis", "07-31", "07-15", "2026-09-03 08:00:00")]


@pytest.mark.parametrize(("name", "text", "value", "logged"), [
    ("kvjs.deadline_kvjs", "30.9.", MonthDay(9, 30), ("10-31", "09-30")),
    ("kvjs.grant_rate", "17.250,5", 17250.5, ("16700.0", "17250.5")),
    ("post.full_time_hours", "40", 40.0, ("39.0", "40.0")),
    ("timeshare.school_holidays_free", "ja", True, ("False", "True")),
    ("slips.name_format", "first", "first", ("first_initial", "first")),
])
def test_each_option_set_from_text_is_stored_and_logged(conn, name, text, value, logged):
    with clock.frozen(NOW):
        assert settings.set_text(conn, name, text) == value
        settings.set_text(conn, name, text)                 # the same again: no entry
    assert settings.get(conn, settings.option(name)) == value
    assert settings.changes(conn) == [(name, *logged, "2026-09-03 08:00:00")]


@pytest.mark.parametrize(("name", "text", "words"), [
    ("kvjs.grant_rate", "-1", "nicht kleiner als 0,0 sein"),
    ("kvjs.grant_rate", "2000000", "nicht größer als 1.000.000,0 sein"),
    ("post.full_time_hours", "0,5", "nicht kleiner als 1,0 sein"),
    ("post.full_time_hours", "viele", "keine Zahl"),
    ("slips.name_format", "vollständig", "nicht vorgesehen"),
    ("timeshare.school_holidays_free", "vielleicht", "ja oder nein"),
])
def test_bounds_types_and_choices_are_refused(conn, name, text, words):
    with pytest.raises(OptionError) as err:
        settings.set_text(conn, name, text)
    assert words in str(err.value)
    assert settings.changes(conn) == []


def test_an_unknown_or_elsewhere_edited_option_is_refused_in_german(conn):
    with pytest.raises(OptionError, match="Eine Einstellung „kvjs.nothing“ gibt es nicht"):
        settings.set_text(conn, "kvjs.nothing", "1")
    with pytest.raises(OptionError, match="Statistik"):
        settings.set_text(conn, "kvjs.template", "x")


def test_a_reset_is_logged_too(conn):
    with clock.frozen(NOW):
        settings.set_text(conn, "kvjs.grant_rate", "20000")
        settings.reset(conn, stats.GRANT_RATE)
    assert [c[1:3] for c in settings.changes(conn)] == [("16700.0", "20000.0"),
                                                       ("20000.0", "16700.0")]


def test_the_deadline_reminders_use_the_edited_values(conn):
    fixture.build(conn)
    settings.set_text(conn, "kvjs.deadline_landkreis", "15.07.")
    settings.set_text(conn, "kvjs.deadline_kvjs", "09-30")
    with clock.frozen(date(2026, 7, 1)):
        dues = {d.scope.scope.key: d.due for d in stats.deadlines(conn, count_findings=False)}
    assert dues == {"school:school-1": date(2026, 7, 15), "school:school-2": date(2026, 7, 15),
                    "post:post-1": date(2026, 9, 30)}


def test_a_deadline_stored_as_text_before_it_was_typed_still_reads(conn):
    from ssa_desktop.storage import repositories as repo
    repo.set_setting(conn, "kvjs.deadline_kvjs", '"9-30"')
    assert settings.get(conn, stats.KVJS_DEADLINE) == MonthDay(9, 30)
    repo.set_setting(conn, "kvjs.deadline_kvjs", '"Oktober"')   # never valid: the default
    assert settings.get(conn, stats.KVJS_DEADLINE) == MonthDay(10, 31)


def test_every_declared_option_is_on_the_page_or_edited_elsewhere_for_a_reason():
    names = {o.name for o in settings.declared()}
    shown = {o.name for o in settings.editable()}
    elsewhere = set(names) - shown
    assert {"kvjs.deadline_landkreis", "kvjs.deadline_kvjs", "kvjs.grant_rate"} <= shown
    for name in elsewhere:
        assert settings.edited_elsewhere(name), name
    assert any(n.startswith("retention.") for n in names)
