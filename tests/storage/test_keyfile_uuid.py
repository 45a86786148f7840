"""The key file's vault UUID is read as ``uuid.UUID`` reads it, without the ``uuid``
module: it loads ``platform`` (≈ 0.35 MB) into the GUI at every unlock."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from ssa_desktop.storage.keyfile import canonical_uuid

ROOT = Path(__file__).resolve().parents[2]
GOOD = ["6fe69556-704a-47a0-8f24-c28d936fda47", "6FE69556704A47A08F24C28D936FDA47",
        "{6fe69556-704a-47a0-8f24-c28d936fda47}", "urn:uuid:6fe69556-704a-47a0-8f24-c28d936fda47",
        "00000000-0000-0000-0000-000000000000"]
BAD = ["", "6fe69556-704a-47a0-8f24-c28d936fda4", "6fe69556-704a-47a0-8f24-c28d936fda47a",
       "zfe69556-704a-47a0-8f24-c28d936fda47", "6fe69556 704a 47a0 8f24 c28d936fda47"]


@pytest.mark.parametrize("text", GOOD)
def test_the_same_uuid_as_the_uuid_module(text):
    assert canonical_uuid(text) == str(uuid.UUID(text))


@pytest.mark.parametrize("text", BAD)
def test_refused_where_the_uuid_module_refuses(text):
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        canonical_uuid(text)


def test_the_unlock_path_loads_no_uuid_module():
    code = ("import sys, ssa_desktop.services.session, ssa_desktop.storage.keyfile;"
            "print(' '.join(sorted({'uuid', 'platform'} & set(sys.modules))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=str(ROOT))
    assert out.stdout.split() == []
