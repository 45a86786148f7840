"""Issue 60, finding 6: a school year no rule pack names (here 2027/28: the release ships
2024/25 – 2026/27) is computed under the pack in force, whose title names another year.
That is said, never silent: the export names the missing pack and how she loads one, and
the Verwendungsnachweis says it beside the pack's line (docs/statistics.md,
„Regelpakete“)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.domain.entities import PostShare
from ssa_desktop.services import rule_packs
from ssa_desktop.storage import repositories as repo
from tests.support.cli_runs import locked_with_passphrase, run_cli

from . import fixture

NOTE = ("Kein Regelpaket nennt das Schuljahr 2027/28; gerechnet wird nach „KVJS-Förderung "
        "Jugendsozialarbeit an öffentlichen Schulen 2026/27“. Ein Regelpaket für 2027/28 lädt "
        "sie unter Einstellungen → Förderung („Regelpaket laden …“) oder mit "
        "„ssa-desktop rules import DATEI“.")


@pytest.fixture
def vault(open_vault, monkeypatch):
    fixture.build(open_vault.conn)
    repo.POST_SHARES.insert(open_vault.conn, PostShare("post-1", "school-1", 2027, 50.0))
    return locked_with_passphrase(open_vault, monkeypatch)


def test_the_note_names_the_year_and_how_to_load_its_pack(conn):
    assert rule_packs.missing_note(conn, 2027) == NOTE
    assert [rule_packs.missing_note(conn, y) for y in (2024, 2025, 2026)] == ["", "", ""]
    doc = {**json.loads(rp.shipped().text), "school_years": [2027], "title": "Paket 2027/28"}
    with clock.frozen(date(2027, 8, 2)):
        rule_packs.accept(conn, rp.parse(json.dumps(doc, ensure_ascii=False), "p.json"))
    assert rule_packs.missing_note(conn, 2027) == ""
    assert rule_packs.missing_note(conn, 2023).startswith(
        "Kein Regelpaket nennt das Schuljahr 2023/24; gerechnet wird nach „Paket 2027/28“.")


def test_the_export_of_a_year_no_pack_names_says_so(vault, capsys, tmp_path):
    code, _, err = run_cli(capsys, "kvjs", "--vault", vault, "--year", "2027/28", "--post",
                           "--format", "json", "--out", tmp_path / "k.json", "--force",
                           at=date(2028, 9, 5))
    assert code == 0, err
    assert f"Hinweis: {NOTE}" in err
    code, _, err = run_cli(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--post",
                           "--format", "json", "--out", tmp_path / "l.json", "--force",
                           at=date(2026, 10, 5))
    assert code == 0 and "Kein Regelpaket" not in err


def test_the_proof_of_a_year_no_pack_names_says_so(conn, tmp_path):
    from pypdf import PdfReader

    from ssa_desktop.services import staff

    fixture.build(conn)
    repo.POST_SHARES.insert(conn, PostShare("post-1", "school-1", 2027, 50.0))
    with clock.frozen(date(2028, 9, 5)):
        path = staff.write_verwendungsnachweis(conn, 2027, tmp_path / "v.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert f"(Kennung {rp.shipped().short_id}). {NOTE}" in text
