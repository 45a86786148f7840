"""Plural forms through Qt's numerus translation; German forms from the source markers
(issue: "1 Minuten", "1 Kooperationsvereinbarungen")."""

from __future__ import annotations

import pytest

from ssa_desktop.ui.i18n import german_plural, translator


@pytest.mark.parametrize(("source", "n", "expected"), [
    ("%n Sitzung(en)", 1, "1 Sitzung"), ("%n Sitzung(en)", 0, "0 Sitzungen"),
    ("%n Sitzung(en)", 3, "3 Sitzungen"), ("%n Minute(n)", 1, "1 Minute"),
    ("%n Minute(n)", 2, "2 Minuten"), ("%n Eintr(ag|äge)", 1, "1 Eintrag"),
    ("%n Eintr(ag|äge)", 5, "5 Einträge"),
    ("%n Kooperationsvereinbarung(en)", 1, "1 Kooperationsvereinbarung"),
])
def test_german_plural(source, n, expected):
    assert german_plural(source, n) == expected


def test_tr_with_n_uses_german_forms_without_a_translation(qapp):
    tr = translator("PluralTest")
    assert tr("%n Person(en)", n=1) == "1 Person"
    assert tr("%n Person(en)", n=12) == "12 Personen"
    assert tr("Ohne Zahl (bleibt)") == "Ohne Zahl (bleibt)"


@pytest.mark.parametrize(("source", "one", "four"), [
    ("%n Angebot(e)", "1 Angebot", "4 Angebote"),
    ("%n Sitzung(en)", "1 Sitzung", "4 Sitzungen"),
    ("%n Besucher:in(nen)", "1 Besucher:in", "4 Besucher:innen"),
    ("Die Prüfung hat %n Hinweis(e). Trotzdem exportieren?",
     "Die Prüfung hat 1 Hinweis. Trotzdem exportieren?",
     "Die Prüfung hat 4 Hinweise. Trotzdem exportieren?"),
    ("%n Datens(atz|ätzen)", "1 Datensatz", "4 Datensätzen"),
    ("noch %n Stunde(n)", "noch 1 Stunde", "noch 4 Stunden"),
])
def test_issue_16_counts_say_one_in_the_singular(qapp, source, one, four):
    tr = translator("PluralTest16")
    assert (tr(source, n=1), tr(source, n=4)) == (one, four)


def test_group_list_totals_with_one_offer_and_one_session(qtbot, ctx, frozen_clock):
    """Issue 16 item 9: "1 Angebote · 1 Sitzungen" in the real Gruppen area."""
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services import groups
    from ssa_desktop.ui.groups.area import GroupsArea

    year = SchoolYear.of(frozen_clock)
    group = groups.save_group(ctx.conn, GroupActivity("Klassenrat 6b", year.start_year,
                                                      kind="class", school_id="school-1"))
    groups.add_session(ctx.conn, group.id, year.start, 45)
    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.refresh()
    assert area.list_totals.text().startswith("1 Angebot · 1 Sitzung · ")
