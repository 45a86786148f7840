"""ssa-desktop kvjs / kvjs-merge: exit 2 with the findings listed unless --force, 1 for
other errors with a German sentence, never a traceback; files only when all is well."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import locked_with_passphrase, run_cli

from . import fixture


@pytest.fixture
def vault(open_vault, monkeypatch):
    fixture.build(open_vault.conn)
    return locked_with_passphrase(open_vault, monkeypatch)


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, at=date(2026, 10, 5))


def test_findings_stop_the_export_with_exit_2_unless_forced(vault, capsys, tmp_path):
    out_file = tmp_path / "KVJS.json"
    code, _, err = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", "RS-2",
                       "--format", "json", "--out", out_file)
    assert code == 2 and not out_file.exists()
    assert "Hinweis: 1 beratene Schülerin/beratener Schüler ohne Geschlecht oder Klassenstufe." in err
    assert "--force" in err
    code, out, _ = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", "rs-2",
                       "--format", "json", "--out", out_file, "--force")
    assert code == 0 and "KVJS-Export geschrieben" in out
    assert json.loads(out_file.read_text("utf-8"))["aggregates"]["efh_contacts"] == 2


def test_post_export_and_every_format(vault, capsys, tmp_path):
    for fmt in ("xlsx", "pdf", "csv", "json"):
        target = tmp_path / f"KVJS_Stelle-Nord-post-1_2025-26.{fmt}"
        code, _, _ = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--post",
                         "--format", fmt, "--out", target, "--force")
        assert code == 0 and target.stat().st_size > 0
    doc = json.loads((tmp_path / "KVJS_Stelle-Nord-post-1_2025-26.json").read_text("utf-8"))
    assert doc["scope"]["kind"] == "post" and doc["aggregates"]["pupils"] == 650


def test_usage_and_failures_are_german_sentences(vault, capsys, tmp_path):
    out_file = tmp_path / "x.json"
    code, _, err = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", "XX",
                       "--format", "json", "--out", out_file)
    assert code == 2 and "Eine Schule „XX“ gibt es in diesem Tresor nicht" in err and "GMS-1" in err
    code, _, err = run(capsys, "kvjs", "--vault", vault, "--year", "25-26", "--school", "GMS-1",
                       "--format", "json", "--out", out_file)
    assert code == 2 and "kein gültiges Schuljahr" in err
    bad = tmp_path / "neu.toml"
    bad.write_text("id = [", "utf-8")
    code, _, err = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", "GMS-1",
                       "--format", "json", "--out", out_file, "--template", bad)
    assert code == 1 and "neu.toml: keine gültige TOML-Datei" in err
    assert not out_file.exists()


def test_merge_on_the_command_line(vault, capsys, tmp_path):
    for code_ in ("GMS-1", "RS-2"):
        run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", code_,
            "--format", "json", "--out", tmp_path / f"{code_}.json", "--force")
    code, out, _ = run(capsys, "kvjs-merge", tmp_path / "GMS-1.json", tmp_path / "RS-2.json",
                       "--out", tmp_path / "summe.json")
    assert code == 0 and "2 Bereiche" in out
    assert json.loads((tmp_path / "summe.json").read_text("utf-8"))["aggregates"]["efh_contacts"] == 8
    code, _, err = run(capsys, "kvjs-merge", tmp_path / "GMS-1.json", tmp_path / "summe.json",
                       "--out", tmp_path / "wieder.json")
    assert code == 1 and "„summe.json“ enthält denselben Bereich" in err
    assert not (tmp_path / "wieder.json").exists()


def test_fixture_is_untouched_by_the_cli(vault, capsys, tmp_path):
    """The CLI only reads: counting changes nothing in the vault."""
    from ssa_desktop.storage.vault import Vault

    run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--school", "GMS-1",
        "--format", "csv", "--out", tmp_path / "a.csv", "--force")
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        # 9 contacts + 2 short contacts + 3 procedures + 5 sessions + 3 offers + 3 network
        # + 4 closed cases
        assert repo.table_counts(session.conn)["statistics_record"] == 29
        assert repo.table_counts(session.conn)["kvjs_delivery"] == 0
    finally:
        session.lock()


def test_the_vaults_own_template_is_used_unless_one_is_given(vault, capsys, tmp_path):
    from ssa_desktop.services import statistics as stats
    from ssa_desktop.storage.vault import Vault

    own = tmp_path / "landkreis.toml"
    own.write_text('id = "landkreis"\nversion = "2026.1"\ntitle = "Landkreis-Bogen"\n'
                   '[[sections]]\ntitle = "Kurz"\n[[sections.fields]]\nid = "k"\n'
                   'label = "Kontakte gesamt"\naggregate = "efh_contacts"\n', "utf-8")
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        stats.use_template(session.conn, own)
    finally:
        session.lock()
    own.unlink()  # kept in the vault, not as a file path
    base = ["kvjs", "--vault", vault, "--year", "2025/26", "--school", "GMS-1", "--format",
            "json", "--force"]
    run(capsys, *base, "--out", tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert doc["template"]["id"] == "landkreis"
    assert [(f["label"], f["value"]) for f in doc["fields"]] == [("Kontakte gesamt", 6)]
    assert len(doc["aggregates"]) == 37  # every aggregate, whatever the template shows
    default = stats.paths.resource(*stats.DEFAULT_TEMPLATE)
    run(capsys, *base, "--out", tmp_path / "b.json", "--template", default)
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["template"]["id"] == \
        "kvjs-erhebungsbogen"


def test_an_exported_year_that_ended_keeps_its_rule_pack(vault, capsys, tmp_path):
    """Exported after 2025/26 ended, the year keeps the pack it was exported under: a pack
    for 2025/26 with another rate, taken later, leaves its rate at 16.700 €; the next
    year, never exported, follows the pack that names it (the shipped 2026/27 pack, not
    the new one for 2025/26: a pack applies to exactly its years), a year no pack names
    the pack in force."""
    import json

    from ssa_desktop.domain import rule_pack as rp
    from ssa_desktop.services import rule_packs
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    code, _, _ = run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--post",
                     "--format", "json", "--out", tmp_path / "k.json", "--force")
    assert code == 0
    doc = {**json.loads(rp.shipped().text), "school_years": [2025], "rate": 22000}
    (tmp_path / "p.json").write_text(json.dumps(doc), "utf-8")
    assert run(capsys, "rules", "import", tmp_path / "p.json", "--vault", vault)[0] == 0
    opened = Vault(vault).unlock(PASSPHRASE)
    try:
        assert rule_packs.grant_rate(opened.conn, fixture.YEAR) == 16_700.0
        assert rule_packs.grant_rate(opened.conn, fixture.YEAR + 1) == 16_700.0
        assert rule_packs.grant_rate(opened.conn, fixture.YEAR + 3) == 22_000.0
    finally:
        opened.lock()
