"""A fitted list does not make PySide create the Python types of every QWidget subclass.

``view.viewport()`` returns a widget that C++ made; PySide wrapped it by looking for its
type among all ~70 QWidget subclasses and created each of them with its enums
(QColorDialog, QWizard, QMdiArea …: ≈ 0.5 MB of Python objects that stay). The fit finds
the viewport by its Qt object name instead. A fresh process: the types are created once
per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QTableView, QTreeView
app = QApplication([])
from ssa_desktop.ui.common.column_fit import fit_columns
from ssa_desktop.ui.common.models import RowsModel
views = []
for cls in (QTableView, QTreeView):
    view = cls()
    view.setModel(RowsModel(("Titel", "Art"), lambda row, column: f"{row} {column}", view))
    view.model().set_rows(range(30))
    fit = fit_columns(view)
    view.resize(400, 300)
    view.show()
    app.processEvents()
    fit.apply()
    views.append(view)
made = object.__getattribute__(QtWidgets, "__dict__")
print(sorted(name for name in ("QColorDialog", "QWizard", "QMdiArea", "QCalendarWidget",
                               "QUndoView") if name in made))
for view in views:  # the columns fill the viewport the fit found (asked only now)
    assert sum(view.columnWidth(c) for c in range(2)) == view.viewport().width()
"""


def test_fitting_a_list_creates_no_other_widget_types():
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr
