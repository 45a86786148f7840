"""The application is made with Fusion named at construction (Qt's ``-style`` option, so
that PySide never builds the QStyle class before the first frame): whatever argument
list the caller passes, even an empty one, and whatever style the system asks for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import sys
from ssa_desktop.app import make_application
argv = eval(sys.argv[1])
app = make_application(argv)
print(app.style().name(), "|", " ".join(app.arguments()))
"""


@pytest.mark.parametrize("argv", ["None", "[]", "['ssa-desktop']"])
def test_fusion_whatever_the_arguments_and_the_system_style(tmp_path, argv):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               QT_STYLE_OVERRIDE="Windows", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", CHILD, argv], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, timeout=120, check=True).stdout
    style, arguments = out.strip().splitlines()[-1].split("|")
    assert style.strip() == "fusion"
    assert "-style" not in arguments  # Qt took its option; the program sees none of it


PIXMAP_CHILD = r"""
from PySide6.QtGui import QPixmapCache
from ssa_desktop.app import make_application
make_application([])
print(QPixmapCache.cacheLimit())
"""


def test_the_pixmap_cache_holds_half_a_mebibyte_not_qts_ten(tmp_path):
    # Fusion keeps its drawn buttons, frames and gradients in Qt's pixmap cache; with Qt's
    # default (10 MiB) every area shown left ≈ 1.5 MB there all day (docs/performance.md)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PIXMAP_CHILD], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, timeout=120, check=True).stdout
    assert int(out.strip().splitlines()[-1]) <= 512
