"""A vault that took in, through an earlier import, a group session, an open offer or a
network activity without minutes, or a consent ending before it begins (refused by every
way in since 29.11.2026, ``plausibility.no_duration_problem`` and
``consent_period_problem``): ``check`` (after every unlock, in Datenschutz) names each row
with the file's sentence, so she corrects it before her own export is refused elsewhere;
and that export, read into an empty vault, is refused by place in German, nothing written
– once corrected, the rows leave the check and the export is taken in."""

from __future__ import annotations

import re
from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import (
    Consent,
    GroupActivity,
    GroupSession,
    NetworkActivity,
    OpenOfferSession,
)
from ssa_desktop.services import admission, consents, groups, network, open_offers
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.services.test_handover import _person
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.vaults import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 23)
# the sentence of a withdrawal before the consent begins (``withdraw_consent`` moves it
# to the begin day; a file's row is refused with what her form would have recorded)
WITHDRAWN = ("Der Widerruf am 28.09.2026 liegt vor dem Beginn der Einwilligung am "
             "01.10.2026. Beim Widerrufen trägt das Programm dafür den Tag des Beginns ein – "
             "bitte den Widerruf auf den 01.10.2026 setzen.")


def _old_rows(conn) -> dict[str, str]:
    """Rows as an import before 29.11.2026 wrote them (the storage layer takes them)."""
    lena = _person(conn, "L-13", consent=False)
    group = repo.GROUPS.insert(conn, GroupActivity("Pausenengel", 2026, school_id="school-1"))
    session = repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, date(2026, 10, 5), 0))
    offer = repo.OPEN_OFFERS.insert(conn, OpenOfferSession("Offener Treff", date(2026, 10, 6),
                                                           0, visitors=3, school_id="school-1"))
    network = repo.NETWORK_ACTIVITIES.insert(conn, NetworkActivity("AK", date(2026, 10, 7), 0,
                                                                   school_id="school-1"))
    consent = repo.CONSENTS.insert(conn, Consent(lena.id, "Jugendamt", date(2026, 10, 1),
                                                 valid_to=date(2026, 9, 30)))
    withdrawn = repo.CONSENTS.insert(conn, Consent(lena.id, "Schule", date(2026, 10, 1),
                                                   withdrawn_on=date(2026, 9, 28)))
    # a typo of 900 for 90 and more: longer than a day, taken before 29.11.2026
    long_session = repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, date(2026, 10, 12),
                                                                 9999))
    long_offer = repo.OPEN_OFFERS.insert(conn, OpenOfferSession(
        "Offener Treff", date(2026, 10, 13), 1441, visitors=3, school_id="school-1"))
    repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, date(2026, 10, 19), 1440))
    return {"session": session.id, "offer": offer.id, "network": network.id,
            "consent": consent.id, "withdrawn": withdrawn.id,
            "long_session": long_session.id, "long_offer": long_offer.id}


def test_check_names_the_rows_an_import_now_refuses(open_vault, capsys, monkeypatch):
    ids = _old_rows(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    assert code == 1
    for line in (
            f"group_session {ids['session']}: Die Sitzung hat keine Dauer (0 Minuten). Bitte "
            "die Dauer in Minuten angeben, mindestens 1 Minute. – bitte den Eintrag berichtigen",
            f"open_offer_session {ids['offer']}: Das offene Angebot hat keine Dauer (0 Minuten).",
            f"network_activity {ids['network']}: Die Vernetzungsaktivität hat keine Dauer "
            "(0 Minuten).",
            f"consent {ids['consent']}: Das Ende der Gültigkeit liegt vor ihrem Beginn. – bitte"
            " den Eintrag berichtigen",
            f"consent {ids['withdrawn']}: {WITHDRAWN} – bitte den Eintrag berichtigen",
            f"group_session {ids['long_session']}: Die Sitzung ist mit 9.999 Minuten länger "
            "als ein Tag – bitte die Dauer prüfen (höchstens 1.440 Minuten). – bitte den "
            "Eintrag berichtigen",
            f"open_offer_session {ids['long_offer']}: Das offene Angebot ist mit 1.441 "
            "Minuten länger als ein Tag"):
        assert line in err
    assert "1.440 Minuten länger" not in err   # a day is taken


def test_her_export_of_such_a_vault_is_refused_by_place_into_an_empty_one(
        open_vault, tmp_path, capsys, monkeypatch):
    _old_rows(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    export = tmp_path / "x.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=TODAY)[0] == 0
    empty = tmp_path / "neu"
    Vault.create(empty, PASSPHRASE, params=FAST_KDF)[0].lock()
    code, _out, err = run_cli(capsys, "import-json", "--vault", empty, export, at=TODAY)
    assert code != 0
    assert re.search(r"tables\.group_session\[\d\]\.duration_min: Die Sitzung hat keine Dauer",
                     err)
    assert re.search(r"tables\.open_offer_session\[\d\]\.duration_min: Das offene Angebot "
                     r"hat keine", err)
    assert re.search(r"tables\.group_session\[\d\]\.duration_min: Die Sitzung ist mit 9\.999 "
                     r"Minuten länger als ein Tag", err)
    assert "tables.network_activity[0].duration_min: Die Vernetzungsaktivität hat keine" in err
    assert re.search(r"tables\.consent\[\d\]\.valid_to: Das Ende der Gültigkeit liegt vor "
                     r"ihrem Beginn\.", err)
    assert re.search(r"tables\.consent\[\d\]\.withdrawn_on: " + re.escape(WITHDRAWN), err)
    with Vault(empty).unlock(PASSPHRASE) as session:
        assert session.conn.execute("SELECT count(*) FROM group_session").fetchone()[0] == 0


def test_a_network_activity_and_a_consent_are_asked_to_be_corrected(open_vault, capsys,
                                                                    monkeypatch):
    """Vernetzung removes an activity entered by mistake (``remove_network_activity``) and
    a consent reversed has its day corrected (``correct_reversed_days``): their lines ask
    for the correction, as a session's does – they said „lässt sich nicht bearbeiten“
    while nothing could correct them."""
    ids = _old_rows(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    _code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    for key in ("network", "consent", "withdrawn"):
        [line] = [x for x in err.splitlines() if f" {ids[key]}:" in x]
        assert line.endswith("– bitte den Eintrag berichtigen")
    assert "lässt sich nicht bearbeiten" not in err


def test_corrected_rows_leave_the_check_and_her_export_goes_into_an_empty_vault(
        open_vault, tmp_path, capsys, monkeypatch):
    """Each row corrected where the advice names it – the session and the open offer
    removed, the network activity removed and entered again, the consents' days
    corrected – the check names none and her export is taken in whole elsewhere."""
    conn = open_vault.conn
    ids = _old_rows(conn)
    with clock.frozen(TODAY):
        groups.remove_session(conn, ids["session"])
        open_offers.remove(conn, ids["offer"])
        groups.remove_session(conn, ids["long_session"])
        open_offers.remove(conn, ids["long_offer"])
        network.remove_network_activity(conn, ids["network"])
        network.record_network_activity(conn, NetworkActivity("GRE", date(2026, 10, 7), 90,
                                                              school_id="school-1"))
        consents.correct_reversed_days(conn, ids["consent"], date(2026, 10, 31))
        consents.correct_reversed_days(conn, ids["withdrawn"], date(2026, 10, 1))
    assert admission.vault_breaches(conn) == []
    folder = locked_with_passphrase(open_vault, monkeypatch)
    assert run_cli(capsys, "check", "--vault", folder, at=TODAY)[0] == 0
    export = tmp_path / "x.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=TODAY)[0] == 0
    empty = tmp_path / "neu"
    Vault.create(empty, PASSPHRASE, params=FAST_KDF)[0].lock()
    code, _out, err = run_cli(capsys, "import-json", "--vault", empty, export, at=TODAY)
    assert code == 0, err
    with Vault(empty).unlock(PASSPHRASE) as session:
        rows = session.conn.execute("SELECT duration_min FROM network_activity").fetchall()
        assert rows == [(90,)]
        assert session.conn.execute(
            "SELECT valid_to, withdrawn_on FROM consent ORDER BY recipient").fetchall() == [
            ("2026-10-31", None), (None, "2026-10-01")]
