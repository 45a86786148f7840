"""A package written under Windows file sharing (issue 29.7; tests/support/windows_sharing.py):
a scanner holding the fresh partial file is waited out; one that holds it past the retries
ends in the German sentence, with no partial file and no disclosure left behind."""

from __future__ import annotations

import re
from datetime import date

import pytest

from ssa_desktop.services import handover_deputy
from ssa_desktop.storage import files
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import FileInUse

from .test_handover import DEPUTY, PERIOD, TODAY, _person


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def test_a_scanner_on_the_partial_package_is_waited_out(conn, out, windows_sharing):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    windows_sharing.scan(out / ".paket*.partial", times=3)
    handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [a.id], out / "paket.ssapaket", today=TODAY)
    assert [p.name for p in out.iterdir()] == ["paket.ssapaket"]
    assert windows_sharing.waits == list(files.RETRY_WAITS[:3])


def test_a_scanner_holding_past_the_retries_leaves_nothing(conn, out, windows_sharing):
    a = _person(conn, "Anna", appointment=date(2026, 12, 2))
    windows_sharing.scan(out / ".paket*.partial", times=len(files.RETRY_WAITS) + 1)
    target = out / "paket.ssapaket"
    with pytest.raises(FileInUse, match=re.escape(f"Die Datei {target} ist in einem anderen "
                                                  "Programm geöffnet")):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [a.id], target, today=TODAY)
    assert list(out.iterdir()) == []
    assert repo.DISCLOSURES.count(conn) == 0


def test_shredding_a_package_file_another_program_holds_says_so(out, windows_sharing):
    """A returned package or return file still open in another program (Windows): its
    content is overwritten, the file cannot be removed — she is told, in a sentence, to
    close that program and delete it; never an error escaping the step."""
    from ssa_desktop.services import handover

    path = out / "rueckgabe.ssapaket"
    path.write_bytes(b"geheim" * 100)
    windows_sharing.hold(path)
    size, said = handover.shred(path)
    assert size == 0
    assert f"Die Datei {path} ist in einem anderen Programm geöffnet" in said
    assert "überschrieben" in said and "selbst löschen" in said
    assert b"geheim" not in path.read_bytes()  # overwritten all the same
    windows_sharing.close(path)
    assert handover.shred(path)[0] == 600 and not path.exists()
