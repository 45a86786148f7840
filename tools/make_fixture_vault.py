"""Write an old-version vault as a test fixture (tests/data/vaults/v<N>/).

The vault is built by hand with the same layout as ``Vault.create`` (key file, SQLCipher
database, ``meta`` row with the vault UUID) but migrated only up to schema version N,
so that tests can prove the current code upgrades real old files. The data are written
with plain SQL against the version-1 tables, independent of today's dataclasses.

Usage:  python tools/make_fixture_vault.py [--schema 1] [--out tests/data/vaults/v1]

From schema 2 on the vault also holds one of every recorded activity (Kurzkontakt,
group session, open offer, networking, a § 8a procedure with the Jugendamt involved),
a draft and a vault setting, each with its statistics record and time entry as the
code of that time wrote them, so that a later migration (e.g. a new statistics record)
is tested on every kind of source.

With ``--current`` the vault is made by today's code instead (``Vault.create`` and the
services, at the newest schema version): the fixture a later migration is tested on. It
holds a school, a pupil and a parent, and contacts whose notes carry words of several
lengths, so that a migration of the search index can be checked by searching.

Run once per schema version and commit the result; never regenerate an existing folder
(the point is that the files were written by the code of their time).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ssa_desktop.storage import migrations  # noqa: E402
from ssa_desktop.storage.connection import apply_pragmas, checkpoint, connect  # noqa: E402
from ssa_desktop.storage.files import make_private_dir, make_private_file  # noqa: E402
from ssa_desktop.storage.keyfile import KdfParams, KeyFile  # noqa: E402
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME  # noqa: E402

PASSPHRASE = "Fixture-Altbestand-v1"  # the same for every version (v1 was made with it)
# Cheap derivation: this vault holds invented data and is opened in every test run.
FIXTURE_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)

SCHOOL_ID = "fixture-school-1"
PERSON_IDS = ("fixture-person-1", "fixture-person-2")
CONTACT_IDS = ("fixture-contact-1", "fixture-contact-2", "fixture-contact-3")
GROUP_ID = "fixture-group-1"


def _fill(conn) -> dict:
    """Invented data in the version-1 tables; returns what the test expects to find."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO school (id, name, code, school_type, address) VALUES (?, ?, ?, ?, ?)",
                 (SCHOOL_ID, "Gemeinschaftsschule Lindenhof", "GMS-L", "GMS", ""))
    persons = [
        (PERSON_IDS[0], "pupil", "Fuchs-7", "Lina", "Brandt", "w", 2012, 7, "7a"),
        (PERSON_IDS[1], "guardian", "Elternteil-Fuchs", "Ralf", "Brandt", "m", None, None, ""),
    ]
    for pid, kind, pseudonym, first, last, gender, birth, grade, cls in persons:
        conn.execute(
            "INSERT INTO person (id, kind, pseudonym, first_name, last_name, gender, birth_year,"
            " grade, class_label, school_id, stat_token, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pid, kind, pseudonym, first, last, gender, birth, grade, cls, SCHOOL_ID,
             secrets.token_hex(16), "2024-10-01 09:00:00"))
    contacts = [
        (CONTACT_IDS[0], PERSON_IDS[0], "2024-10-01", "EB", 45, "pupil", "KON FAM",
         "Streit in der Pause besprochen."),
        (CONTACT_IDS[1], PERSON_IDS[0], "2024-11-12", "EB", 30, "pupil", "KON", "Nachgespräch."),
        (CONTACT_IDS[2], PERSON_IDS[1], "2025-02-03", "EG", 60, "parent", "FAM",
         "Elterngespräch zur Lage zu Hause."),
    ]
    for cid, pid, day, kind, minutes, participants, topics, note in contacts:
        conn.execute(
            "INSERT INTO contact (id, person_id, school_id, day, duration_min, kind, participants,"
            " topics, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, pid, SCHOOL_ID, day, minutes, kind, participants, topics, note,
             day + " 10:00:00"))
        conn.execute(
            "INSERT INTO statistics_record (id, day, school_year, task_area, kind, duration_min,"
            " school_id, topics, participants, source_kind, source_id)"
            " VALUES (?, ?, 2024, 'EFH', ?, ?, ?, ?, ?, 'contact', ?)",
            (secrets.token_hex(16), day, kind, minutes, SCHOOL_ID, topics, participants, cid))
        conn.execute(
            "INSERT INTO time_entry (id, day, category, minutes, school_id, source_kind, source_id)"
            " VALUES (?, ?, 'EFH', ?, ?, 'contact', ?)",
            (secrets.token_hex(16), day, minutes, SCHOOL_ID, cid))
    conn.execute("INSERT INTO group_activity (id, school_id, kind, title, school_year,"
                 " participants_m, participants_w) VALUES (?, ?, 'group', ?, 2024, 4, 5)",
                 (GROUP_ID, SCHOOL_ID, "Soziales Lernen 5b"))
    conn.execute("COMMIT")
    return {
        "counts": {"school": 1, "person": 2, "contact": 3, "statistics_record": 3,
                   "time_entry": 3, "group_activity": 1},
        "person_names": {PERSON_IDS[0]: "Lina Brandt", PERSON_IDS[1]: "Ralf Brandt"},
        "contact_minutes": {CONTACT_IDS[0]: 45, CONTACT_IDS[1]: 30, CONTACT_IDS[2]: 60},
    }


def _stat(conn, day, year, area, kind, minutes, *, gender="u", grade=None, person_kind="",
          topics="", participants="", token="", count=1, visitors=0, source_kind, source_id,
          time=True):
    conn.execute(
        "INSERT INTO statistics_record (id, day, school_year, task_area, kind, duration_min,"
        " school_id, gender, grade, person_kind, topics, participants, person_token, count,"
        " visitors, source_kind, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?)",
        (secrets.token_hex(16), day, year, area, kind, minutes, SCHOOL_ID, gender, grade,
         person_kind, topics, participants, token, count, visitors, source_kind, source_id))
    if time:
        conn.execute(
            "INSERT INTO time_entry (id, day, category, minutes, school_id, source_kind,"
            " source_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (secrets.token_hex(16), day, area, minutes, SCHOOL_ID, source_kind, source_id))


def _fill_v2(conn) -> dict:
    """Every other activity kind, a draft and a setting (schema 2 tables)."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO short_contact (id, school_id, day, gender, grade, topics, count,"
                 " duration_min) VALUES ('fixture-short-1', ?, '2025-03-04', 'm', 6, 'KON', 3, 5)",
                 (SCHOOL_ID,))
    _stat(conn, "2025-03-04", 2024, "EFH", "KO", 15, gender="m", grade=6, person_kind="pupil",
          topics="KON", participants="pupil", count=3, source_kind="short_contact",
          source_id="fixture-short-1")
    conn.execute("INSERT INTO group_session (id, group_id, day, duration_min, note) VALUES"
                 " ('fixture-session-1', ?, '2024-11-20', 90, 'Erste Einheit')", (GROUP_ID,))
    _stat(conn, "2024-11-20", 2024, "GRP", "group", 90, visitors=9,
          source_kind="group_session", source_id="fixture-session-1")
    conn.execute("INSERT INTO open_offer_session (id, school_id, title, day, duration_min,"
                 " visitors, visitors_m, visitors_w, visitors_d) VALUES ('fixture-offer-1', ?,"
                 " 'Pausenangebot', '2025-01-15', 45, 14, 6, 7, 1)", (SCHOOL_ID,))
    _stat(conn, "2025-01-15", 2024, "OFF", "open", 45, visitors=14, source_kind="open_offer",
          source_id="fixture-offer-1")
    conn.execute("INSERT INTO partner (id, name, partner_type) VALUES ('fixture-partner-1',"
                 " 'Jugendamt Lindenhof, ASD', 'JA')")
    conn.execute("INSERT INTO network_activity (id, school_id, partner_id, kind, day,"
                 " duration_min, note) VALUES ('fixture-network-1', ?, 'fixture-partner-1', 'RT',"
                 " '2025-02-10', 120, 'Runder Tisch')", (SCHOOL_ID,))
    _stat(conn, "2025-02-10", 2024, "VNZ", "RT", 120, source_kind="network",
          source_id="fixture-network-1")
    token = conn.execute("SELECT stat_token FROM person WHERE id = ?",
                         (PERSON_IDS[0],)).fetchone()[0]
    conn.execute("INSERT INTO cp_procedure (id, person_id, opened, status, closed,"
                 " youth_office_involved, retention_decision) VALUES ('fixture-cp-1', ?,"
                 " '2025-03-10', 'closed', '2025-05-20', 1, 'keep')", (PERSON_IDS[0],))
    for step, day in (("1", "2025-03-10"), ("3", "2025-03-12"), ("7", "2025-03-14"),
                      ("9", "2025-05-20")):
        conn.execute("INSERT INTO cp_step (id, procedure_id, step, day, actor, text) VALUES"
                     " (?, 'fixture-cp-1', ?, ?, 'Fachkraft', '')",
                     (f"fixture-cp-step-{step}", step, day))
    _stat(conn, "2025-03-10", 2024, "EFH", "8a", 0, gender="w", grade=7, person_kind="pupil",
          token=token, source_kind="cp_procedure", source_id="fixture-cp-1", time=False)
    conn.execute("INSERT INTO draft (id, kind, ref, payload, updated) VALUES ('fixture-draft-1',"
                 " 'contact', '', '{\"note\": \"angefangen\"}', '2025-05-21 10:15:00')")
    conn.execute("INSERT INTO setting (key, value) VALUES ('fixture.probe', 'alt')")
    conn.execute("COMMIT")
    return {"counts": {"short_contact": 1, "group_session": 1, "open_offer_session": 1,
                       "partner": 1, "network_activity": 1, "cp_procedure": 1, "cp_step": 4,
                       "draft": 1, "setting": 1, "statistics_record": 8, "time_entry": 7}}


def _write(out: Path, fixture: dict, readme: str) -> None:
    """The fixture's files beside the vault (no WAL or shared-memory file left)."""
    for suffix in ("-wal", "-shm"):
        leftover = out / (DB_NAME + suffix)
        if leftover.exists():
            leftover.unlink()
    (out / "fixture.json").write_text(json.dumps(fixture, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (out / "README.txt").write_text(readme, encoding="utf-8")


def make(out: Path, schema: int) -> None:
    if (out / DB_NAME).exists() or (out / KEY_NAME).exists():
        raise SystemExit(f"{out} already holds a vault; fixtures are never regenerated")
    make_private_dir(out)
    data_key = bytearray(secrets.token_bytes(32))
    vault_uuid = str(uuid.uuid4())
    old_umask = os.umask(0o077)
    try:
        conn = connect(out / DB_NAME, data_key)
        make_private_file(out / DB_NAME)
        apply_pragmas(conn)
        migrations.upgrade(conn, up_to=schema)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
        conn.execute("INSERT INTO meta(key, value) VALUES ('vault_uuid', ?), ('created', ?),"
                     " ('created_with', ?)", (vault_uuid, "2024-09-30T08:00:00", "fixture"))
        expect = _fill(conn)
        if schema >= 2:
            expect["counts"].update(_fill_v2(conn)["counts"])
        checkpoint(conn)
        conn.close()
        KeyFile.wrap(data_key, PASSPHRASE, vault_uuid, FIXTURE_KDF).save(out / KEY_NAME)
    finally:
        os.umask(old_umask)
    fixture = {"schema_version": schema, "passphrase": PASSPHRASE, "vault_uuid": vault_uuid,
               "emergency_key": bytes(data_key).hex().upper(), **expect}
    _write(out, fixture,
        f"Test fixture: an SSA Desktop vault at schema version {schema} (invented data).\n"
        f"\n"
        f"Passphrase:    {PASSPHRASE}\n"
        f"Emergency key: {bytes(data_key).hex().upper()}\n"
        f"\n"
        f"Made once with `python tools/make_fixture_vault.py --schema {schema} --out {out}`\n"
        f"(key file + SQLCipher 4 database + meta vault_uuid row, exactly as Vault.create lays\n"
        f"them out, but migrations.upgrade(conn, up_to={schema}); fast Argon2id parameters\n"
        f"t=1, m=8 MiB, p=1). Never regenerate: tests/storage/test_migrations.py copies it to\n"
        f"a temporary folder and proves that today's code upgrades it. fixture.json lists the\n"
        f"passphrase and the data the test expects.\n")


CURRENT_NOTES = (  # (person index, day, kind, minutes, note)
    (0, "2026-09-14", "EB", 45, "Streit in der Pause, danach Gespräch mit der Klassenlehrerin."),
    (0, "2026-10-05", "EB", 30, "Pausenhof: Konflikt geklärt, Stimmungstagebuch begonnen."),
    (1, "2026-10-20", "EG", 60, "Elterngespräch zur Lage zu Hause, Beratungsstelle genannt."),
)


def make_current(out: Path) -> None:
    """A vault written by today's code (Vault.create, repositories and services)."""
    from datetime import date

    from ssa_desktop.domain.entities import Contact, Person, School
    from ssa_desktop.services.activities import record_contact
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.vault import Vault

    if (out / DB_NAME).exists() or (out / KEY_NAME).exists():
        raise SystemExit(f"{out} already holds a vault; fixtures are never regenerated")
    session, _ = Vault.create(out, PASSPHRASE, params=FIXTURE_KDF)
    try:
        conn = session.conn
        repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Lindenhof", code="GMS-L",
                                         school_type="GMS", id=SCHOOL_ID))
        people = [repo.PERSONS.insert(conn, Person(
            "Fuchs-7", first_name="Lina", last_name="Brandt", gender="w", grade=7,
            class_label="7a", school_id=SCHOOL_ID, birth_year=2013, id=PERSON_IDS[0])),
            repo.PERSONS.insert(conn, Person(
                "Elternteil-Fuchs", kind="guardian", first_name="Ralf", last_name="Brandt",
                gender="m", school_id=SCHOOL_ID, id=PERSON_IDS[1]))]
        minutes = {}
        for cid, (who, day, kind, duration, note) in zip(CONTACT_IDS, CURRENT_NOTES, strict=True):
            record_contact(conn, Contact(date.fromisoformat(day), kind, duration,
                                         person_id=people[who].id, note=note, id=cid))
            minutes[cid] = duration
        schema = session.schema_version()
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # noqa: S608
                  for t in ("school", "person", "contact", "statistics_record", "time_entry")}
        data_key = bytes(session.data_key).hex().upper()
        vault_uuid = session.uuid
    finally:
        session.lock()
    fixture = {"schema_version": schema, "passphrase": PASSPHRASE, "vault_uuid": vault_uuid,
               "emergency_key": data_key, "counts": counts,
               "person_names": {PERSON_IDS[0]: "Lina Brandt", PERSON_IDS[1]: "Ralf Brandt"},
               "contact_minutes": minutes}
    _write(out, fixture,
        f"Test fixture: an SSA Desktop vault at schema version {schema} (invented data),\n"
        f"written by the code of that version (Vault.create and the services).\n"
        f"\n"
        f"Passphrase:    {PASSPHRASE}\n"
        f"Data key:      {data_key}\n"
        f"\n"
        f"Made once with `python tools/make_fixture_vault.py --current --out {out}`\n"
        f"(fast Argon2id parameters t=1, m=8 MiB, p=1). Never regenerate:\n"
        f"tests/storage/test_migrations.py copies it to a temporary folder and proves that\n"
        f"today's code upgrades it. fixture.json lists the passphrase and the data the test\n"
        f"expects.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=int, default=1)
    parser.add_argument("--current", action="store_true",
                        help="today's code and newest schema (Vault.create and the services)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    schema = migrations.latest_version() if args.current else args.schema
    out = args.out or Path(__file__).resolve().parents[1] / "tests" / "data" / "vaults" / f"v{schema}"
    if args.current:
        make_current(out)
    else:
        make(out, args.schema)
    print(f"fixture vault written to {out}")


if __name__ == "__main__":
    main()
