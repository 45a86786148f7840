"""Issue 18: writing a Vertretungspaket for 50 persons of the 10-year vault (selection,
package file, disclosures), and handing on one school: package + the receipt written
by the successor's real receive (not timed) + the provable deletion of exactly the
packaged rows, on throw-away copies. The consents "Weitergabe an die Vertretung" are
added before timing."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from generate import KDF, PASSPHRASE
from harness import Result, stopwatch

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import handover_confirm, handover_deputy, handover_school
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault

TODAY = date(2026, 7, 20)   # the data set's "today" (benchmark.json)
PERIOD = rules.Period(date(2026, 7, 21), date(2026, 9, 30))


def run(bench) -> list[Result]:
    return [
        Result("vertretung_package_s", _deputy(bench), "s", 0.5,
               "Vertretungspaket for 50 persons of the 10-year vault: proposal, package "
               "file, disclosures (issues 18, 28)"),
        Result("school_handover_s", school_handover(bench)["wall"], "s", 3.0,
               "one school of the 10-year vault handed on: package, check of the receipt "
               "the successor's receive wrote, provable deletion of exactly the packaged "
               "rows (issues 18, 28)"),
    ]


def _deputy(bench) -> float:
    session = bench.open(bench.working_copy())
    times = []
    try:
        conn = session.conn
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT person_id FROM case_file WHERE status = 'open' ORDER BY person_id"
            " LIMIT 50")]
        with transaction(conn):
            for pid in ids:
                repo.CONSENTS.insert(conn, Consent(pid, "Vertretung der Schulsozialarbeit",
                                                   date(2025, 9, 1), deputy=True))
        with clock.frozen(TODAY), tempfile.TemporaryDirectory() as out:
            for _ in range(max(3, bench.reps)):
                start = time.perf_counter()
                chosen = [c.person_id for c in handover_deputy.propose(conn, PERIOD)]
                result = handover_deputy.create_deputy_package(
                    conn, PERIOD, rules.Deputy("Vertretung", "SSA"), chosen, Path(out))
                times.append(time.perf_counter() - start)
                check_packed(result, chosen)
                result.path.unlink()
    finally:
        session.lock()
    return sorted(times)[len(times) // 2]


def check_packed(result, chosen: list[str]) -> None:
    """Every person chosen is packed, but those due for deletion: they stay home (the
    package's default, ``left_out``); some person is packed."""
    home = {d.person_id for d in result.left_out}
    if not result.persons or sorted(result.persons) != sorted(set(chosen) - home):
        raise RuntimeError(f"{len(result.persons)} of {len(chosen)} persons packed, "
                           f"{len(home)} due and left out")


def school_handover(bench) -> dict[str, float]:
    """Timed (wall and CPU seconds): the package and the receipt's deletion at the
    worker. Not timed: the successor's receive into a new vault, which produces the
    receipt (issue 28: only a receipt made by opening and merging the package counts)."""
    worker = bench.open(bench.working_copy())
    total: dict[str, float] = {}
    try:
        conn = worker.conn
        school_id = smallest_school(conn)
        with clock.frozen(TODAY), tempfile.TemporaryDirectory() as out:
            # every row goes, as before persons due for deletion stayed home by default:
            # the same rows as the earlier states measured
            due = [d.person_id for d in handover_school.school_due_persons(conn, school_id)]
            with stopwatch(total):
                result = handover_school.create_school_package(conn, school_id,
                                                               rules.Deputy("Nachfolge"),
                                                               Path(out), send_due=due)
            inbox = Path(out) / "eingang"
            inbox.mkdir()
            copy = inbox / result.path.name
            shutil.copyfile(result.path, copy)
            successor, _ = Vault.create(Path(out) / "nachfolge", PASSPHRASE, params=KDF)
            try:
                _merged, receipt = handover_school.receive_school_package(successor.conn, copy,
                                                                          result.key_text, Path(out))
            finally:
                successor.lock()
            if receipt is None:
                raise RuntimeError("the successor's receive left conflicts")
            with stopwatch(total):
                report = handover_confirm.confirm_school_handover(conn, receipt)
        if report.left and not report.held:  # held: the demo's open Auskunft keeps its person
            raise RuntimeError(f"{report.left} rows of the school left")
    finally:
        worker.lock()
    return total


def smallest_school(conn) -> str:
    """The school with the fewest persons (the one handed on)."""
    return conn.execute("SELECT school_id FROM person WHERE school_id IS NOT NULL"
                        " GROUP BY school_id ORDER BY count(*) LIMIT 1").fetchone()[0]
