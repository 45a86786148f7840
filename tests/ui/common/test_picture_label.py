"""A picture shown in a label goes with the label (``ui.common.picture_label``).

Qt 6's ``QLabel.setPixmap`` draws through a ``QIcon`` whose engine keeps what it drew in
the application's ``QPixmapCache``: a document's page (3.4 MB at 96 dpi) stayed in the GUI
after the viewer was closed. ``PictureLabel`` paints its image itself. Measured in a child
process (glibc, Linux): a 3.4 MB image is its own mapped block there (the threshold fixed
at 1 MiB), so what stays of it after the label is gone is read from ``mallinfo2``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from ssa_desktop.ui.common.picture_label import PictureLabel

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import ctypes, gc, sys
libc = ctypes.CDLL(None)
libc.mallopt(-3, 1 << 20)   # M_MMAP_THRESHOLD: every block of 1 MiB and more is mapped alone
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks",
                "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc.mallinfo2.restype = Info
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from ssa_desktop.ui.common.picture_label import PictureLabel
app = QApplication([])


def shown_and_closed():
    image = QImage(794, 1123, QImage.Format.Format_RGB32)   # A4 at 96 dpi: 3.4 MB
    image.fill(Qt.GlobalColor.white)
    if sys.argv[1] == "qlabel":
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
    else:
        label = PictureLabel()
        label.set_image(image)
    del image
    label.resize(900, 1200)
    label.grab()   # painted as on the screen
    label.deleteLater()
    del label
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


before = libc.mallinfo2().hblkhd
shown_and_closed()
print((libc.mallinfo2().hblkhd - before) / 1048576)
"""


def _kept_mb(kind: str) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, kind], capture_output=True, text=True,
                         timeout=120, check=True, cwd=str(ROOT))
    return float(out.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_a_closed_picture_leaves_nothing_in_the_process():
    assert _kept_mb("picture") < 0.5


def test_the_picture_is_painted_aligned_and_sized_as_a_pixmap_label_would_be(qtbot):
    label = PictureLabel()
    qtbot.addWidget(label)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    label.set_image(image)
    assert label.sizeHint().width() == 40 and label.sizeHint().height() == 30
    assert label.pixmap().isNull()   # nothing for Qt's icon engine to keep
    label.resize(100, 50)
    shown = label.grab().toImage()
    assert shown.pixelColor(50, 25).name() == "#123456"   # centred
    assert shown.pixelColor(5, 5).name() != "#123456"
    label.setText("Die Seite fehlt.")
    assert label.image() is None and label.text() == "Die Seite fehlt."
    label.set_image(image)
    assert label.text() == ""
    label.clear()
    assert label.image() is None
