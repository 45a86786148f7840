"""Writing a deputy or school package changes the disclosure log (CONSENTS: consents and
disclosures) and the package registry in the vault's meta (PACKAGES) – nothing of the
settings: the runner refreshes exactly the views of what changed."""

from __future__ import annotations

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover_deputy, handover_school
from ssa_desktop.services.operations import Changes, DataKind, run
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import TODAY
from tests.services.test_handover import DEPUTY, PERIOD, _person

WRITTEN = Changes.of(DataKind.CONSENTS, DataKind.PACKAGES)


def _settings(conn):
    return conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall()


def _meta(conn):
    return conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall()


def test_a_deputy_package_changes_disclosures_and_packages_only(conn, out):
    anna = _person(conn, "Anna")
    settings, meta = _settings(conn), _meta(conn)
    outcome = run(handover_deputy.create_deputy_package, conn, PERIOD, DEPUTY, [anna.id],
                  out, today=TODAY)
    assert outcome.changes == WRITTEN
    assert _settings(conn) == settings and _meta(conn) != meta
    assert repo.DISCLOSURES.count(conn) == 1


def test_a_school_package_changes_disclosures_and_packages_only(conn, out):
    _person(conn, "Anna")
    settings, meta = _settings(conn), _meta(conn)
    with clock.frozen(TODAY):
        outcome = run(handover_school.create_school_package, conn, "school-1",
                      rules.Deputy("Mara Ott"), out, today=TODAY)
    assert outcome.changes == WRITTEN
    assert _settings(conn) == settings and _meta(conn) != meta
    assert repo.DISCLOSURES.count(conn) == 1
