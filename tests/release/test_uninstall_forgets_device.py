"""The Windows uninstaller removes the remembered unlock from the Credential Manager: it
runs the console companion's ``forget-device --all`` (the command is real and parses)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from ssa_desktop import cli

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "ssa-desktop.iss"


def test_the_uninstaller_runs_forget_device_all():
    text = ISS.read_text("utf-8")
    section = re.search(r"^\[UninstallRun\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert section, "[UninstallRun] fehlt"
    entries = [line for line in section.group(1).splitlines()
               if line.strip() and not line.startswith(";")]
    assert len(entries) == 1
    entry = entries[0]
    assert 'Filename: "{app}\\ssa-desktop-cli.exe"' in entry
    params = re.search(r'Parameters: "([^"]*)"', entry).group(1)
    assert params == "forget-device --all"
    assert "runhidden" in entry and "waituntilterminated" in entry and "RunOnceId" in entry
    args = cli.build_parser().parse_args(shlex.split(params))
    assert args.command == "forget-device" and args.all
