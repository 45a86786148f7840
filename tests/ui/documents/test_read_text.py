"""„Text auslesen“ in the Dokumente tab, with real keys: only when she presses it is the
PDF's text read (off the GUI thread) into the search index, the list says so and Strg+K's
search finds a word of it; an image cannot be read (no OCR) and the button says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import documents as svc
from ssa_desktop.services import search
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY


def _found(ctx, word: str) -> list[str]:
    return [h.id for h in search.search(ctx.conn, word) if h.kind == "document"]


def test_she_presses_text_auslesen_and_then_the_search_finds_its_words(open_panel, ctx, qtbot,
                                                                          pupil):
    doc = svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY,
                           f.pdf(text="Elternabend im Kastanienweg"))
    panel = open_panel(pupil)
    assert _found(ctx, "Kastanienweg") == []
    assert panel.text_button.isEnabled()
    assert panel.text_button.accessibleName() == "Text auslesen"
    panel.table.setFocus()
    QTest.keyClick(panel.text_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Strg+K findet" in panel.message.text(), timeout=20000)
    assert panel.message.text().startswith("Text von 1 Seite ausgelesen")
    assert panel.model.item(0, 4).text().endswith("Text in der Suche")
    assert _found(ctx, "Kastanienweg") == [doc.id]


def test_an_image_has_no_text_to_read_and_the_button_says_why(open_panel, ctx, qtbot, pupil):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Scan", TODAY,
                     f.image("JPEG"))
    panel = open_panel(pupil)
    assert not panel.text_button.isEnabled()
    assert "keine Texterkennung (OCR)" in panel.text_button.toolTip()
    assert "JPEG-Bild" in panel.text_button.accessibleDescription()
