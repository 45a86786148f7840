"""A package written on the one runner (issue 64, item 3): its named steps, and a cancel
at any of them before the last leaves no package, no partial file, no disclosure-log
entry and no registry entry; once the last step has passed (the log entry commits with
it), a cancel is refused and the package is whole, its key in the result."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import consents, handover_deputy, handover_school
from ssa_desktop.services import handover as svc
from ssa_desktop.services.operations import Cancelled, Progress
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
from tests.support.cancelling import cancelling_at

DEPUTY_STEPS = ["Das Paket wird geschrieben …", "Die Personen sind eingepackt …",
                "Das Paket wird abgeschlossen …", "Die Weitergabe wird protokolliert …"]
SCHOOL_STEPS = ["Das Paket wird geschrieben …", "Die Personen sind eingepackt …",
                "Das Paket wird abgeschlossen …", "Die Übergabe wird protokolliert …"]


def _write(kind, conn, person, folder, progress):
    if kind == "deputy":
        return handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [person.id], folder,
                                                     today=TODAY, progress=progress)
    return handover_school.create_school_package(conn, "school-1", rules.Deputy("Mara Ott"),
                                                 folder, today=TODAY, progress=progress)


@pytest.mark.parametrize("kind,steps", [("deputy", DEPUTY_STEPS), ("school", SCHOOL_STEPS)])
def test_the_steps_are_named(kind, steps, conn, tmp_path):
    anna = _person(conn, "Anna")
    seen: list[str] = []
    with clock.frozen(TODAY):
        result = _write(kind, conn, anna, tmp_path, Progress(lambda _p, text: seen.append(text)))
    assert seen == steps
    assert svc.package_info(result.path, result.key_text)            # whole, opens with its key


@pytest.mark.parametrize("kind,steps", [("deputy", DEPUTY_STEPS), ("school", SCHOOL_STEPS)])
@pytest.mark.parametrize("step", [0, 1, 2])
def test_a_cancel_before_the_last_step_leaves_nothing(kind, steps, step, conn, tmp_path):
    anna = _person(conn, "Anna")
    folder = tmp_path / "stick"
    folder.mkdir()
    progress, seen, refused = cancelling_at(step)
    with clock.frozen(TODAY), pytest.raises(Cancelled):
        _write(kind, conn, anna, folder, progress)
    assert seen == steps[:step + 1] and refused == [False]
    assert list(folder.iterdir()) == []                 # no package, no partial, no journal
    assert consents.disclosures_for_person(conn, anna.id) == []
    assert svc.issued_packages(conn) == {}


@pytest.mark.parametrize("kind,steps", [("deputy", DEPUTY_STEPS), ("school", SCHOOL_STEPS)])
def test_a_cancel_after_the_last_step_is_refused_and_the_package_is_whole(kind, steps, conn,
                                                                         tmp_path):
    anna = _person(conn, "Anna")
    folder = tmp_path / "stick"
    folder.mkdir()
    progress, seen, refused = cancelling_at(len(steps) - 1)
    with clock.frozen(TODAY):
        result = _write(kind, conn, anna, folder, progress)
    assert seen == steps and refused == [True]
    assert [p.name for p in folder.iterdir()] == [result.path.name]
    assert svc.package_info(result.path, result.key_text)
    assert len(consents.disclosures_for_person(conn, anna.id)) == 1
    assert list(svc.issued_packages(conn)) == [result.package_id]
