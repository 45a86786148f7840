"""Exporting a document is a disclosure: logged in the Übermittlungsprotokoll in the same
step that writes the file, or refused with nothing written (services/documents.py,
docs/documents.md). The CLI takes the same path; a synced folder is refused there."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import ChildProtectionProcedure, Consent
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import consents, documents
from ssa_desktop.services.operations import Cancelled, DataKind, Progress, changes_of
from ssa_desktop.storage import repositories as repo
from tests.support import document_files as f
from tests.support.cli_runs import locked_with_passphrase, run_cli

DAY = date(2026, 3, 2)


def _log(conn, person_id):
    return sorted((x.day, x.recipient, x.categories, x.legal_basis, x.consent_id)
                  for x in consents.disclosures_for_person(conn, person_id))


def test_an_export_without_its_legal_basis_writes_nothing(conn, pupil, tmp_path):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    target = tmp_path / "aus" / "brief.pdf"
    with pytest.raises(UserError, match="nicht zulässig"):
        documents.export_document(conn, doc.id, target, "Jugendamt", "consent", DAY)
    with pytest.raises(UserError, match="Rechtsgrundlage"):
        documents.export_document(conn, doc.id, target, "Jugendamt", "", DAY)
    with pytest.raises(UserError, match="an wen"):
        documents.export_document(conn, doc.id, target, "  ", "4KKG", DAY)
    assert not target.parent.exists()
    assert _log(conn, pupil.id) == []


def test_an_export_is_logged_with_its_recipient_and_basis(conn, pupil, tmp_path):
    data = f.pdf()
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "release", "SPE", DAY, data)
    consent = repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", DAY))
    assert changes_of(documents.export_document).touches(DataKind.CONSENTS)
    documents.export_document(conn, doc.id, tmp_path / "a.pdf", " jugendamt ", "consent", DAY)
    documents.export_document(conn, doc.id, tmp_path / "b.pdf", "Beratungsstelle", "4KKG", DAY)
    assert (tmp_path / "a.pdf").read_bytes() == data == (tmp_path / "b.pdf").read_bytes()
    assert _log(conn, pupil.id) == [(DAY, "Beratungsstelle", ("document",), "4KKG", None),
                                    (DAY, "jugendamt", ("document",), "consent", consent.id)]


def test_a_child_protection_document_is_logged_as_such(conn, pupil, tmp_path):
    procedure = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(pupil.id, DAY))
    doc = documents.add_document(conn, d.Owner("procedure", procedure.id), "report", "Bericht",
                                 DAY, f.pdf())
    documents.export_document(conn, doc.id, tmp_path / "b.pdf", "Jugendamt", "8a", DAY)
    assert _log(conn, pupil.id) == [(DAY, "Jugendamt", ("document", "8a"), "8a", None)]


def test_a_failed_write_leaves_no_log_entry(conn, pupil, tmp_path):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    (tmp_path / "ordner").mkdir()
    with pytest.raises(UserError, match="konnte nicht geschrieben werden"):
        documents.export_document(conn, doc.id, tmp_path / "ordner", "Jugendamt", "4KKG", DAY)
    assert _log(conn, pupil.id) == []


def test_a_cancel_during_the_write_removes_the_file_past_a_scanner(conn, pupil, tmp_path,
                                                                 windows_sharing):
    """Cancelled while the file was written: the fresh export goes, also when a scanner
    (Windows Defender reads every new file) holds it a moment, and nothing is logged.
    Before: a plain unlink, refused on Windows, left the document outside the vault with
    no entry in the Übermittlungsprotokoll."""
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    out = tmp_path / "aus"
    out.mkdir()
    windows_sharing.scan(out / "brief.pdf", times=1)
    progress = Progress(lambda percent, _text: percent == 10 and progress.cancel())
    with pytest.raises(Cancelled):
        documents.export_document(conn, doc.id, out / "brief.pdf", "Jugendamt", "4KKG", DAY,
                                  progress=progress)
    assert list(out.iterdir()) == [] and windows_sharing.waits
    assert _log(conn, pupil.id) == []


def test_the_auskunft_copy_is_not_a_disclosure(conn, pupil, tmp_path):
    data = f.pdf()
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, data)
    documents.write_copy(conn, doc.id, tmp_path / "kopie.pdf")
    assert (tmp_path / "kopie.pdf").read_bytes() == data and _log(conn, pupil.id) == []


def test_the_cli_export_names_recipient_and_basis(open_vault, pupil, monkeypatch, capsys,
                                                  tmp_path):
    data = f.pdf()
    doc = documents.add_document(open_vault.conn, d.Owner("person", pupil.id), "letter",
                                 "Brief", DAY, data)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    target = tmp_path / "brief.pdf"
    base = ("document", "export", "--vault", folder, doc.id, "--out", target)
    code, _, err = run_cli(capsys, *base, "--to", "Jugendamt", "--basis", "consent",
                           "--day", "2026-03-02")
    assert code == 1 and "nicht zulässig" in err and not target.exists()
    code, out, err = run_cli(capsys, *base, "--to", "Jugendamt", "--basis", "4KKG",
                             "--day", "2026-03-02")
    assert (code, err) == (0, "") and target.read_bytes() == data
    assert "Übermittlungsprotokoll" in out


def test_the_cli_export_refuses_a_synced_folder(open_vault, pupil, monkeypatch, capsys,
                                                tmp_path):
    doc = documents.add_document(open_vault.conn, d.Owner("person", pupil.id), "letter",
                                 "Brief", DAY, f.pdf())
    cloud = tmp_path / "Cloud Jugendhilfe"
    cloud.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, _, err = run_cli(capsys, "document", "export", "--vault", folder, doc.id,
                           "--out", cloud / "brief.pdf", "--to", "Jugendamt", "--basis", "4KKG")
    assert code == 1 and "--allow-synced-folder" in err and not (cloud / "brief.pdf").exists()


def test_a_restricted_persons_document_does_not_leave(conn, pupil, tmp_path, frozen_clock):
    from ssa_desktop.services import retention

    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    retention.restrict(conn, pupil.id)
    with pytest.raises(UserError, match="eingeschränkt"):
        documents.export_document(conn, doc.id, tmp_path / "brief.pdf", "Jugendamt", "4KKG", DAY)
    assert not (tmp_path / "brief.pdf").exists()
    assert _log(conn, pupil.id) == []


def test_a_print_is_logged_once_the_job_began_and_a_printer_that_fails_logs_nothing(
        conn, pupil):
    """``begun`` (the printer took the job) logs the print; a printer that fails before
    it logs nothing, a failure after it keeps the entry (paper may be out)."""
    data = f.pdf()
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, data)
    assert changes_of(documents.print_document).touches(DataKind.CONSENTS)
    painted = []

    def paint(data: bytes, begun) -> None:
        begun()
        painted.append(data)

    documents.print_document(conn, doc.id, paint, "Jugendamt", "4KKG", DAY)
    assert painted == [data]
    assert _log(conn, pupil.id) == [(DAY, "Jugendamt", ("document",), "4KKG", None)]

    def jammed(_data: bytes, _begun) -> None:
        raise OSError("Der Drucker konnte nicht geöffnet werden.")

    with pytest.raises(OSError):
        documents.print_document(conn, doc.id, jammed, "Schulamt", "4KKG", DAY)
    with pytest.raises(UserError, match="nicht zulässig"):   # the log's rules before paper
        documents.print_document(conn, doc.id, paint, "Schulamt", "consent", DAY)
    assert len(painted) == 1
    assert _log(conn, pupil.id) == [(DAY, "Jugendamt", ("document",), "4KKG", None)]

    def jammed_on_page_two(_data: bytes, begun) -> None:
        begun()
        raise OSError("Papierstau")

    with pytest.raises(OSError):
        documents.print_document(conn, doc.id, jammed_on_page_two, "Schulamt", "4KKG", DAY)
    assert [entry[1] for entry in _log(conn, pupil.id)] == ["Jugendamt", "Schulamt"]


class _CommitFailed(Exception):
    pass


def _failing_at_finishing(percent: int, _text: str) -> None:
    if percent == 90:   # the file is in place, the log not yet committed
        raise _CommitFailed("the log's commit failed")


@pytest.mark.parametrize("how", ["cancelled", "commit-failed"])
def test_an_overwrite_undone_before_the_commit_puts_the_old_file_back(
        conn, pupil, tmp_path, how):
    """She agreed to overwrite brief.pdf; cancelled, or the log failing, before its
    commit: the old file is there again, whole, and nothing is logged. Before: the new
    file was removed and the old one was gone with it."""
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief", DAY, f.pdf())
    (tmp_path / "aus").mkdir()
    target = tmp_path / "aus" / "brief.pdf"
    target.write_bytes(b"%PDF her older letter")
    if how == "cancelled":
        progress = Progress(lambda percent, _text: percent == 10 and progress.cancel())
    else:
        progress = Progress(_failing_at_finishing)
    with pytest.raises((Cancelled, _CommitFailed)):
        documents.export_document(conn, doc.id, target, "Jugendamt", "4KKG", DAY,
                                  progress=progress)
    assert target.read_bytes() == b"%PDF her older letter"
    assert list(target.parent.iterdir()) == [target]
    assert _log(conn, pupil.id) == []
