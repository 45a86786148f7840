"""Issue 31.1: the wizard asks for the employment start and the Träger of her post (the
staff block the KVJS export and the Verwendungsnachweis need); typed with real keys on
the wizard's last page, stored as the post's Fachkräfte-Angaben of the school year, and
the plausibility hint is gone. Left empty, the hint names what is missing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ssa_desktop.domain import clock
from ssa_desktop.services import setup
from ssa_desktop.services import statistics as stats
from ssa_desktop.services.staff_data import staff_for
from ssa_desktop.ui.vault.wizard import PAGE_SCHOOLS, FirstRunWizard
from tests.support.wizards import create_the_vault, first_run_wizard

PASS = "Kastanie Regenschirm fliegt 47 mal"
TODAY = date(2026, 9, 14)  # school year 2026/27


def _to_schools_page(qtbot, tmp_path) -> FirstRunWizard:
    wizard = first_run_wizard(qtbot, tmp_path / "tresor")
    create_the_vault(qtbot, wizard, PASS)  # until the creation's own "done" state
    wizard.button(QWizard.CommitButton).click()
    wizard.emergency.confirm.setChecked(True)
    wizard.button(QWizard.NextButton).click()
    assert wizard.currentId() == PAGE_SCHOOLS
    page = wizard.schools
    qtbot.keyClicks(page.rows[0].name, "Gemeinschaftsschule Am Lindenpark")
    page.rows[0].percent.setValue(50)
    return wizard


@pytest.fixture
def frozen():
    with clock.frozen(TODAY):
        yield TODAY


def test_the_wizard_writes_the_employment_start_and_traeger(qtbot, tmp_path, frozen):
    wizard = _to_schools_page(qtbot, tmp_path)
    page = wizard.schools
    assert page.employed_from.accessibleName() == "Beschäftigt seit"
    assert page.employer.accessibleName() == "Anstellungsträger"
    page.employed_from.setFocus()
    qtbot.keyClicks(page.employed_from, "1.9.2026")
    qtbot.keyClick(page.employer, Qt.Key_Down)  # the first Träger after "—"
    label = page.employer.currentText()
    assert label in ("öffentlicher Träger", "freier Träger")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    conn = wizard.session.conn
    [post] = setup.list_posts(conn)
    block, stored = staff_for(conn, post.id, 2026)
    assert stored and block.employed_from == date(2026, 9, 1) and block.percent == 50.0
    assert block.employer_type in ("public", "free")
    findings = stats.plausibility(conn, 2026, stats.Scope("post", post.id))
    assert [f for f in findings if f.code == "staff"] == []
    wizard.session.lock()
    wizard.session = None


def test_left_empty_the_hint_names_what_is_missing(qtbot, tmp_path, frozen):
    wizard = _to_schools_page(qtbot, tmp_path)
    wizard.button(QWizard.FinishButton).click()
    conn = wizard.session.conn
    [post] = setup.list_posts(conn)
    [hint] = [f for f in stats.plausibility(conn, 2026, stats.Scope("post", post.id))
              if f.code == "staff"]
    assert "Beschäftigt seit, Anstellungsträger" in hint.message
    assert "12 Monate unbesetzt, Förderung 0 €" in hint.message
    wizard.session.lock()
    wizard.session = None


def test_a_date_that_is_none_keeps_the_page_and_says_why(qtbot, tmp_path, frozen):
    wizard = _to_schools_page(qtbot, tmp_path)
    page = wizard.schools
    qtbot.keyClicks(page.employed_from, "31.2.2026")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.currentId() == PAGE_SCHOOLS and wizard.result() != QWizard.Accepted
    assert page.error_label.text().startswith("Beschäftigt seit:")
    wizard.session.lock()
    wizard.session = None


def test_tab_goes_from_the_hours_to_the_start_and_the_traeger(qtbot, tmp_path, frozen):
    wizard = _to_schools_page(qtbot, tmp_path)
    page = wizard.schools
    chain, widget = [], page.hours
    for _ in range(6):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert page.employed_from in chain and page.employer in chain
    assert chain.index(page.employed_from) < chain.index(page.employer)
    wizard.session.lock()
    wizard.session = None


def test_the_auswertung_counts_from_the_start_she_typed(qtbot, tmp_path):
    """Issue 64 item 1: „Beschäftigt seit 1.9.26“, 2 × 50 %; on 15.09.2026 Arbeitszeit →
    Auswertung shows 11 working days × 7,8 Std. = „Soll 85,80 Std.“ (from 01.08. it
    showed 32 days = 249,60 Std.)."""
    from ssa_desktop.ui.context import AppContext
    from tests.ui.time.shared import open_area

    with clock.frozen(date(2026, 9, 15)):
        wizard = _to_schools_page(qtbot, tmp_path)
        page = wizard.schools
        second = page.add_row()
        qtbot.keyClicks(second.name, "Grundschule Lindenweg")
        second.percent.setValue(50)
        page.employed_from.setFocus()
        qtbot.keyClicks(page.employed_from, "1.9.26")
        wizard.button(QWizard.FinishButton).click()
        assert wizard.result() == QWizard.Accepted
        ctx = AppContext(tmp_path / "tresor")
        ctx.set_session(wizard.session)
        area = open_area(ctx, qtbot)
        shown = area.dashboard.hours.text()
        assert "<b>Soll</b> 85,80 Std." in shown, shown
        assert "ganzer Zeitraum 1.801,80 Std." in shown, shown        # 231 days × 7,8 Std.
        wizard.session.lock()
        wizard.session = None
