"""Session 18: a person restricted (Art. 18 DSGVO) in the worker's vault after the
Vertretungspaket was made. One rule for all the deputy did for her (contacts,
appointments, ratings, documents): stored (Art. 18 allows storage; it is documentation the
worker must keep), under the restriction, and said in the summary by count only – no
pseudonym, no title, pointing to the Datenschutz area. Real vaults, real package and return."""

from __future__ import annotations

from ssa_desktop.services import documents, handover_deputy_work, handover_return, retention
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, WORKDAY, _entry, _open, _package, _return, _two
from tests.support import document_files as f


def _restricted_after_package(conn, out):
    a, _b = _two(conn)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        contact = handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch mit der Vertretung"), today=LATER)
        doc = handover_deputy_work.deputy_add_document(
            pkg, a.id, "consent", "Einwilligung Mutter", WORKDAY, f.pdf(text="Einwilligung"),
            "/home/jana/Scans/scan_0001.pdf")
    finally:
        pkg.close()
    ret = _return(result, out)
    retention.restrict(conn, a.id, today=LATER)          # after the package was made
    return a, contact, doc, ret


def test_contacts_and_documents_of_a_restricted_person_are_kept_and_said_by_count(conn, out):
    a, contact, doc, ret = _restricted_after_package(conn, out)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert repo.CONTACTS.get(conn, contact.id) is not None           # her documentation kept
    assert [x.id for x in documents.documents_of_person(conn, a.id)] == [doc.id]
    assert retention.restricted_ids(conn) == {a.id}                   # still restricted
    said = "\n".join(merged.after)
    assert "P-Anna" not in said and "Anna" not in said and "Einwilligung Mutter" not in said
    assert ("2 Einträge der Vertretung zu einer Person, deren Verarbeitung eingeschränkt ist "
            "(Art. 18 DSGVO)") in said
    assert "Datenschutz" in said
