"""Statistik area: preview as the form lays it out, previous year beside, charts,
drill-down without names, findings with a button to the place, delivered toggle,
a broken template refused with its place."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QMessageBox

from ssa_desktop.domain import clock, kvjs
from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.common.charts import Chart
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.kvjs import fixture


def _area(ctx, qtbot):
    fixture.build(ctx.conn)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    with clock.frozen(date(2026, 10, 5)):
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    return area


def _items(area):
    return [area.form.topLevelItem(i) for i in range(area.form.topLevelItemCount())]


def test_preview_charts_and_previous_year(ctx, qtbot):
    area = _area(ctx, qtbot)
    assert area.year_box.currentText() == "2025/26"
    assert area.scope_box.currentText() == "Gemeinschaftsschule Am Park (GMS-1)"
    header = [area.form.headerItem().text(i) for i in range(area.form.columnCount())]
    assert header == ["Feld", "2025/26", "2024/25"]
    rows = {i.text(0).strip(): [i.text(c) for c in range(1, 3)] for i in _items(area)}
    assert rows["Beratungskontakte"] == ["6", "1"]
    assert rows["Stellen je 1.000 Schüler:innen"] == ["1,25", "1,32"]
    assert rows["Klassenstufe 7"][0] == "1"
    assert len(area.charts.findChildren(Chart)) == 4
    for spec in kvjs.AGGREGATES:  # labels and rules, no internal code names (issue 16)
        assert spec.rule in area.rules.toPlainText()
        assert f"({spec.name})" not in area.rules.toPlainText()


def test_drill_down_shows_anonymous_records(ctx, qtbot):
    area = _area(ctx, qtbot)
    item = next(i for i in _items(area) if i.text(0).strip() == "Beratungskontakte")
    area._drill(item)
    cells = [[area.drill_model.index(r, c).data() for c in range(4)]
             for r in range(area.drill_model.rowCount())]
    assert len(cells) == 6 and cells[0] == ["10.09.2025", "Beratungskontakt", "Einzelberatung", "45"]
    assert "A-1" not in str(cells)


def test_findings_lead_to_the_place_and_post_scope(ctx, qtbot):
    area = _area(ctx, qtbot)
    area.scope_box.setCurrentIndex(area.scope_box.findText("Realschule Am Berg (RS-2)"))
    area.report = None
    with clock.frozen(date(2026, 10, 5)):
        area.compute()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    codes = [f.code for f in area.report.findings]
    # the fixture's post has no Fachkräfte-Angaben: its hint too (issue 31.1)
    assert codes == ["person_details", "staff", "time_coverage"]
    opened = []
    ctx.navigate.connect(lambda key, _id: opened.append(key))
    buttons = [area.findings_layout.itemAtPosition(r, 1).widget() for r in range(len(codes))]
    for button in buttons:
        button.click()
    assert opened == ["persons", "settings", "time"]


def test_mark_delivered_and_broken_template(ctx, qtbot, tmp_path, monkeypatch):
    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 20)):
        area.toggle_delivered()
        qtbot.waitUntil(lambda: area.report is not None and area.report.delivered is not None,
                        timeout=10000)
    assert "Abgegeben am 20.10.2026" in area.status.text()
    assert area.deliver_button.text() == "Ab&gabe zurücknehmen"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "alt.toml"
    bad.write_text('id = "x"\nversion = "1"\ntitle = "T"\n[[sections]]\ntitle = "A"\n'
                   '[[sections.fields]]\nid = "f"\nlabel = "F"\naggregate = "gibt_es_nicht"\n',
                   "utf-8")
    assert not area.load_template(bad)
    assert shown == ["alt.toml, Abschnitt 1 „A“, Feld 1 „f“: unbekannte Kennzahl „gibt_es_nicht“."]
    assert stats.active_template(ctx.conn).id == "kvjs-erhebungsbogen"  # nothing kept


def test_a_loaded_template_is_kept_in_the_vault(ctx, qtbot, tmp_path):
    area = _area(ctx, qtbot)
    own = tmp_path / "landkreis.toml"
    own.write_text('id = "landkreis"\nversion = "2026.1"\ntitle = "Landkreis-Bogen"\n'
                   '[[sections]]\ntitle = "Kurz"\n[[sections.fields]]\nid = "k"\n'
                   'label = "Kontakte gesamt"\naggregate = "efh_contacts"\n', "utf-8")
    area.report = None
    with clock.frozen(date(2026, 10, 5)):
        assert area.load_template(own)
        qtbot.waitUntil(lambda: area.report is not None and area.report.own_template,
                        timeout=10000)
    assert [i.text(0).strip() for i in _items(area)] == ["Kurz", "Kontakte gesamt"]
    assert area.status.text().startswith("Eigene Vorlage: Landkreis-Bogen (Version 2026.1).")
    assert area.default_button.isVisible()
    assert stats.active_template(ctx.conn).id == "landkreis"
    area.report = None
    with clock.frozen(date(2026, 10, 5)):
        area.use_default_template()
        qtbot.waitUntil(lambda: area.report is not None and not area.report.own_template,
                        timeout=10000)
    assert not area.default_button.isVisible()


def test_entry_into_a_delivered_year_is_warned_about_in_the_status_line(ctx, qtbot):
    from ssa_desktop.domain.entities import Contact
    from ssa_desktop.services import activities

    fixture.build(ctx.conn)
    stats.mark_delivered(ctx.conn, 2025, stats.Scope("school", "school-1"))
    messages = []
    ctx.status_message.connect(messages.append)
    # the warning travels in the use case's result (operations.notify), shown by ctx.apply
    ctx.apply(activities.record_contact, Contact(date(2026, 7, 2), "EB", 20, school_id="school-1"))
    ctx.apply(activities.record_contact, Contact(date(2026, 9, 2), "EB", 20, school_id="school-1"))
    assert len(messages) == 1 and "2025/26 ist schon als abgegeben markiert" in messages[0]


def test_export_and_merge_from_the_screen(ctx, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        area.write_exports(tmp_path / "a")
        qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=10000)
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        f"KVJS_GMS-1_2025-26.{ext}" for ext in ("csv", "json", "pdf", "xlsx")]
    from ssa_desktop.services import rule_packs  # 2025/26 has ended: it keeps its pack
    assert [k.years for k in rule_packs.listing(ctx.conn)] == [(2025,)]
    area.scope_box.setCurrentIndex(area.scope_box.findText("Realschule Am Berg (RS-2)"))
    area.report = None
    with clock.frozen(date(2026, 10, 5)):
        area.compute()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
        area.write_exports(tmp_path / "b")
        qtbot.waitUntil(lambda: (tmp_path / "b" / "KVJS_RS-2_2025-26.json").exists(), timeout=10000)
    picked = [str(tmp_path / "a" / "KVJS_GMS-1_2025-26.json"),
              str(tmp_path / "b" / "KVJS_RS-2_2025-26.json")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (picked, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "summe.json"), ""))
    area.merge_files()
    assert area.status.text() == "Summendatei geschrieben: summe.json"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([picked[0]] * 2, ""))
    area.merge_files()
    assert shown and "dieselbe Auswertung doppelt" in shown[0]


def test_lock_clears_everything(ctx, qtbot):
    area = _area(ctx, qtbot)
    area.clear()
    assert area.form.topLevelItemCount() == 0 and area.scope_box.count() == 0
    assert area.report is None and area.drill_model.rowCount() == 0


def test_a_choice_made_while_counting_is_counted_next(ctx, qtbot):
    area = _area(ctx, qtbot)
    area.report = None
    with clock.frozen(date(2026, 10, 5)):
        area.compute()  # first count running …
        area.scope_box.setCurrentIndex(area.scope_box.findText("Realschule Am Berg (RS-2)"))
        area.compute()  # … the new choice waits for it
        qtbot.waitUntil(lambda: area.report is not None
                        and area.report.info.scope.id == "school-2", timeout=10000)
    assert area.report.aggregates["efh_contacts"] == 2


def test_enter_on_a_figure_shows_its_records(ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    area = _area(ctx, qtbot)
    item = next(i for i in _items(area) if i.text(0).strip() == "Kurzkontakte (anonym)")
    area.form.setFocus()
    area.form.setCurrentItem(item)
    QTest.keyClick(area.form, Qt.Key_Return)
    assert area.drill_model.rowCount() == 1
    # the rule beside the form (issue 30.9), the list headed by the figure's name
    assert area.rule_panel.toPlainText().startswith("Kurzkontakte (anonym): ")
    assert "1 anonymer Eintrag dahinter (Liste darunter)." in area.rule_panel.toPlainText()
    assert area.drill_label.text() == "Anonyme Einträge hinter „Kurzkontakte (anonym)“:"


def test_leaving_drops_the_figures_and_the_return_counts_her_choice_again(ctx, qtbot):
    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        area.scope_box.setCurrentIndex(area.scope_box.findText("Realschule Am Berg (RS-2)"))
        area.compute()
        qtbot.waitUntil(lambda: area.report is not None
                        and area.report.info.scope.id == "school-2", timeout=10000)
        area.hide()  # she opens another area
        assert area.report is None and area.form.topLevelItemCount() == 0
        qtbot.waitUntil(lambda: area.charts.findChildren(Chart) == [], timeout=10000)
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    assert area.report.info.scope.id == "school-2"  # her choice stayed
    assert area.report.aggregates["efh_contacts"] == 2 and area.form.topLevelItemCount() > 0


def test_a_count_that_ends_after_she_left_is_not_kept(ctx, qtbot):
    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        area.compute()
        area.hide()
        qtbot.waitUntil(lambda: not area._busy, timeout=10000)
    assert area.report is None and area.form.topLevelItemCount() == 0


def test_the_verwendungsnachweis_keeps_the_years_rule_pack(ctx, qtbot, tmp_path, monkeypatch):
    """Like an export: a school year that has ended keeps the pack its proof was written
    under, so a pack taken later never recomputes the proven grant."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    from ssa_desktop.domain.entities import PostStaff
    from ssa_desktop.services import rule_packs, staff

    area = _area(ctx, qtbot)
    staff.save_staff(ctx.conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                         date(2025, 10, 1), None, False, "free"))
    target = tmp_path / "Verwendungsnachweis_2025-26.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    area.activateWindow()
    area.proof_button.setFocus()
    qtbot.waitUntil(area.proof_button.hasFocus)
    with clock.frozen(date(2026, 10, 5)):
        QTest.keyClick(area.proof_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: area.status.text().startswith("Verwendungsnachweis gespeichert"),
                        timeout=10000)
    assert target.exists()
    assert [k.years for k in rule_packs.listing(ctx.conn)] == [(2025,)]


def test_a_vault_made_in_september_opens_on_the_current_year(ctx, qtbot):
    """Issue 64 finding 9: a vault made in September 2026 with a post only in 2026/27
    opened Statistik on 2025/26 (nothing in it, and warnings about it)."""
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services import setup
    from ssa_desktop.storage import repositories as repo

    post = setup.save_post(ctx.conn, e.Post("Stelle", 39.0))
    setup.set_post_share(ctx.conn, post.id, "school-1", 2026, 50)
    # her time so far: half of the Soll up to 15.09. – 3.8.–15.9.2026 are 32 working days
    # × 234 Min. (50 % of 39 Std. ÷ 5) = 7.488 Min.; the year's half (29.484) was warned about
    repo.TIME_ENTRIES.insert(ctx.conn, e.TimeEntry(date(2026, 9, 14), "EFH", 3744,
                                                   school_id="school-1"))
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    with clock.frozen(date(2026, 9, 15)):
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
        assert area.year_box.currentText() == "2026/27"
        shown = [w.text() for w in area.findings_box.findChildren(QLabel) if w.isVisible()]
        assert not any("Zeiteinträge" in text for text in shown), shown
        assert stats.default_year(ctx.conn) == 2026
        setup.set_post_share(ctx.conn, post.id, "school-1", 2025, 50)   # she worked then
        assert stats.default_year(ctx.conn) == 2025


def test_the_export_of_a_year_no_rule_pack_names_says_so(ctx, qtbot, tmp_path):
    """Issue 60, finding 6: 2027/28 is computed under the pack in force (2026/27); the
    status line after the export says so and how she loads the year's pack."""
    from ssa_desktop.domain.entities import PostShare
    from ssa_desktop.storage import repositories as repo

    area = _area(ctx, qtbot)
    repo.POST_SHARES.insert(ctx.conn, PostShare("post-1", "school-1", 2027, 50.0))
    with clock.frozen(date(2028, 9, 5)):
        area.refresh()
        area.year_box.setCurrentIndex(area.year_box.findText("2027/28"))
        area.report = None
        area._year_chosen(area.year_box.currentIndex())
        qtbot.waitUntil(lambda: area.report is not None and area.report.year == 2027,
                        timeout=10000)
        area.write_exports(tmp_path / "c")
        qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=10000)
    assert area.status.text().endswith(
        ".json. Kein Regelpaket nennt das Schuljahr 2027/28; gerechnet wird nach „KVJS-Förderung "
        "Jugendsozialarbeit an öffentlichen Schulen 2026/27“. Ein Regelpaket für 2027/28 lädt "
        "sie unter Einstellungen → Förderung („Regelpaket laden …“) oder mit "
        "„ssa-desktop rules import DATEI“.")
