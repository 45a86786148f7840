"""Einstellungen → Förderung: the rule pack in force with its identity, sources and the
product's own assumptions; a pack file is shown with what it changes before she takes it
(by keys: the button, then her answer); a refused pack is named in German and nothing
changes; the Landkreis profile chosen by keys sets the per-school deadline."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.services import rule_packs


@pytest.fixture
def page(settings_area, qtbot):
    area = settings_area(front="funding", size=(1280, 720))
    assert area.tabs.tabText(area.tabs.currentIndex()) == "Förderung"
    shown = area.page("funding")
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    yield shown
    area.close()


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key_Space)


def _pack_file(tmp_path, text: str):
    path = tmp_path / "paket.json"
    path.write_text(text, "utf-8")
    return path


def test_the_pack_in_force_is_shown_with_its_identity_and_assumptions(page):
    text = page.pack_text.toPlainText()
    assert f"Kennung (SHA-256): {rp.shipped().digest}" in text
    assert "Eigene Annahmen des Programms (von keiner Quelle belegt):" in text
    assert page.pack_text.accessibleName() == "Regelpaket in Kraft"


def test_a_pack_is_shown_with_its_changes_before_she_takes_it(page, qtbot, ctx, tmp_path):
    doc = json.loads(rp.shipped().text)
    doc["rate"] = 22000
    path = _pack_file(tmp_path, json.dumps(doc))
    asked: list[str] = []
    answers = iter([False, True])
    page._choose_pack_file = lambda: str(path)
    page._ask = lambda text: asked.append(text) or next(answers)
    _press(qtbot, page.load_button)
    assert "Fördersatz: 16.700,00 € → 22.000,00 €" in asked[0]
    assert page.status.text() == "Das Regelpaket wurde nicht übernommen."
    assert rule_packs.in_force(ctx.conn).rate == 16_700.0
    _press(qtbot, page.load_button)
    new = rule_packs.in_force(ctx.conn)
    assert new.rate == 22_000.0
    assert page.status.text() == f"Regelpaket {new.short_id} ist jetzt in Kraft."
    assert "Fördersatz: 22.000,00 € je Vollzeitstelle und Jahr" in page.pack_text.toPlainText()


def test_a_refused_pack_is_named_and_nothing_changes(page, qtbot, ctx, tmp_path):
    path = _pack_file(tmp_path, json.dumps({**json.loads(rp.shipped().text),
                                            "grant_formula": {"name": "eval", "parameters": {}}}))
    page._choose_pack_file = lambda: str(path)
    page._ask = lambda text: pytest.fail("a refused pack is not offered")
    _press(qtbot, page.load_button)
    assert page.status.text().startswith("Das Regelpaket „paket.json“ wird nicht übernommen: "
                                         "die Förderformel „eval“ ist unbekannt")
    assert rule_packs.in_force(ctx.conn).digest == rp.shipped().digest


def test_the_landkreis_profile_chosen_by_keys_sets_the_deadline(page, qtbot, ctx):
    page.landkreis.setFocus()
    qtbot.waitUntil(page.landkreis.hasFocus)
    QTest.keyClick(page.landkreis, Qt.Key_Down)
    assert rule_packs.landkreis(ctx.conn) == "Breisgau-Hochschwarzwald"
    assert rule_packs.landkreis_due(ctx.conn, 2025) == date(2026, 10, 31)
    assert page.status.text() == "Landkreis-Profil: Breisgau-Hochschwarzwald"


MISMATCH = ("Die geladene KVJS-Vorlage „Landkreis-Bogen“ (landkreis) ist nicht die Vorlage "
            "des Regelpakets (kvjs-erhebungsbogen). Die Statistik zählt weiter nach der "
            "geladenen Vorlage; die Vorlage des Regelpakets lädt sie unter Statistik → "
            "„Vorlage laden …“.")


def test_a_loaded_template_other_than_the_packs_is_named_when_she_takes_it(
        page, qtbot, ctx, tmp_path):
    from ssa_desktop.services import statistics as stats

    own = tmp_path / "landkreis.toml"
    own.write_text('id = "landkreis"\nversion = "2026.1"\ntitle = "Landkreis-Bogen"\n'
                   '[[sections]]\ntitle = "Kurz"\n[[sections.fields]]\nid = "k"\n'
                   'label = "Kontakte gesamt"\naggregate = "efh_contacts"\n', "utf-8")
    stats.use_template(ctx.conn, own)
    doc = json.loads(rp.shipped().text)
    doc["rate"] = 22000
    path = _pack_file(tmp_path, json.dumps(doc))
    asked: list[str] = []
    page._choose_pack_file = lambda: str(path)
    page._ask = lambda text: asked.append(text) or True
    _press(qtbot, page.load_button)
    assert MISMATCH in asked[0]
    new = rule_packs.in_force(ctx.conn)
    assert page.status.text() == f"Regelpaket {new.short_id} ist jetzt in Kraft. {MISMATCH}"
