"""Suche: finds a word from a contact note, Enter opens the person; names hidden."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import Contact, Partner
from ssa_desktop.services.activities import record_contact
from ssa_desktop.services.network import save_partner
from ssa_desktop.ui.search.dialog import HTML_ROLE, SearchDialog, marked_to_html


def _dialog(ctx, qtbot):
    d = SearchDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def _rows(d):
    return [d.model.item(r).data(HTML_ROLE) or d.model.item(r).text() for r in range(d.model.rowCount())]


def test_contact_note_found_and_enter_opens_person(ctx, qtbot, pupil):
    record_contact(ctx.conn, Contact(date(2026, 11, 20), "EB", 30, person_id=pupil.id,
                                     note="Streit um das Fahrrad auf dem Schulhof"))
    d = _dialog(ctx, qtbot)
    qtbot.keyClicks(d.field, "fahrr")
    qtbot.waitUntil(lambda: d.model.rowCount() > 0, timeout=60000)
    rows = _rows(d)
    assert rows[0].startswith("Notizen")
    assert "<b>Fahrrad</b>" in rows[1] and "K-17" in rows[1] and "20.11.2026" in rows[1]
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(d.field, Qt.Key_Return)
    assert blocker.args == ["persons", pupil.id]
    assert not d.isVisible()


def test_names_hidden_by_default(ctx, qtbot, pupil):
    d = _dialog(ctx, qtbot)
    d.field.setText("Sommer")
    d.run_search()
    text = " ".join(_rows(d))
    assert "K-17" in text and "Treffer im Namen" in text and "Sommer" not in text
    ctx.show_names = True
    d.run_search()
    assert "<b>Sommer</b>" in " ".join(_rows(d))


def test_groups_arrows_and_partner(ctx, qtbot, pupil):
    save_partner(ctx.conn, Partner("Beratungsstelle <Nord>", "BST", note="Sommerferien geschlossen"))
    d = _dialog(ctx, qtbot)
    d.field.setText("Somm")
    d.run_search()
    headers = [d.model.item(r).text() for r in range(d.model.rowCount())
               if not d.model.item(r).flags() & Qt.ItemIsSelectable]
    assert headers == ["Personen (1)", "Partner (1)"]
    assert "&lt;Nord&gt;" in " ".join(_rows(d))  # content escaped
    assert d.view.currentIndex().row() == 1
    qtbot.keyClick(d.field, Qt.Key_Down)
    assert d.view.currentIndex().row() == 3  # header skipped
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(d.field, Qt.Key_Return)
    assert blocker.args[0] == "network"


def test_escape_html_then_bold():
    assert marked_to_html("<i>[[x]]</i>") == "&lt;i&gt;<b>x</b>&lt;/i&gt;"


def test_lock_clears(ctx, qtbot, pupil):
    d = _dialog(ctx, qtbot)
    d.field.setText("K-17")
    d.run_search()
    assert d.model.rowCount() > 0
    ctx.lock()
    assert d.model.rowCount() == 0 and d.field.text() == "" and not d.isVisible()


def test_a_common_word_shows_the_20_newest_and_more_only_when_asked(ctx, qtbot, pupil):
    """Issue 21: a bounded first page, the last recorded first, a clear "Weitere … anzeigen" row;
    Enter on it loads the rest of that kind in place; Enter on a hit still opens it."""
    from datetime import timedelta

    for i in range(23):
        record_contact(ctx.conn, Contact(date(2026, 9, 1) + timedelta(days=i), "EB", 30,
                                         person_id=pupil.id, note=f"Nr. {i}: Fahrrad kaputt"))
    d = _dialog(ctx, qtbot)
    qtbot.keyClicks(d.field, "fahrrad")
    qtbot.waitUntil(lambda: d.model.rowCount() > 0, timeout=60000)
    assert d.model.rowCount() == 1 + 20 + 1
    assert d.model.item(0).text() == "Notizen (die 20 zuletzt erfassten, es gibt weitere)"
    assert "Nr. 22:" in _rows(d)[1] and "Nr. 3:" in _rows(d)[20]          # last recorded first
    assert d.model.item(21).text() == "Weitere Notizen anzeigen …"
    assert d.hint.text().startswith("20 Treffer angezeigt, zuletzt Erfasstes zuerst; es gibt "
                                    "weitere: „Weitere … anzeigen“ wählen oder den "
                                    "Suchbegriff genauer fassen")
    for _ in range(20):                                   # from the first hit to the last row
        qtbot.keyClick(d.field, Qt.Key_Down)
    assert d.view.currentIndex().row() == 21
    qtbot.keyClick(d.field, Qt.Key_Return)                # loads, does not close
    assert d.isVisible()
    assert d.model.rowCount() == 1 + 23
    assert d.model.item(0).text() == "Notizen (23)"
    assert ["Nr. 2:" in _rows(d)[21], "Nr. 0:" in _rows(d)[23]] == [True, True]
    assert d.hint.text() == "23 Treffer · ↑/↓ auswählen · Enter öffnen"
    assert d.view.currentIndex().row() == 21              # the first hit loaded
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(d.field, Qt.Key_Return)
    assert blocker.args == ["persons", pupil.id]
