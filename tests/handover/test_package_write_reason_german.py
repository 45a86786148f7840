"""A package that cannot be written names the reason in German, never the operating
system's own (often English) text: a target whose folder is a file, a name too long for
the file system, a folder she may not write to."""

from __future__ import annotations

import os

import pytest

from ssa_desktop.services import handover_deputy
from ssa_desktop.storage.errors import VaultError
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person
from tests.support.vaults import fresh_vault


def _refusal(target) -> str:
    with fresh_vault() as session:
        person = _person(session.conn, "Anna")
        with pytest.raises(VaultError) as err:
            handover_deputy.create_deputy_package(session.conn, PERIOD, DEPUTY, [person.id],
                                                  target, today=TODAY)
    return str(err.value)


def test_a_folder_that_is_a_file(tmp_path):
    (tmp_path / "stick").write_text("kein Ordner")
    text = _refusal(tmp_path / "stick" / "paket.ssapaket")
    assert text.startswith("Den Ordner ") and text.endswith("stick gibt es nicht.")


def test_a_name_too_long_for_the_file_system(tmp_path):
    text = _refusal(tmp_path / ("p" * 300 + ".ssapaket"))
    assert text == ("Das Paket konnte nicht geschrieben werden (der Pfad ist zu lang). "
                    "Es wurde nichts weitergegeben.")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX modes, not root")
def test_a_folder_she_may_not_write_to(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        text = _refusal(folder / "paket.ssapaket")
    finally:
        folder.chmod(0o700)
    assert "Permission denied" not in text
    assert "Das Paket konnte nicht geschrieben werden (" in text
