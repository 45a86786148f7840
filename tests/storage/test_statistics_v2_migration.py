"""Migration statistics_v2: every old record is backfilled from its source (the real old
vault fixture and a v2-schema database with every kind of source, some deleted)."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from pathlib import Path

import sqlcipher3

from ssa_desktop.storage import migrations
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v1"


def _hmac(secret: str, *parts) -> str:
    return hmac.new(secret.encode(), "|".join(map(str, parts)).encode(),
                    hashlib.sha256).hexdigest()[:32]


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def _columns(conn) -> list[str]:
    return [r[1] for r in conn.execute("PRAGMA table_info(statistics_record)")]


def test_the_real_old_vault_gets_v2_records_from_its_sources(tmp_path):
    info = json.loads((FIXTURE / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(FIXTURE / name, folder / name)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        rows = session.conn.execute(
            "SELECT source_id, record_type, task_area, contact_kind, gender, grade,"
            " person_kind, person_token, case_token FROM statistics_record"
            " ORDER BY source_id").fetchall()
        assert "legacy_token" not in _columns(session.conn)
        assert "kind" not in _columns(session.conn)
    finally:
        session.lock()
    # person 1: pupil, w, grade 7, stat_token c18b…; person 2: guardian, m (fixture data)
    lina = _hmac("c18b35ec46070ef57a7f5b3faeb6d12f", "person", 2024)
    ralf = _hmac("a06fa2a6b801eef093f6893c8111e49d", "person", 2024)
    assert lina == "aea926c31e34b29ac5bf946927915f61"
    assert rows == [
        ("fixture-contact-1", "contact", "EFH", "EB", "w", 7, "pupil", lina, ""),
        ("fixture-contact-2", "contact", "EFH", "EB", "w", 7, "pupil", lina, ""),
        ("fixture-contact-3", "contact", "EFH", "EG", "m", None, "guardian", ralf, ""),
    ]


V1_ROWS = """
INSERT INTO school(id, name) VALUES ('s1', 'Schule');
INSERT INTO person(id, kind, pseudonym, gender, grade, school_id, stat_token, created)
    VALUES ('p1', 'pupil', 'K-1', 'd', 8, 's1', 'secret-p1', '2025-01-01');
INSERT INTO case_file(id, person_id, opened) VALUES ('c1', 'p1', '2025-09-01');
INSERT INTO contact(id, person_id, case_id, school_id, day, duration_min, kind, created)
    VALUES ('k1', 'p1', 'c1', 's1', '2025-10-01', 45, 'EB', '2025-10-01');
INSERT INTO cp_procedure(id, person_id, opened, youth_office_involved)
    VALUES ('cp1', 'p1', '2025-11-02', 1);
INSERT INTO group_activity(id, school_id, kind, title, school_year, participants_m,
    participants_w, participants_d) VALUES ('g1', 's1', 'class', 'Klasse 5a', 2025, 10, 12, 1);
INSERT INTO group_session(id, group_id, day, duration_min) VALUES ('gs1', 'g1', '2025-10-07', 90);
INSERT INTO open_offer_session(id, school_id, title, day, duration_min, visitors, visitors_m,
    visitors_w) VALUES ('o1', 's1', 'Pause', '2025-10-08', 30, 9, 4, 5);
INSERT INTO partner(id, name, partner_type) VALUES ('x1', 'ASD', 'JA');
INSERT INTO network_activity(id, school_id, partner_id, kind, day, duration_min)
    VALUES ('n1', 's1', 'x1', 'RT', '2025-10-09', 60);
INSERT INTO statistics_record(id, day, school_year, task_area, kind, duration_min, school_id,
    gender, grade, person_kind, participants, person_token, source_kind, source_id) VALUES
    ('r1', '2025-10-01', 2025, 'EFH', 'EB', 45, 's1', 'd', 8, 'pupil', 'pupil parent',
     'secret-p1', 'contact', 'k1'),
    ('r2', '2024-03-01', 2023, 'EFH', 'EB', 30, 's1', 'w', 5, 'pupil', 'pupil',
     'secret-gone', 'contact', 'k-deleted'),
    ('r3', '2025-11-02', 2025, 'EFH', '8a', 0, 's1', 'd', 8, 'pupil', '', 'secret-p1',
     'cp_procedure', 'cp1');
INSERT INTO statistics_record(id, day, school_year, task_area, kind, duration_min, school_id,
    visitors, source_kind, source_id) VALUES
    ('r4', '2025-10-07', 2025, 'GRP', 'class', 90, 's1', 23, 'group_session', 'gs1'),
    ('r5', '2025-10-08', 2025, 'OFF', 'open', 30, 's1', 9, 'open_offer', 'o1'),
    ('r6', '2025-10-09', 2025, 'VNZ', 'RT', 60, 's1', 0, 'network', 'n1'),
    ('r7', '2024-10-09', 2024, 'GRP', 'project', 60, 's1', 7, 'group_session', 'gs-gone');
INSERT INTO short_contact(id, school_id, day, gender, grade, topics, count, duration_min)
    VALUES ('sc1', 's1', '2025-10-10', 'm', 6, 'KON', 3, 5);
INSERT INTO statistics_record(id, day, school_year, task_area, kind, duration_min, school_id,
    gender, grade, person_kind, topics, participants, count, source_kind, source_id) VALUES
    ('r8', '2025-10-10', 2025, 'EFH', 'KO', 15, 's1', 'm', 6, 'pupil', 'KON', 'pupil', 3,
     'short_contact', 'sc1');
"""

FIELDS = ("id", "record_type", "task_area", "contact_kind", "group_kind", "network_kind",
          "partner_type", "gender", "grade", "person_token", "case_token", "group_token",
          "participants_m", "participants_w", "participants_d", "visitors", "visitors_m",
          "visitors_w", "visitors_d", "youth_office", "count", "participants")


def test_every_kind_of_v1_record_is_backfilled():
    v2 = _version_of("statistics_v2")
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.upgrade(conn, up_to=v2 - 1)
    for statement in migrations._split(V1_ROWS):
        conn.execute(statement)
    migrations.upgrade(conn)
    got = {r[0]: r for r in conn.execute(
        f"SELECT {', '.join(FIELDS)} FROM statistics_record")}  # noqa: S608
    p1 = _hmac("secret-p1", "person", 2025)
    assert got == {
        "r1": ("r1", "contact", "EFH", "EB", "", "", "", "d", 8, p1,
               _hmac("secret-p1", "case", "c1", 2025), "", 0, 0, 0, 0, 0, 0, 0, 0, 1,
               "pupil parent"),
        "r2": ("r2", "contact", "EFH", "EB", "", "", "", "w", 5,
               _hmac("secret-gone", "person", 2023), "", "", 0, 0, 0, 0, 0, 0, 0, 0, 1, "pupil"),
        "r3": ("r3", "cp_8a", "EFH", "", "", "", "", "d", 8, p1,
               _hmac("secret-p1", "case", "cp1", 2025), "", 0, 0, 0, 0, 0, 0, 0, 1, 1, ""),
        "r4": ("r4", "group_session", "GRP", "", "class", "", "", "u", None, "", "",
               _hmac("g1", "group", 2025), 10, 12, 1, 0, 0, 0, 0, 0, 1, ""),
        "r5": ("r5", "open_offer", "OFF", "", "", "", "", "u", None, "", "", "",
               0, 0, 0, 9, 4, 5, 0, 0, 1, ""),
        "r6": ("r6", "network", "VNZ", "", "", "RT", "JA", "u", None, "", "", "",
               0, 0, 0, 0, 0, 0, 0, 0, 1, ""),
        "r7": ("r7", "group_session", "GRP", "", "project", "", "", "u", None, "", "",
               _hmac("gs-gone", "group", 2024), 0, 0, 0, 0, 0, 0, 0, 0, 1, ""),
        "r8": ("r8", "short_contact", "EFH", "KO", "", "", "", "m", 6, "", "", "",
               0, 0, 0, 0, 0, 0, 0, 0, 3, "pupil"),
    }
    # nothing in the table links the years or names the person's secret
    flat = json.dumps(conn.execute("SELECT * FROM statistics_record").fetchall())
    assert "secret-p1" not in flat and "secret-gone" not in flat
    conn.close()
