"""``import-json`` of an earlier export into her vault keeps what she decided since
(docs/interchange.md, "Einlesen in einen Tresor mit Daten"): a restriction (Art. 18 DSGVO)
or a § 9b classification she lifted is not written back silently – it is a conflict she
decides; one she placed after the export stays; a new person of the file keeps hers."""

from __future__ import annotations

import json
import uuid
from datetime import date

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from ssa_desktop.storage.vault import Vault
from tests.retention.fixtures import full_person
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.vaults import PASSPHRASE

DAY = date(2026, 9, 1)
LATER = date(2026, 10, 1)


def _state(folder) -> tuple[set[str], frozenset[str]]:
    with Vault(folder).unlock(PASSPHRASE) as session:
        return svc.restricted_ids(session.conn), svc.marked_9b(session.conn)


def _export(folder, tmp_path, capsys):
    export = tmp_path / "vorher.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=DAY)[0] == 0
    return export


def test_a_lifted_restriction_and_9b_mark_do_not_come_back_silently(open_vault, tmp_path,
                                                                    capsys, monkeypatch):
    conn = open_vault.conn
    fx = full_person(conn, 1, leaving=None)
    svc.set_period(conn, rt.ENABLE_9B, True)
    svc.restrict(conn, fx.person.id, today=DAY)
    svc.classify_9b(conn, fx.person.id, True, today=DAY)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    export = _export(folder, tmp_path, capsys)
    with Vault(folder).unlock(PASSPHRASE) as session:
        svc.lift_restriction(session.conn, fx.person.id, today=LATER)
        svc.classify_9b(session.conn, fx.person.id, False, today=LATER)
    code, _out, err = run_cli(capsys, "import-json", "--vault", folder, export, at=LATER)
    assert code == 3, err                     # conflicts left open, nothing of them written
    assert f"retention_restriction:{fx.person.id}" in err and "dort eingeschränkt, hier nicht" in err
    assert "dort nach § 9b eingeordnet, hier nicht" in err
    assert _state(folder) == (set(), frozenset())
    assert run_cli(capsys, "import-json", "--vault", folder, export, "--keep-mine", "all",
                   at=LATER)[0] == 0
    assert _state(folder) == (set(), frozenset())
    # her choice: the file's restriction taken
    assert run_cli(capsys, "import-json", "--vault", folder, export, "--take-theirs", "all",
                   at=LATER)[0] == 0
    assert _state(folder) == ({fx.person.id}, frozenset({fx.person.id}))


def test_a_restriction_placed_after_the_export_stays_and_a_new_persons_travels(
        open_vault, tmp_path, capsys, monkeypatch):
    conn = open_vault.conn
    mine = full_person(conn, 1, leaving=None)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    export = _export(folder, tmp_path, capsys)
    # the file also brings a person this vault does not hold, restricted where it was made
    doc = json.loads(export.read_text(encoding="utf-8"))
    mine_row = next(r for r in doc["tables"]["person"] if r["id"] == mine.person.id)
    moved = uuid.uuid4().hex
    doc["tables"]["person"].append(dict(mine_row, id=moved, pseudonym="P-Umzug"))
    doc["tables"]["retention_restriction"].append(
        {"record_id": moved, "record_kind": "person", "reason": "request",
         "since": DAY.isoformat()})
    export.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Vault(folder).unlock(PASSPHRASE) as session:
        svc.restrict(session.conn, mine.person.id, today=LATER)
    code, _out, err = run_cli(capsys, "import-json", "--vault", folder, export, at=LATER)
    assert code == 0, err
    assert _state(folder)[0] == {mine.person.id, moved}
