"""A PDF's pages rendered in a short-lived child process (``ssa-desktop --pdf-pages-child``).

PDFium (``pypdfium2``) keeps what it loaded for the rest of the process's life: its
module, its library's pages and its global state, ≈ 11 MB at the peak of the GUI that
showed one page (docs/performance.md). So the GUI never imports it: the document viewer
and the printing of a PDF start this child (the same executable in the frozen build, like
``unwrap_child``), which stays while the viewer is open and ends when it closes.

Protocol over the child's stdin and stdout (pipes only; nothing is written to a file):

- ``b"P"`` + the PDF's length (8 bytes, big-endian) + its bytes: the child opens it and
  answers its page count (4 bytes, signed), ``-1`` when PDFium cannot open it;
- ``b"R"`` + page index (4 bytes) + scale (8-byte double: pixels per point): the child
  answers width, height, stride, channels (4 bytes each) and ``stride × height`` bytes
  of the page: BGRX (4 channels), or one grey byte a pixel (1 channel) when every pixel
  of the page is grey (a letter, a black-and-white scan: a quarter of the memory in the
  GUI, the same pixels); width ``-1`` when it could not render it;
- its stdin closed: it ends.

A child that cannot be started, dies, does not read a request or answer within
``TIMEOUT_S`` or answers anything out of bounds is ``PagesFailed`` (an ``OSError`` with a
German sentence): the document stays as it was in the vault, nothing was written.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import cast

from ..storage import child_process

CHILD_FLAG = "--pdf-pages-child"
TIMEOUT_S = 60           # one page of a large PDF on a slow machine, not a hang
MAX_SIDE = 4000          # pixels on the longer side of one rendered page
_PAGE_HEADER = struct.Struct(">iiii")
_FAILED = ("Die PDF-Datei konnte nicht angezeigt werden: der Hilfsprozess von SSA Desktop, "
           "der ihre Seiten zeichnet, hat nicht geantwortet. Das Dokument ist unverändert im "
           "Tresor. Bitte öffnen Sie es erneut; bleibt der Fehler, starten Sie SSA Desktop neu.")


def child_command() -> list[str]:
    """The frozen build's own executable, else Python with a safe path (``child_process``)."""
    return child_process.command(CHILD_FLAG)


class PagesFailed(OSError):
    """The child could not be started, died or answered nonsense; ``str()`` is German."""

    def __init__(self, message: str = _FAILED):
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class NotAPdf(Exception):
    """PDFium cannot open the bytes (damaged or encrypted)."""


class PdfPages:
    """A PDF opened in its own child: ``count`` pages, ``page(index, scale)`` one page as
    (width, height, stride, pixels), ``close()`` ends the child."""

    def __init__(self, data: bytes):
        try:
            self._child: subprocess.Popen | None = child_process.start(
                child_command())
        except (OSError, ValueError, subprocess.SubprocessError):
            raise PagesFailed() from None
        count = struct.unpack(">i", self._ask(b"P" + struct.pack(">q", len(data)), data, 4))[0]
        if count < 0:
            self.close()
            raise NotAPdf
        self.count = count

    @property
    def pid(self) -> int | None:
        """The child's process id while it lives (the benchmark reads its peak)."""
        return self._child.pid if self._child is not None else None

    def page(self, index: int, scale: float,
             into: Callable[[int, int, int, int], memoryview | None] | None = None,
             ) -> tuple[int, int, int, int, memoryview | bytearray]:
        """Page ``index`` at ``scale`` pixels per point as (width, height, stride, channels,
        pixels): 4 channels BGRX (Qt's ``Format_RGB32`` on a little-endian machine), or 1
        channel, a grey byte a pixel (``Format_Grayscale8``) for a page without colour.
        ``into(width, height, stride, channels)`` may give the buffer the pixels are read
        into (the image that shows them: no copy on the way); else a new ``bytearray``."""
        if not 0 <= index < self.count:
            raise IndexError(index)
        header = self._ask(b"R" + struct.pack(">id", index, scale), b"", _PAGE_HEADER.size)
        width, height, stride, channels = _PAGE_HEADER.unpack(header)
        if width < 0:
            raise PagesFailed()
        if not (0 < width <= MAX_SIDE + 1 and 0 < height <= MAX_SIDE + 1
                and channels in (1, 4) and width * channels <= stride <= width * channels + 64):
            self.close()
            raise PagesFailed()
        target = into(width, height, stride, channels) if into is not None else None
        if target is None or len(target) != stride * height:
            return width, height, stride, channels, self._read(stride * height)
        self._read(stride * height, target)
        return width, height, stride, channels, target

    def _ask(self, request: bytes, payload: bytes, answer: int) -> bytearray:
        """Send ``request`` and ``payload`` within ``TIMEOUT_S`` (else the child is ended
        with its group); read ``answer`` bytes (the first of the answer)."""
        child = self._child
        if child is None:
            raise PagesFailed()
        deadline = time.monotonic() + TIMEOUT_S    # a child that stops reading: not for ever
        try:
            sent = (child_process.send(child, request, deadline)
                    and child_process.send(child, payload, deadline))
        except (OSError, ValueError):
            sent = False
        if not sent:
            child_process.kill(child)
            self.close()
            raise PagesFailed()
        return self._read(answer)

    def _read(self, size: int, target: memoryview | None = None) -> bytearray:
        """Exactly ``size`` bytes of the child's answer (into ``target`` when given) within
        ``TIMEOUT_S`` (else the child is ended with its group and this is ``PagesFailed``)."""
        child = self._child
        if child is None:
            raise PagesFailed()
        stdout = cast(io.RawIOBase, child.stdout)
        buf = bytearray(size if target is None else 0)
        view = memoryview(buf) if target is None else target.cast("B")
        watchdog = threading.Timer(TIMEOUT_S, child_process.kill, (child,))
        watchdog.daemon = True
        watchdog.start()
        done = 0
        try:
            while done < size:
                got = stdout.readinto(view[done:])
                if not got:
                    break
                done += got
        except (OSError, ValueError):
            pass
        finally:
            watchdog.cancel()
            view.release()
        if done < size:
            self.close()
            raise PagesFailed()
        return buf

    def close(self) -> None:
        """End the child (its stdin closed: it ends by itself; else it is ended)."""
        child, self._child = self._child, None
        if child is not None:
            child_process.let_end(child)


# -- the child -----------------------------------------------------------------------------
def _read_exact(stream, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _grey(pixels: bytes, width: int, stride: int, channels: int) -> bytes | None:
    """The page's grey bytes, one a pixel, when every BGRX pixel is grey (B = G = R); else
    None (colour, or rows with padding)."""
    if channels != 4 or stride != width * 4:
        return None
    blue = pixels[0::4]
    return blue if blue == pixels[1::4] == pixels[2::4] else None


def _render(pdf, index: int, scale: float) -> bytes:
    """One page (at most ``MAX_SIDE`` pixels on its longer side) with its header: grey
    (one channel) when it has no colour, else BGRX."""
    page = pdf[index]
    try:
        width, height = page.get_size()   # in points (1/72 inch)
        scale = min(scale, MAX_SIDE / max(width, height, 1))
        bitmap = page.render(scale=scale, prefer_bgrx=True)   # BGRX: Qt's RGB32
        try:
            pixels = bytes(bitmap.buffer)[:bitmap.stride * bitmap.height]
            grey = _grey(pixels, bitmap.width, bitmap.stride, bitmap.n_channels)
            if grey is not None:   # rows of whole 32-bit words, as Qt's images keep them
                stride = (bitmap.width + 3) // 4 * 4
                if stride != bitmap.width:
                    pad = bytes(stride - bitmap.width)
                    grey = b"".join(grey[row:row + bitmap.width] + pad
                                    for row in range(0, len(grey), bitmap.width))
                return _PAGE_HEADER.pack(bitmap.width, bitmap.height, stride, 1) + grey
            return (_PAGE_HEADER.pack(bitmap.width, bitmap.height, bitmap.stride,
                                      bitmap.n_channels) + pixels)
        finally:
            bitmap.close()
    finally:
        page.close()


def _serve_requests(stdin, stdout) -> None:
    import pypdfium2

    pdf = None
    while True:
        kind = stdin.read(1)
        if kind == b"P":
            size = _read_exact(stdin, 8)
            data = _read_exact(stdin, struct.unpack(">q", size)[0]) if size else None
            if data is None:
                return
            try:
                pdf = pypdfium2.PdfDocument(data)
                answer = struct.pack(">i", len(pdf))
            except pypdfium2.PdfiumError:
                pdf, answer = None, struct.pack(">i", -1)
        elif kind == b"R":
            request = _read_exact(stdin, 12)
            if request is None:
                return
            index, scale = struct.unpack(">id", request)
            try:
                answer = _render(pdf, index, scale) if pdf is not None else b""
            except (pypdfium2.PdfiumError, IndexError, ValueError):
                answer = b""
            answer = answer or _PAGE_HEADER.pack(-1, 0, 0, 0)
        else:
            return   # stdin closed (or a request it does not know): the child ends
        stdout.write(answer)
        stdout.flush()


def serve() -> int:
    """Entry of the child process: open the PDF it is sent, render the pages it is asked
    for, end when its stdin closes."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that held her document
    try:
        _serve_requests(sys.stdin.buffer, sys.stdout.buffer)
    except Exception:  # noqa: BLE001 - the parent sees the pipe close; never a traceback
        return 1
    return 0
