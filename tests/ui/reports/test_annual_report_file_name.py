"""The Jahresbericht's suggested file name is valid on Windows whatever the school is
called (issue 29): the save dialog gets the name, the PDF is written under it."""

from __future__ import annotations

import dataclasses

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
from tests.domain.test_file_names import valid_on_windows


def test_a_school_name_with_colon_and_question_mark_gives_a_valid_name(qtbot, ctx, tmp_path):
    school = repo.SCHOOLS.get(ctx.conn, "school-1")
    repo.SCHOOLS.update(ctx.conn, dataclasses.replace(school, name='GS "Am Bühl": Nord/Süd?'))
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    suggested = []

    def choose(name: str) -> str:
        suggested.append(name)
        return str(tmp_path / name)

    dialog.save_path_chooser = choose
    dialog.create_pdf()
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=20000)
    [name] = suggested
    assert valid_on_windows(name) and "Bühl" in name and "Süd" in name
    assert (tmp_path / name).is_file()
