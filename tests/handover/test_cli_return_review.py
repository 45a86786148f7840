"""Review findings 1 and 2 where she meets them in the CLI (``cli.main`` on a real vault):
a crafted return touching her own older record is refused in German with exit code 1 and
nothing changed; an expired package's key is swept before ``package import`` reads."""

from __future__ import annotations

import dataclasses
from datetime import date

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_deputy_work
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person

LATER = date(2026, 12, 5)


def _run(capsys, day, *argv) -> tuple[int, str, str]:
    with clock.frozen(day):
        code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_crafted_return_is_refused_by_the_cli_in_german(open_vault, tmp_path, capsys,
                                                          monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    old = next(c for c in repo.CONTACTS.all(conn) if c.person_id == anna.id)
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], tmp_path,
                                                   today=TODAY)
    folder = open_vault.vault.folder
    open_vault.lock()
    ret = handover_deputy_work.write_return(result.path, result.key_text, tmp_path / "r.ssapaket", today=LATER)
    pkg, _ = svc.open_package(ret.path, result.key_text, today=LATER, writable=True)
    repo.CONTACTS.insert(pkg, dataclasses.replace(old, note="GEFÄLSCHT"))
    pkg.close()
    code, out, err = _run(capsys, LATER, "package", "import", "--vault", folder, ret.path)
    assert code == 1 and "Traceback" not in err
    assert "den Eintrag gibt es bei Ihnen, er war aber nicht im Vertretungspaket" in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert repo.CONTACTS.get(session.conn, old.id).note == old.note
    finally:
        session.lock()


def test_package_import_sweeps_expired_keys_first(open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], tmp_path,
                                                   today=TODAY)
    folder = open_vault.vault.folder
    open_vault.lock()
    missing = tmp_path / "gibt-es-nicht.ssapaket"
    code, out, err = _run(capsys, PERIOD.expires, "package", "import", "--vault", folder,
                          missing)
    assert "abgelaufen" in out and "Paketschlüssel wurde gelöscht" in out
    assert code == 1 and "gibt es nicht" in err and "Traceback" not in err
    assert not result.path.exists()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert "key" not in q.registry(session.conn, q.REGISTRY_PREFIX)[result.package_id]
    finally:
        session.lock()
