"""The decisions of the handover use cases that the other files leave open, on real
vaults and package files (each test was written against a mutant of
``services/handover.py`` that survived its selection, docs/testing.md): which rows a
return carries, which key stays, which receipt deletes, what is kept."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from tests.handover.test_deputy_return import LATER, _mark, _open, _package, _return, out
from tests.services.test_handover import _person

__all__ = ["out"]    # the fixture, imported for the tests below


def test_a_package_of_an_earlier_release_returns_only_the_rows_she_touched(conn, out):
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    bea = _person(conn, "Bea", appointment=date(2026, 12, 3))
    result = _package(conn, out, anna, bea)
    pkg = _open(result)
    try:
        # an earlier release kept one hash per row, of the row as it went in
        old = {"contact": {}, "appointment": {
            a.id: rules.row_hash(dataclasses.asdict(a)) for a in repo.APPOINTMENTS.all(pkg)}}
        with transaction(pkg):
            q.set_meta(pkg, "baseline", json.dumps(old))
        [hers] = [a for a in repo.APPOINTMENTS.all(pkg) if a.person_id == anna.id]
        _mark(pkg, hers.id, "attended")
    finally:
        pkg.close()
    ret = _return(result, out)
    back, _info = svc.open_package(ret.path, result.key_text, today=LATER)
    try:
        assert [(a.id, a.status) for a in repo.APPOINTMENTS.all(back)] == [(hers.id, "attended")]
    finally:
        back.close()
