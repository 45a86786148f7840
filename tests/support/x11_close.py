"""What a window manager does when she clicks a title bar's ×: it sends the client message
WM_PROTOCOLS / WM_DELETE_WINDOW (ICCCM 4.2.8.1) to the top-level X window, from an X
connection of its own (the window manager is another client). Here through ctypes on
libX11, which the xcb platform's system libraries bring along (no Python dependency).
Used by tests/ui/closing/xcb_close_button.py under Xvfb."""

from __future__ import annotations

import ctypes
import ctypes.util

CLIENT_MESSAGE = 33        # X.h
NO_EVENT_MASK = 0          # ICCCM: sent to the client that owns the window, no mask
CURRENT_TIME = 0


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class _Event(ctypes.Union):      # XEvent: 24 longs
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


def libx11() -> ctypes.CDLL | None:
    """libX11, or None where it is missing."""
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.POINTER(_Event)]
    lib.XSendEvent.restype = ctypes.c_int
    lib.XGetWMProtocols.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                    ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                    ctypes.POINTER(ctypes.c_int)]
    lib.XGetWMProtocols.restype = ctypes.c_int
    for name_, args in (("XFlush", [ctypes.c_void_p]), ("XCloseDisplay", [ctypes.c_void_p]),
                        ("XFree", [ctypes.c_void_p])):
        getattr(lib, name_).argtypes = args
        getattr(lib, name_).restype = ctypes.c_int
    return lib


class WindowManager:
    """The part of a window manager that closes windows: one X connection to ``display``."""

    def __init__(self, display: str):
        lib = libx11()
        if lib is None:
            raise RuntimeError("libX11 missing")
        self.lib = lib
        self.dpy = lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.protocols = lib.XInternAtom(self.dpy, b"WM_PROTOCOLS", 0)
        self.delete = lib.XInternAtom(self.dpy, b"WM_DELETE_WINDOW", 0)

    def offers_delete(self, window: int) -> bool:
        """The window lists WM_DELETE_WINDOW in WM_PROTOCOLS: a window manager's × then
        asks the program instead of killing its connection."""
        atoms = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_int()
        if not self.lib.XGetWMProtocols(self.dpy, window, ctypes.byref(atoms),
                                        ctypes.byref(count)):
            return False
        try:
            return self.delete in [atoms[i] for i in range(count.value)]
        finally:
            self.lib.XFree(atoms)

    def click_close(self, window: int) -> None:
        """The title bar's ×: WM_PROTOCOLS / WM_DELETE_WINDOW to ``window``."""
        event = _Event()
        message = event.client
        message.type = CLIENT_MESSAGE
        message.send_event = 1
        message.window = window
        message.message_type = self.protocols
        message.format = 32
        message.data[0] = self.delete
        message.data[1] = CURRENT_TIME
        if not self.lib.XSendEvent(self.dpy, window, 0, NO_EVENT_MASK, ctypes.byref(event)):
            raise RuntimeError("XSendEvent refused the message")
        self.lib.XFlush(self.dpy)

    def close(self) -> None:
        if self.dpy:
            self.lib.XCloseDisplay(self.dpy)
            self.dpy = None
