"""A confirmed school receipt retires every earlier package of the school that carries a
row no longer in the vault, whichever order the packages are stored in: an earlier
package whose rows all stay (its person held since the confirmed package) is kept as it
is and does not stop the check of the packages after it. Real vaults, the real CLI."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import new_id
from ssa_desktop.services import handover_school, retention
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import TODAY, _run
from tests.handover.test_school_receipt import _package_created, _receive
from tests.handover.test_school_receipt_review import _persons, _registry
from tests.services.test_handover import _person
from tests.support.vaults import FAST_KDF

# package ids in the order the registry lists them (it is read ordered by id)
ANNA_ONLY, BOTH, CONFIRMED = "a" * 32, "b" * 32, "c" * 32


def _ids_in_turn(monkeypatch):
    """Each package created gets the next id of ``wanted``; its rows get random ones."""
    wanted: list[str] = []

    def package_or_row_id() -> str:
        return wanted.pop(0) if wanted else new_id()

    monkeypatch.setattr(handover_school, "new_id", package_or_row_id)
    return wanted


def test_an_earlier_package_that_stays_does_not_stop_the_retiring_of_the_next(
        open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    wanted = _ids_in_turn(monkeypatch)
    anna = _person(open_vault.conn, "Anna")
    folder = open_vault.vault.folder
    open_vault.lock()
    wanted.append(ANNA_ONLY)
    first = _package_created(capsys, monkeypatch, folder, tmp_path / "aus1")     # Anna alone
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(TODAY):
        _person(session.conn, "Ben")
    session.lock()
    wanted.append(BOTH)
    second = _package_created(capsys, monkeypatch, folder, tmp_path / "aus2")    # Anna and Ben
    wanted.append(CONFIRMED)
    third = _package_created(capsys, monkeypatch, folder, tmp_path / "aus3")     # Anna and Ben
    # after the confirmed package: a hold on Anna, so she stays whole with her rows
    session = Vault(folder).unlock(PASSPHRASE)
    retention.add_hold(session.conn, anna.id, "legal_claim", date(2027, 6, 1), today=TODAY)
    session.lock()
    assert sorted(_registry(folder)) == [ANNA_ONLY, BOTH, CONFIRMED]

    successor = tmp_path / "nachfolge"
    Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0].lock()
    _inbox, receipt = _receive(capsys, successor, third, tmp_path)
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert _persons(folder) == {"P-Anna"}                    # Ben gone, Anna held
    registry = _registry(folder)
    # Ben is gone, so the package that carried him is replaced: key and file removed
    assert registry[BOTH]["status"] == "superseded"
    assert "key" not in registry[BOTH]
    assert not second.exists()
    # Anna's rows are all still there: the package of her alone stays issued
    assert registry[ANNA_ONLY]["status"] == "issued"
    assert "key" in registry[ANNA_ONLY]
    assert first.exists()
