"""``ssa-desktop package contact --rate ZIEL=STUFE`` (issue 63): the deputy rates the goals
handed to her from the CLI through the same service as her window
(``deputy_add_contact`` with ``ratings``); ``package open`` names the goals with their
ids and scale; a bad rating is refused in German with nothing written; her rating comes
back with the return, marked as hers. Through ``cli.main`` on real vaults and files."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import goals as g
from ssa_desktop.services import goals
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import CREATED, WORKING
from tests.handover.conftest import run_cli as _run
from tests.handover.test_cli_package import _key
from tests.services.test_handover import _person


def _package(open_vault, out, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    anna = _person(conn, "Anna")
    [case] = repo.CASES.select(conn, "person_id = ?", (anna.id,))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Pausen ohne Streit", scale=g.GAS,
                                            baseline=-2, created="2026-09-14 09:00:00"))
    goals.rate(conn, goal.id, -1, date(2026, 11, 2))
    folder = open_vault.vault.folder
    open_vault.lock()
    code, text, err = _run(capsys, CREATED, "package", "create", "--vault", folder, "--from",
                           "2026-11-30", "--to", "2027-01-08", "--deputy", "Jana Berger",
                           "--with", f"{anna.id}:case_goals", "--out", out)
    assert code == 0, err
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(text))
    [path] = list(out.iterdir())
    return anna, case, goal, folder, path


def test_the_deputy_rates_a_handed_goal_by_cli_and_it_comes_back_hers(
        open_vault, out, tmp_path, capsys, monkeypatch):
    anna, case, goal, folder, package = _package(open_vault, out, capsys, monkeypatch)
    code, text, err = _run(capsys, WORKING, "package", "open", "--package", package)
    assert code == 0, err
    assert "Ziele (einschätzen mit --rate KENNUNG=STUFE):" in text
    assert (f"  {goal.id}  {anna.pseudonym}  Pausen ohne Streit  (Stufen -2 … +2; zuletzt "
            "-1 am 02.11.2026, Stelleninhaberin)") in text
    contact = ("package", "contact", "--package", package, "--person", anna.id, "--case",
               case.id, "--day", "2026-12-03", "--minutes", "20")
    code, _, err = _run(capsys, WORKING, *contact, "--rate", "0")
    assert code == 2 and "--rate KENNUNG=STUFE" in err and "Traceback" not in err
    code, _, err = _run(capsys, WORKING, *contact, "--rate", "Pausen=0")
    assert code == 1 and "Dieses Ziel gehört nicht zum Fall des Kontakts" in err
    code, _, err = _run(capsys, WORKING, *contact, "--rate", f"{goal.id}=7")
    assert code == 1 and "Die Stufe 7 gibt es auf der Skala dieses Ziels nicht" in err
    code, text, err = _run(capsys, WORKING, *contact, "--rate", f"{goal.id}=0")
    assert code == 0, err
    assert "Kontakt eingetragen: 03.12.2026, 20 Minuten." in text
    assert "Ziel eingeschätzt: Pausen ohne Streit: 0 erwartetes Ergebnis" in text
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = _run(capsys, WORKING, "package", "return", "--package", package,
                        "--out", stick, "--last")
    assert code == 0, err
    [returned] = list(stick.iterdir())
    code, _, err = _run(capsys, WORKING, "package", "import", "--vault", folder, returned)
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        rated = goals.ratings(session.conn, goal.id)
        assert [(r.day, r.level, r.written_by) for r in rated] == [
            (date(2026, 11, 2), -1, ""), (date(2026, 12, 3), 0, "Jana Berger (Vertretung)")]
        hers = [c for c in repo.CONTACTS.all(session.conn) if c.written_by]
        assert len(hers) == 1                                 # the refusals wrote nothing
    finally:
        session.lock()
