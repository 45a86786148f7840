"""Nothing lingers (docs/retention.md "R14 – Ruhende Personen"): a person with
no activity for the configured months is asked for review instead of staying silently
active. Pure Python; applied after the retention engine (``review`` takes its
assessments and returns them with the dormant persons' state replaced).

Activity: the person's creation, their own contacts and the contacts in their cases, an
appointment that was not cancelled (a planned one too), the opening or closing of a case,
the opening, closing or any step of a § 8a procedure. A person whose last activity is
``months`` ago (``case_months`` while a case of theirs is open) is "Prüfung fällig
(ruhend)". So is a pupil whose whereabouts were "nicht bekannt" at a Schuljahreswechsel,
at once. The review offers the R2 path ("Nicht mehr benötigt …": due for deletion), a
leaving date (R2 takes over) or "weiter benötigt bis …" (a hold with a review date, asked
again on that day).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from ..formatting import fmt_date
from . import retention as rt
from .schoolyear import SchoolYear

DORMANT = "Prüfung fällig (ruhend)"
RESTRICTED_REVIEW = "Eingeschränkt – Prüfung fällig"
RULE = "R14"
CATEGORY = "dormant"
STILL_NEEDED = "still_needed"          # hold reason "weiter benötigt bis …"


@dataclass(frozen=True)
class ActivityFacts:
    person_id: str
    last_activity: date
    open_case: bool = False      # a case of the person is open
    unknown: bool = False        # whereabouts "nicht bekannt" at a Schuljahreswechsel


def is_review(a: rt.Assessment) -> bool:
    """A review prompt: the R2 review at case closure, a dormant person or a restriction
    that outlasted everything else."""
    return a.state in (rt.REVIEW, DORMANT, RESTRICTED_REVIEW)


def _latest_holds(holds: Iterable[rt.Hold]) -> dict[str, rt.Hold]:
    """Each person's hold with the latest review."""
    held: dict[str, rt.Hold] = {}
    for h in holds:
        if h.record_kind == rt.PERSON and (h.record_id not in held
                                          or h.review > held[h.record_id].review):
            held[h.record_id] = h
    return held


def _lingering(a: rt.Assessment, today: date) -> bool:
    """Active or for review at case closure – a person whose deletion is already dated (a
    leaving or change day) is not lingering: R2 takes its course."""
    return a.state == rt.REVIEW or (a.state == rt.ACTIVE and (a.due is None or a.due <= today))


def review(assessments: Iterable[rt.Assessment], activity: Mapping[str, ActivityFacts],
           holds: Iterable[rt.Hold], decisions: Iterable[rt.Decision], today: date, *,
           months: int, case_months: int,
           restrictions: Iterable[rt.Restriction] = ()) -> list[rt.Assessment]:
    """The assessments with every dormant person's state made explicit, and every
    restriction that outlasted everything else (``restricted_review``)."""
    held = _latest_holds(holds)
    latest = {d.record_id: d for d in decisions}
    restricted = {r.record_id: r for r in restrictions if r.record_kind == rt.PERSON}
    out = []
    for a in assessments:
        f = activity.get(a.record_id) if a.record_kind == rt.PERSON else None
        r = restricted.get(a.record_id) if a.state == rt.RESTRICTED else None
        if f is not None and r is not None:
            out.append(restricted_review(a, f, r, today, months, case_months))
        elif f is not None and _lingering(a, today):
            out.append(_person(a, f, held.get(a.record_id), latest.get(a.record_id), today,
                               months, case_months))
        else:
            out.append(a)
    return out


def _person(a: rt.Assessment, f: ActivityFacts, hold: rt.Hold | None,
            decision: rt.Decision | None, today: date, months: int,
            case_months: int) -> rt.Assessment:
    period = case_months if f.open_case else months
    due = rt.add_months(f.last_activity, period)
    # "nicht bekannt" at the Schuljahreswechsel: asked at once, until there is activity
    # in the new school year
    unknown = f.unknown and f.last_activity < SchoolYear.of(today).start
    if unknown:
        due = min(due, today)
    if due > today:
        return a
    if hold is not None and hold.review > today:
        label = rt.HOLD_REASONS.get(hold.reason, hold.reason)
        return replace(a, state=rt.HOLD, action=None,
                       reason=f"{label} bis {fmt_date(hold.review)} (Sperre seit "
                              f"{fmt_date(hold.since)}); danach erneute Prüfung")
    if (decision is not None and decision.decision == rt.NOT_NEEDED
            and decision.decided >= f.last_activity and not f.open_case):
        return rt.Assessment(rt.PERSON, a.record_id, RULE, CATEGORY, rt.DUE, decision.decided,
                             f.last_activity, rt.DELETE,
                             f"fällig seit {fmt_date(decision.decided)} nach {RULE}: bei der "
                             f"Prüfung am {fmt_date(decision.decided)} als nicht mehr "
                             "benötigt entschieden")
    if unknown:
        sentence = ("Verbleib beim Schuljahreswechsel nicht bekannt: bitte Abgang, Schulwechsel "
                    "oder „weiter benötigt bis …“ angeben")
    elif f.open_case:
        sentence = (f"offener Fall ohne Aktivität seit {fmt_date(f.last_activity)} "
                    f"({RULE}: {period} Monate): bitte den Fall abschließen oder "
                    "„weiter benötigt bis …“ angeben")
    else:
        sentence = (f"keine Aktivität, kein Termin und kein offenes § 8a-Verfahren seit "
                    f"{fmt_date(f.last_activity)} ({RULE}: {period} Monate): bitte prüfen")
    if hold is not None:
        sentence = f"Überprüfung der Sperre fällig seit {fmt_date(hold.review)}; {sentence}"
    return rt.Assessment(rt.PERSON, a.record_id, RULE, CATEGORY, DORMANT, due,
                         f.last_activity, None, sentence)


# -- a restriction that outlasts everything else ----------------------------------------------
def restriction_review_day(a: rt.Assessment, f: ActivityFacts, r: rt.Restriction, months: int,
                           case_months: int) -> date:
    """When the restriction and everything else would have ended: R14's ``months`` after
    the restriction began, and the file's due day – without one, the day R14 would ask
    about the person (``case_months`` while a case is open) – whichever is later."""
    ends = a.due or rt.add_months(f.last_activity, case_months if f.open_case else months)
    return max(ends, rt.add_months(r.since, months))


def _outlasting(a: rt.Assessment, r: rt.Restriction) -> bool:
    """A restriction without an end of its own: not R9b's (it ends after its years), not
    an R5 decision's (asked again at its review)."""
    return a.rule != "R9b" and r.reason != rt.CP_DECISION


def restricted_review(a: rt.Assessment, f: ActivityFacts, r: rt.Restriction, today: date,
                      months: int, case_months: int) -> rt.Assessment:
    """A restricted person (Art. 18 DSGVO) is only stored: no contact, no due day, no R14
    review ever comes. On ``restriction_review_day`` she is asked whether the restriction
    is still needed (lift it, or "weiter benötigt bis …": a hold with its own review)."""
    if not _outlasting(a, r):
        return a
    day = restriction_review_day(a, f, r, months, case_months)
    if day > today:
        return a
    if a.due is not None:
        rest = a.reason.removeprefix(f"eingeschränkt seit {fmt_date(r.since)}; ")
    else:
        period = case_months if f.open_case else months
        what = "Fall ohne Aktivität" if f.open_case else "keine Aktivität"
        rest = f"{what} seit {fmt_date(f.last_activity)} ({RULE}: {period} Monate)"
    label = rt.RESTRICTION_REASONS.get(r.reason, r.reason)
    sentence = (f"eingeschränkt seit {fmt_date(r.since)}, Grund: {label} – sonst ist nichts mehr "
                f"offen: {rest}; bitte prüfen, ob die Einschränkung noch nötig ist: aufheben "
                "oder „weiter benötigt bis …“ angeben")
    return rt.Assessment(rt.PERSON, a.record_id, RULE, CATEGORY, RESTRICTED_REVIEW, day,
                         r.since, None, sentence)
