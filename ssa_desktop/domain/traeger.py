"""The Träger kit's rules (docs/traeger.md): what the coordinator of a Träger reads from
the posts' anonymous KVJS exports without a vault. Pure: the files are read and checked
by ``exports.kvjs_merge``; here they are a ``Delivery`` each.

- ``table``: the delivery table of a school year, one row per post and school: the
  post's file for the KVJS and the school's file for the Landkreis, each delivered,
  missing, duplicate or older (an older format, template or rule pack than the newest
  of the year). Expected are the posts and schools of the previous year's files or of a
  list she gives.
- ``landkreis_books``: per Landkreis the schools' figures and their sum; every count of
  persons is suppressed (``small_cells``) after the sum is taken, never before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from . import kvjs, kvjs_integrity, kvjs_periods, school_code
from .errors import UserError
from .kvjs_template import key_label
from .schoolyear import SchoolYear
from .small_cells import SUPPRESSED, is_small

DELIVERED = "geliefert"
MISSING = "fehlt"
DUPLICATE = "doppelt"
OLDER = "ältere Fassung"
PARTIAL = "Teiljahr fehlt"   # a school's files cover parts of the year only (a handover)
CONFLICT = "widerspricht"    # a post's file and its school's file differ for that school
AMBIGUOUS = "Kürzel mehrdeutig"  # a file without a Schulnummer under a code of two schools
NO_POST = "–"  # a school whose post is not known from any file or list
# Each status in machine form, beside its German word in the delivery table's JSON.
STATUS_CODES = {DELIVERED: "delivered", MISSING: "missing", DUPLICATE: "duplicate",
                OLDER: "older", NO_POST: "no_post", PARTIAL: "partial", CONFLICT: "conflict",
                AMBIGUOUS: "ambiguous"}
WITHOUT_LANDKREIS = "ohne Landkreis"

# The figures that count persons, procedures or cases — each points at a person when it
# is 1 or 2 at a school; the others count things (contacts, minutes, offers, visits) or
# are master data (pupils, post share) and are shown as they are.
PERSON_FIGURES = frozenset({
    "efh_persons", "efh_pupils", "efh_pupils_by_gender", "efh_pupils_by_grade", "efh_topics",
    "efh_access_routes", "efh_referrals", "cp_8a_procedures", "cp_8a_by_outcome",
    "cp_8a_jugendamt_informed", "efh_cases_closed", "efh_cases_by_outcome",
    "efh_referrals_by_target", "grp_participants", "grp_participants_by_gender",
    "grp_participants_by_purpose"})


class KitError(UserError):
    """A German sentence naming the file or line the kit cannot use."""


@dataclass(frozen=True)
class School:
    code: str
    name: str
    school_type: str = ""
    number: str = ""           # the official Schulnummer (format 6), "" for none
    # why a file's school without a Schulnummer cannot be told apart ("" when it can)
    unclear: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """The school's identity: its Schulnummer, else its normalised code."""
        return self.number or self.code


@dataclass(frozen=True)
class Delivery:
    """One post's or school's KVJS export, as the kit uses it."""

    file: str
    year: str
    kind: str                  # "school" or "post"
    code: str
    name: str
    schools: tuple[School, ...]
    format_version: int
    template_version: str
    rule_pack: str             # "" when the file names none
    created: str
    landkreis: str             # "" when the file names none
    aggregates: dict[str, Any] = field(compare=False, repr=False)
    delivered: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # a school's file: the days it covers (format 5; the whole year before, and for a post)
    period: kvjs_periods.Period | None = None
    revision: int = 0          # the vault's count of exports of the scope (0: none named)
    # a post's file: Schulart -> the figures of its schools of that Schulart ({} for none)
    by_school_type: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        """The scope's identity: a school's (``School.key``), a post's code."""
        return self.schools[0].key if self.kind == "school" else self.code


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _pack(value: Any) -> str:
    """The rule pack a file names, by title and the start of its id ("" for none)."""
    if isinstance(value, dict):
        return f"„{_text(value.get('title'))}“ ({_text(value.get('id'))[:12]})"
    return _text(value)


def _school(entry: Any) -> School:
    """A school of a file, its code normalised (``school_code.key``): "gms-1 " and
    "GMS-1" are one school."""
    entry = entry if isinstance(entry, dict) else {}
    return School(school_code.key(_text(entry.get("code"))), _text(entry.get("name")),
                  _text(entry.get("school_type")), _text(entry.get("school_number")))


def identified(items: Iterable[Delivery]) -> tuple[list[Delivery], list[tuple[Delivery, str]]]:
    """The deliveries with each school named by its identity (``school_code.identity``):
    a school a file names without a Schulnummer takes the one Schulnummer the other files
    name under its code. A school's file without one under a code of two or more schools
    (two Schulnummern) is left out, with the German sentence naming it; such a school of a
    post's file says why (``School.unclear``) and stands in for no school."""
    items = list(items)
    numbers = school_code.numbers_by_code((s.code, s.number) for d in items for s in d.schools)
    out, left_out = [], []
    for d in items:
        if d.kind == "school" and (problem := school_code.ambiguous(
                d.schools[0].code, d.schools[0].number, numbers)):
            left_out.append((d, f"„{d.file}“ {problem}"))
            continue
        schools = tuple(s if s.number else replace(
            s, number=_numbered(s.code, numbers),
            unclear=school_code.ambiguous(s.code, "", numbers)) for s in d.schools)
        # ``unclear`` is not compared: a school that gained it is a change too
        changed = any(new.number != old.number or new.unclear
                      for new, old in zip(schools, d.schools, strict=True))
        out.append(replace(d, schools=schools) if changed else d)
    return out, left_out


def _numbered(code: str, numbers: dict[str, tuple[str, ...]]) -> str:
    found = numbers.get(code, ())
    return found[0] if len(found) == 1 else ""


def delivery(file: str, doc: dict) -> Delivery:
    """The delivery of a checked KVJS export (``kvjs_merge.read_export``) of a school or
    a post; a sum file of ``kvjs-merge`` is refused (its parts are the deliveries)."""
    scope = doc["scope"]
    if scope["kind"] == "merged":
        raise KitError(f"„{file}“ ist eine Summendatei (kvjs-merge), keine Lieferung einer "
                       "Stelle oder Schule.")
    school = _school(scope)
    schools = (school,) if scope["kind"] == "school" else tuple(
        _school(s) for s in scope.get("schools") or ())
    code = school.code if scope["kind"] == "school" else _text(scope.get("code"))
    return Delivery(file, doc["school_year"], scope["kind"], code, school.name, schools,
                    doc["format_version"], doc["template"]["version"],
                    _pack(doc.get("rule_pack")), _text(doc.get("created")),
                    _text(scope.get("landkreis")), doc["aggregates"],
                    doc.get("delivered") or {},
                    kvjs_periods.of(scope, doc["school_year"]) if scope["kind"] == "school"
                    else None, doc.get("revision", 0),
                    doc.get("by_school_type") or {} if scope["kind"] == "post" else {})


def file_notes(d: Delivery) -> list[str]:
    """What a file says about itself: made before its school year ended (its figures
    stop there), and the changes since the delivered version (``delivered``)."""
    notes = []
    day = d.created[:10]
    try:
        end = SchoolYear.parse(d.year).end
    except ValueError:
        end = None
    if end is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and day <= end.isoformat():
        notes.append(f"„{d.file}“ wurde vor dem Ende des Schuljahres erstellt (Stand "
                     f"{_german(day)}); was danach erfasst wurde, fehlt darin")
    changes = [_change(name, change) for name, change
               in (d.delivered.get("differences") or {}).items()]
    if changes:
        notes.append(f"„{d.file}“ weicht von der am {_german(d.delivered['on'])} "
                     "abgegebenen Fassung ab: " + ", ".join(changes))
    return notes


def _german(iso: str) -> str:
    y, m, dd = iso.split("-")
    return f"{dd}.{m}.{y}"


def _change(name: str, change: Any) -> str:
    label = kvjs.BY_NAME[name].label
    if isinstance(change, dict):
        return ", ".join(f"{label}: {key_label(name, k)} {_signed(v)}" for k, v in change.items())
    return f"{label} {_signed(change)}"


def _signed(value: Any) -> str:
    text = f"{value:g}".replace(".", ",")
    return text if text.startswith("-") else f"+{text}"


def previous_year(label: str) -> str:
    """"2024/25" for "2025/26"."""
    start = int(label[:4]) - 1
    return f"{start}/{(start + 1) % 100:02d}"


# -- lists she gives ---------------------------------------------------------------------
_SPLIT = re.compile(r"\s*[;,\t]\s*")


def pairs(text: str, what: str, header: tuple[str, str]) -> list[tuple[str, str]]:
    """The two-column lines of a list (``;``, ``,`` or tab between): empty lines, lines
    starting with ``#`` and a header line (``header``) are skipped; a line without two
    values is refused with its number. ``what`` names the list in the message."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = _SPLIT.split(line)
        if len(parts) != 2 or not all(parts):
            raise KitError(f"{what}, Zeile {number}: erwartet zwei Angaben "
                           f"({header[0]};{header[1]}), gefunden „{line[:60]}“.")
        long = next((p for p in parts if len(p) > kvjs_integrity.MAX_NAME), "")
        if long:
            raise KitError(f"{what}, Zeile {number}: „{long[:40]}…“ ist zu lang "
                           f"({len(long)} Zeichen, höchstens {kvjs_integrity.MAX_NAME}).")
        if tuple(p.casefold() for p in parts) != tuple(h.casefold() for h in header):
            found.append((parts[0], parts[1]))
    return found


# -- the delivery table ------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    """One post and school of the year: the status of the post's file (for the KVJS) and
    of the school's file (for the Landkreis), the files and notes behind them."""

    year: str
    post: str
    school: str
    school_name: str
    post_file: str
    school_file: str
    files: tuple[str, ...]
    notes: tuple[str, ...]


def _version_key(text: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", text)) or (0,)


@dataclass(frozen=True)
class _Newest:
    format_version: int
    template_version: str
    packs: int  # how many rule packs the year's files name (a pack has no order)

    @classmethod
    def of(cls, items: list[Delivery], current_format: int) -> _Newest:
        return cls(current_format,
                   max((d.template_version for d in items), key=_version_key, default=""),
                   len({d.rule_pack for d in items}))

    def pack_notes(self, d: Delivery) -> list[str]:
        """The file's rule pack, named when the year's files differ in it (no count
        depends on it; the pack's title tells them apart, never its digits)."""
        return [f"„{d.file}“: Regelpaket {d.rule_pack or 'ohne Angabe'}"] \
            if self.packs > 1 else []

    def notes(self, d: Delivery) -> list[str]:
        """Why ``d`` is older than the newest of its year ([] when it is not)."""
        notes = []
        if d.format_version < self.format_version:
            notes.append(f"„{d.file}“: Formatversion {d.format_version} "
                         f"(aktuell {self.format_version})")
        if d.template_version != self.template_version:
            notes.append(f"„{d.file}“: Vorlage {d.template_version} "
                         f"(neueste {self.template_version})")
        return notes


def _status(found: list[Delivery], newest: _Newest, what: str) -> tuple[str, list[str]]:
    """The status of the files of ``what`` ("Schule GMS-1"). A school's files for parts
    of the year (a handover) are one delivery when their periods do not overlap, each
    part as below; a part no file covers is named (``PARTIAL``), overlapping periods of
    two files are a duplicate, never added (``_periods``)."""
    if not found:
        return MISSING, []
    parts, problem, gaps = _periods(what, found)
    if problem:
        return DUPLICATE, [problem]
    said = [_status_of_one(files, newest, what) for files in parts]
    notes = [note for _, lines in said for note in lines] + _part_notes(what, parts, gaps)
    statuses = {status for status, _ in said}
    status = next((s for s in (DUPLICATE, PARTIAL, OLDER) if s in statuses
                   or (s == PARTIAL and gaps)), DELIVERED)
    return status, notes


def _periods(what: str, found: list[Delivery]
             ) -> tuple[list[list[Delivery]], str, list[kvjs_periods.Period]]:
    """The files by the period they cover (a post's: the whole year), a sentence when two
    different periods overlap, and the days of the year no file covers."""
    year = found[0].year
    parts: dict[kvjs_periods.Period, list[Delivery]] = {}
    for d in found:
        parts.setdefault(d.period or kvjs_periods.whole(year), []).append(d)
    periods = sorted(parts)
    for a, b in zip(periods, periods[1:], strict=False):
        if kvjs_periods.overlap(a, b):
            first, second = parts[a][0], parts[b][0]
            return [], (f"{what}: die Zeiträume von „{first.file}“ ({kvjs_periods.text(a)}) "
                        f"und „{second.file}“ ({kvjs_periods.text(b)}) überschneiden sich; "
                        "keine der beiden zählt, bis die Zeiträume stimmen."), []
    return [parts[p] for p in periods], "", kvjs_periods.gaps(periods, year)


def _part_notes(what: str, parts: list[list[Delivery]], gaps: list[kvjs_periods.Period]
                ) -> list[str]:
    notes = []
    if len(parts) > 1:
        notes.append(f"{what}: Teiljahre zusammengezählt: " + ", ".join(
            f"„{d.file}“ ({kvjs_periods.text(d.period)})"
            for d in (max(files, key=lambda d: d.created) for files in parts) if d.period))
    notes += [f"{what}: für {kvjs_periods.text(gap)} fehlt eine Datei (Teiljahr)"
              for gap in gaps]
    return notes


def _status_of_one(found: list[Delivery], newest: _Newest, what: str) -> tuple[str, list[str]]:
    """The status of the files of ``what`` for one period: several files of one school
    or post are one delivery when one is newer than all others (a correction; the older
    are named), else a duplicate (a copy, or a tie)."""
    notes: list[str] = []
    if len(found) > 1:
        same = len({(d.kind, d.key) for d in found}) == 1
        best, notes = _newest_of(what, found) if same else (None, [])
        if best is None or any(_newer(best, d) is None for d in found if d is not best):
            return DUPLICATE, [f"dieselbe Lieferung {len(found)}-mal: "
                               + ", ".join(f"„{d.file}“" for d in found)] + (
                                   notes if best is None else [])
        found = [best]
    older = newest.notes(found[0])
    return (OLDER if older else DELIVERED), \
        notes + older + newest.pack_notes(found[0]) + file_notes(found[0])


def _pairs_of(items: Iterable[Delivery], posts_of: dict[str, str] | None = None
              ) -> dict[tuple[str, str], str]:
    """(post, school) -> school name of the year's files: a post's schools, and each
    school file under the post whose file names it, else under the post ``posts_of``
    expects for it, else under no post."""
    found: dict[tuple[str, str], str] = {}
    listed: dict[str, str] = {}
    items = list(items)
    for d in items:
        if d.kind == "post":
            for s in d.schools:
                found[(d.code, s.key)] = s.name
                listed.setdefault(s.key, d.code)
    for d in items:
        if d.kind == "school" and d.key not in listed:
            found[((posts_of or {}).get(d.key, NO_POST), d.key)] = d.name
    return found


def table(items: Iterable[Delivery], year: str, *, current_format: int,
          expected: list[tuple[str, str]] | None = None) -> list[Row]:
    """The delivery table of ``year``: every post and school of its files and of the
    expected ones (``expected``, else the previous year's files), sorted by post and
    school. A school is named by its identity (``identified``: the Schulnummer, else the
    code); a school's file that cannot be told apart is a row of its own (``AMBIGUOUS``,
    the note names the schools its code fits)."""
    items, left_out = identified(items)
    mine = [d for d in items if d.year == year]
    wanted = _wanted(items, year, expected)
    present = _pairs_of(mine, {school: post for post, school in wanted if post != NO_POST})
    names = {d.key: d.name for d in items if d.kind == "school"}
    names.update({s.key: s.name for d in items for s in d.schools})
    newest = _Newest.of(mine, current_format)
    by_school = posts_by_school(mine)
    rows = []
    for post, school in sorted(set(present) | set(wanted)):
        rows.append(_row(mine, newest, year, post, school,
                         present.get((post, school)) or names.get(school, ""), by_school))
    return rows + [Row(year, NO_POST, d.code, d.name, NO_POST, AMBIGUOUS, (d.file,), (note,))
                   for d, note in left_out if d.year == year]


def _wanted(items: list[Delivery], year: str, expected: list[tuple[str, str]] | None
            ) -> dict[tuple[str, str], str]:
    """(post, school) expected: from her list (a school by its code or Schulnummer), else
    the previous year's files."""
    if expected is None:
        return _pairs_of(d for d in items if d.year == previous_year(year))
    numbers = _numbers(items)
    return dict.fromkeys(((post, school_code.identity(school, "", numbers))
                          for post, school in expected), "")


def _numbers(items: list[Delivery]) -> dict[str, tuple[str, ...]]:
    return school_code.numbers_by_code((s.code, s.number) for d in items for s in d.schools)


def _post_status(mine: list[Delivery], newest: _Newest, post: str, school: str
                 ) -> tuple[str, list[str], list[Delivery]]:
    """The status of the post's file for this school: a file of the post that leaves the
    school out does not count for it (named in the notes)."""
    if post == NO_POST:
        return NO_POST, [], []
    files = [d for d in mine if d.kind == "post" and d.code == post]
    found = [d for d in files if any(s.key == school for s in d.schools)]
    status, notes = _status(found, newest, f"Stelle {post}")
    notes += [f"„{d.file}“ der Stelle {post} nennt die Schule {school} nicht"
              for d in files if d not in found]
    notes += [f"„{d.file}“ {s.unclear}" for d in found for s in d.schools
              if s.key == school and s.unclear]
    return status, notes, found


def _school_deliveries(mine: list[Delivery], school: str) -> tuple[list[Delivery], list[str]]:
    """The school's own files; without one, the file of a post with this school only
    stands for it (the same figures), said in a note."""
    own = [d for d in mine if d.kind == "school" and d.key == school]
    if own:
        return own, []
    alone = [d for d in mine if d.kind == "post" and [s.key for s in d.schools] == [school]]
    return alone, [f"„{d.file}“ der Stelle {d.code} gilt auch als Datei der Schule (ihre "
                   "einzige Schule)" for d in alone]


def _row(mine: list[Delivery], newest: _Newest, year: str, post: str, school: str,
         name: str, by_school: dict[str, list[Delivery]]) -> Row:
    post_status, post_notes, post_files = _post_status(mine, newest, post, school)
    school_files, stand_in = _school_deliveries(mine, school)
    school_status, school_notes = _status(school_files, newest, f"Schule {school}")
    school_notes += stand_in
    if post_files and school_files and not stand_in and {post_status, school_status} <= {
            DELIVERED, OLDER}:
        own, _ = _of_the_year("", school_files)
        verdict, note = against_post(by_school, school, own) if own else ("", "")
        if verdict == CONFLICT:
            post_status = school_status = CONFLICT
        school_notes += [note] if note else []
    return Row(year, post, school, name, post_status, school_status,
               tuple(dict.fromkeys(d.file for d in post_files + school_files)),
               tuple(dict.fromkeys(post_notes + school_notes)))


# -- a post's file against its schools' own files --------------------------------------
def carried(post: Delivery, school: str, shown: str = "") -> tuple[dict[str, Any] | None, str]:
    """The figures ``post``'s file carries for its school ``school`` (a key), else None
    and why: all its figures when that is its only school; the column of the school's
    Schulart (``by_school_type``) when no other school of the post has that Schulart. A
    column of two schools is their sum, not the school's. ``shown``: the school as the
    sentence names it (its key by default)."""
    mine = [s for s in post.schools if s.key == school]
    if not mine:
        return None, ""
    if len(post.schools) == 1:
        return post.aggregates, ""
    kind = mine[0].school_type
    others = [s.school_type for s in post.schools].count(kind) - 1 if kind else 0
    if kind and not others and isinstance(post.by_school_type.get(kind), dict):
        return post.by_school_type[kind], ""
    why = (f"ihre Schulart {kind} zählt dort mit "
           + ("einer weiteren Schule" if others == 1 else f"{others} weiteren Schulen")
           + " zusammen") if others else "die Datei hat keine Spalte je Schulart"
    return None, (f"„{post.file}“ (Stelle {post.code}) enthält die Zahlen der Schule "
                  f"{shown or school} nicht einzeln ({why})")


def difference(a: dict[str, Any], b: dict[str, Any]) -> str:
    """The first figure both carry whose values differ, as „Label: a und b“ ("" when
    every such figure is equal)."""
    for name in kvjs.NAMES:
        if name not in a or name not in b or a[name] == b[name]:
            continue
        spec = kvjs.BY_NAME[name]
        if not spec.is_dict:
            return f"{spec.label}: {_plain(a[name])} und {_plain(b[name])}"
        keys = [*spec.keys, *sorted(set(a[name]) | set(b[name]) - set(spec.keys))]
        key = next(k for k in keys if a[name].get(k, 0) != b[name].get(k, 0))
        return (f"{spec.label}: {key_label(name, key)}: {_plain(a[name].get(key, 0))} und "
                f"{_plain(b[name].get(key, 0))}")
    return ""


def _plain(value: Any) -> str:
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)


def posts_by_school(mine: list[Delivery]) -> dict[str, list[Delivery]]:
    """School key -> the year's post files that name the school (read once per table)."""
    found: dict[str, list[Delivery]] = {}
    for d in mine:
        for key in dict.fromkeys(s.key for s in d.schools) if d.kind == "post" else ():
            found.setdefault(key, []).append(d)
    return found


def against_post(by_school: dict[str, list[Delivery]], school: str, own: Delivery
                 ) -> tuple[str, str]:
    """The school's own file (``own``, its whole year) against the file of the one post
    whose file names the school: (CONFLICT, why) when the post's file carries the school's
    figures and one differs, ("", the same figures: counted once) when all agree, ("",
    why not compared) or ("", "") when there is nothing to compare (no post's file, two
    posts at the school: their figures legitimately differ; a part of the year)."""
    files = by_school.get(school, [])
    if len({d.code for d in files}) != 1 or own.period not in (
            None, kvjs_periods.whole(own.year)) or " + " in own.file:
        return "", ""
    post, _ = _newest_of("", files)
    if post is None:
        return "", ""
    figures, why = carried(post, school)
    if figures is None:
        return "", f"{why}; nicht verglichen" if why else ""
    if differs := difference(figures, own.aggregates):
        return CONFLICT, (f"„{post.file}“ (Stelle {post.code}) und „{own.file}“ nennen für die "
                          f"Schule {school} verschiedene Zahlen ({differs}); keine der beiden "
                          "zählt, bis eine korrigiert ist")
    return "", (f"„{post.file}“ (Stelle {post.code}) enthält für die Schule {school} dieselben "
                f"Zahlen wie „{own.file}“; sie zählen einmal")


# -- the workbooks per Landkreis ---------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One line of a sheet: the figure's label and its values as shown ("< 3" for a
    small count of persons)."""

    label: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Book:
    """One Landkreis's workbook: its schools (with the file each figure comes from), the
    lines of each school and of the sum, and notes."""

    landkreis: str
    year: str
    schools: tuple[School, ...]
    sources: tuple[str, ...]
    school_lines: tuple[tuple[Line, ...], ...]
    total_lines: tuple[Line, ...]
    notes: tuple[str, ...]
    key_figures: tuple[tuple[str, Any], ...] = ()   # the board's few sums, as shown


# The sums the board's overview shows per Landkreis.
BOARD_FIGURES = ("fte", "efh_contacts", "efh_persons", "efh_short_contacts", "grp_activities",
                 "grp_participants", "cp_8a_procedures", "off_visitors")


def shown(name: str, value: Any) -> Any:
    """A figure's value as the kit shows it: a count of 1 or 2 persons as "< 3"."""
    return SUPPRESSED if name in PERSON_FIGURES and is_small(value) else value


def _lines(aggregates: dict[str, Any], names: list[str]) -> list[tuple[str, str, Any]]:
    """(name, label, value) of each figure, a keyed figure one line per key."""
    out = []
    for name in names:
        spec = kvjs.BY_NAME[name]
        value = aggregates[name]
        if spec.is_dict:
            out += [(name, f"{spec.label}: {key_label(name, k)}", value.get(k, 0))
                    for k in spec.keys]
        else:
            out.append((name, spec.label, value))
    return out


def sheet_lines(aggregates: dict[str, Any], names: list[str]) -> tuple[Line, ...]:
    return tuple(Line(label, (shown(name, value),))
                 for name, label, value in _lines(aggregates, names))


def _newer(a: Delivery, b: Delivery) -> bool | None:
    """Whether ``a`` is newer than ``b``: the higher revision where both name one (a
    corrected re-export, whatever its name or time), else created later: by the day,
    then by the time; None for a tie (the same moment, or the same day where one file
    carries the date only)."""
    if a.revision and b.revision and a.revision != b.revision:
        return a.revision > b.revision
    (a_day, _, a_time), (b_day, _, b_time) = a.created.partition("T"), b.created.partition("T")
    if a_day != b_day:
        return a_day > b_day
    if a_time and b_time and a_time != b_time:
        return a_time > b_time
    return None


def _newest_of(what: str, files: list[Delivery]) -> tuple[Delivery | None, list[str]]:
    """The newest of a school's own files, and notes naming the older ones; None when
    two equally new files differ in their figures (a tie is named, never decided by the
    file name). Equally new files with the same figures are one (a copy)."""
    best, notes = files[0], []
    for d in files[1:]:
        newer = _newer(d, best)
        if newer is None and d.aggregates == best.aggregates:
            notes.append(f"{what}: „{d.file}“ hat dieselben Zahlen wie „{best.file}“ "
                         "und zählt einmal.")
        elif newer is None:
            return None, [f"{what}: „{best.file}“ und „{d.file}“ sind gleich neu "
                          f"(Stand {best.created} und {d.created}) und haben verschiedene "
                          "Zahlen; keine der beiden zählt, bis eine entfernt ist."]
        else:
            old, best = (best, d) if newer else (d, best)
            notes.append(f"{what}: „{best.file}“ ({_stand(best)}) ersetzt die "
                         f"ältere „{old.file}“ ({_stand(old)}).")
    return best, notes


def _stand(d: Delivery) -> str:
    return f"Revision {d.revision}, Stand {d.created}" if d.revision else f"Stand {d.created}"


def _school_files(mine: list[Delivery]) -> tuple[dict[str, Delivery], dict[str, list[str]]]:
    """School code -> the file its figures come from: the school's own (the newest,
    ``_newest_of``), else the file of a post with that school only; and the notes per
    school (older files replaced, a tie left out)."""
    chosen: dict[str, Delivery] = {}
    own: dict[str, list[Delivery]] = {}
    for d in sorted(mine, key=lambda d: d.file):
        if d.kind == "school":
            own.setdefault(d.key, []).append(d)
        elif len(d.schools) == 1 and not d.schools[0].unclear:
            chosen[d.schools[0].key] = d
    notes: dict[str, list[str]] = {}
    for code, files in own.items():
        best, notes[code] = _of_the_year(f"Schule {code}", files)
        chosen.pop(code, None)
        if best is not None:
            chosen[code] = best
    return chosen, notes


def _of_the_year(what: str, files: list[Delivery]) -> tuple[Delivery | None, list[str]]:
    """The figures of a school's year from its own files: the newest of one period
    (``_newest_of``), or its parts of the year added up (``kvjs_periods.combine``) into
    one delivery named by the parts' files; None when periods overlap or a part is a tie.
    A part of the year no file covers is named."""
    parts, problem, gaps = _periods(what, files)
    if problem:
        return None, [problem]
    chosen, notes = [], []
    for part in parts:
        best, said = _newest_of(what, part)
        notes += said
        if best is None:
            return None, notes
        chosen.append(best)
    notes += _part_notes(what, parts, gaps)
    if len(chosen) == 1:
        return chosen[0], notes
    names = [n for n in kvjs.NAMES if all(n in d.aggregates for d in chosen)]
    year = chosen[0].year
    figures = kvjs_periods.combine([(d.aggregates, d.period or kvjs_periods.whole(year))
                                    for d in chosen], year, names)
    first = chosen[0]
    return Delivery(" + ".join(d.file for d in chosen), year, "school", first.code,
                    first.name, first.schools, min(d.format_version for d in chosen),
                    first.template_version, first.rule_pack, max(d.created for d in chosen),
                    next((d.landkreis for d in reversed(chosen) if d.landkreis), ""),
                    figures), notes


def landkreis_books(items: Iterable[Delivery], year: str,
                    landkreise: dict[str, str]) -> list[Book]:
    """One book per Landkreis of ``year`` (school code or Schulnummer -> Landkreis from
    ``landkreise``, else from the file, else ``WITHOUT_LANDKREIS``), sorted by name. A
    school left out (a tie, a file that cannot tell its school) is named in the notes of
    its Landkreis's book."""
    known, left_out = identified(items)
    mine = [d for d in known if d.year == year]
    chosen, notes = _school_files(mine)
    by_school = posts_by_school(mine)
    for code, d in list(chosen.items()):
        verdict, note = against_post(by_school, code, d) if d.kind == "school" else ("", "")
        if verdict == CONFLICT:  # neither file counts for the school: named in its book
            notes.setdefault(code, []).append(note + "; sie fehlt in dieser Mappe")
            del chosen[code]
    landkreise = {school_code.key(code): county for code, county in landkreise.items()}
    groups: dict[str, list[tuple[str, Delivery]]] = {}
    group_notes: dict[str, list[str]] = {}
    for county, note in _unclear_notes(left_out, mine, year, landkreise):
        group_notes.setdefault(county, []).append(note)
        groups.setdefault(county, [])
    for code, lines in sorted(notes.items()):
        d = chosen.get(code) or next(d for d in mine if d.kind == "school" and d.key == code)
        county = _county(landkreise, code, d)
        group_notes.setdefault(county, []).extend(lines)
        groups.setdefault(county, [])
    for code, d in sorted(chosen.items()):
        groups.setdefault(_county(landkreise, code, d), []).append((code, d))
    return [_book(county, year, members, group_notes.get(county, []))
            for county, members in sorted(groups.items())]


def _county(landkreise: dict[str, str], code: str, d: Delivery) -> str:
    """The Landkreis of the school ``code`` (its key) of ``d``: from her list by its
    Schulnummer or its code, else the file's, else ``WITHOUT_LANDKREIS``."""
    shown = next((s.code for s in d.schools if s.key == code), code)
    return landkreise.get(code) or landkreise.get(shown) or d.landkreis or WITHOUT_LANDKREIS


def _unclear_notes(left_out: list[tuple[Delivery, str]], mine: list[Delivery], year: str,
                   landkreise: dict[str, str]) -> list[tuple[str, str]]:
    """(Landkreis, note) per file of the year that cannot tell its school (a school's own
    file, a post's file with that school only): left out of the book, named."""
    left_out = [(d, note) for d, note in left_out if d.year == year]
    left_out += [(d, f"„{d.file}“ {d.schools[0].unclear}") for d in mine
                 if d.kind == "post" and len(d.schools) == 1 and d.schools[0].unclear]
    return [(_county(landkreise, d.schools[0].code, d), note + "; sie fehlt in dieser Mappe")
            for d, note in left_out]


def _older_notes(members: list[tuple[str, Delivery]]) -> list[str]:
    """Per file of an older release, how many figures it lacks (left out of the book)."""
    notes = []
    for _, d in members:
        lacking = [n for n in kvjs.NAMES if n not in d.aggregates]
        if lacking:
            notes.append(f"„{d.file}“ (Formatversion {d.format_version}) enthält "
                         f"{len(lacking)} Kennzahl(en) noch nicht; sie fehlen in dieser Mappe.")
    return notes


def _pack_notes(members: list[tuple[str, Delivery]]) -> list[str]:
    """Each file's rule pack, when the book's files differ in it (named, never ranked)."""
    packs = _Newest.of([d for _, d in members], 0)
    return [note for _, d in members for note in packs.pack_notes(d)]


def _book(county: str, year: str, members: list[tuple[str, Delivery]],
          notes: list[str]) -> Book:
    # a Landkreis whose only school was left out: no figure, its notes say why
    names = [n for n in kvjs.NAMES if members and all(n in d.aggregates for _, d in members)]
    total = kvjs.add((d.aggregates for _, d in members), names=names)  # sum first …
    schools = tuple(next(s for s in d.schools if s.key == code) for code, d in members)
    return Book(county, year, schools, tuple(d.file for _, d in members),
                tuple(sheet_lines(d.aggregates, names) for _, d in members),
                sheet_lines(total, names),  # … then suppress
                tuple(notes + _older_notes(members) + _pack_notes(members)),
                tuple((kvjs.BY_NAME[n].label, shown(n, total[n])) for n in BOARD_FIGURES
                      if n in names))
