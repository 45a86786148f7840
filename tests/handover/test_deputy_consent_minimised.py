"""Review finding 12 (issue 28): a Vertretungspaket carries the deputy consents as proof
only – validity, party, recipient, the deputy flag – never their free texts (scope,
purpose, entrusted_by), which may name others. Read from the real package file."""

from __future__ import annotations

import dataclasses

from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _package
from tests.services.test_handover import _person


def test_the_consents_in_the_package_carry_no_free_text(conn, tmp_path):
    a = _person(conn, "Anna")
    [mine] = repo.CONSENTS.select(conn, "person_id = ?", (a.id,))
    repo.CONSENTS.update(conn, dataclasses.replace(
        mine, entrusted_by="Frau Müller (Tante)", purpose="Gespräch über Vater"))
    result = _package(conn, tmp_path, a)
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER)
    try:
        [carried] = repo.CONSENTS.all(pkg)
    finally:
        pkg.close()
    assert (carried.scope, carried.purpose, carried.entrusted_by) == ("", "", "")
    assert (carried.valid_from, carried.valid_to, carried.withdrawn_on, carried.party,
            carried.recipient, carried.deputy) == (mine.valid_from, mine.valid_to,
                                                   mine.withdrawn_on, mine.party,
                                                   mine.recipient, True)
