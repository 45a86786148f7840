"""The retention engine's rules (docs/retention.md): ``Engine`` evaluates the facts of
every record kind against the rule table with the configured periods, a person through
the ordered steps of ``Engine.PERSON_STEPS`` (``PersonDraft`` is her assessment while
they make it). What it evaluates – states, the rule table, the facts, the record kinds –
is declared in ``domain/retention.py``. Pure Python and deterministic: the same facts,
periods and day give the same answer. Reads "today" from ``domain.clock`` unless given."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from ..formatting import fmt_date
from . import clock
from .dates import days_in_month
from .retention import (
    ACTIVE,
    CLEAR,
    CP_DECISION,
    DECIDE,
    DECISIONS,
    DELETE,
    DUE,
    HOLD,
    HOLD_REASONS,
    KINDS,
    MARK_9B,
    NOT_NEEDED,
    PERSON,
    RESTRICT,
    RESTRICTED,
    REVIEW,
    Assessment,
    Circumstances,
    Decision,
    DisclosureFacts,
    FreeTextFacts,
    GroupFacts,
    Hold,
    NoteFacts,
    PersonFacts,
    Restriction,
    RuleTable,
    TimeMonthFacts,
    VaultFacts,
    add_period,
    default_periods,
    option_name,
    rule_table,
    school_year_end,
)


@dataclass(slots=True)
class PersonDraft:
    """One person's assessment while the steps of ``Engine.PERSON_STEPS`` make it: her
    facts and circumstances, then what the steps so far decided."""
    p: PersonFacts
    today: date
    holds: list[Hold]
    restriction: Restriction | None
    decision: Decision | None
    marked_9b: bool
    code: str = ""                      # R2 or R9: the rule of the file's due day
    rule: str = ""                      # the rule the assessment names (R5, R9b may take over)
    category: str = ""
    due: date | None = None
    trigger: date | None = None
    words: str = ""                     # the due day's period in words
    state: str = ACTIVE
    action: str | None = DELETE
    reason: str = ""
    assessment: Assessment | None = None   # from ``_settle`` on
    extra: list[Assessment] = field(default_factory=list)   # a field's own assessment

    @property
    def open_cases(self) -> bool:
        return any(c is None for c in self.p.case_closures)

    @property
    def closed(self) -> date:
        """The day her last case closed (all are closed)."""
        return max(c for c in self.p.case_closures if c is not None)

    @property
    def asked_yearly(self) -> bool:
        """R5: a decision on a closed § 8a procedure with the Jugendamt whose review day
        has come is asked again."""
        d, p = self.decision, self.p
        return (p.cp_youth_office and not p.cp_open and d is not None
                and d.decision in DECISIONS and d.review <= self.today)


# -- the engine -------------------------------------------------------------------------
class Engine:
    """Evaluates facts against the rule table with the configured periods."""

    def __init__(self, periods: Mapping[str, int] | None = None, *, enable_9b: bool = False,
                 table: RuleTable | None = None):
        self.table = table or rule_table()
        values = default_periods()
        values.update(periods or {})
        self.values = values
        self.enable_9b = enable_9b
        # equal reason sentences and days of one run are one object each (on ten
        # years 14,000 items shared 800 sentences; their own copies held 2 MB)
        self._shared: dict = {}

    def _share(self, value):
        return self._shared.setdefault(value, value)

    # helpers -----------------------------------------------------------------------------
    def value(self, code: str, key: str) -> int:
        return int(self.values[option_name(code, key)])

    def due_after(self, code: str, key: str, trigger: date) -> date:
        return add_period(trigger, self.table[code].period(key), self.value(code, key))

    def words(self, code: str, key: str) -> str:
        return f"{code}: " + self.table[code].period(key).words.format(n=self.value(code, key))

    @staticmethod
    def when(due: date, today: date) -> str:
        return f"fällig seit {fmt_date(due)}" if due <= today else f"fällig am {fmt_date(due)}"

    # the run -----------------------------------------------------------------------------
    def evaluate(self, facts: VaultFacts, today: date | None = None) -> list[Assessment]:
        """Every record kind's evaluator (``KINDS``) over the facts."""
        today = today or clock.today()
        holds: dict[str, list[Hold]] = {}
        for h in facts.holds:
            holds.setdefault(h.record_id, []).append(h)
        c = Circumstances(today, holds, {r.record_id: r for r in facts.restrictions},
                          {d.record_id: d for d in facts.decisions}, facts.marks_9b)
        out: list[Assessment] = []
        try:
            for kind in KINDS.values():
                if kind.evaluate is not None:
                    out.extend(kind.evaluate(self, facts, c))
        finally:
            self._shared = {}   # the items keep what they share; the index goes
        # by due day, kind and id; three stable sorts by one field each (a key tuple per
        # item held 0.9 MB at once on ten years)
        out.sort(key=attrgetter("record_id"))
        out.sort(key=attrgetter("record_kind"))
        out.sort(key=lambda a: a.due or date.max)
        return out

    def _held(self, base: Assessment, holds: list[Hold], today: date) -> Assessment:
        """A hold turns any state but Aktiv into the Sperre and blocks the action."""
        hold = max(holds, key=lambda h: (h.since, h.id))
        review = (f"Überprüfung fällig seit {fmt_date(hold.review)}" if hold.review <= today
                  else f"Überprüfung am {fmt_date(hold.review)}")
        sentence = (f"Sperre seit {fmt_date(hold.since)} ({HOLD_REASONS.get(hold.reason, hold.reason)}),"
                    f" {review}; ohne Sperre {base.reason}")
        return Assessment(base.record_kind, base.record_id, base.rule, base.category, HOLD,
                          base.due, base.trigger_day, None, self._share(sentence),
                          base.owner_id)

    # persons: R2 (pupils), R9 (parents and third parties), R5, § 9b -----------------------
    def _person(self, p: PersonFacts, today: date, holds: list[Hold],
                restriction: Restriction | None, decision: Decision | None,
                marked_9b: bool) -> list[Assessment]:
        """A person's file and her guardians' contact data: the steps of ``PERSON_STEPS``
        in their order, each reading and changing one draft."""
        d = PersonDraft(p, today, holds, restriction, decision, marked_9b)
        for step in self.PERSON_STEPS:
            step(self, d)
        assert d.assessment is not None   # ``_settle`` made it
        return [d.assessment, *d.extra]

    def _due_date(self, d: PersonDraft) -> None:
        """R2 (pupils: leaving or school change) or R9 (parents and third parties: the end
        of counselling): the file's due day, and whether it has come."""
        due_of = self._pupil_due if d.p.kind == "pupil" else self._third_party_due
        d.code, d.category, d.due, d.trigger, d.words = due_of(d.p)
        d.rule = d.code
        d.reason = (f"{self.when(d.due, d.today)} nach {d.words}" if d.due
                    else "keine Löschfrist erreicht")
        d.state = DUE if d.due is not None and d.due <= d.today else ACTIVE

    def _guardian_contact(self, d: PersonDraft) -> None:
        """R9 for one field: a pupil's guardians' contact data are cleared R9's months after
        her last case closed, if that comes before her file is due; an open § 8a procedure
        or one with the Jugendamt keeps them until it is closed and decided (R5)."""
        p = d.p
        if (p.kind != "pupil" or not p.has_guardian_contact or not p.case_closures
                or d.open_cases or p.cp_open or p.cp_youth_office):
            return
        closed = d.closed
        field_due = self.due_after("R9", "months", closed)
        if d.due is not None and field_due >= d.due:
            return
        item = self._simple("guardian_contact", p.id, "R9", "third_party", field_due, closed,
                            CLEAR, self.words("R9", "months"), d.today, owner=p.id)
        if d.holds and item.state == DUE:
            item = self._held(item, d.holds, d.today)
        d.extra.append(item)

    def _jugendamt(self, d: PersonDraft) -> None:
        """R5: a file with a § 8a procedure with the Jugendamt is not deleted when due; a
        documented decision is needed."""
        if d.due is not None and d.p.cp_youth_office:
            d.rule, d.category, d.action = "R5", "child_protection", DECIDE
            d.reason += "; § 8a mit Jugendamt: Entscheidung nötig (R5)"

    def _section_9b(self, d: PersonDraft) -> None:
        """§ 9b SGB VIII (R9b, only when the Träger chose it): a file placed under § 9b is
        restricted instead of deleted when due."""
        if not (self.enable_9b and d.marked_9b):
            return
        if d.due is not None:
            d.rule, d.category, d.action = "R9b", "case_9b", RESTRICT
            d.reason += "; § 9b: einschränken statt löschen"
        else:
            d.reason += "; nach § 9b eingeordnet: bei Fälligkeit einschränken statt löschen"

    def _review(self, d: PersonDraft) -> None:
        """R2 at case closure: a file whose cases are all closed and that has no due day is
        reviewed; a review that found it no longer needed makes it due from that day
        (not with a § 8a procedure open or with the Jugendamt)."""
        p, decision = d.p, d.decision
        if d.due is not None or not p.case_closures or d.open_cases:
            return
        closed = d.closed
        d.state = REVIEW
        d.reason = f"Fall abgeschlossen am {fmt_date(closed)}; Prüfung nach {d.code}"
        if (decision is not None and decision.decision == NOT_NEEDED
                and decision.decided >= closed and not p.cp_youth_office and not p.cp_open):
            d.state, d.action, d.due, d.trigger = DUE, DELETE, decision.decided, closed
            d.reason = (f"{self.when(d.due, d.today)} nach {d.code}: Fall abgeschlossen am "
                        f"{fmt_date(closed)}, bei der Prüfung am {fmt_date(d.due)} als "
                        "nicht mehr benötigt entschieden")

    def _open_8a(self, d: PersonDraft) -> None:
        """§ 8a: nothing is deleted while a child-protection procedure is open."""
        if d.p.cp_open and d.state == DUE:
            d.state, d.action = ACTIVE, None
            d.reason += "; Verfahren nach § 8a noch offen"

    def _settle(self, d: PersonDraft) -> None:
        """The draft so far becomes the file's assessment; it asks for an action only when
        due. The steps after it replace the whole assessment."""
        d.assessment = Assessment(PERSON, d.p.id, d.rule, d.category, d.state,
                                  self._share(d.due), self._share(d.trigger),
                                  d.action if d.state == DUE else None, self._share(d.reason))

    def _restriction(self, d: PersonDraft) -> None:
        """Art. 18 DSGVO: a restricted file is only stored, not processed (no field is
        cleared); R9b's restriction ends after its years; a restriction by an R5 decision
        ("einschränken") is asked again when its review comes."""
        r, decision, a = d.restriction, d.decision, d.assessment
        if r is None or a is None:
            return
        d.extra = []
        if (r.reason == CP_DECISION and decision is not None and decision.review <= d.today
                and (a.action == DECIDE or d.asked_yearly)):
            d.assessment = self._asked_again(a, decision)
        else:
            d.assessment = self._restricted(a, d.p, r, d.today)

    def _r5_decision(self, d: PersonDraft) -> None:
        """R5: the documented decision on a due file with a § 8a procedure with the
        Jugendamt (deleted, or kept until its review); asked again every year, before
        the file is due too. A restricted file was decided by ``_restriction``."""
        decision, a = d.decision, d.assessment
        if d.restriction is not None or decision is None or a is None:
            return
        if a.action == DECIDE:
            d.assessment = self._decided(a, decision, d.today)
        elif d.asked_yearly:
            d.assessment = self._asked_again(a, decision)

    def _hold(self, d: PersonDraft) -> None:
        """A hold (Sperre) turns any state but Aktiv into the Sperre and blocks the
        action."""
        if d.holds and d.assessment is not None and d.assessment.state != ACTIVE:
            d.assessment = self._held(d.assessment, d.holds, d.today)

    # The order of a person's rules, declared once (docs/retention.md "Reihenfolge der
    # Regeln einer Person"). R14 (dormant persons) follows after the engine, in
    # ``services.retention.assess``.
    PERSON_STEPS = (_due_date, _guardian_contact, _jugendamt, _section_9b, _review, _open_8a,
                    _settle, _restriction, _r5_decision, _hold)

    def _pupil_due(self, p: PersonFacts):
        candidates = []
        if p.leaving_date:
            candidates.append((self.due_after("R2", "leaving", p.leaving_date), p.leaving_date,
                               self.words("R2", "leaving")))
        if p.school_change_date:
            candidates.append((self.due_after("R2", "school_change", p.school_change_date),
                               p.school_change_date, self.words("R2", "school_change")))
        if not candidates:
            return "R2", "case", None, None, ""
        due, trigger, words = min(candidates)
        return "R2", "case", due, trigger, words

    def _third_party_due(self, p: PersonFacts):
        if any(c is None for c in p.case_closures):
            return "R9", "third_party", None, None, ""
        ends = [c for c in p.case_closures if c is not None]
        # counselling has not ended before the last contact or a planned appointment
        ends += [d for d in (p.last_contact, p.last_appointment) if d]
        trigger = max(ends) if ends else p.created
        return ("R9", "third_party", self.due_after("R9", "months", trigger), trigger,
                self.words("R9", "months"))

    def _restricted(self, a: Assessment, p: PersonFacts, r: Restriction,
                    today: date) -> Assessment:
        if r.reason == MARK_9B and p.birth_year is not None:
            until = add_period(date(p.birth_year + 30, 12, 31), self.table["R9b"].period("years"),
                               self.value("R9b", "years"))
            reason = (f"eingeschränkt seit {fmt_date(r.since)} nach R9b; "
                      f"{self.when(until, today)} nach {self.words('R9b', 'years')}")
            if until <= today:
                return Assessment(a.record_kind, a.record_id, "R9b", "case_9b", DUE, until,
                                  r.since, DELETE, reason)
            return Assessment(a.record_kind, a.record_id, "R9b", "case_9b", RESTRICTED, until,
                              r.since, None, reason)
        reason = f"eingeschränkt seit {fmt_date(r.since)}; {a.reason}"
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, RESTRICTED, a.due,
                          a.trigger_day, None, reason)

    def _decided(self, a: Assessment, d: Decision, today: date) -> Assessment:
        label = DECISIONS.get(d.decision, d.decision)
        if d.decision == "delete":
            return Assessment(a.record_kind, a.record_id, a.rule, a.category, DUE, a.due,
                              a.trigger_day, DELETE,
                              f"{a.reason}; entschieden am {fmt_date(d.decided)}: {label}")
        if d.review <= today:
            return self._asked_again(a, d)
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, HOLD, d.review,
                          a.trigger_day, None,
                          f"entschieden am {fmt_date(d.decided)}: {label}; erneut am "
                          f"{fmt_date(d.review)} nach {self.words('R5', 'review_months')}")

    def _asked_again(self, a: Assessment, d: Decision) -> Assessment:
        """R5's yearly review: the decision is due again (Datenschutz asks for it)."""
        label = DECISIONS.get(d.decision, d.decision)
        return Assessment(a.record_kind, a.record_id, "R5", "child_protection", DUE, d.review,
                          a.trigger_day, DECIDE,
                          f"erneute Entscheidung fällig seit {fmt_date(d.review)} nach "
                          f"{self.words('R5', 'review_months')} (zuletzt: {label})")

    # other kinds -------------------------------------------------------------------------
    def _simple(self, kind: str, record_id: str, code: str, category: str, due: date,
                trigger: date | None, action: str, words: str, today: date,
                owner: str | None = None) -> Assessment:
        state = DUE if due <= today else ACTIVE
        return Assessment(kind, record_id, code, category, state, self._share(due),
                          self._share(trigger), action if state == DUE else None,
                          self._share(f"{self.when(due, today)} nach {words}"), owner)

    def _note(self, n: NoteFacts, today: date, holds: list[Hold]) -> Assessment:
        latest = self.due_after("R3", "days", n.created)
        due = min(latest, n.expires)
        words = (self.words("R3", "days") if latest <= n.expires
                 else "R3: Eintrag abgeschlossen (Ablaufdatum der Notiz)")
        a = self._simple("working_note", n.id, "R3", "working_note", due, n.created, DELETE,
                         words, today, owner=n.person_id)
        return self._held(a, holds, today) if holds and a.state == DUE else a

    def _group(self, g: GroupFacts, today: date, holds: list[Hold]) -> list[Assessment]:
        end = school_year_end(g.school_year)
        group_due = self.due_after("R4", "months", end)
        out = [self._simple("group", g.id, "R4", "group", group_due,
                            end, DELETE, self.words("R4", "months"), today)]
        if g.has_name_list and g.reported:
            names_due = self.due_after("R4", "names", end)
            if names_due < group_due:
                out.append(self._simple("name_list", g.id, "R4", "group", names_due, end,
                                        CLEAR, self.words("R4", "names"), today))
        if holds:
            out = [self._held(a, holds, today) if a.state == DUE else a for a in out]
        return out

    def _time(self, m: TimeMonthFacts, today: date) -> Assessment:
        end = date(m.month.year, m.month.month,
                   days_in_month(m.month.year, m.month.month))
        # the id is the stored days' "YYYY-MM" (ISO: four-digit year), as deletion matches it
        return self._simple("time_month", m.month.isoformat()[:7], "R8", "time",
                            self.due_after("R8", "months", end), end, DELETE,
                            self.words("R8", "months"), today)

    def _disclosure(self, d: DisclosureFacts, today: date) -> Assessment:
        return self._simple("disclosure", d.id, "R10", "disclosure",
                            self.due_after("R10", "months", d.person_deleted), d.person_deleted,
                            DELETE, self.words("R10", "months"), today)

    def _free_text(self, t: FreeTextFacts, today: date, key: str, action: str) -> Assessment:
        """R13: free text outside persons' files, cleared (or deleted) after its period
        (the R13 period ``key``)."""
        return self._simple(t.kind, t.id, "R13", "free_text", self.due_after("R13", key, t.trigger),
                            t.trigger, action, self.words("R13", key), today)

    def _restricted_note(self, a: Assessment, r: Restriction) -> Assessment:
        """A restricted person's working note is not proposed (Art. 18 DSGVO): the
        restriction decides, as for her file."""
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, RESTRICTED, a.due,
                          a.trigger_day, None,
                          f"Einschränkung seit {fmt_date(r.since)}; ohne sie {a.reason}",
                          a.owner_id)

    # the kinds' evaluators (``KINDS``) -----------------------------------------------------
    def _persons(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        out: list[Assessment] = []
        for p in facts.persons:
            out.extend(self._person(p, c.today, c.holds.get(p.id, []), c.restricted.get(p.id),
                                    c.decisions.get(p.id), p.id in c.marks_9b))
        return out

    def _notes(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        out = []
        for n in facts.notes:
            a = self._note(n, c.today, c.holds.get(n.person_id or "", []))
            r = c.restricted.get(n.person_id or "")
            out.append(self._restricted_note(a, r) if r is not None and a.state == DUE else a)
        return out

    def _groups(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [a for g in facts.groups for a in self._group(g, c.today, c.holds.get(g.id, []))]

    def _time_months(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [self._time(m, c.today) for m in facts.time_months]

    def _disclosures(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [self._disclosure(d, c.today) for d in facts.disclosures]

    def _free_texts(self, facts: VaultFacts, c: Circumstances, kind: str,
                    key: str) -> list[Assessment]:
        """An R13 kind: its free texts after the R13 period ``key``, then its action."""
        action = KINDS[kind].action
        return [self._free_text(t, c.today, key, action) for t in facts.free_texts
                if t.kind == kind]
