import sys

if sys.argv[1:2] == ["--keychain-child"]:  # storage.keychain: one question, without the CLI
    from ssa_desktop.services.keychain import serve

    raise SystemExit(serve())

from ssa_desktop.cli import run

raise SystemExit(run())
