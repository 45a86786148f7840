"""A consent whose days were corrected (``consents.correct_reversed_days``) carries its
Korrekturvermerk with the person – the first correction hung on a person rather than on a
case or a contact. A school handover takes it along with the person, so the successor
sees the earlier day, and the receipt deletes the person whole: before, the package left
the person's corrections out, the successor got the corrected consent without its note
and the receipt kept the person with the predecessor (the vermerk was „added since“).
The note a merge's conflict choice writes on a consent's day (the same note,
``consents.note_changed_day``) goes the same way. Real vaults, the real CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package import TODAY, _run
from tests.handover.test_school_receipt import _handed_over_by_cli, _receive
from tests.services.test_handover import _person


def _corrected(conn, consent: Consent, _tmp_path) -> None:
    consents.correct_reversed_days(conn, consent.id, date(2026, 10, 31))


def _merged(conn, consent: Consent, tmp_path) -> None:
    """Another export whose consent ends on 31.10.2026, read in taking its days."""
    doc = json.loads(json.dumps(ix.export_document(conn)))
    [row] = [r for r in doc["tables"]["consent"] if r["id"] == consent.id]
    row["valid_to"] = "2026-10-31"
    path = tmp_path / "andere.json"
    path.write_text(json.dumps(doc), "utf-8")
    assert mx.merge_document(conn, ix.read_document(path), {"*": mx.TAKE_THEIRS},
                             today=TODAY).taken["consent"] == 1


@pytest.mark.parametrize("noted_by", [_corrected, _merged])
def test_a_corrected_consent_goes_with_its_note_and_the_person_goes_whole(
        open_vault, tmp_path, capsys, monkeypatch, noted_by):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    anna = _person(conn, "Anna")
    wrong = repo.CONSENTS.insert(conn, Consent(anna.id, "Jugendamt", date(2026, 10, 1),
                                               valid_to=date(2025, 10, 31)))
    with clock.frozen(TODAY):
        noted_by(conn, wrong, tmp_path)
    folder, successor, _out_dir, package = _handed_over_by_cli(open_vault, tmp_path, capsys,
                                                                monkeypatch)
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    with Vault(successor).unlock(PASSPHRASE) as session:
        [note] = repo.ANNOTATIONS.all(session.conn)
        assert (note.target_id, note.previous, note.text) == (anna.id, "31.10.2025",
                                                              "31.10.2026")
    code, out, err = _run(capsys, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    with Vault(folder).unlock(PASSPHRASE) as session:
        assert repo.PERSONS.all(session.conn) == []
        assert repo.CONSENTS.all(session.conn) == []
        assert repo.ANNOTATIONS.all(session.conn) == []
