"""A full scripted session for the reliability suite, run as one process (under strace
by test_no_network_no_residue.py): demo vault, every headless command a user runs
(checks, exports, backup, reports), and the GUI offscreen visiting every area.

    python tests/reliability/session_script.py VAULT_DIR EXPORT_DIR
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

# Every file the user asks for goes to EXPORT_DIR; everything else must leave no trace.
STEPS = [
    ["demo", "--years", "2"],
    ["info"],
    ["check"],
    ["export-json", "--out", "{out}/export.json"],
    ["backup", "--out", "{out}/sicherung.ssabak"],
    ["emergency-key", "--sheet", "{out}/notfallblatt.pdf"],
    ["screenshots", "--out", "{out}/shots"],
]


def main(vault: str, out: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Canary: a local (AF_UNIX) socket, so the test can prove the tracer sees sockets.
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
    from ssa_desktop.cli import main as cli_main

    for step in STEPS:
        args = [a.format(out=out) for a in step]
        if step[0] != "screenshots":
            args[1:1] = ["--vault", vault]
        code = cli_main(args)
        if code != 0:
            print(f"step failed: {step[0]} -> {code}", file=sys.stderr)
            return code
    Path(out, "DONE").write_text("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
