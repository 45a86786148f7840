#!/usr/bin/env bash
# Renew packaging/constraints-release.txt, the release build's lock file: exact pins with
# hashes of every runtime and [build] dependency in pyproject.toml, resolved for every
# system at once (Linux and Windows markers), Python 3.11 and later.
#   bash tools/lock_release.sh                 # keeps the pinned versions that still fit
#   bash tools/lock_release.sh --upgrade       # newest versions inside pyproject's bounds
# Needs uv (`pip install uv` in any venv; UV=/path/to/uv). After a change: the suite (the
# lock test, tests/release/test_release_constraints.py), then the frozen build.
set -euo pipefail
cd "$(dirname "$0")/.."
# uv keeps the pins of the file it writes where they still fit: start from the lock
cp packaging/constraints-release.txt packaging/constraints-release.txt.new
"${UV:-uv}" pip compile pyproject.toml --extra build --universal --python-version 3.11 \
  --generate-hashes --no-annotate --no-header -o packaging/constraints-release.txt.new "$@"
{
  echo "# The release build's lock file (tools/lock_release.sh writes it; do not edit by hand)."
  echo "# Exact pins with hashes of pyproject.toml's runtime and [build] dependencies, for"
  echo "# Linux and Windows. Installed with: pip install --require-hashes -r <this file>, then"
  echo "# pip install --no-deps . (packaging/README.md, \"Reproducible builds\")."
  cat packaging/constraints-release.txt.new
} > packaging/constraints-release.txt
rm packaging/constraints-release.txt.new
