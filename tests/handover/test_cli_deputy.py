"""``ssa-desktop package contact|appointment|mark|return|import`` (issue 28): the deputy's
whole entry, her marks, a second return into the same folder, the import in her vault
and the key gone after it – through ``cli.main`` on real vaults and package files."""

from __future__ import annotations

import shutil
from datetime import date

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import _key
from tests.services.test_handover import _person

TODAY = date(2026, 11, 23)
WORKING = date(2026, 12, 5)


def _run(capsys, day, *argv) -> tuple[int, str, str]:
    with clock.frozen(day):
        code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_deputy_works_by_cli_and_her_entries_come_back_whole(open_vault, tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    anna = _person(open_vault.conn, "Anna", appointment=date(2026, 12, 2))
    [appt] = repo.APPOINTMENTS.select(open_vault.conn, "person_id = ?", (anna.id,))
    [case] = repo.CASES.select(open_vault.conn, "person_id = ?", (anna.id,))
    folder = open_vault.vault.folder
    open_vault.lock()
    out_dir, stick = tmp_path / "aus", tmp_path / "stick"
    out_dir.mkdir()
    stick.mkdir()
    code, out, _ = _run(capsys, TODAY, "package", "create", "--vault", folder, "--from",
                        "2026-11-30", "--to", "2027-01-08", "--deputy", "Jana Berger",
                        "--out", out_dir)
    assert code == 0, out
    monkeypatch.setenv("SSA_PACKAGE_KEY", _key(out))
    [package] = list(out_dir.iterdir())
    code, out, err = _run(capsys, WORKING, "package", "contact", "--package", package,
                          "--person", anna.id, "--case", case.id, "--day", "2026-12-03",
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
                        "--appointment", appt.id, "--status", "vielleicht")
    assert code == 2 and "Traceback" not in err
    code, out, err = _run(capsys, WORKING, "package", "mark", "--package", package,
                          "--appointment", appt.id, "--status", "attended")
    assert code == 0 and "wahrgenommen" in out, err
    code, out, err = _run(capsys, WORKING, "package", "return", "--package", package,
                          "--out", stick)
    assert code == 0, err
    code, out, err = _run(capsys, WORKING, "package", "return", "--package", package,
                          "--out", stick)
    assert code == 0, err
    first, second = sorted(stick.iterdir(), key=lambda p: len(p.name))
    assert second.name == first.name.replace(".ssapaket", "-2.ssapaket")
    code, out, err = _run(capsys, WORKING, "package", "import", "--vault", folder, second)
    assert code == 0, err
    # during the Vertretung the key stays (a later return can still be read); the return
    # read is shredded (review findings 3 and 8)
    assert "Paketschlüssel bleibt bis zum Ende der Vertretung" in out
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
        assert phone.case_id == case.id
        assert repo.APPOINTMENTS.get(session.conn, appt.id).status == "attended"
        assert [a.room for a in repo.APPOINTMENTS.all(session.conn) if a.room] == ["Raum 12"]
    finally:
        session.lock()
