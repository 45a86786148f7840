"""``check`` names the contacts of the vault that no entry of hers could have saved and an
import refuses (``plausibility.bulk_contacts``): more minutes than any version saved, more
than 24 hours of one person on one day. (The number ranges an import refuses are CHECK
constraints of the schema: no row outside them can be in a vault.)"""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.services.test_handover import _person
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.vaults import PASSPHRASE

TODAY = date(2026, 11, 23)


def test_check_names_contacts_beyond_the_bounds_of_her_entry(open_vault, capsys, monkeypatch):
    lena = _person(open_vault.conn, "L-13")
    folder = locked_with_passphrase(open_vault, monkeypatch)
    assert run_cli(capsys, "check", "--vault", folder, at=TODAY)[0] == 0
    with Vault(folder).unlock(PASSPHRASE) as session:
        conn = session.conn
        long = repo.CONTACTS.insert(conn, Contact(date(2026, 10, 1), "EB", 30,
                                                  school_id="school-1", person_id=lena.id))
        conn.execute("UPDATE contact SET duration_min = 2000 WHERE id = ?", (long.id,))
        day = [repo.CONTACTS.insert(conn, Contact(date(2026, 10, 2), "EB", 500,
                                                  school_id="school-1", person_id=lena.id))
               for _ in range(3)]
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    assert code == 1
    assert f"contact {long.id}: 2000 Minuten sind 33,33 Stunden – länger als ein Tag" in err
    assert [c.id for c in day if f"contact {c.id}: zusammen 1.500 Minuten an einem Tag, "
            "mehr als 24 Stunden" in err] == [min(c.id for c in day)]   # the day's first
    assert "L-13" not in err      # ids only, no names
