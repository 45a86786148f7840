#!/usr/bin/env bash
# Build the frozen one-folder app with PyInstaller and run its self-test in it.
#   bash packaging/build_linux.sh            # uses the python on PATH (a venv)
# It first installs the locked dependencies (packaging/constraints-release.txt: exact pins
# with hashes, tools/lock_release.sh) and the project into that Python.
# Result: build/dist/ssa-desktop/ssa-desktop and ssa-desktop-cli (the console companion the
# spec builds for Windows; on Linux both are console programs) sharing _internal/. Time on the reference
# machine (2 cores): see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
start=$(date +%s)
echo "== the release's locked dependencies (packaging/constraints-release.txt, hash-checked) =="
"$PY" -m pip install -q --require-hashes -r packaging/constraints-release.txt
"$PY" -m pip install -q --no-deps -e .
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work packaging/ssa_desktop.spec
built=$(date +%s)
echo "== self-test of the frozen build (both executables) =="
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
build/dist/ssa-desktop/ssa-desktop self-test --result-file build/selftest-result.txt
tail -n 1 build/selftest-result.txt
build/dist/ssa-desktop/ssa-desktop-cli self-test
echo "build: $((built - start)) s, total: $(( $(date +%s) - start )) s"
