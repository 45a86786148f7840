"""A Vertretungspaket carries no document: the table's declaration names no column for a
deputy (an allowlist, domain/tables.py), so neither a row nor a key nor a file travels."""

from __future__ import annotations

from ssa_desktop.domain import documents as d
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain import tables
from ssa_desktop.services import documents, handover_deputy
from ssa_desktop.services import handover as svc
from tests.handover.test_deputy_allowlist import _filled, _full_data
from tests.services.test_handover import DEPUTY, PERIOD, TODAY
from tests.support import document_files as f


def test_a_deputy_package_carries_no_document(conn, tmp_path):
    anna = _full_data(conn)
    data = f.pdf(text="Schweigepflichtentbindung Anna")
    documents.add_document(conn, d.Owner("person", anna.id), "release", "SPE Anna",
                           TODAY, data, "spe.pdf")
    assert tables.TABLES["document"].deputy == () and tables.TABLES["document"].deputy_ticked == ()
    out = tmp_path / "out"
    out.mkdir()
    result = handover_deputy.create_deputy_package(
        conn, PERIOD, DEPUTY, [anna.id], out, today=TODAY, extras={anna.id: set(rules.EXTRAS)})
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        assert "document" not in _filled(pkg)
        assert pkg.execute("SELECT count(*) FROM document").fetchone() == (0,)
    finally:
        pkg.close()
    assert sorted(p.name for p in out.iterdir() if "dokument" in p.name.lower()) == []
