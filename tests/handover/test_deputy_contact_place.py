"""Where the deputy's contact took place (Ort) goes into her package, comes back with the
return and is merged into the colleague's vault – real vaults, real package files; an
unknown place is refused with a German sentence and nothing is written."""

from __future__ import annotations

import pytest

from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _entry, _open, _package, _return, _two


def test_the_place_comes_back_with_the_return_and_is_merged(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    visit = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, kind="HB", place="home_visit"),
                                                    today=LATER)
    unrecorded = handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id), today=LATER)
    pkg.close()
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert not merged.conflicts
    assert repo.CONTACTS.get(conn, visit.id).place == "home_visit"
    assert repo.CONTACTS.get(conn, unrecorded.id).place == ""   # as the quick entry: none chosen
    from ssa_desktop.services import privacy
    assert any(("Ort", "Hausbesuch") in item.fields for item in privacy.collect(conn, a.id))


def test_an_unknown_place_is_refused_and_nothing_written(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        with pytest.raises(svc.PackageError, match="Ort"):
            handover_deputy_work.deputy_add_contact(pkg, _entry(pkg, a.id, place="Mond"), today=LATER)
        assert repo.CONTACTS.count(pkg) == 0
    finally:
        pkg.close()


def test_the_deputy_gives_the_place_by_cli_and_a_wrong_one_is_refused(deputy_package, capsys):
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.handover.conftest import WORKING
    from tests.handover.conftest import run_cli as _run

    anna, package, stick, folder = (deputy_package.anna, deputy_package.path,
                                    deputy_package.stick, deputy_package.folder)
    base = ("package", "contact", "--package", package, "--person", anna.id,
            "--day", "2026-12-03", "--minutes", "30")
    code, _, err = _run(capsys, WORKING, *base, "--place", "Mond")
    assert code == 1 and "Ort" in err and "Traceback" not in err
    code, _, err = _run(capsys, WORKING, *base, "--kind", "TEL", "--place", "phone")
    assert code == 0, err
    code, _, err = _run(capsys, WORKING, "package", "return", "--package", package, "--out", stick)
    assert code == 0, err
    [returned] = list(stick.iterdir())
    code, _, err = _run(capsys, WORKING, "package", "import", "--vault", folder, returned)
    assert code == 0, err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [contact] = repo.CONTACTS.select(session.conn, "person_id = ? AND kind = 'TEL'", (anna.id,))
        assert contact.place == "phone"
    finally:
        session.lock()
