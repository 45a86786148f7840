"""Data-breach assistant: facts counted at unlock outside the vault (no names), the
draft without unlocking, the PDF and the CLI (no passphrase)."""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader

from ssa_desktop.cli import main
from ssa_desktop.domain.entities import Case, ChildProtectionProcedure, Contact, Person
from ssa_desktop.services import breach
from ssa_desktop.storage import repositories as repo

FOUND = datetime(2026, 11, 21, 14, 30)


@pytest.fixture
def filled(open_vault, pupil):
    conn = open_vault.conn
    mother = repo.PERSONS.insert(conn, Person("E-04", kind="guardian", first_name="Greta",
                                              last_name="Sommerfeld", guardian_contact="0761 123456"))
    case = repo.CASES.insert(conn, Case(pupil.id, FOUND.date(), title="Familienkonflikt"))
    repo.CONTACTS.insert(conn, Contact(FOUND.date(), "EB", 30, "school-1", pupil.id, case.id,
                                       note="Geheimnis Drachenfels"))
    repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(pupil.id, FOUND.date()))
    return open_vault, [pupil, mother]


def _names(persons) -> list[str]:
    out = []
    for p in persons:
        out += [p.pseudonym, p.first_name, p.last_name]
    return out + ["Drachenfels", "Familienkonflikt", "0761 123456", "Am Park"]


def test_facts_hold_counts_only(filled):
    session, persons = filled
    folder = session.vault.folder
    breach.note_breach_counts(session.conn, folder, vault_uuid=session.uuid, remember_on_device=False,
                        idle_minutes=5, now=FOUND)
    raw = breach.facts_path(folder).read_text("utf-8")
    for word in _names(persons):
        assert word not in raw
    assert oct(breach.facts_path(folder).stat().st_mode & 0o777) == "0o600"
    facts = breach.load_facts(folder)
    assert facts.counts["persons.pupil"] == 1 and facts.counts["persons.guardian"] == 1
    assert facts.counts["persons_with_cp"] == 1 and facts.counts["contacts"] == 1


def test_draft_on_locked_vault_and_pdf_without_names(filled, tmp_path):
    session, persons = filled
    folder = session.vault.folder
    breach.note_breach_counts(session.conn, folder, vault_uuid=session.uuid, remember_on_device=False,
                        idle_minutes=5, now=FOUND)
    session.lock()
    d = breach.draft(folder, FOUND, "stolen")
    assert d.deadline == datetime(2026, 11, 24, 14, 30)
    text = dict(d.sections)
    assert "Betroffene Personen insgesamt: 2" in text["Zahl der betroffenen Personen und Datensätze"]
    assert "Argon2id mit 8 MiB Speicher, 1 Durchlauf," in text["Schutzmaßnahmen"]
    assert "nicht erforderlich" in text["Bewertung des Risikos (Art. 34 Abs. 3 lit. a DSGVO)"]
    d.sections[1] = (d.sections[1][0], d.sections[1][1] + "im Zug nach Freiburg")  # edited
    out = breach.write_breach_pdf(tmp_path / "panne.pdf", d, today=FOUND)
    pdf = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Meldung einer Datenschutzverletzung" in pdf and "24.11.2026, 14:30" in pdf
    assert "im Zug nach Freiburg" in pdf and "gestohlen" in pdf
    for word in _names(persons):
        assert word not in pdf, word


def test_remembered_key_changes_the_risk(filled):
    session, _ = filled
    breach.note_breach_counts(session.conn, session.vault.folder, vault_uuid=session.uuid,
                        remember_on_device=True, idle_minutes=10, now=FOUND)
    risk = dict(breach.draft(session.vault.folder, FOUND).sections)[
        "Bewertung des Risikos (Art. 34 Abs. 3 lit. a DSGVO)"]
    assert "Schlüsselbund" in risk and "nicht belegt" in risk and "10 Minuten" in risk


def test_one_minute_is_singular(filled):
    """Issue: "1 Minuten"."""
    session, _ = filled
    breach.note_breach_counts(session.conn, session.vault.folder, vault_uuid=session.uuid,
                              remember_on_device=False, idle_minutes=1, now=FOUND)
    text = "\n".join(body for _, body in breach.draft(session.vault.folder, FOUND).sections)
    assert "nach 1 Minute ohne Eingabe" in text and "1 Minuten" not in text


def test_without_facts_the_draft_asks_for_numbers(vault_dir, open_vault):
    d = dict(breach.draft(open_vault.vault.folder, FOUND).sections)
    assert "noch nicht erfasst" in d["Zahl der betroffenen Personen und Datensätze"]


def test_damaged_facts_file_is_ignored(open_vault):
    breach.facts_path(open_vault.vault.folder).write_text("{kaputt", "utf-8")
    assert breach.load_facts(open_vault.vault.folder) is None


def test_cli_breach_report_without_passphrase(filled, tmp_path, capsys, monkeypatch):
    session, persons = filled
    breach.note_breach_counts(session.conn, session.vault.folder, vault_uuid=session.uuid,
                        remember_on_device=False, idle_minutes=5, now=FOUND)
    session.lock()
    monkeypatch.setattr("sys.stdin", None)  # nobody could type a passphrase
    out = tmp_path / "meldung.pdf"
    code = main(["breach-report", "--vault", str(session.vault.folder), "--out", str(out),
                 "--discovered", "2026-11-21 14:30", "--incident", "copied"])
    assert code == 0
    assert "24.11.2026, 14:30" in capsys.readouterr().out
    pdf = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "kopiert" in pdf
    for word in _names(persons):
        assert word not in pdf


def test_cli_bad_time_is_a_usage_error(open_vault, tmp_path, capsys):
    code = main(["breach-report", "--vault", str(open_vault.vault.folder), "--out",
                 str(tmp_path / "x.pdf"), "--discovered", "gestern"])
    assert code == 2 and "JJJJ-MM-TT HH:MM" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_discovery_in_the_future_is_refused_at_the_minute():
    now = datetime(2026, 11, 23, 7, 0)
    breach.check_discovered(now, now)
    with pytest.raises(breach.BreachError, match="Zukunft"):
        breach.check_discovered(datetime(2026, 11, 23, 7, 1), now)
    with pytest.raises(breach.BreachError, match="Zukunft"):
        breach.check_discovered(datetime(2026, 11, 24, 0, 0), now)
