"""The two settings declared beside the Sollzeit rule, as a vault reads them and as she
types them: a full-time post's weekly hours (39 by TVöD until she sets another, 1 to 60
hours) and whether school holidays are free of Sollzeit (no, until she says so); both
read under the names earlier releases stored them. Pure."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import options, worktime
from ssa_desktop.domain.options import OptionError


def test_a_vault_without_the_settings_reads_39_hours_and_holidays_with_sollzeit():
    assert worktime.FULL_TIME_HOURS.decode(None) == 39.0
    assert worktime.HOLIDAYS_FREE.decode(None) is False


def test_the_settings_are_read_under_the_names_earlier_releases_stored():
    assert options.get_option("post.full_time_hours") is worktime.FULL_TIME_HOURS
    assert options.get_option("timeshare.school_holidays_free") is worktime.HOLIDAYS_FREE
    assert worktime.FULL_TIME_HOURS.decode("38.5") == 38.5
    assert worktime.HOLIDAYS_FREE.decode("true") is True


@pytest.mark.parametrize(("typed", "hours"), [("1", 1.0), ("60", 60.0), ("38,5", 38.5)])
def test_full_time_hours_from_one_to_sixty(typed, hours):
    assert worktime.FULL_TIME_HOURS.from_text(typed) == hours


@pytest.mark.parametrize(("typed", "refusal"), [
    ("0,5", "„Wochenstunden einer Vollzeitstelle“: der Wert darf nicht kleiner als 1"),
    ("60,5", "„Wochenstunden einer Vollzeitstelle“: der Wert darf nicht größer als 60"),
])
def test_full_time_hours_outside_are_refused_in_her_words(typed, refusal):
    with pytest.raises(OptionError) as err:
        worktime.FULL_TIME_HOURS.from_text(typed)
    assert str(err.value).startswith(refusal)
