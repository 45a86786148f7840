"""Issue 21 item 5: the first page of a search must not cost more when the vault holds more.

FTS5 answers a prefix term ("pause"*) that no prefix index serves by merging the whole
doclist of every term with that prefix (pause, pausen, pausenhof …) into one list before
it returns the first hit: work that grows with every contact ever written. Migration
``i21_search_prefixes`` gives every index the prefixes of 2 to 20 characters, so that such
a word is one doclist, read entry by entry.

The newest hits first: FTS5 walks a doclist backwards only after walking it forwards to
its end, page by page (with secure-delete on it does not jump by the doclist index), so
``search_page`` reads the contacts of a word with a page of entries just below the newest
record forwards from that window (seeking by the doclist index); a rarer word walks back.

Measured without a clock: the pages SQLite reads for the first page of contacts (the
misses of a fresh connection's page cache on the real vault file; apsw reads SQLCipher
files), in vaults with 300 and 3,000 matching contacts whose notes repeat the words
(doclists of many pages). Timing: benchmarks/, search_median_ms and
search_growth_20_vs_10."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import apsw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Contact, Person, School
from ssa_desktop.services import retention
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.sqlcipher_pages import pages_holding

# every word typed below in several forms, repeated: position lists of many pages
_NOTE = " ".join(["in der Pause auf dem Pausenhof ein Konflikt, mit der Klassenlehrerin und "
                  "dem Klassenlehrer besprochen; Streitschlichtung vereinbart, Elterngespräch "
                  "und Elterngespräche folgen."] * 24)


def _vault(folder, matching: int, later: int = 0) -> str:
    """A vault with ``matching`` contacts recorded as the worker records them, then
    ``later`` ones that hold none of the words; its index merged into one segment (what is
    compared is the reading of doclists, not the number of segments FTS5's automatic
    merging has left). Returns the raw data key."""
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    try:
        conn = session.conn
        repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                         school_type="GMS", id="school-1"))
        pupil = repo.PERSONS.insert(conn, Person("K-17", first_name="Kim", last_name="Sommer",
                                                 school_id="school-1"))
        with transaction(conn):
            _record(conn, pupil, matching, later)
        conn.execute("INSERT INTO fts_contact(fts_contact) VALUES ('optimize')")
        return bytes(session.data_key).hex()
    finally:
        session.lock()


def _record(conn, pupil, matching: int, later: int) -> None:
    for i in range(matching):
        record_contact(conn, Contact(
            date(2016, 9, 1) + timedelta(days=i % 3000), "EB", 30, person_id=pupil.id,
            note=f"Nr. {i}: " + _NOTE, observation="Konflikte in den Pausen nehmen ab."))
    for i in range(later):
        record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                     note=f"Nr. {i}: Fahrradwerkstatt, Schulgarten."))


def _pages_read(folder, hex_key: str, text: str) -> tuple[int, int, bool]:
    """(pages read from the file, hits, more) for the first page of the contacts the
    search shows for ``text`` (``repositories.search_page``), on a fresh connection."""
    conn = apsw.Connection(str(folder / DB_NAME), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # schema read
        conn.status(apsw.SQLITE_DBSTATUS_CACHE_MISS, True)
        page = repo.search_page(conn, text, kinds=("contact",))
        return conn.status(apsw.SQLITE_DBSTATUS_CACHE_MISS)[0], len(page.hits), bool(page.more)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def vaults(tmp_path_factory):
    return [(folder, _vault(folder, n)) for folder, n in (
        (tmp_path_factory.mktemp("klein"), 300), (tmp_path_factory.mktemp("gross"), 3000))]


@pytest.mark.parametrize("typed", ["Pau", "Pause", "Konfl", "Konflikt", "Klassenl",
                                   "Klassenlehrer", "Streitschlichtung", "Elterngespr",
                                   "Elterngespräch", "klassenlehrer pause"])
def test_the_first_page_reads_as_many_pages_for_ten_times_the_hits(vaults, typed):
    read = []
    for folder, key in vaults:
        pages, hits, more = _pages_read(folder, key, typed)
        assert (hits, more) == (repo.SEARCH_PAGE, True)
        read.append(pages)
    # a level more of a few b-trees (3-5 pages here); never the doclists of every hit
    # (walked from their start or merged, the old search read 40 pages more here)
    assert read[1] <= read[0] + 6, read


@pytest.fixture(scope="module")
def old_words(tmp_path_factory):
    """Words of old records only: 300 and 3,000 contacts with them, then a sixth as many
    without (a former pupil's name, "Homeschooling")."""
    return [(folder, _vault(folder, n, later=n // 6)) for folder, n in (
        (tmp_path_factory.mktemp("alt-klein"), 300), (tmp_path_factory.mktemp("alt-gross"), 3000))]


@pytest.mark.parametrize("typed", ["Pause", "Klassenlehrer", "Elterngespr"])
def test_a_word_of_old_records_only_walks_back_as_before(old_words, typed):
    """A word with no page of contacts in the window below the newest record walks the
    doclist backwards, as the search did before: the same newest hits, and no page more
    than that walk alone reads (the window costs a look-up, not a page of hits)."""
    for folder, key in old_words:
        pages, hits, more = _pages_read(folder, key, typed)
        assert (hits, more) == (repo.SEARCH_PAGE, True)
        conn = apsw.Connection(str(folder / DB_NAME), flags=apsw.SQLITE_OPEN_READONLY)
        try:
            conn.execute("PRAGMA cipher = 'sqlcipher'")
            conn.execute("PRAGMA legacy = 4")
            conn.execute(f"PRAGMA key = \"x'{key}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            conn.status(apsw.SQLITE_DBSTATUS_CACHE_MISS, True)
            conn.execute(repo._sql("contact", "newest"),
                         (repo.fts_query(typed), 2**62, repo.SEARCH_PAGE + 1)).fetchall()
            walk = conn.status(apsw.SQLITE_DBSTATUS_CACHE_MISS)[0]
        finally:
            conn.close()
        assert pages <= walk + 3, (pages, walk)


def test_every_index_serves_prefixes_of_2_to_20_characters(conn):
    """A word of 2 to 20 characters is looked up in a prefix index (shorter: a whole
    word; longer: a merge of the few terms that long)."""
    assert repo.FTS_PREFIX_LENGTHS == " ".join(str(n) for n in range(2, 21))
    for table in ("fts_person", "fts_contact", "fts_group", "fts_partner"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert f"prefix='{repo.FTS_PREFIX_LENGTHS}'" in sql, table
        assert "content_rowid='rowid'" in sql and "remove_diacritics 2" in sql, table


@pytest.mark.parametrize("typed, merged", [
    ("x", True), ("K-1", True), ("K_1", True), ("K 1", True), ("ab", False), ("K-12", False),
    ("Müll", False), ("a" * 20, False), ("a" * 21, True), ("a" * 21 + " Pause", True),
    ("K Pause", False), ("Pause 7", True), ("Pause_7b", False), ("---", False), ("", False)])
def test_a_word_fts5_merges_anyway_takes_one_backward_walk(typed, merged):
    """One character at the end, or more than 20, is a prefix no index serves (FTS5 splits
    at "_" too): there every window would merge the doclists again."""
    assert repo._merged(typed) is merged


# -- the same hits as before: a prefix index changes the speed, never what is found --------
_WORDS = ["Pause", "Pausen", "Pausenhof", "pausieren", "Päuschen", "Konflikt", "Konflikte",
          "Klassenlehrerin", "Klassenlehrer", "Klasse", "Elterngespräch", "Eltern", "Öztürk",
          "Müller", "Muller", "Straße", "Strasse", "K-17", "7b", "2026", "Schulsozialarbeiterin",
          "Streitschlichtungsprogramm", "Jugendberufsagentur", "Ärger", "Arger", "ärgerlich"]


@pytest.fixture(scope="module")
def twin(tmp_path_factory):
    """A vault, and in it a twin of the contacts' index without prefix indexes (the
    index as it was before the migration), kept by the same content table."""
    folder = tmp_path_factory.mktemp("zwilling")
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    conn = session.conn
    repo.SCHOOLS.insert(conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                     school_type="GMS", id="school-1"))
    for pseudonym in ("K-1", "K-2"):
        repo.PERSONS.insert(conn, Person(pseudonym, school_id="school-1", id=pseudonym))
    retention.restrict(conn, "K-2", today=date(2026, 11, 1))  # her notes are never found
    conn.execute("CREATE VIRTUAL TABLE fts_old USING fts5(note, observation, assessment,"
                 " content='contact', content_rowid='rowid',"
                 " tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    yield conn
    session.lock()


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), min_size=1,
                      max_size=40),
       gaps=st.lists(st.integers(min_value=0, max_value=30), min_size=40, max_size=40),
       whose=st.lists(st.sampled_from(["K-1", "K-2", None]), min_size=40, max_size=40),
       word=st.sampled_from(_WORDS), cut=st.integers(min_value=1, max_value=24),
       limit=st.integers(min_value=1, max_value=6))
def test_the_pages_hold_what_the_merge_found_newest_first(twin, notes, gaps, whose, word,
                                                          cut, limit):
    """Page after page (``before``), with windows of several sizes (small pages, rowids
    with gaps as deletions leave them, notes of a restricted person among them): exactly
    the hits of the index without prefixes that are not restricted, the last recorded
    first, each once."""
    conn = twin
    conn.execute("DELETE FROM contact")
    rowid = 0
    for i, words in enumerate(notes):
        rowid += 1 + gaps[i]
        record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, school_id="school-1",
                                     person_id=whose[i], note=" ".join(words), id=f"c{i}"))
        conn.execute("UPDATE contact SET rowid = ? WHERE id = ?", (rowid, f"c{i}"))
    conn.execute("INSERT INTO fts_contact(fts_contact) VALUES ('rebuild')")
    conn.execute("INSERT INTO fts_old(fts_old) VALUES ('rebuild')")
    typed = word[:cut]
    query = repo.fts_query(typed)
    new = [r[0] for r in conn.execute("SELECT rowid FROM fts_contact WHERE fts_contact MATCH ?"
                                      " ORDER BY rowid DESC", (query,))]
    old = [r[0] for r in conn.execute("SELECT rowid FROM fts_old WHERE fts_old MATCH ?"
                                      " ORDER BY rowid DESC", (query,))]
    assert new == old, (typed, notes)
    expected = [r[0] for r in conn.execute(
        "SELECT c.id FROM fts_old JOIN contact c ON c.rowid = fts_old.rowid"
        " WHERE fts_old MATCH ? AND coalesce(c.person_id, '') != 'K-2'"
        " ORDER BY fts_old.rowid DESC", (query,))]
    shown, before = [], None
    while True:
        page = repo.search_page(conn, typed, limit, kinds=("contact",), before=before)
        shown += [h.id for h in page.hits]
        if "contact" not in page.more:
            break
        assert len(page.hits) == limit
        before = page.hits[-1].rowid
    assert shown == expected, (typed, limit)


def test_the_migration_rebuilds_an_old_vaults_index(tmp_path):
    """The real file of schema 12 (tests/data/vaults/v12, written by the code of that
    version): after the upgrade every index has the prefixes, keeps secure-delete, and
    finds what it found before, by the first letters of each word."""
    import json

    from tests.storage.test_migrations import FIXTURES

    info = json.loads((FIXTURES / "v12" / "fixture.json").read_text("utf-8"))
    assert info["schema_version"] == 12
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(FIXTURES / "v12" / name, folder / name)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        test_every_index_serves_prefixes_of_2_to_20_characters(conn)
        for table in ("fts_person", "fts_contact", "fts_group", "fts_partner"):
            row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'")
            assert row.fetchone() == (1,), table
        found = {text: {h.id for h in repo.search(conn, text)}
                 for text in ("Pau", "Pausenh", "Klassenlehrerin", "Stimmungstageb",
                              "Elterngespräch", "Beratungsst", "Lin", "Fuchs-7", "Brandt")}
        assert found == {
            "Pau": {"fixture-contact-1", "fixture-contact-2"},
            "Pausenh": {"fixture-contact-2"},
            "Klassenlehrerin": {"fixture-contact-1"},
            "Stimmungstageb": {"fixture-contact-2"},
            "Elterngespräch": {"fixture-contact-3"},
            "Beratungsst": {"fixture-contact-3"},
            "Lin": {"fixture-person-1"},
            "Fuchs-7": {"fixture-person-1"},
            "Brandt": {"fixture-person-1", "fixture-person-2"},
        }
        assert session.check() == []
        # secure-delete works in the rebuilt indexes: a deleted note's words leave every
        # page at once, without a merge (whole words and a tail of one, as prefix
        # compression may store it)
        conn.execute("DELETE FROM contact WHERE id = 'fixture-contact-2'")
        checkpoint(conn)
        words = ["Stimmungstagebuch", "stimmungstagebuch", "tagebuch", "Pausenhof", "pausenhof"]
        assert pages_holding(session.vault.db_path, bytes(session.data_key), words) == []
        assert {h.id for h in repo.search(conn, "Pau")} == {"fixture-contact-1"}
    finally:
        session.lock()
