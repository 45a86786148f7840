"""The save on the runner (``save_letter`` / ``save_serial_letter``): the file and its
disclosures are both whole or both absent. Checked before ``finishing``; all of a serial
letter's disclosures logged in one transaction; when logging fails the file is removed.
A cancel before ``finishing`` leaves nothing; after it a cancel is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from ssa_desktop.domain.translate import german
from ssa_desktop.services import consents
from ssa_desktop.services import letters as svc
from ssa_desktop.services.operations import Cancelled, Progress
from tests.letters.test_serial_letters import group_of_three  # noqa: F401 - a fixture

OFFICE = "Jugendamt Emmendingen\nPostfach 1\n79312 Emmendingen"


def _refuse_disclosures(conn, after: int = 0) -> None:
    """A trigger in the test vault refusing the (after+1)-th disclosure's insert."""
    conn.execute("CREATE TEMP TRIGGER refuse_disclosure BEFORE INSERT ON main.disclosure "
                 f"WHEN (SELECT count(*) FROM main.disclosure) >= {after} "
                 "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")


def _letter(conn, records, tmp_path):
    request = svc.LetterRequest("referral", records["person"], records["partner"], OFFICE,
                                outside=True, legal_basis="8a")
    out = tmp_path / "out"
    out.mkdir()
    return request, svc.make(conn, request), out / "brief.pdf"


@pytest.mark.parametrize("scanned", [False, True], ids=["linux", "scanner-on-windows"])
def test_a_letter_whose_disclosure_cannot_be_logged_leaves_no_file(
        conn, records, frozen_clock, tmp_path, windows_sharing, scanned):
    """Also when a scanner (Windows Defender reads every new file) holds the fresh letter
    when it is removed: the removal waits it out. Before: a plain unlink, refused on
    Windows, left the letter whose disclosure was never logged and hid the reason."""
    request, made, path = _letter(conn, records, tmp_path)
    _refuse_disclosures(conn)
    if scanned:
        windows_sharing.scan(path, times=1)
    with pytest.raises(Exception, match="refused by the test"):
        svc.save_letter(conn, path, request, made, Progress())
    assert list(path.parent.iterdir()) == []   # no file, no temp file
    assert consents.disclosures_for_person(conn, records["person"]) == []


def test_a_refused_disclosure_is_found_before_finishing_and_nothing_is_written(
        conn, records, frozen_clock, tmp_path):
    request, made, path = _letter(conn, records, tmp_path)
    steps: list[str] = []

    class Watching(Progress):
        def finishing(self, percent, text=""):
            steps.append("finishing")
            super().finishing(percent, text)

    refused = svc.LetterRequest("referral", records["person"], records["partner"], OFFICE,
                                outside=True, legal_basis="consent")   # no consent names it
    with pytest.raises(consents.DisclosureRefused):
        svc.save_letter(conn, path, refused, made, Watching())
    assert steps == [] and not path.exists()


def test_a_cancel_before_finishing_leaves_no_file_and_no_disclosure(
        conn, records, frozen_clock, tmp_path):
    request, made, path = _letter(conn, records, tmp_path)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        svc.save_letter(conn, path, request, made, progress)
    assert not path.exists()
    assert consents.disclosures_for_person(conn, records["person"]) == []


def test_a_cancel_after_finishing_is_refused_and_file_and_log_are_whole(
        conn, records, frozen_clock, tmp_path):
    request, made, path = _letter(conn, records, tmp_path)
    refused: list[bool] = []

    class CancelledLate(Progress):
        def finishing(self, percent, text=""):
            super().finishing(percent, text)
            refused.append(self.cancel())

    assert svc.save_letter(conn, path, request, made, CancelledLate()) is True
    assert refused == [False]
    assert path.read_bytes().startswith(b"%PDF")
    [logged] = consents.disclosures_for_person(conn, records["person"])
    assert logged.recipient == "Jugendamt Emmendingen"


def test_a_serial_letter_logs_all_its_disclosures_or_none_and_no_file(
        conn, group_of_three, frozen_clock, tmp_path):  # noqa: F811 - the fixture
    people, requests, path = _serial_with_second_refused(conn, group_of_three, tmp_path)
    with pytest.raises(Exception, match="refused by the test"):
        svc.save_serial_letter(conn, path, requests, german, Progress())
    assert list(path.parent.iterdir()) == []
    for person in people:
        assert consents.disclosures_for_person(conn, person.id) == []


def test_the_serial_letter_saves_and_logs_what_she_confirmed(
        conn, group_of_three, frozen_clock, tmp_path):  # noqa: F811 - the fixture
    """The recipients she confirmed go to the save; a guardian's address changed
    meanwhile is not read again. Before: the save computed the recipients again. (To
    the guardians: letters to another office all carry the office's address she typed;
    without one they are refused, ``test_serial_letters``.)"""
    group_id, (pupil, ali, _lea) = group_of_three
    serial = svc.SerialRequest("participation", group_id, (pupil.id, ali.id),
                               addresses={pupil.id: OFFICE}, to_guardians=True)
    confirmed = svc.serial_requests(conn, serial)
    assert "Weg 21" in confirmed[1].recipient
    conn.execute("UPDATE person SET guardian_contact = ? WHERE id = ?",
                 ("Familie Neu\nAm Bach 2", ali.id))
    assert "Am Bach 2" in svc.serial_requests(conn, serial)[1].recipient
    path = tmp_path / "serie.pdf"
    saved = svc.save_serial_letter(conn, path, confirmed, german, Progress())
    assert (saved.letters, saved.logged) == (2, 0)   # to the guardians: no disclosure
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Weg 21" in text and "Am Bach 2" not in text


def test_the_save_writes_nothing_into_the_letter_her_window_holds(
        conn, records, frozen_clock, tmp_path):
    """The save runs on the runner's thread while her window holds ``made``: it makes
    the PDF without caching it on the letter. Before: ``MadeLetter.data`` (a cached
    property) was computed and stored there from the background thread."""
    request, made, path = _letter(conn, records, tmp_path)
    svc.save_letter(conn, path, request, made, Progress())
    assert "data" not in vars(made)
    assert path.read_bytes().startswith(b"%PDF")


def test_a_serial_print_logs_what_was_printed_and_nothing_when_the_printer_fails(
        conn, records, frozen_clock):
    """``print_serial_letter``: the disclosures are logged once the printer took the job
    (``begun``); a printer that fails before it (or a cancel before the job) leaves no
    log entry."""
    request = svc.LetterRequest("referral", records["person"], records["partner"], OFFICE,
                                outside=True, legal_basis="8a")
    painted: list[int] = []

    def broken(pages, progress, begun):
        raise OSError("Der Drucker konnte nicht geöffnet werden.")

    with pytest.raises(OSError):
        svc.print_serial_letter(conn, [request], broken, german, Progress())
    assert consents.disclosures_for_person(conn, records["person"]) == []

    def cancelled(pages, progress, begun):
        progress.cancel()
        progress.finishing(95)

    with pytest.raises(Cancelled):
        svc.print_serial_letter(conn, [request], cancelled, german, Progress())
    assert consents.disclosures_for_person(conn, records["person"]) == []
    def paint(pages, progress, begun):
        begun()
        painted.append(len(pages))

    printed = svc.print_serial_letter(conn, [request], paint, german, Progress())
    assert printed == svc.SerialPrinted(1, 1) and painted and painted[0] >= 1
    assert len(consents.disclosures_for_person(conn, records["person"])) == 1


def test_a_letter_over_an_old_one_whose_disclosure_fails_puts_the_old_one_back(
        conn, records, frozen_clock, tmp_path):
    """She agreed to overwrite brief.pdf; the log refused: the old letter is back, whole.
    Before: the new file was removed and the old one was lost with it."""
    request, made, path = _letter(conn, records, tmp_path)
    path.write_bytes(b"%PDF the letter of last week")
    _refuse_disclosures(conn)
    with pytest.raises(Exception, match="refused by the test"):
        svc.save_letter(conn, path, request, made, Progress())
    assert path.read_bytes() == b"%PDF the letter of last week"
    assert list(path.parent.iterdir()) == [path]


def test_a_serial_letter_over_an_old_one_whose_log_fails_puts_the_old_one_back(
        conn, group_of_three, frozen_clock, tmp_path):  # noqa: F811 - the fixture
    _people, requests, path = _serial_with_second_refused(conn, group_of_three, tmp_path)
    path.write_bytes(b"%PDF last year's serial letter")
    with pytest.raises(Exception, match="refused by the test"):
        svc.save_serial_letter(conn, path, requests, german, Progress())
    assert path.read_bytes() == b"%PDF last year's serial letter"
    assert list(path.parent.iterdir()) == [path]


def _serial_with_second_refused(conn, group, tmp_path):
    """The serial letter to the group's three (§ 8a, outside), its target in an empty
    folder, the log refusing the second disclosure (the first is logged)."""
    group_id, people = group
    serial = svc.SerialRequest("participation", group_id, tuple(p.id for p in people),
                               addresses={p.id: OFFICE for p in people},
                               outside=True, legal_basis="8a")
    _refuse_disclosures(conn, after=1)
    (tmp_path / "out").mkdir()
    return people, svc.serial_requests(conn, serial), tmp_path / "out" / "serienbrief.pdf"


def _journal_seen_when_placed(open_vault, monkeypatch) -> list:
    """What a kill the moment the file replaced the old one would leave committed for the
    next unlock: the overwrite journal, read by a second connection just then."""
    from ssa_desktop.storage import files
    from ssa_desktop.storage.connection import connect

    seen: list = []
    placed = files.put_in_place

    def watched(tmp, target):
        placed(tmp, target)
        other = connect(open_vault.vault.db_path, open_vault.data_key)
        try:
            seen.extend((Path(t), k is not None and Path(k).exists(), done) for t, k, done
                        in other.execute("SELECT target, kept, done FROM file_intent"))
        finally:
            other.close()

    monkeypatch.setattr(files, "put_in_place", watched)
    return seen


def test_a_letter_over_an_old_one_is_journaled_until_its_log_commits(
        open_vault, conn, records, frozen_clock, tmp_path, monkeypatch):
    """A kill between the file and the log's commit is undone at the next unlock
    (tests/reliability/test_overwrite_killed.py): the path and the old file kept aside
    are committed before the file replaces it, and go with the log's commit. Before:
    nothing was recorded, the letter stayed out without its entry."""
    request, made, path = _letter(conn, records, tmp_path)
    path.write_bytes(b"%PDF the letter of last week")
    seen = _journal_seen_when_placed(open_vault, monkeypatch)
    assert svc.save_letter(conn, path, request, made, Progress()) is True
    assert seen == [(path, True, 0)]
    assert conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 0
    assert list(path.parent.iterdir()) == [path]


def test_a_serial_letter_is_journaled_until_its_log_commits(
        open_vault, conn, group_of_three, frozen_clock, tmp_path, monkeypatch):  # noqa: F811
    group_id, (pupil, ali, _lea) = group_of_three
    serial = svc.SerialRequest("participation", group_id, (pupil.id, ali.id),
                               addresses={pupil.id: OFFICE, ali.id: OFFICE}, outside=True,
                               legal_basis="8a")
    path = tmp_path / "serie.pdf"
    seen = _journal_seen_when_placed(open_vault, monkeypatch)
    svc.save_serial_letter(conn, path, svc.serial_requests(conn, serial), german, Progress())
    assert seen == [(path, False, 0)]     # no old file: the next unlock would remove it
    assert conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 0
