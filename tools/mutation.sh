#!/usr/bin/env bash
# Mutation testing of the rule modules with mutmut 2.x (a developer tool, not part of CI):
#
#   pip install -e '.[dev]'              # mutmut
#   tools/mutation.sh                    # every module below, 20 minutes each at most
#   tools/mutation.sh plausibility       # one module
#   BUDGET=600 tools/mutation.sh kvjs    # seconds per module
#
# mutmut changes the source file in place, one mutant at a time, and runs the module's
# narrow test selection (below); run it in a clean checkout (or a copy) and not while
# editing. Results: `mutmut results`, `mutmut show ID`; a summary per module is written
# to .mutation/<module>.txt. docs/testing.md lists the score and the surviving mutants
# that are equivalent (no behaviour can tell them apart), each with its reason.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
BUDGET="${BUDGET:-1200}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export QT_QPA_PLATFORM=offscreen

declare -A SOURCE=(
  [retention]="ssa_desktop/domain/retention.py"
  [plausibility]="ssa_desktop/domain/plausibility.py"
  [kvjs]="ssa_desktop/domain/kvjs.py"
)
declare -A TESTS=(
  [retention]="tests/retention/test_engine.py tests/retention/test_boundaries.py tests/retention/test_review_findings.py"
  [plausibility]="tests/domain/test_plausibility.py"
  [kvjs]="tests/kvjs/test_engine_properties.py tests/kvjs/test_engine_fixture.py"
)

modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(plausibility retention kvjs)
mkdir -p .mutation
for module in "${modules[@]}"; do
  source_file="${SOURCE[$module]:?unknown module $module (retention, plausibility, kvjs)}"
  tests=""
  for t in ${TESTS[$module]}; do [ -e "$t" ] && tests="$tests $t"; done
  rm -f .mutmut-cache
  cp "$source_file" ".mutation/$module.orig.py"
  echo "== $module: $source_file, tests:$tests (budget ${BUDGET}s)"
  timeout "$BUDGET" "$PYTHON" -m mutmut run --paths-to-mutate "$source_file" \
    --runner "$PYTHON -m pytest -x -q -p no:cacheprovider $tests" \
    --simple-output --no-progress || true
  # a mutant left in place when the time budget ran out is undone
  cp ".mutation/$module.orig.py" "$source_file" && rm ".mutation/$module.orig.py"
  "$PYTHON" -m mutmut results > ".mutation/$module.txt" || true
  "$PYTHON" -m mutmut junitxml > ".mutation/$module.xml" || true
  "$PYTHON" - "$module" <<'EOF'
import sys
import xml.etree.ElementTree as ET
module = sys.argv[1]
root = ET.parse(f".mutation/{module}.xml").getroot()
cases = root.iter("testcase")
total = killed = 0
for case in cases:
    total += 1
    killed += case.find("failure") is None
print(f"{module}: {killed}/{total} killed ({100 * killed / max(total, 1):.1f} %)")
EOF
done
