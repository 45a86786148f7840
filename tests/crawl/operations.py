"""The one list of operations that change the vault as a whole, for the crawl
(``test_crawl_after_operations.py``): each is run on a copy of a demo vault, then every
area, person tab, Datenschutz list and report is opened.

``OPERATIONS`` names, for each operation, the use cases (service functions declared with
``@writes``) it runs; ``EXEMPT`` names every other use case with the reason it is not a
crawl of its own. ``test_operation_registry.py`` fails on a ``@writes`` use case in
neither, so a new operation cannot be forgotten.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ssa_desktop.domain import clock, rule_pack
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Appointment, Contact, Partner, Person, new_id
from ssa_desktop.domain.translate import german
from ssa_desktop.domain.worktime import Absence
from ssa_desktop.services import (
    activities,
    appointments,
    consents,
    documents,
    goals,
    group_members,
    groups,
    handover_confirm,
    handover_deputy,
    handover_deputy_work,
    handover_return,
    handover_school,
    interchange,
    interchange_import,
    interchange_merge,
    letter_templates,
    letters,
    network,
    notes,
    open_offers,
    persons,
    post_handover,
    retention,
    rule_packs,
    school_year_change,
    session,
    vault_admin,
    worktime,
)
from ssa_desktop.services import handover as packages
from ssa_desktop.services.operations import Progress
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import OpenVault, Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE, fresh_vault

NEW_PASSPHRASE = "Nachfolge-Weidenkätzchen-83"


@dataclass
class Stage:
    """Where an operation runs: the unlocked copy of the demo vault, a scratch folder
    and the passphrase it opens with (an operation may replace both session and
    passphrase: a post handover, a move)."""

    session: OpenVault
    scratch: Path
    passphrase: str = PASSPHRASE

    @property
    def conn(self):
        return self.session.conn

    def folder(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[Stage], None]
    covers: tuple[Callable, ...]     # the ``@writes`` use cases it runs
    day: date | None = None          # the day it runs and the crawl looks (None: TODAY)
    xfail: str = ""                  # a known bug the crawl finds (strict)


def _first_school(conn) -> str:
    return sorted(s.id for s in repo.SCHOOLS.all(conn))[0]


# -- the operations -------------------------------------------------------------------------
def _demo(_stage: Stage) -> None:
    """The demo vault as generated (the crawl's base line)."""


def _due_guardian_in_a_case(conn, school_id: str) -> str:
    """A person of the school due for deletion (left in 2020) with a contact inside a
    pupil's case there: the package leaves her out, her contact stays with her."""
    guardian = repo.PERSONS.insert(conn, Person("S-Fällig", school_id=school_id,
                                                leaving_date=date(2020, 7, 31)))
    case = sorted((c for c in repo.CASES.all(conn) if c.school_id == school_id),
                  key=lambda c: c.id)[0]
    repo.CONTACTS.insert(conn, Contact(case.opened, "EG", 30, school_id=school_id,
                                       person_id=guardian.id, case_id=case.id,
                                       participants=("guardian",), note="Elterngespräch"))
    return guardian.id


def _school_package_and_receipt(stage: Stage) -> None:
    """A person due for deletion with a contact in a pupil's case first: the package leaves
    her out, the successor reads it in, the receipt keeps her contact without the case."""
    today = clock.today()
    school_id = _first_school(stage.conn)
    due = _due_guardian_in_a_case(stage.conn, school_id)
    result = handover_school.create_school_package(
        stage.conn, school_id, rules.Deputy("Mara Ott"), stage.folder("aus"), today=today)
    assert [d.person_id for d in result.left_out] == [due]
    with fresh_vault() as successor:
        _merged, receipt = handover_school.receive_school_package(
            successor.conn, result.path, result.key_text, stage.folder("quittung"),
            today=today)
    handover_confirm.confirm_school_handover(stage.conn, receipt, today=today)
    assert [c.case_id for c in repo.CONTACTS.all(stage.conn) if c.person_id == due] == [None]


def _successor_receive(stage: Stage) -> None:
    from tests.services.test_handover import _person

    with fresh_vault() as colleague:
        _person(colleague.conn, "Anna", appointment=clock.today() + timedelta(days=7))
        result = handover_school.create_school_package(
            colleague.conn, "school-1", rules.Deputy("Demo"), stage.folder("paket"))
    handover_school.receive_school_package(stage.conn, result.path, result.key_text,
                                           stage.folder("quittung"))


def _period() -> rules.Period:
    today = clock.today()
    return rules.Period(today + timedelta(days=5), today + timedelta(days=40))


def _deputy_package(stage: Stage, *, goals: bool = False):
    """``goals``: „Ziele der Fälle“ ticked for the chosen persons."""
    period = _period()
    chosen = [c.person_id for c in handover_deputy.propose(stage.conn, period)][:3]
    assert chosen, "the demo proposes persons for a Vertretungspaket"
    return handover_deputy.create_deputy_package(
        stage.conn, period, rules.Deputy("Jana Berger", "SSA Nord"), chosen,
        stage.folder("stick"), today=clock.today(),
        extras={pid: {"case_goals"} for pid in chosen} if goals else None), chosen


def _deputy_package_only(stage: Stage) -> None:
    _deputy_package(stage)


def _deputy_work_and_return(stage: Stage) -> None:
    """An appointment, a contact rating a handed goal (her marked rating comes back) and a
    document she adds (it comes back to the person, marked as hers)."""
    result, chosen = _deputy_package(stage, goals=True)
    working = _period().first + timedelta(days=1)
    pkg, _info = packages.open_package(result.path, result.key_text, today=working,
                                       writable=True)
    try:
        with clock.frozen(working):
            handover_deputy_work.deputy_add_appointment(pkg, chosen[0], working, "10:00",
                                                        "10:30", room="1.12")
            handed = handover_deputy_work.deputy_overview(pkg).goals
            assert handed, "the demo's chosen persons have goals to rate"
            goal = handover_deputy_work.goal_trend(pkg, handed[0].id).goal
            handover_deputy_work.deputy_add_contact(pkg, handover_deputy_work.DeputyContactEntry(
                handed[0].person_id, goal.case_id, working, "EB", 30,
                ratings={goal.id: goal.levels[2]}))
            from tests.support import document_files

            handover_deputy_work.deputy_add_document(
                pkg, chosen[0], "consent", "Einwilligung der Mutter", working,
                document_files.pdf(text="Einwilligung"), "scan.pdf")
    finally:
        pkg.close()
    returned = handover_deputy_work.write_return(result.path, result.key_text,
                                                 stage.folder("stick") / "r.ssapaket",
                                                 today=working)
    handover_return.import_return(stage.conn, returned.path, today=working)


def _school_year_change(stage: Stage) -> None:
    """On the first days of the next school year (the operation's ``day``)."""
    plans = school_year_change.plans(stage.conn)
    assert plans, "the demo's schools have a change due"
    for plan in plans:
        school_year_change.apply(stage.conn, plan)


def _retention_run(stage: Stage) -> None:
    """A year and more after the demo's last entries (the operation's ``day``): much is
    due."""
    report = retention.apply_due(stage.conn)
    assert report.entries, "the demo has items due for deletion"


def _restriction_and_hold(stage: Stage) -> None:
    first, second = [p.id for p in repo.PERSONS.all(stage.conn)][:2]
    retention.restrict(stage.conn, first, "request")
    retention.add_hold(stage.conn, second, sorted(retention.rt.HOLD_REASONS)[0],
                       clock.today() + timedelta(days=90))


def _deletions_by_hand(stage: Stage) -> None:
    """Everything the worker deletes by hand, each leaving its tombstone."""
    conn = stage.conn
    held = {h.record_id for h in retention.holds(conn)}   # a hold keeps all of her
    appointment = next(a for a in repo.APPOINTMENTS.all(conn) if a.person_id not in held)
    appointments.delete_appointment(conn, appointment.id)
    partner = network.save_partner(conn, Partner("Beratungsstelle Demo"))
    network.delete_partner(conn, partner.id)
    absence = worktime.add_absence(conn, Absence("sick", clock.today(), clock.today()))
    worktime.delete_absence(conn, absence.id)
    draft = notes.save_draft(conn, new_id(), "contact", {"note": "Entwurf"})
    notes.delete_draft(conn, draft.id)
    [group_session] = repo.GROUP_SESSIONS.all(conn)[:1]
    groups.remove_session(conn, group_session.id)
    [offer] = repo.OPEN_OFFERS.all(conn)[:1]
    open_offers.remove(conn, offer.id)
    [activity] = repo.NETWORK_ACTIVITIES.all(conn)[:1]
    network.remove_network_activity(conn, activity.id)
    [short_contact] = activities.short_contacts(conn)[:1]
    activities.remove_short_contact(conn, short_contact.id)


def _reversed_consent_corrected(stage: Stage) -> None:
    """A consent an old import took in ending before its begin, its end corrected (with
    its Korrekturvermerk)."""
    from ssa_desktop.domain.entities import Consent

    conn = stage.conn
    person = repo.PERSONS.all(conn)[0]
    begin = clock.today() - timedelta(days=30)
    held = repo.CONSENTS.insert(conn, Consent(person.id, "Jugendamt", begin,
                                              valid_to=begin - timedelta(days=365)))
    consents.correct_reversed_days(conn, held.id, begin + timedelta(days=60))


def _goals_rated(stage: Stage) -> None:
    """Goals with a scale on a crawled person's case: set up, rated at a review and with a
    contact, one removed by hand with its rating (tombstones)."""
    from ssa_desktop.domain import goals as g

    conn = stage.conn
    first = repo.PERSONS.all(conn)[0]
    case = next((c for c in repo.CASES.all(conn) if c.person_id == first.id), None)
    if case is None:
        from ssa_desktop.domain.entities import Case
        from ssa_desktop.services import persons

        case = persons.save_case(conn, Case(first.id, clock.today(), title="Crawl"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Pünktlich kommen", scale=g.GAS, baseline=-2,
                                            pupil_words="Ich bin um acht da", created="2024-08-01 08:00:00"))
    goals.rate(conn, goal.id, -1)
    goals.record_rated_contact(conn, Contact(clock.today(), "EB", 30, person_id=first.id,
                                             case_id=case.id, school_id=case.school_id),
                               {goal.id: 0})
    spare = goals.save_goal(conn, g.CaseGoal(case.id, "Versehentlich angelegt", created="2024-08-01 08:00:00"))
    goals.delete_rating(conn, goals.rate(conn, spare.id, 2).id)
    goals.delete_goal(conn, spare.id)


def _documents(stage: Stage) -> None:
    """Her papers in the vault: a scan for a person, a letter for her case, a signed consent
    for her consent, a DOCX exported (a disclosure) and deleted by hand (a tombstone)."""
    from ssa_desktop.domain.documents import Owner
    from tests.support import document_files as f

    conn = stage.conn
    barred = {h.record_id for h in retention.holds(conn)} | retention.restricted_ids(conn)
    case = next(c for c in repo.CASES.all(conn) if c.person_id not in barred)
    consent = next(c for c in repo.CONSENTS.all(conn) if c.person_id not in barred)
    day = clock.today()
    documents.add_document(conn, Owner("person", case.person_id), "report", "Zeugnis",
                           day, f.image("PNG"), "zeugnis.png")
    letter = documents.add_document(conn, Owner("case", case.id), "letter", "Brief", day,
                                    f.pdf(), "brief.pdf")
    documents.read_text(conn, letter.id)   # her „Text auslesen“: into the search index
    documents.print_document(conn, letter.id, lambda _data, begun: begun(), "Jugendamt",
                             "4KKG")
    documents.add_document(conn, Owner("consent", consent.id), "consent", "Einwilligung",
                           day, f.image("TIFF", pages=2), "einwilligung.tif")
    docx = documents.add_document(conn, Owner("person", case.person_id), "other",
                                  "Bericht", day, f.docx(), "bericht.docx")
    documents.export_document(conn, docx.id, stage.folder("export") / "bericht.docx",
                              "Jugendamt", "4KKG")   # a disclosure, in the log
    documents.delete_document(conn, docx.id)


def _interchange_import(stage: Stage) -> None:
    """The demo's exchange file with its documents (``--with-documents``) read into a
    new, empty vault (a move to another program version); the crawl looks at the new
    vault, every document there again."""
    path = interchange.write_export(stage.conn, stage.folder("austausch") / "alles.json",
                                    with_documents=True)
    carried = len(documents.every_document(stage.conn))
    stage.session.lock()
    stage.session, _ = Vault.create(stage.scratch / "neu", stage.passphrase, params=FAST_KDF)
    interchange_import.import_document(stage.conn, interchange.read_document(path), beside=path)
    assert carried and len(documents.every_document(stage.conn)) == carried


def _interchange_merge(stage: Stage) -> None:
    """A colleague's exchange file merged into the demo vault; then her next file, in
    which Anna's consent is withdrawn, taken in a conflict choice (its Korrekturvermerk)."""
    from tests.services.test_handover import _person

    with fresh_vault() as colleague:
        _person(colleague.conn, "Anna", appointment=clock.today() + timedelta(days=7))
        doc = interchange.export_document(colleague.conn)
    interchange_merge.merge_document(stage.conn, doc)
    [consent] = doc["tables"]["consent"]
    consent["withdrawn_on"] = clock.today().isoformat()
    taken = interchange_merge.merge_document(stage.conn, doc, {"*": interchange_merge.TAKE_THEIRS})
    assert taken.taken["consent"] == 1
    assert consents.corrections(stage.conn, consent["person_id"])


def _restore(stage: Stage) -> None:
    backup = vault_admin.backup_vault(stage.session, stage.folder("sicherung"))
    appointments.save_appointment(stage.conn, Appointment(clock.today(), "08:00", "08:30",
                                                          note="nach der Sicherung"))
    vault_admin.restore_vault(stage.session, backup)


def _move(stage: Stage) -> None:
    """She moves the locked vault's folder elsewhere and opens it there."""
    old = stage.session.vault.folder
    stage.session.lock()
    new = stage.scratch / "anderswo" / "tresor"
    new.parent.mkdir()
    shutil.move(old, new)
    stage.session = Vault(new).unlock(stage.passphrase)


def _rekey(stage: Stage) -> None:
    session.rekey(stage.session, stage.passphrase, progress=lambda *_: None)


def _post_handover(stage: Stage) -> None:
    post_handover.hand_over_post(stage.session, stage.passphrase, NEW_PASSPHRASE,
                                 progress=lambda *_: None, params=FAST_KDF)
    stage.passphrase = NEW_PASSPHRASE


def _rule_pack(stage: Stage) -> None:
    """A new rule pack for the running year (another rate, formula and deadlines), her
    Landkreis profile chosen, the ended year kept under the pack it was exported with."""
    import json

    doc = json.loads(rule_pack.shipped().text)
    doc.update({"rate": 22000, "title": "Crawl-Paket",
                "grant_formula": {"name": "pro_rata_days", "parameters": {}},
                "deadlines": {"kvjs": "09-30", "landkreis": "07-15"}})
    path = stage.folder("regeln") / "paket.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    seen = rule_packs.preview(stage.conn, path)
    rule_packs.keep_exported_year(stage.conn, clock.today().year - 1)
    rule_packs.accept(stage.conn, seen.pack)
    rule_packs.choose_landkreis(stage.conn, "Breisgau-Hochschwarzwald")


def _letter_kept(stage: Stage) -> None:
    """A Schweigepflichtentbindung and a Teilnahmebestätigung made from the demo vault and
    kept as documents (of the consent, of the person); her template kept in the vault."""
    from ssa_desktop.domain.entities import Consent, GroupActivity
    from ssa_desktop.domain.schoolyear import SchoolYear

    conn = stage.conn
    pupil = sorted((p for p in repo.PERSONS.all(conn) if p.kind == "pupil"),
                   key=lambda p: p.id)[0]
    consent = repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", clock.today()))
    group = groups.save_group(conn, GroupActivity("Crawl-Gruppe",
                                                    SchoolYear.of(clock.today()).start_year))
    groups.add_session(conn, group.id, clock.today(), 60)
    for kind, source in (("consent_release", consent.id), ("participation", group.id)):
        request = letters.LetterRequest(kind, pupil.id, source, "Familie Muster\nWeg 1\n79100 Freiburg")
        letters.keep(conn, request, letters.make(conn, request))
    # her own template kept in the vault, a letter from it kept, another template deleted
    from tests.letters.test_own_templates import docx

    kept = letter_templates.import_template(conn, "Bestätigung", "participation",
                                            docx("Für {{ person.first_name }}"), "docx")
    request = letters.LetterRequest("participation", pupil.id, group.id, template_id=kept.id)
    letters.keep(conn, request, letters.make(conn, request), kept.name)
    gone = letter_templates.import_template(conn, "Alt", "general", docx("Hallo"), "docx")
    letter_templates.delete_template(conn, gone.id)
    # a letter to the office the consent names, saved as a file (as her dialog saves it:
    # on the runner) and logged in the Übermittlungsprotokoll; another only logged
    office = letters.LetterRequest("consent_release", pupil.id, consent.id,
                                   "Jugendamt\nPostfach 1", outside=True, legal_basis="consent")
    letters.save_letter(conn, stage.scratch / "brief.pdf", office, letters.make(conn, office),
                        Progress())
    letters.disclose(conn, office)


def _serial_letter(stage: Stage) -> None:
    """Members of a group (one ended, one entered by mistake and removed), a serial letter
    to two of them kept with each person and one sent to an office (logged), an invitation
    to a member's guardians at their postal address kept with her; another group
    with a member deleted: its membership goes with it."""
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.domain.schoolyear import SchoolYear

    conn = stage.conn
    pupils = sorted((p for p in repo.PERSONS.all(conn) if p.kind == "pupil"),
                    key=lambda p: p.id)[:4]
    group = groups.save_group(conn, GroupActivity("Crawl-Serie",
                                                    SchoolYear.of(clock.today()).start_year))
    groups.add_session(conn, group.id, clock.today(), 60)
    members = [group_members.add_member(conn, group.id, p.id) for p in pupils]
    group_members.end_membership(conn, members[1].id)
    held = {h.record_id for h in retention.holds(conn)}   # a hold keeps all of her
    group_members.remove_member(conn, next(m for m in members[:1:-1]
                                           if m.person_id not in held).id)
    chosen = tuple(p.id for p in pupils[:2])
    made = letters.make_serial(conn, letters.SerialRequest("participation", group.id, chosen,
                                                           to_guardians=True))
    letters.keep_serial(conn, made)
    office = letters.make_serial(conn, letters.SerialRequest(
        "participation", group.id, chosen[:1], addresses={chosen[0]: "Jugendamt\nPostfach 1"},
        outside=True, legal_basis="8a"))
    letters.disclose_serial(conn, office)
    letters.save_serial_letter(conn, stage.scratch / "serienbrief.pdf",
                               [request for request, _made in office], german,
                               Progress())
    # printed (the pages to a printer that takes them) and kept on the runner's path
    letters.print_serial_letter(conn, [request for request, _made in office],
                                lambda _pages, _progress, begun: begun(), german,
                                Progress())
    letters.keep_serial_letter(conn, [request for request, _made in made], german, "",
                               Progress())
    # the invitation to the guardians at their postal address, from a parents' evening
    pupils[0].guardian_address = "Frau Crawl\nWeg 1\n79312 Emmendingen"
    persons.save_person(conn, pupils[0])
    evening = appointments.save_appointment(conn, Appointment(
        clock.today() + timedelta(days=7), "18:00", "19:30", room="Aula"))
    letters.keep_serial(conn, letters.make_serial(conn, letters.SerialRequest(
        "invitation", group.id, chosen[:1], to_guardians=True, source_id=evening.id)))
    other = groups.save_group(conn, GroupActivity("Crawl-Serie 2",
                                                    SchoolYear.of(clock.today()).start_year))
    group_members.add_member(conn, other.id, pupils[2].id)
    groups.delete_group(conn, other.id)


OPERATIONS: tuple[Operation, ...] = (
    Operation("demo", _demo, ()),
    Operation("school-package-and-receipt", _school_package_and_receipt,
              (handover_school.create_school_package, handover_confirm.confirm_school_handover)),
    Operation("successor-receive", _successor_receive,
              (handover_school.receive_school_package,)),
    Operation("deputy-package", _deputy_package_only, (handover_deputy.create_deputy_package,)),
    Operation("deputy-work-and-return", _deputy_work_and_return,
              (handover_deputy_work.write_return, handover_return.import_return)),
    Operation("school-year-change", _school_year_change, (school_year_change.apply,),
              day=date(2027, 8, 3)),
    Operation("retention-run", _retention_run, (retention.apply_due, retention.apply),
              day=date(2028, 2, 1)),
    Operation("restriction-and-hold", _restriction_and_hold,
              (retention.restrict, retention.add_hold)),
    Operation("deletions-by-hand", _deletions_by_hand,
              (appointments.delete_appointment, network.delete_partner,
               worktime.delete_absence, notes.delete_draft, groups.remove_session,
               open_offers.remove, network.remove_network_activity,
               activities.remove_short_contact)),
    Operation("reversed-consent-corrected", _reversed_consent_corrected,
              (consents.correct_reversed_days,)),
    Operation("goals-rated", _goals_rated,
              (goals.save_goal, goals.rate, goals.record_rated_contact, goals.delete_rating,
               goals.delete_goal)),
    Operation("documents", _documents, (documents.add_document, documents.export_document,
                                        documents.read_text, documents.print_document,
                                        documents.delete_document)),
    Operation("interchange-import", _interchange_import, (interchange_import.import_document,)),
    Operation("interchange-merge", _interchange_merge, (interchange_merge.merge_document,)),
    Operation("restore", _restore, (vault_admin.backup_vault, vault_admin.restore_vault)),
    Operation("move", _move, ()),
    Operation("rekey", _rekey, (session.rekey,)),
    Operation("post-handover", _post_handover, (post_handover.hand_over_post,
                                                documents.rekey_files)),
    Operation("letter-kept", _letter_kept, (letters.keep, letter_templates.import_template,
                                            letter_templates.delete_template,
                                            letters.disclose, letters.save_letter)),
    Operation("serial-letter", _serial_letter,
              (group_members.add_member, group_members.end_membership,
               group_members.remove_member, letters.keep_serial, letters.disclose_serial,
               letters.save_serial_letter, letters.print_serial_letter,
               letters.keep_serial_letter)),
    Operation("rule-pack", _rule_pack, (rule_packs.accept, rule_packs.choose_landkreis,
                                        rule_packs.keep_exported_year)),
)

# -- every other use case that writes, and why it is no crawl of its own --------------------
EVERYDAY = ("one record of her daily work written or corrected at a time; the demo "
            "generator writes every such kind and the crawl's base line (\"demo\") opens them")
ONE_DECISION = ("one Datenschutz decision on one record; the demo's privacy work writes "
                "these and \"restriction-and-hold\" adds more")
SETTING = "one setting or catalogue value; the demo writes its own"
PACKAGE_BOOKS = ("keeps track of package files and keys only (registry, sweep), run "
                 "inside the handover operations and at every unlock")
INSIDE = "runs only inside an operation of the list (named)"
UNLOCK = "runs at every unlock, that is at the start of every crawl"
BACKUP_FILE = "writes a backup file beside the vault, no record in it"

EXEMPT: dict[str, str] = {
    **{f"ssa_desktop.services.{name}": EVERYDAY for name in (
        "activities.record_contact", "activities.record_short_contact",
        "activities.correct_short_contact", "activities.record_group_session",
        "activities.record_open_offer", "activities.record_network_activity",
        "activities.save_group", "agreements.save_agreement", "agreements.save_goal",
        "agreements.delete_goal", "agreements.move_goal", "agreements.apply_templates",
        "annual_report.save_texts", "appointments.save_appointment",
        "appointments.set_status", "appointments.mark_attended",
        "appointments.document_appointment", "child_protection.start_procedure",
        "child_protection.add_step", "child_protection.inform_youth_office",
        "child_protection.report_acute_danger", "child_protection.set_outcome",
        "child_protection.close_procedure", "consents.save_consent",
        "consents.withdraw_consent", "consents.record_disclosure", "groups.save_group",
        "groups.delete_group", "groups.add_session", "network.save_partner",
        "network.record_network_activity", "notes.save_draft",
        "notes.end_superseded_form_drafts", "notes.add_annotation",
        "notes.set_disputed", "notes.add_working_note", "notes.finalise_working_note",
        "open_offers.record", "persons.save_person", "persons.save_case",
        "persons.close_case", "setup.save_school", "setup.delete_school", "setup.save_post",
        "setup.set_post_share", "setup.save_post_with_shares", "setup.save_initial_setup",
        "staff.save_staff", "statistics.mark_delivered", "statistics.unmark_delivered",
        "timeshare.save_agreement_targets", "worktime.set_cell", "worktime.copy_last_week",
        "worktime.start_stopwatch", "worktime.stop_stopwatch",
        "worktime.discard_stopwatch", "worktime.add_absence",
        "worktime.add_school_holiday", "worktime.delete_school_holiday",
    )},
    **{f"ssa_desktop.services.{name}": ONE_DECISION for name in (
        "privacy.open_request", "privacy.record_objection", "privacy.decide_objection",
        "privacy.save_review", "privacy.complete_request", "privacy.write_auskunft",
        "retention.lift_restriction", "retention.lift_hold", "retention.decide",
        "retention.record_decision", "retention.not_needed_after_review",
        "retention.apply_9b", "retention.classify_9b", "whereabouts.answer",
    )},
    **{f"ssa_desktop.services.{name}": SETTING for name in (
        "appointments.set_slip_logo", "letters.set_logo", "settings.set_value", "settings.reset",
        "settings.set_text", "statistics.use_template", "statistics.use_default_template",
        "timeshare.add_extra_category", "retention.set_period",
        "school_year_change.postpone", "school_year_change.postpone_waiting",
        "school_year_change.set_last_grade", "scanner.set_folder", "scanner.mark_offered",
    )},
    **{f"ssa_desktop.services.{name}": PACKAGE_BOOKS for name in (
        "handover.remove_issued_key", "handover.register_received",
        "handover.register_return", "handover.sweep_received", "handover.sweep_issued",
        "handover_confirm.finish_interrupted_handovers",
        "handover.close_received_window", "handover.windows_to_reopen",
    )},
    "ssa_desktop.services.goals.record_closing":
        INSIDE + ": every closing of a case (persons.save_case; the demo closes cases with goals)",
    "ssa_desktop.services.goals.record_year_end": INSIDE + ": school-year-change",
    "ssa_desktop.services.retention.delete_handed_over":
        INSIDE + ": school-package-and-receipt",
    "ssa_desktop.services.notes.purge_expired_working_notes": UNLOCK,
    "ssa_desktop.services.notes._save_listed_draft":
        "the half of notes.save_draft (everyday) that announces a draft the lists show",
    "ssa_desktop.services.retention.check_at_unlock": UNLOCK,
    "ssa_desktop.services.letter_templates.import_template_file":
        "reads her file, then keeps it through import_template (crawled: letter-kept)",
    "ssa_desktop.services.backups.auto_backup": BACKUP_FILE,
    "ssa_desktop.services.rule_packs.record_year": INSIDE + " (\"rule-pack\", marking a year delivered)",
    "ssa_desktop.services.statistics.count_export":
        "one counter in meta (the revision of the KVJS export about to be written: export_all, "
        "CLI kvjs), no record",
}
