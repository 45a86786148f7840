"""Consents with their disclosures, and § 8a procedures (one open, one closed)."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import entities as e
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from .base import GeneratorBase
from .catalogue import (
    HEAVY_PSEUDONYM,
)


class ChildProtection(GeneratorBase):
    def consents(self) -> None:
        rng, today = self.rng, self.today
        candidates = [x for x in self.pupils if x.person.pseudonym != HEAVY_PSEUDONYM]
        chosen = rng.sample(candidates, min(len(candidates), max(6, self.n(4) * self.years)))
        recipients = ("Klassenleitung {c}", "Landratsamt – Jugendamt / ASD",
                      "Psychologische Beratungsstelle", "Schulleitung",
                      "Kinder- und Jugendpsychiatrie – Institutsambulanz")
        states = ["expiring", "expired", "withdrawn"] + ["valid"] * (len(chosen) - 3)
        for pupil, state in zip(chosen, states, strict=False):
            person = pupil.person
            recipient = rng.choice(recipients).format(c=person.class_label or "")
            start = today - timedelta(days=rng.randint(60, 400))
            end: date | None = start + timedelta(days=365)
            withdrawn = None
            if state == "expiring":
                start, end = today - timedelta(days=200), today + timedelta(days=9)
            elif state == "expired":
                end = today - timedelta(days=rng.randint(5, 60))
                start = end - timedelta(days=365)
            elif state == "withdrawn":
                withdrawn = today - timedelta(days=rng.randint(3, 40))
            elif end is not None and end <= today:
                end = SchoolYear.of(today).end
            grade = person.grade or 7
            party = "young_person" if grade >= 8 else rng.choice(("guardians", "both"))
            consent = e.Consent(
                person.id, recipient, start, party=party,
                entrusted_by="Mutter" if rng.random() < 0.2 else "",
                scope="Terminabsprachen und Teilnahme an Gesprächen; keine Gesprächsinhalte",
                purpose="Abstimmung der Unterstützung in der Schule", valid_to=end,
                withdrawn_on=withdrawn, id=self.id())
            self.add(repo.CONSENTS, consent)
            if state != "expired" or rng.random() < 0.5:
                self.add(repo.DISCLOSURES, e.Disclosure(
                    person.id, min(today, start + timedelta(days=rng.randint(1, 30))), recipient,
                    ("master", "attendance"), "consent", consent_id=consent.id, id=self.id()))

    def child_protection(self) -> None:
        rng, today = self.rng, self.today
        cases = self.out[repo.CASES.name]
        by_person = {x.person.id: x for x in self.pupils}
        active = [c for c in cases if c.person_id in by_person
                  and not by_person[c.person_id].person.leaving_date
                  and by_person[c.person_id].person.pseudonym != HEAVY_PSEUDONYM]
        if not active:
            return
        open_case = max(active, key=lambda c: (c.opened, c.id))
        opened = today - timedelta(days=16)
        proc = e.ChildProtectionProcedure(open_case.person_id, opened, case_id=open_case.id,
                                          id=self.id())
        self.add(repo.CP_PROCEDURES, proc)
        self.procedure_record(proc, by_person[proc.person_id].person)
        steps = (
            ("1", opened, "Schulsozialarbeit",
             "Beobachtung: Hämatom am Oberarm, Schüler:in möchte nachmittags nicht nach Hause. "
             "Quelle: eigenes Gespräch und Hinweis der Klassenleitung.", None),
            ("0", opened, "Schulsozialarbeit",
             "Über den Schutzauftrag und die Grenzen der Vertraulichkeit informiert.", None),
            ("2", opened + timedelta(days=1), "Teamleitung des Trägers",
             "Kollegiale Ersteinschätzung: keine akute Gefährdung, zeitnahe ISEF-Beratung.",
             today + timedelta(days=3)),
        )
        for code, day, actor, text, due in steps:
            self.add(repo.CP_STEPS, e.ChildProtectionStep(proc.id, code, day, actor, text, due,
                                                          id=self.id()))
        older = [c for c in cases if c.status == "closed" and c.person_id != open_case.person_id
                 and c.person_id in by_person]
        if not older:
            return
        closed_case = rng.choice(older)
        start = closed_case.opened
        proc2 = e.ChildProtectionProcedure(closed_case.person_id, start, case_id=closed_case.id,
                                           status="closed",
                                           closed=min(today, start + timedelta(days=70)),
                                           youth_office_involved=True, outcome="found",
                                           id=self.id())
        self.add(repo.CP_PROCEDURES, proc2)
        self.procedure_record(proc2, by_person[proc2.person_id].person)
        texts = {
            "0": "Information über den Schutzauftrag erfolgt.",
            "1": "Gewichtige Anhaltspunkte: wiederholt unversorgt, Hinweise auf Gewalt zu Hause.",
            "2": "Leitung informiert; Ersteinschätzung: Gefährdung nicht auszuschließen.",
            "3": "ISEF-Beratung (pseudonymisiert): Gefährdung wahrscheinlich, Hilfe nötig.",
            "4": "Gespräch mit Mutter und Kind; Hilfebedarf anerkannt.",
            "5": "Schutzplan vereinbart, Termin bei der Beratungsstelle vermittelt.",
            "6": "Hilfe nur teilweise angenommen.",
            "7": "Mitteilung an das Jugendamt nach § 8a Abs. 4 SGB VIII; Familie vorab informiert.",
            "8": "Rückmeldung ASD: Hilfe zur Erziehung eingeleitet.",
            "9": "Verfahren abgeschlossen; Aufbewahrungsentscheidung steht aus.",
        }
        for offset, (code, text) in enumerate(texts.items()):
            self.add(repo.CP_STEPS, e.ChildProtectionStep(
                proc2.id, code, min(today, start + timedelta(days=offset * 7)),
                "Schulsozialarbeit" if code not in ("3", "8") else
                ("ISEF des Trägers" if code == "3" else "ASD"), text, id=self.id()))
        self.add(repo.DISCLOSURES, e.Disclosure(
            closed_case.person_id, min(today, start + timedelta(days=49)),
            "Landratsamt – Jugendamt / ASD", ("master", "8a"), "8a", id=self.id()))
