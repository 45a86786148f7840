"""A fake ``org.freedesktop.login1`` in a process of its own, on a test's private bus.

Run as ``python -m tests.support.fake_logind ADDRESS``. It owns the name, answers
``Manager.Inhibit`` with the writing end of a pipe (as logind hands out a FIFO) and sees
when the client closes it; it emits ``Manager.PrepareForSleep`` when told. Lines on stdin
are commands (``sleep true``, ``sleep false``, ``quit``); lines on stdout are what
happened (``ready``, ``inhibit <what> <who> <why> <mode>``, ``released``)."""

from __future__ import annotations

import os
import select
import sys
import threading

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

LOGIN1 = "org.freedesktop.login1"
MANAGER = DBusAddress("/org/freedesktop/login1", interface=f"{LOGIN1}.Manager")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(address: str) -> int:
    conn = open_dbus_connection(address, enable_fds=True)
    send_lock = threading.Lock()

    def send(message) -> None:
        with send_lock:
            conn.send(message)

    conn.send_and_get_reply(message_bus.RequestName(LOGIN1, 4))  # DO_NOT_QUEUE
    say("ready")

    def watch(read_end: int) -> None:
        while True:
            select.select([read_end], [], [])
            if not os.read(read_end, 1):  # every copy of the writing end closed
                os.close(read_end)
                say("released")
                return

    def commands() -> None:
        for line in sys.stdin:
            words = line.split()
            if words[:1] == ["sleep"]:
                send(new_signal(MANAGER, "PrepareForSleep", "b", (words[1] == "true",)))
            elif words[:1] == ["quit"]:
                os._exit(0)
        os._exit(0)

    threading.Thread(target=commands, daemon=True).start()
    while True:
        msg = conn.receive()
        fields = msg.header.fields
        if (msg.header.message_type == MessageType.method_call
                and fields.get(HeaderFields.member) == "Inhibit"):
            read_end, write_end = os.pipe()
            say("inhibit " + " ".join(str(a).replace(" ", "_") for a in msg.body))
            send(new_method_return(msg, "h", (write_end,)))
            os.close(write_end)
            threading.Thread(target=watch, args=(read_end,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
