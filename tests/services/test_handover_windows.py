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
