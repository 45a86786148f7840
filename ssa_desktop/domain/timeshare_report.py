"""The time-share report's figures (services/timeshare.py computes them; the PDF in
reports/timeshare.py and the files in exports/timeshare.py lay them out): plain data, so
that neither layout module needs the service that computes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .schoolyear import SchoolYear
from .timeshare import Evaluation
from .worktime import Period


@dataclass
class Figures:
    """Minutes, shares, Soll/Ist and target lights of one school (or all together)."""

    school_id: str | None
    name: str
    minutes: dict[str, int]                  # by category
    areas: dict[str, int]                    # by task area
    area_shares: dict[str, float]            # percent of the total, adding up to 100
    category_shares: dict[str, float]        # percent of the total, adding up to 100
    soll_min: float | None                   # Soll up to today; None: no post share
    contacts: int
    evaluations: list[Evaluation] = field(default_factory=list)
    soll_full_min: float | None = None       # Soll of the whole period (also the future)

    @property
    def ist_min(self) -> int:
        return sum(self.minutes.values())

    @property
    def direct_min(self) -> int:
        return sum(self.areas[a] for a in ("EFH", "GRP", "OFF"))

    @property
    def balance_min(self) -> float | None:
        return None if self.soll_min is None else self.ist_min - self.soll_min

    def evaluation(self, code: str) -> Evaluation | None:
        return next((e for e in self.evaluations if e.target.code == code), None)


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    direct_share: float | None
    light: str
    ist_min: int
    soll_min: float
    balance_min: float                       # running balance since the start of the year


@dataclass
class TimeShareReport:
    school_year: SchoolYear
    period: Period
    scope: Figures                           # the chosen school, or all schools together
    schools: list[Figures]                   # each school inside the scope
    trend: list[TrendPoint]                  # months of the school year
    labels: dict[str, str]                   # category code -> German label
    problems: list[str] = field(default_factory=list)
    until: date | None = None                # Soll counted up to here (None: not begun)

    @property
    def partial(self) -> bool:
        """True while the period is still running (Soll only up to ``until``)."""
        return self.until is None or self.until < self.period.last

    @property
    def title(self) -> str:
        return f"Zeitanteile {self.scope.name} · {self.period.label}"
