"""German date entry at its edges (issue 20 item 6: mutation testing of
``domain/dates.py``): every limit at its value, every reason as she reads it."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import dates as dt
from ssa_desktop.domain.errors import UserError

TODAY = date(2026, 11, 23)


def _refused(typed: str, today: date = TODAY) -> str:
    with pytest.raises(dt.DateEntryError) as e:
        dt.parse_date(typed, today)
    return str(e.value)


@pytest.mark.parametrize(("month", "name"), list(enumerate(
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
     "Oktober", "November", "Dezember"), start=1)))
def test_a_day_a_month_does_not_have_is_refused_with_the_months_german_name(month, name):
    typed = f"32.{month:02}.2026"
    assert _refused(typed) == (f"„{typed}“ ist kein gültiges Datum: den 32. {name} 2026 "
                               "gibt es nicht.")


def test_a_refused_date_is_her_sentence_with_an_example_never_a_traceback():
    with pytest.raises(UserError) as e:           # shown as it is in the form
        dt.parse_date("31.04.2026", TODAY)
    assert isinstance(e.value, dt.DateEntryError)
    assert "TT.MM.JJJJ, z. B. 12.10.2026" in _refused("morgen")


def test_each_refusal_says_what_is_wrong_with_the_date():
    assert _refused("   ") == "Bitte ein Datum eingeben (TT.MM.JJJJ, z. B. 12.10.2026)."
    assert _refused("1.0.2026") == "„1.0.2026“: einen 0. Monat gibt es nicht."
    assert _refused("1.13.2026") == "„1.13.2026“: einen 13. Monat gibt es nicht."
    assert _refused("1.1.1899") == "„1.1.1899“: das Jahr 1899 liegt außerhalb 1900–2200."
    assert _refused("1.1.2201") == "„1.1.2201“: das Jahr 2201 liegt außerhalb 1900–2200."
    assert _refused("32.01.2026") == ("„32.01.2026“ ist kein gültiges Datum: den 32. Januar "
                                      "2026 gibt es nicht.")
    assert _refused("32.12.2026") == ("„32.12.2026“ ist kein gültiges Datum: den 32. Dezember "
                                      "2026 gibt es nicht.")
    assert _refused(" 31.02.2026 ") == ("„31.02.2026“ ist kein gültiges Datum: den 31. "
                                        "Februar 2026 gibt es nicht.")
