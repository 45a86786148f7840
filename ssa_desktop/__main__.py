from ssa_desktop.cli import run

raise SystemExit(run())
