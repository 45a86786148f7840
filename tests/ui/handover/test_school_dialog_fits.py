"""„Schule übergeben“ with documents to tick at 200 % on 1280×720 (640×360 logical, less
the window frame): no label is cut – the long note keeps all its lines; the dialog's
content scrolls as a whole instead of squeezing the note."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents
from ssa_desktop.ui.common.screen_fit import FRAME
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person
from tests.support import document_files as f
from tests.ui.shell.whole import cut_labels

TODAY = date(2026, 11, 23)


# 1280×720 at 200 %; and a window made narrower (the offscreen test screen at 200 % is
# 400 logical wide: there the note lost its last line, 77 high < 98)
@pytest.mark.parametrize("width", [640, 400])
def test_the_note_is_whole_at_200_percent_on_1280x720(ctx, qtbot, tmp_path, width):
    anna = _person(ctx.conn, "Anna")
    for title in ("Brief Jugendamt", "SPE Anna"):
        documents.add_document(ctx.conn, d.Owner("person", anna.id), "release", title, TODAY,
                               f.pdf(text=title), "x.pdf")
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.resize(width - FRAME.width(), 360 - FRAME.height())
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.documents.isVisible()
        if folder := os.environ.get("SSA_SHOTS"):
            dialog.grab().save(str(Path(folder) / f"school-handover-{width}x360.png"))
        assert cut_labels(dialog) == []
