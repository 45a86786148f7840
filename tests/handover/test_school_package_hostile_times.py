"""A school package whose times the rule refuses („24:00“, an end before the start) or
that are no text (a crafted file: the package key opens it for writing) is refused on the
successor's receive with the rule's German sentence naming the field: nothing merged, no
receipt written, the package file kept. Real package files, the real receive."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_school
from ssa_desktop.services.interchange import InterchangeError
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import TODAY, _person
from tests.support.vaults import fresh_vault


@pytest.mark.parametrize(("sql", "said"), [
    ("UPDATE appointment SET start = '24:00'", "Der Beginn „24:00“ ist keine gültige Uhrzeit"),
    ("UPDATE appointment SET \"end\" = '9:00'", "Das Ende des Termins muss nach dem Beginn"),
    ("UPDATE appointment SET start = x'31303a3030'",
     "tables.appointment[0].start: erwartet Text"),
    ("UPDATE contact SET time = '24:00'", "Die Uhrzeit „24:00“ ist keine gültige Uhrzeit"),
    ("UPDATE contact SET time = x'31303a3030'", "tables.contact[0].time: erwartet Text"),
    ("UPDATE contact SET time = 930", "Die Uhrzeit „930“ ist keine gültige Uhrzeit"),
])
def test_a_package_with_a_time_the_rule_refuses_is_refused_on_receive(conn, tmp_path, sql,
                                                                       said):
    anna = _person(conn, "Anna")
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "10:00", "10:45",
                                               person_id=anna.id, school_id="school-1"))
    made = handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"),
                                                 tmp_path, today=TODAY)
    pkg, _info = svc.open_package(made.path, made.key_text, today=TODAY, writable=True)
    try:
        pkg.execute(sql)
    finally:
        pkg.close()
    receipts = tmp_path / "quittung"
    receipts.mkdir()
    with fresh_vault() as successor:
        with pytest.raises(InterchangeError) as refused:
            handover_school.receive_school_package(successor.conn, made.path, made.key_text,
                                                   receipts, today=TODAY)
        assert repo.PERSONS.count(successor.conn) == 0
        assert repo.APPOINTMENTS.count(successor.conn) == 0
    assert str(refused.value).startswith("Die Datei wurde nicht eingelesen; es wurde nichts "
                                         "verändert. 1 Fehler:")
    assert said in str(refused.value)
    assert list(receipts.iterdir()) == [] and made.path.is_file()
