"""Time-share report as JSON and CSV (docs/timeshare.md, "Bericht").

JSON: per task area and category minutes and share in percent, per target its Soll,
band, actual value and light. CSV: the same for German Excel (semicolon, decimal comma,
UTF-8 with BOM). Both are written atomically (temp file, fsync, rename); the figures
come from ``services.timeshare.compute`` and nothing here computes on its own.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from ..domain.catalogues import TIME_CATEGORIES
from ..domain.timeshare import AREA_LABELS, AREAS, LIGHTS, category_rules
from ..domain.timeshare_report import TimeShareReport
from ..formatting import fmt_date, fmt_number
from ..storage.files import atomic_target
from .cells import csv_writer

FORMAT = "ssa-desktop-timeshare"


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _digits(unit: str) -> int:
    return 1 if unit == "%" else 2


def as_dict(report: TimeShareReport) -> dict:
    """The report as plain data (the JSON document)."""
    scope = report.scope
    rules = category_rules()
    categories = sorted(scope.minutes, key=lambda c: (
        TIME_CATEGORIES.codes().index(c) if c in TIME_CATEGORIES else 99, c))
    return {
        "format": FORMAT,
        "version": 1,
        "school_year": report.school_year.label,
        "period": {"kind": report.period.kind, "label": report.period.label,
                   "first": report.period.first.isoformat(),
                   "last": report.period.last.isoformat()},
        "school": scope.name,
        "hours": {"soll_min": _r(scope.soll_min), "ist_min": scope.ist_min,
                  "balance_min": _r(scope.balance_min),
                  "soll_until": report.until.isoformat() if report.until else None,
                  "soll_full_min": _r(scope.soll_full_min)},
        "areas": [{"code": a, "label": AREA_LABELS[a], "minutes": scope.areas[a],
                   "share_percent": scope.area_shares[a]} for a in AREAS],
        "categories": [{"code": c, "label": report.labels.get(c, c),
                        "area": rules[c].area if c in rules else "IND",
                        "direct": bool(c in rules and rules[c].direct),
                        "minutes": scope.minutes[c],
                        "share_percent": scope.category_shares.get(c, 0.0)}
                       for c in categories],
        "targets": [{"code": ev.target.code, "label": ev.target.label, "unit": ev.target.unit,
                     "soll": ev.target.soll, "band": {"low": ev.target.low,
                                                      "high": ev.target.high,
                                                      "margin": ev.target.margin},
                     "band_text": ev.target.band_text,
                     "actual": _r(ev.value, _digits(ev.target.unit)),
                     "light": ev.light, "light_text": LIGHTS[ev.light],
                     "wording": ev.target.wording}
                    for ev in scope.evaluations],
        "schools": [{"name": f.name, "soll_min": _r(f.soll_min), "ist_min": f.ist_min,
                     "balance_min": _r(f.balance_min),
                     "direct_percent": _r(getattr(f.evaluation("direct"), "value", None)),
                     "areas": dict(f.areas)} for f in report.schools],
        "trend": [{"month": p.period.label, "first": p.period.first.isoformat(),
                   "ist_min": p.ist_min, "soll_min": _r(p.soll_min),
                   "balance_min": _r(p.balance_min), "direct_percent": _r(p.direct_share),
                   "light": p.light} for p in report.trend],
        "problems": list(report.problems),
    }


def write_json(report: TimeShareReport, path: Path | str) -> Path:
    path = Path(path)
    data = json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
    with atomic_target(path, ".json") as tmp:
        tmp.write_text(data, encoding="utf-8")
    return path


def _n(value: float | None, digits: int = 1) -> str:
    """Decimal comma, no thousands separator (Excel reads it as a number)."""
    return "" if value is None else fmt_number(value, digits).replace(".", "")


def csv_text(report: TimeShareReport) -> str:
    doc = as_dict(report)
    out = io.StringIO()
    w = csv_writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Zeitanteile", doc["school"], doc["period"]["label"]])
    w.writerow(["Zeitraum", fmt_date(report.period.first), fmt_date(report.period.last)])
    w.writerow([])
    until = fmt_date(report.until) if report.until else "–"
    w.writerow(["Stunden", f"Soll bis {until}", "Ist", "Saldo", "Soll ganzer Zeitraum"])
    hours = doc["hours"]
    w.writerow(["Std.", *(_n(None if v is None else v / 60, 2)
                          for v in (hours["soll_min"], hours["ist_min"], hours["balance_min"],
                                    hours["soll_full_min"]))])
    w.writerow([])
    w.writerow(["Aufgabenbereich", "Kürzel", "Minuten", "Anteil %"])
    for a in doc["areas"]:
        w.writerow([a["label"], a["code"], a["minutes"], _n(a["share_percent"])])
    w.writerow([])
    w.writerow(["Kategorie", "Kürzel", "Aufgabenbereich", "direkt", "Minuten", "Anteil %"])
    for c in doc["categories"]:
        w.writerow([c["label"], c["code"], c["area"], "ja" if c["direct"] else "nein",
                    c["minutes"], _n(c["share_percent"])])
    w.writerow([])
    w.writerow(["Zielwert", "Einheit", "Soll", "Untergrenze", "Obergrenze", "Spielraum", "Ist",
                "Ampel"])
    for t in doc["targets"]:
        digits = _digits(t["unit"])
        w.writerow([t["label"], t["unit"], _n(t["soll"], digits), _n(t["band"]["low"], digits),
                    _n(t["band"]["high"], digits), _n(t["band"]["margin"], digits),
                    _n(t["actual"], digits), t["light_text"]])
    w.writerow([])
    w.writerow(["Monat", "Ist Std.", "Soll Std.", "Saldo Std. (laufend)", "direkt %"])
    for p in doc["trend"]:
        w.writerow([p["month"], _n(p["ist_min"] / 60, 2), _n(p["soll_min"] / 60, 2),
                    _n(p["balance_min"] / 60, 2), _n(p["direct_percent"])])
    for problem in doc["problems"]:
        w.writerow(["Hinweis", problem])
    return out.getvalue()


def write_csv(report: TimeShareReport, path: Path | str) -> Path:
    path = Path(path)
    text = csv_text(report)
    with atomic_target(path, ".csv") as tmp:
        tmp.write_text(text, encoding="utf-8-sig", newline="")
    return path
