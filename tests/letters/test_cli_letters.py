"""``ssa-desktop letter`` on a real vault: templates, check, make; no residue."""

from __future__ import annotations

import io
import tempfile

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.letters.test_own_templates import docx, docx_text
from tests.support.cli_runs import run_cli


@pytest.fixture
def vault(open_vault, records, monkeypatch, tmp_path):
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    empty_temp = tmp_path / "temp"
    empty_temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(empty_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(empty_temp))
    return folder, records, empty_temp


_run = run_cli


def test_templates_lists_each_kind_with_its_placeholders(capsys):
    code, out, _ = _run(capsys, "letter", "templates", "--kind", "participation")
    assert code == 0
    assert "participation: Teilnahmebestätigung (eingebauter Brief)" in out
    assert "{{ offer.title }}  Titel des Gruppenangebots" in out
    assert "consent." not in out and "appointment." not in out


def test_make_writes_the_letter_and_leaves_no_temp_file(vault, tmp_path, capsys):
    folder, records, empty_temp = vault
    out_dir = tmp_path / "briefe"
    pdf = out_dir / "einladung.pdf"
    code, out, _ = _run(capsys, "letter", "make", "--vault", folder, "--kind", "invitation",
                        "--person", records["person"], "--source", records["appointment"],
                        "--to", "Frau Birgit Sommer|Lindenweg 4|79100 Freiburg", "--out", pdf)
    assert code == 0 and "Einladung zum Gespräch geschrieben" in out
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Lindenweg 4" in text and "14:00–14:45 Uhr" in text
    assert [p.name for p in out_dir.iterdir()] == ["einladung.pdf"]
    assert list(empty_temp.iterdir()) == []


def test_make_from_her_docx(vault, tmp_path, capsys):
    folder, records, empty_temp = vault
    template = tmp_path / "vorlage.docx"
    template.write_bytes(docx("Bestätigung für {{ person.first_name }}: {{ offer.title }}"))
    target = tmp_path / "bestaetigung.docx"
    code, _, _ = _run(capsys, "letter", "make", "--vault", folder, "--kind", "participation",
                      "--person", records["person"], "--source", records["offer"],
                      "--template", template, "--out", target)
    assert code == 0
    assert "Bestätigung für Kim: Soziales Lernen 7b" in docx_text(target.read_bytes())
    assert list(empty_temp.iterdir()) == []


def test_check_refuses_a_misspelled_placeholder_with_exit_1(tmp_path, capsys):
    template = tmp_path / "vorlage.docx"
    template.write_bytes(docx("{{ person.frist_name }}"))
    code, _, err = _run(capsys, "letter", "check", "--kind", "invitation", "--template", template)
    assert code == 1
    assert "„person.frist_name“ gibt es nicht" in err


def test_a_refused_template_writes_nothing(vault, tmp_path, capsys):
    folder, records, empty_temp = vault
    template = tmp_path / "vorlage.docx"
    template.write_bytes(docx("{{ person.__class__.__mro__ }}"))
    target = tmp_path / "out" / "brief.docx"
    code, _, err = _run(capsys, "letter", "make", "--vault", folder, "--kind", "invitation",
                        "--person", records["person"], "--source", records["appointment"],
                        "--template", template, "--out", target)
    assert code == 1 and "interne Eigenschaften" in err
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_make_keep_stores_the_letter_in_the_vault_without_a_file(vault, tmp_path, capsys,
                                                                  monkeypatch):
    folder, records, empty_temp = vault
    code, out, _ = _run(capsys, "letter", "make", "--vault", folder, "--kind", "referral",
                        "--person", records["person"], "--source", records["partner"],
                        "--to", "Familie Sommer|Lindenweg 4|79100 Freiburg", "--keep")
    assert code == 0
    assert "Als Dokument im Tresor abgelegt: „Weitervermittlung an eine Fachstelle an " \
           "Familie Sommer“" in out
    assert list(empty_temp.iterdir()) == []
    from ssa_desktop.services import documents
    from ssa_desktop.storage.vault import Vault

    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [doc] = documents.documents_of_person(session.conn, records["person"])
        assert "Herr Vogt" in PdfReader(io.BytesIO(documents.read_content(session.conn, doc))
                                        ).pages[0].extract_text()
    finally:
        session.lock()


def test_make_without_out_or_keep_is_a_usage_error(vault, capsys):
    folder, records, _ = vault
    code, _, err = _run(capsys, "letter", "make", "--vault", folder, "--kind", "invitation",
                        "--person", records["person"])
    assert code == 2 and "--out DATEI und/oder --keep" in err


def test_her_template_kept_in_the_vault_from_import_to_export(vault, tmp_path, capsys):
    """``template-import`` keeps her DOCX in the vault (a misspelled placeholder refused
    with exit 1, nothing kept), ``template-list`` shows it, ``make --stored`` uses it,
    ``template-export`` writes it for a colleague, ``template-delete`` removes it."""
    folder, records, empty_temp = vault
    bad = tmp_path / "falsch.docx"
    bad.write_bytes(docx("{{ person.frist_name }}"))
    code, _, err = _run(capsys, "letter", "template-import", "--vault", folder, "--kind",
                        "participation", bad)
    assert code == 1 and "„person.frist_name“ gibt es nicht" in err
    good = tmp_path / "bestaetigung.docx"
    good.write_bytes(docx("Bestätigung für {{ person.first_name }}: {{ offer.title }}"))
    code, out, _ = _run(capsys, "letter", "template-import", "--vault", folder, "--kind",
                        "participation", "--name", "Bestätigung AG", good)
    assert code == 0 and "Vorlage „Bestätigung AG“ (Teilnahmebestätigung) im Tresor" in out
    code, out, _ = _run(capsys, "letter", "template-list", "--vault", folder)
    assert code == 0 and out.splitlines()[-1].startswith("Bestätigung AG  participation  docx")
    target = tmp_path / "brief.docx"
    code, _, _ = _run(capsys, "letter", "make", "--vault", folder, "--kind", "participation",
                      "--person", records["person"], "--source", records["offer"],
                      "--stored", "Bestätigung AG", "--out", target)
    assert code == 0
    assert "Bestätigung für Kim: Soziales Lernen 7b" in docx_text(target.read_bytes())
    shared = tmp_path / "kollegin" / "bestaetigung.ssavorlage"
    code, out, _ = _run(capsys, "letter", "template-export", "--vault", folder,
                        "Bestätigung AG", "--out", shared)
    assert code == 0 and "Kim" not in shared.read_text("utf-8")
    code, out, _ = _run(capsys, "letter", "template-delete", "--vault", folder, "Bestätigung AG")
    assert code == 0 and "gelöscht" in out
    code, out, _ = _run(capsys, "letter", "template-import", "--vault", folder, shared)
    assert code == 0 and "Vorlage „Bestätigung AG“ (Teilnahmebestätigung) im Tresor" in out
    assert list(empty_temp.iterdir()) == []


def test_a_letter_to_an_outside_recipient_is_logged_only_with_outside(vault, tmp_path, capsys):
    """``--outside RECHTSGRUNDLAGE`` is her confirmation: the letter is written, then the
    disclosure logged; refused (no consent naming the recipient): no file, no entry."""
    folder, records, _ = vault
    base = ["letter", "make", "--vault", folder, "--kind", "referral", "--person",
            records["person"], "--source", records["partner"]]
    refused = tmp_path / "out" / "jugendamt.pdf"
    code, _, err = _run(capsys, *base, "--to", "Jugendamt Emmendingen|Postfach 1",
                        "--outside", "consent", "--out", refused)
    assert code == 1 and "keine an diesem Tag gültige Einwilligung" in err
    assert not refused.parent.exists()
    code, _, err = _run(capsys, *base, "--to", "Erziehungsberatungsstelle Emmendingen",
                        "--outside", "consent", "--keep")
    assert code == 2 and "--outside gilt für --out" in err
    sent = tmp_path / "eb.pdf"
    code, out, _ = _run(capsys, *base, "--to", "Erziehungsberatungsstelle Emmendingen|Weg 1",
                        "--outside", "consent", "--out", sent)
    assert code == 0 and sent.exists()
    assert ("Im Übermittlungsprotokoll eingetragen: an „Erziehungsberatungsstelle "
            "Emmendingen“ (Stammdaten, fachliche Einschätzung; Einwilligung / "
            "Schweigepflichtentbindung)") in out
    from ssa_desktop.services import consents
    from ssa_desktop.storage.vault import Vault

    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [logged] = consents.disclosures_for_person(session.conn, records["person"])
        assert logged.recipient == "Erziehungsberatungsstelle Emmendingen"
    finally:
        session.lock()


def test_make_writes_a_builtin_letter_as_docx(vault, tmp_path, capsys):
    from docx import Document

    folder, records, empty_temp = vault
    target = tmp_path / "einladung.docx"
    code, _, _ = _run(capsys, "letter", "make", "--vault", folder, "--kind", "invitation",
                      "--person", records["person"], "--source", records["appointment"],
                      "--to", "Frau Birgit Sommer|Lindenweg 4|79100 Freiburg", "--out", target)
    assert code == 0
    doc = Document(str(target))
    assert doc.paragraphs[0].text == "Einladung zu einem Gespräch"
    assert "Lindenweg 4" in doc.tables[0].rows[0].cells[0].text
    assert list(empty_temp.iterdir()) == []


def test_members_and_a_serial_letter_through_the_cli(vault, tmp_path, capsys):
    folder, records, empty_temp = vault
    group, person = records["offer"], records["person"]
    code, out, _ = _run(capsys, "letter", "member-add", "--vault", folder, "--group", group,
                        "--person", person, "--on", "2026-10-01")
    assert code == 0 and "Aufgenommen." in out
    code, out, _ = _run(capsys, "letter", "member-list", "--vault", folder, "--group", group)
    assert code == 0 and f"{person}  K-17  seit 01.10.2026" in out
    code, _out, err = _run(capsys, "letter", "member-add", "--vault", folder, "--group", group,
                           "--person", person)
    assert code != 0 and "K-17 gehört schon zu dieser Gruppe" in err
    pdf = tmp_path / "serie" / "teilnahme.pdf"
    code, out, _ = _run(capsys, "letter", "serial", "--vault", folder, "--group", group,
                        "--out", pdf, "--keep")
    assert code == 0 and "1 Briefe geschrieben" in out and "1 Briefe als Dokumente" in out
    [page] = PdfReader(str(pdf)).pages
    assert "Teilnahmebestätigung" in page.extract_text() and "Kim Sommer" in page.extract_text()
    assert [p.name for p in pdf.parent.iterdir()] == ["teilnahme.pdf"]
    assert list(empty_temp.iterdir()) == []
    code, out, _ = _run(capsys, "letter", "serial", "--vault", folder, "--group", group,
                        "--out", tmp_path / "amt.pdf", "--outside", "8a",
                        "--to", "Jugendamt Emmendingen|Postfach 1")
    assert code == 0 and "Übermittlungsprotokoll eingetragen: 1" in out
    code, out, _ = _run(capsys, "letter", "member-end", "--vault", folder, "--group", group,
                        "--person", person, "--on", "2026-11-20")
    assert code == 0 and "Teilnahme beendet." in out
    code, out, _ = _run(capsys, "letter", "member-remove", "--vault", folder, "--group", group,
                        "--person", person)
    assert code == 0 and "Teilnahme gelöscht." in out


@pytest.fixture
def evening(open_vault, records):
    """A parents' evening (an appointment without a person) and the pupil, a member of the
    group, with her guardians' postal address."""
    from datetime import date

    from ssa_desktop.domain.entities import Appointment
    from ssa_desktop.services import appointments, group_members, persons

    conn = open_vault.conn
    pupil = persons.get_person(conn, records["person"])
    pupil.guardian_address = "Frau Birgit Sommer\nLindenweg 4\n79100 Freiburg"
    persons.save_person(conn, pupil)
    group_members.add_member(conn, records["offer"], pupil.id, date(2026, 10, 1))
    return appointments.save_appointment(conn, Appointment(
        date(2026, 12, 8), "18:00", "19:30", school_id="school-1", room="Aula")).id


def test_the_invitation_to_each_members_guardians_through_the_cli(evening, vault, tmp_path,
                                                                   capsys):
    folder, records, empty_temp = vault
    pdf = tmp_path / "einladung.pdf"
    code, _out, err = _run(capsys, "letter", "serial", "--vault", folder, "--group",
                           records["offer"], "--kind", "invitation", "--guardians", "--out", pdf)
    assert code != 0 and "Termin ohne Person" in err and not pdf.exists()
    code, out, _ = _run(capsys, "letter", "serial", "--vault", folder, "--group",
                        records["offer"], "--kind", "invitation", "--source", evening,
                        "--guardians", "--out", pdf, "--keep")
    assert code == 0 and "1 Briefe geschrieben" in out, out
    [page] = PdfReader(str(pdf)).pages
    text = page.extract_text()
    assert "Frau Birgit Sommer" in text and "Lindenweg 4" in text and "18:00–19:30 Uhr" in text
    assert list(empty_temp.iterdir()) == []


def test_a_serial_letter_from_her_word_template_through_the_cli(evening, vault, tmp_path,
                                                                 capsys):
    from docx import Document

    folder, records, empty_temp = vault
    template = tmp_path / "bestaetigung.docx"
    template.write_bytes(docx("{{ recipient.address }}", "{{ person.first_name }} war dabei."))
    code, _out, _ = _run(capsys, "letter", "template-import", template, "--vault", folder,
                         "--kind", "participation", "--name", "Bestätigung Word")
    assert code == 0
    pdf = tmp_path / "serie.pdf"
    code, _out, err = _run(capsys, "letter", "serial", "--vault", folder, "--group",
                           records["offer"], "--stored", "Bestätigung Word", "--out", pdf)
    assert code != 0 and "Endung .docx" in err and not pdf.exists()
    out_file = tmp_path / "serie.docx"
    code, out, _ = _run(capsys, "letter", "serial", "--vault", folder, "--group",
                        records["offer"], "--stored", "Bestätigung Word", "--out", out_file,
                        "--keep")
    assert code == 0 and "1 Briefe geschrieben" in out and "1 Briefe als Dokumente" in out
    assert "Kim war dabei." in [p.text for p in Document(str(out_file)).paragraphs]
    assert list(empty_temp.iterdir()) == []


def test_a_held_members_membership_is_not_removed_through_the_cli(open_vault, records,
                                                                   monkeypatch, capsys):
    """A hold (Sperre) keeps her whole record: the CLI refuses as the serial letter's
    dialog does (``services.holds``), with the sentence naming the hold."""
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.services import group_members, retention

    conn = open_vault.conn
    group, person = records["offer"], records["person"]
    group_members.add_member(conn, group, person, date(2026, 10, 1))
    with clock.frozen(date(2026, 11, 20)):
        retention.add_hold(conn, person, "objection", date(2027, 1, 31))
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "letter", "member-remove", "--vault", folder, "--group",
                          group, "--person", person)
    assert code != 0 and "Teilnahme gelöscht." not in out
    assert ("Für diese Person besteht eine Sperre (Widerspruch offen, Überprüfung am "
            "31.01.2027); die Gruppenmitgliedschaft wird nicht gelöscht.") in err
    code, out, _ = _run(capsys, "letter", "member-list", "--vault", folder, "--group", group)
    assert f"{person}  K-17  seit 01.10.2026" in out
