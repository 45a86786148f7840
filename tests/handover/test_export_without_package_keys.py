"""The JSON export holds everything of a vault "except the keys" (docs/interchange.md):
the registry of packages this vault wrote keeps each package's key in ``meta``, and a
plaintext export must not carry it (whoever holds the export and a package file could
read the package)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage.emergency import parse_key
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person


def test_export_carries_no_package_key(conn, tmp_path):
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], tmp_path,
                                                   today=TODAY)
    key_hex = bytes(parse_key(result.key_text)).hex()
    text = ix.dumps(ix.export_document(conn)).decode("utf-8")
    assert result.package_id in text                  # the registry entry is exported …
    assert key_hex not in text.lower()                # … without its key
    assert key_hex not in str(svc.issued_packages(conn)).lower()
