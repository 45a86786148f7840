"""The receipt of a school handover keeps what was added since the package, and with it
everything above it however deep: a correction (Korrekturvermerk) added to a packaged
contact keeps the contact, and the contact keeps its case and its person, although the
person's own relations are looked at before the correction's. Real vaults, the real CLI."""

from __future__ import annotations

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Annotation
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import TODAY, _run
from tests.handover.test_school_receipt import _receive, _setup


def test_a_correction_added_since_the_package_keeps_its_contact_case_and_person(
        open_vault, tmp_path, capsys, monkeypatch):
    anna, folder, successor, _out_dir, package = _setup(open_vault, tmp_path, capsys,
                                                        monkeypatch)
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(TODAY):
        [contact] = repo.CONTACTS.select(session.conn, "person_id = ?", (anna.id,))
        repo.ANNOTATIONS.insert(session.conn, Annotation("contact", contact.id, "note",
                                                         contact.note, "Korrektur danach"))
    session.lock()
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    assert "früheres Paket" not in out + err          # the package confirmed is not replaced
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        conn = session.conn
        assert {p.pseudonym for p in repo.PERSONS.all(conn)} == {"P-Anna"}   # Ben is gone
        assert [c.id for c in repo.CONTACTS.all(conn)] == [contact.id]
        assert [c.id for c in repo.CASES.all(conn)] == [contact.case_id]
        assert [a.text for a in repo.ANNOTATIONS.all(conn)] == ["Korrektur danach"]
    finally:
        session.lock()
