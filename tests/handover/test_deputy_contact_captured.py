"""The coded fields a contact declares with ``captured`` (Sprachmittlung) go into the
deputy's package from her entry, come back with the return and are merged into the
colleague's vault – real vaults, real package files, the real CLI; an unknown code is
refused with a German sentence and nothing is written."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.columns import chosen_columns
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _entry, _open, _package, _return, _two


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def test_sprachmittlung_is_one_of_the_fields_she_chooses():
    assert "interpreting" in [c.name for c in chosen_columns(Contact)]
    assert "place" not in [c.name for c in chosen_columns(Contact)]   # Ort: its own row


def test_sprachmittlung_comes_back_with_the_return_and_is_merged(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    talk = handover_deputy_work.deputy_add_contact(
        pkg, _entry(pkg, a.id, kind="EG", coded={"interpreting": "relative"}), today=LATER)
    unrecorded = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert not merged.conflicts
    assert repo.CONTACTS.get(conn, talk.id).interpreting == "relative"
    assert repo.CONTACTS.get(conn, unrecorded.id).interpreting == ""   # none chosen
    from ssa_desktop.services import privacy
    assert any(("Sprachmittlung", "Angehörige oder Bekannte") in item.fields
               for item in privacy.collect(conn, a.id))


@pytest.mark.parametrize("coded", [{"interpreting": "Mond"}, {"mood": "good"}])
def test_an_unknown_code_or_field_is_refused_and_nothing_written(conn, out, coded):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        with pytest.raises(svc.PackageError, match="gibt es"):
            handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, coded=coded),
                                                    today=LATER)
        assert repo.CONTACTS.count(pkg) == 0
    finally:
        pkg.close()


def test_the_deputy_gives_sprachmittlung_by_cli_and_a_wrong_one_is_refused(
        deputy_package, capsys):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.handover.conftest import WORKING, run_cli

    package, anna = deputy_package.path, deputy_package.anna
    code, help_text, _ = run_cli(capsys, WORKING, "package", "contact", "--help")
    assert "--interpreting" in help_text and "professional" in help_text
    base = ("package", "contact", "--package", package, "--person", anna.id,
            "--day", "2026-12-03", "--minutes", "30")
    code, _, err = run_cli(capsys, WORKING, *base, "--interpreting", "Mond")
    assert code == 1 and "Sprachmittlung" in err and "Traceback" not in err
    code, _, err = run_cli(capsys, WORKING, *base, "--kind", "EG", "--place", "school",
                           "--interpreting", "professional")
    assert code == 0, err
    code, _, err = run_cli(capsys, WORKING, "package", "return", "--package", package,
                           "--out", deputy_package.stick)
    assert code == 0, err
    [returned] = list(deputy_package.stick.iterdir())
    code, _, err = run_cli(capsys, WORKING, "package", "import", "--vault",
                           deputy_package.folder, returned)
    assert code == 0, err
    session = Vault(deputy_package.folder).unlock(PASSPHRASE)
    try:
        [contact] = repo.CONTACTS.select(session.conn, "person_id = ? AND kind = 'EG'", (anna.id,))
        assert (contact.place, contact.interpreting) == ("school", "professional")
    finally:
        session.lock()
