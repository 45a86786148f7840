"""Every file the app writes, under Windows file sharing (issue 29.7; the fixture:
tests/support/windows_sharing.py). Excel holding last year's KVJS xlsx, Acrobat a PDF, a
scanner a fresh backup: a German sentence naming the file, the old file unchanged, no temp
file left; a scanner's brief hold is waited out (waits recorded, never slept)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.slips import SlipData
from ssa_desktop.reports import slips
from ssa_desktop.reports.style import WriteError
from ssa_desktop.services import backups, interchange
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage.backup import export_database
from ssa_desktop.storage.backup_rotation import backup_folder
from ssa_desktop.storage.errors import FileInUse, VaultError
from tests.conftest import TODAY
from tests.kvjs import fixture
from tests.kvjs.test_engine_fixture import SCHOOL_1
from tests.letters.conftest import letterhead, records  # noqa: F401 - fixtures
from tests.letters.test_serial_letters import group_of_three  # noqa: F401 - a fixture
from tests.reliability.test_disk_full_outputs import tiny_disk  # noqa: F401 - a fixture

HELD = re.escape("ist in einem anderen Programm geöffnet (z. B. Excel oder Acrobat). "
                 "Bitte dort schließen und erneut versuchen")
SLIP = SlipData("Gemeinschaftsschule Am Park", "Kim S.", "7b", date(2026, 11, 20), "09:40",
                "10:10", "012")


@pytest.fixture
def out(tmp_path):
    """The folder she saves to (tmp_path also holds the vault)."""
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    return folder


def _only(folder, *names):
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.fixture
def kvjs_report(conn):
    fixture.build(conn)
    with clock.frozen(date(2026, 10, 1)):
        return stats.report(conn, fixture.YEAR, SCHOOL_1)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv", "json"])
def test_kvjs_export_onto_a_file_open_in_excel(kvjs_report, windows_sharing, out, fmt):
    target = out / f"KVJS_GMS-1_2025-26.{fmt}"
    target.write_bytes(b"letztes Jahr")
    windows_sharing.hold(target)
    with pytest.raises(VaultError, match=HELD) as caught:
        stats.write_export(kvjs_report, fmt, target)
    assert target.name in str(caught.value)
    assert "Keine Berechtigung" not in str(caught.value)
    assert target.read_bytes() == b"letztes Jahr"
    _only(out, target.name)
    windows_sharing.close(target)
    stats.write_export(kvjs_report, fmt, target)
    assert target.read_bytes() != b"letztes Jahr"


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv", "json"])
def test_kvjs_export_waits_out_a_scanner(kvjs_report, windows_sharing, out, fmt):
    target = out / f"KVJS_GMS-1_2025-26.{fmt}"
    windows_sharing.scan(out / ".KVJS_*", times=2)
    stats.write_export(kvjs_report, fmt, target)
    _only(out, target.name)
    assert len(windows_sharing.waits) == 2


def test_json_export_onto_a_held_file(conn, windows_sharing, out):
    target = out / "export.json"
    target.write_text("{}")
    windows_sharing.hold(target)
    with pytest.raises(FileInUse, match=HELD):
        interchange.write_export(conn, target)
    assert target.read_text() == "{}"
    _only(out, "export.json")


def test_slips_pdf_open_in_acrobat(windows_sharing, out):
    target = out / "zettel.pdf"
    target.write_bytes(b"%PDF alt")
    windows_sharing.hold(target)
    with pytest.raises(WriteError, match=HELD) as caught:
        slips.write_slips(target, [SLIP])
    assert "darf nicht geschrieben" not in str(caught.value)
    assert target.read_bytes() == b"%PDF alt"
    _only(out, "zettel.pdf")


def _her_paper(kind: str, conn, records, target, request) -> None:  # noqa: F811 - fixture's value
    """Write one of her papers at ``target``: a document exported from „Dokumente“, a
    letter and a serial letter going to an office (logged), a goal's trend, a template."""
    from ssa_desktop.domain import documents as d
    from ssa_desktop.domain.translate import german
    from ssa_desktop.services import documents, goals, letters
    from ssa_desktop.services import letter_templates as store
    from ssa_desktop.services.operations import Progress
    from tests.letters.test_own_templates import docx
    from tests.reports.test_goal_trend_pdf import _goal
    from tests.support import document_files

    office = "Jugendamt Emmendingen\nPostfach 1\n79312 Emmendingen"
    person = records["person"]
    if kind == "document":
        doc = documents.add_document(conn, d.Owner("person", person), "letter", "Brief",
                                     TODAY, document_files.pdf())
        documents.export_document(conn, doc.id, target, "Jugendamt", "4KKG", TODAY)
    elif kind == "letter":
        letter = letters.LetterRequest("referral", person, records["partner"], office,
                                       outside=True, legal_basis="8a")
        letters.save_letter(conn, target, letter, letters.make(conn, letter), Progress())
    elif kind == "serial":
        group_id, members = request.getfixturevalue("group_of_three")
        serial = letters.SerialRequest("participation", group_id, tuple(m.id for m in members),
                                       addresses={m.id: office for m in members},
                                       outside=True, legal_basis="8a")
        letters.save_serial_letter(conn, target, letters.serial_requests(conn, serial),
                                   german, Progress())
    elif kind == "trend":
        goals.write_trend(conn, _goal(conn, request.getfixturevalue("pupil")).id, target)
    else:
        kept = store.import_template(conn, "Einladung", "invitation",
                                     docx("Liebe Eltern von {{ person.first_name }}"), "docx")
        store.export_template(conn, kept.id, target)


@pytest.mark.parametrize("state", ["held", "disk-full"])
@pytest.mark.parametrize(("kind", "name"), [
    ("document", "Brief.pdf"), ("letter", "Brief.pdf"), ("serial", "Serienbrief.docx"),
    ("trend", "Zielverlauf.pdf"), ("template", "Einladung.ssavorlage")])
def test_her_paper_onto_a_file_open_in_word_or_acrobat_or_a_full_disk(
        conn, records, frozen_clock, windows_sharing, out, request, kind, name,  # noqa: F811
        state):
    """Each way a paper of hers leaves the vault, onto last time's file still open (or
    on a full disk, a real tiny tmpfs): the German sentence (naming the held file), the
    old file whole, no temp file, nothing logged."""
    from ssa_desktop.services import consents
    from tests.reliability.test_disk_full_outputs import _fill

    folder = out if state == "held" else request.getfixturevalue("tiny_disk")
    target = folder / name
    target.write_bytes(b"alte Fassung")
    if state == "held":
        windows_sharing.hold(target)
    else:
        _fill(folder / "filler")
    try:
        with pytest.raises(VaultError, match=HELD if state == "held" else "nicht genug Platz"
                           ) as caught:
            _her_paper(kind, conn, records, target, request)
        assert target.read_bytes() == b"alte Fassung"
        _only(folder, name, *(["filler"] if state == "disk-full" else []))
    finally:
        if state == "disk-full":   # the tiny disk is the module's: left empty
            for leftover in folder.iterdir():
                leftover.unlink()
    assert state == "disk-full" or (name in str(caught.value)
                                     and "darf nicht geschrieben" not in str(caught.value))
    assert consents.disclosures_for_person(conn, records["person"]) == []


def test_slips_pdf_waits_out_a_scanner(windows_sharing, out):
    windows_sharing.scan(out / ".zettel.pdf.*", times=4)
    slips.write_slips(out / "zettel.pdf", [SLIP])
    _only(out, "zettel.pdf")
    assert windows_sharing.waits == [0.05, 0.1, 0.2, 0.4]


def test_backup_onto_a_held_file_and_past_a_scanner(open_vault, windows_sharing, tmp_path):
    conn, key = open_vault.conn, open_vault.data_key
    out = tmp_path / "sicherungen"
    out.mkdir()
    target = out / "meine.ssabak"
    target.write_bytes(b"alt")
    windows_sharing.hold(target)
    with pytest.raises(FileInUse, match=HELD):
        export_database(conn, key, target)
    assert target.read_bytes() == b"alt"
    _only(out, "meine.ssabak")
    windows_sharing.close(target)
    windows_sharing.scan(out / ".meine.ssabak.partial", times=3)
    export_database(conn, key, target)
    assert target.read_bytes() != b"alt"
    _only(out, "meine.ssabak")


def test_rotation_leaves_a_held_backup_for_next_time(open_vault, windows_sharing):
    conn, folder = open_vault.conn, open_vault.vault.folder
    old = [backup_folder(folder) / f"ssa-sicherung-{(TODAY - timedelta(days=d)).isoformat()}.ssabak"
           for d in (40, 41, 42)]
    old[0].parent.mkdir(exist_ok=True)
    for path in old:
        path.write_bytes(b"x")
    windows_sharing.hold(old[0])
    windows_sharing.scan(old[1], times=2)
    removed = backups.rotate(conn, folder, TODAY)
    assert sorted(removed) == sorted(old[1:])
    assert old[0].exists()
    windows_sharing.close(old[0])
    assert backups.rotate(conn, folder, TODAY) == [old[0]]


# -- restore: the parts that go through the file layer -------------------------------------
def test_restore_waits_out_a_scanner_on_its_safety_backup(open_vault, windows_sharing, tmp_path):
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage import repositories as repo

    conn = open_vault.conn
    repo.PERSONS.insert(conn, Person("K-1", first_name="Alt"))
    made = vault_admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    repo.PERSONS.insert(conn, Person("K-2", first_name="Neu"))
    safety_dir = tmp_path / "vorher"
    windows_sharing.scan(safety_dir / ".vor-wiederherstellung-*.partial", times=3)
    safety = vault_admin.restore_vault(open_vault, made, safety_backup_dir=safety_dir)
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Alt"]
    assert [p.name for p in safety_dir.iterdir()] == [safety.name]
    assert windows_sharing.waits == list(files_waits(3))


def test_rekey_waits_out_a_scanner_on_its_backup_and_staged_copy(open_vault, windows_sharing,
                                                                 tmp_path):
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.storage import repositories as repo
    from tests.conftest import FAST_KDF, PASSPHRASE

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Bleibt"))
    before = tmp_path / "vorher"
    windows_sharing.scan(before / ".vor-neuem-schluessel-*.partial", times=2)
    windows_sharing.scan(open_vault.vault.folder / ".*.rekey.partial", times=1)
    with clock.frozen(TODAY):
        open_vault.rekey(PASSPHRASE, backup_dir=before, params=FAST_KDF)
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Bleibt"]
    assert len(list(before.glob("vor-neuem-schluessel-*.ssabak"))) == 1
    assert not list(before.glob(".*")) and not list(open_vault.vault.folder.glob(".*partial"))
    assert windows_sharing.waits == list(files_waits(2)) + list(files_waits(1))


def test_restore_swap_waits_out_a_scanner_on_the_staged_copy(open_vault, windows_sharing,
                                                              tmp_path):
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage import repositories as repo

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Alt"))
    made = vault_admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    repo.PERSONS.insert(open_vault.conn, Person("K-2", first_name="Neu"))
    db = open_vault.vault.db_path
    staged = db.with_name(db.name + ".restore")
    windows_sharing.scan(staged, times=2)  # the staged copy, as it replaces the database
    vault_admin.restore_vault(open_vault, made)
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Alt"]
    assert windows_sharing.waits == list(files_waits(2))
    assert [(op, path) for op, path, _code in windows_sharing.refused] == \
        [("replace", str(staged))] * 2
    assert not staged.exists()


def files_waits(n):
    from ssa_desktop.storage.files import RETRY_WAITS

    return RETRY_WAITS[:n]


# -- the real CLI: exit 1 with the sentence, never a traceback --------------------------------
def test_cli_kvjs_export_onto_an_xlsx_open_in_excel(open_vault, windows_sharing, out, capsys,
                                                     monkeypatch):
    from ssa_desktop import cli
    from tests.conftest import PASSPHRASE

    fixture.build(open_vault.conn)
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    target = out / "KVJS_Stelle-Nord-post-1_2025-26.xlsx"
    target.write_bytes(b"letztes Jahr")
    windows_sharing.hold(target)
    with clock.frozen(date(2026, 10, 5)):
        code = cli.main(["kvjs", "--vault", str(folder), "--year", "2025/26", "--post",
                         "--format", "xlsx", "--out", str(target), "--force"])
    stdout, stderr = capsys.readouterr()
    assert code == 1 and "Traceback" not in stdout + stderr
    assert re.search(HELD, stderr) and target.name in stderr
    assert "Keine Berechtigung" not in stderr
    assert target.read_bytes() == b"letztes Jahr"
    _only(out, target.name)


# -- the vault file itself held by another program (a backup or sync tool, a scanner) ---------
VAULT_HELD = re.escape("Die Tresordatei wird gerade von einem anderen Programm verwendet")


def test_a_restore_onto_a_held_vault_file_changes_nothing_and_keeps_the_session(
        open_vault, windows_sharing, tmp_path):
    """The swap cannot replace the vault file: she is told so in words about the vault (not
    "Excel oder Acrobat"), the session stays open on the unchanged database, and neither the
    staged copy nor anything else is left beside it."""
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage import repositories as repo

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Alt"))
    made = vault_admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    repo.PERSONS.insert(open_vault.conn, Person("K-2", first_name="Neu"))
    folder = open_vault.vault.folder
    before = sorted(p.name for p in folder.iterdir())
    windows_sharing.hold(open_vault.vault.db_path)
    with pytest.raises(FileInUse, match=VAULT_HELD) as caught:
        vault_admin.restore_vault(open_vault, made)
    assert "Excel" not in str(caught.value)
    assert "nichts verändert" in str(caught.value)
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Alt", "Neu"]
    assert sorted(p.name for p in folder.iterdir()) == before
    assert windows_sharing.waits == list(files_waits(99))  # the retries, then the sentence
    windows_sharing.close(open_vault.vault.db_path)
    vault_admin.restore_vault(open_vault, made)  # once the other program let go
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Alt"]


def test_a_new_emergency_key_onto_a_held_vault_file_changes_nothing(open_vault,
                                                                      windows_sharing):
    """Re-key stops before anything is swapped: the old key still opens the vault, the
    session stays open, no staged copy or pending key file is left."""
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Bleibt"))
    old_emergency = open_vault.emergency_key()
    folder = open_vault.vault.folder
    before = sorted(p.name for p in folder.iterdir())
    windows_sharing.hold(open_vault.vault.db_path)
    with clock.frozen(TODAY), pytest.raises(FileInUse, match=VAULT_HELD):
        open_vault.rekey(PASSPHRASE, params=FAST_KDF)
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Bleibt"]
    assert open_vault.emergency_key() == old_emergency
    assert sorted(p.name for p in folder.iterdir()) == before
    windows_sharing.close(open_vault.vault.db_path)
    open_vault.lock()
    again = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [p.first_name for p in repo.PERSONS.all(again.conn)] == ["Bleibt"]
    finally:
        again.lock()


def test_a_restore_onto_a_vault_file_her_rights_forbid_says_so(open_vault, windows_sharing,
                                                               tmp_path):
    """An ACL forbids replacing the vault file (IT, or a copied folder): not "another
    program", but her rights — at once, nothing changed, the session open."""
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage import repositories as repo

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Alt"))
    made = vault_admin.backup_vault(open_vault, tmp_path / "alt.ssabak")
    windows_sharing.deny(open_vault.vault.db_path)
    with pytest.raises(VaultError, match="Keine Berechtigung") as caught:
        vault_admin.restore_vault(open_vault, made)
    assert not isinstance(caught.value, FileInUse)
    assert windows_sharing.waits == []
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Alt"]


def test_a_new_emergency_key_while_the_key_file_is_held_still_holds(open_vault,
                                                                     windows_sharing):
    """The database is swapped, but another program holds the key file past the retries:
    the new key is in force (the session goes on with it, its emergency key is returned),
    the new key file waits beside the old one and the next passphrase unlock puts it in
    place — as after a crash between the two steps. Nothing is lost, nothing locked."""
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Bleibt"))
    folder, key_path = open_vault.vault.folder, open_vault.vault.key_path
    windows_sharing.hold(key_path)
    with clock.frozen(TODAY):
        emergency = open_vault.rekey(PASSPHRASE, params=FAST_KDF)
    assert open_vault.emergency_key() == emergency
    assert [p.first_name for p in repo.PERSONS.all(open_vault.conn)] == ["Bleibt"]
    assert open_vault.vault.pending_key_path.exists()
    windows_sharing.close(key_path)
    open_vault.lock()
    again = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [p.first_name for p in repo.PERSONS.all(again.conn)] == ["Bleibt"]
        assert again.emergency_key() == emergency
    finally:
        again.lock()
    assert not Vault(folder).pending_key_path.exists()
