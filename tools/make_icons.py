"""Draw the application icon (a calm blue shield with a white open book and "SSA")
into resources/icons/: PNGs at the sizes desktops ask for, a Windows .ico (PNG
entries) for the installer, and the SVG-free source stays this script.

    python tools/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    s = size / 64.0
    shield = QPainterPath()
    shield.moveTo(32 * s, 3 * s)
    shield.lineTo(58 * s, 12 * s)
    shield.cubicTo(58 * s, 38 * s, 48 * s, 52 * s, 32 * s, 61 * s)
    shield.cubicTo(16 * s, 52 * s, 6 * s, 38 * s, 6 * s, 12 * s)
    shield.closeSubpath()
    p.fillPath(shield, QColor("#2f5d8a"))
    p.setPen(QPen(QColor("#1d3f61"), max(1.0, 1.5 * s)))
    p.drawPath(shield)
    # open book
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#ffffff"))
    left = QPainterPath(QPointF(31 * s, 20 * s))
    left.cubicTo(25 * s, 17 * s, 19 * s, 17 * s, 15 * s, 19 * s)
    left.lineTo(15 * s, 39 * s)
    left.cubicTo(19 * s, 37 * s, 25 * s, 37 * s, 31 * s, 40 * s)
    left.closeSubpath()
    right = QPainterPath(QPointF(33 * s, 20 * s))
    right.cubicTo(39 * s, 17 * s, 45 * s, 17 * s, 49 * s, 19 * s)
    right.lineTo(49 * s, 39 * s)
    right.cubicTo(45 * s, 37 * s, 39 * s, 37 * s, 33 * s, 40 * s)
    right.closeSubpath()
    p.drawPath(left)
    p.drawPath(right)
    if size >= 32:
        font = QFont("DejaVu Sans", 1)
        font.setBold(True)
        font.setPixelSize(max(6, int(9 * s)))
        p.setFont(font)
        p.setPen(QColor("#ffffff"))
        p.drawText(QRectF(0, 42 * s, size, 12 * s), Qt.AlignCenter, "SSA")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """ICO container with PNG entries (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        blob = png_bytes(draw(size))
        (OUT / f"ssa-desktop-{size}.png").write_bytes(blob)
        pngs[size] = blob
    write_ico(OUT / "ssa-desktop.ico", {s: pngs[s] for s in ICO_SIZES})
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
