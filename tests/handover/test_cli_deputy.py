"""``ssa-desktop package contact|appointment|mark|return|import`` (issue 28): the deputy's
whole entry, her marks, a second return into the same folder, the import in her vault
and the key gone after it – through ``cli.main`` on real vaults and package files."""

from __future__ import annotations

import shutil
from datetime import date

from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import WORKING
from tests.handover.conftest import run_cli as _run


def test_the_deputy_works_by_cli_and_her_entries_come_back_whole(deputy_package, tmp_path,
                                                                   capsys):
    anna, package, stick, folder = (deputy_package.anna, deputy_package.path,
                                    deputy_package.stick, deputy_package.folder)
    code, out, err = _run(capsys, WORKING, "package", "contact", "--package", package,
                          "--person", anna.id, "--case", deputy_package.case_id, "--day", "2026-12-03",
                          "--time", "14:30", "--kind", "TEL", "--minutes", "20",
                          "--topic", "FAM", "--participant", "parent",
                          "--note", "Telefonat mit Mutter")
    assert code == 0, err
    code, out, err = _run(capsys, WORKING, "package", "contact", "--package", package,
                          "--person", anna.id, "--day", "2026-12-04", "--minutes", "10")
    assert code == 0, err                                   # without a case
    code, _, err = _run(capsys, WORKING, "package", "contact", "--package", package,
                        "--person", anna.id, "--day", "2026-12-06", "--minutes", "10")
    assert code == 1 and "Zukunft" in err and "Traceback" not in err
    code, out, err = _run(capsys, WORKING, "package", "appointment", "--package", package,
                          "--person", anna.id, "--day", "2026-12-10", "--start", "09:00",
                          "--end", "09:30", "--room", "Raum 12")
    assert code == 0 and "Raum 12" in out, err
    code, _, err = _run(capsys, WORKING, "package", "mark", "--package", package,
                        "--appointment", deputy_package.appointment_id, "--status", "vielleicht")
    assert code == 2 and "Traceback" not in err
    code, out, err = _run(capsys, WORKING, "package", "mark", "--package", package,
                          "--appointment", deputy_package.appointment_id,
                          "--status", "attended")
    assert code == 0 and "wahrgenommen" in out, err
    code, out, err = _run(capsys, WORKING, "package", "return", "--package", package,
                          "--out", stick, "--last")
    assert code == 0 and "(die letzte)" in out, err
    code, out, err = _run(capsys, WORKING, "package", "return", "--package", package,
                          "--out", stick)
    assert code == 0, err
    first, second = sorted(stick.iterdir(), key=lambda p: len(p.name))
    assert second.name == first.name.replace(".ssapaket", "-2.ssapaket")
    code, out, err = _run(capsys, WORKING, "package", "import", "--vault", folder, second)
    assert code == 0, err
    # a return that is not the last keeps the key (a later return can still be read,
    # issue 64 item 5); the return read is shredded (review findings 3 and 8)
    assert "Paketschlüssel bleibt bis zum Ablauf des Pakets" in out
    assert not second.exists()
    kept = shutil.copy(first, tmp_path / "kopie.ssapaket")
    code, out, err = _run(capsys, date(2027, 1, 9), "package", "import", "--vault", folder,
                          first)
    assert code == 0 and "Paketschlüssel wurde gelöscht" in out, err
    code, out, err = _run(capsys, date(2027, 1, 9), "package", "import", "--vault", folder,
                          kept)
    assert code == 1 and "schon eingelesen" in err and "Traceback" not in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [phone] = [c for c in repo.CONTACTS.all(session.conn) if c.kind == "TEL"]
        assert (phone.time, phone.topics, phone.participants, phone.note, phone.written_by) == (
            "14:30", ("FAM",), ("parent",), "Telefonat mit Mutter", "Jana Berger (Vertretung)")
        assert phone.case_id == deputy_package.case_id
        assert repo.APPOINTMENTS.get(session.conn, deputy_package.appointment_id).status == "attended"
        assert [a.room for a in repo.APPOINTMENTS.all(session.conn) if a.room] == ["Raum 12"]
    finally:
        session.lock()
