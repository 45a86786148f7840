"""KVJS form templates as data (schema: docs/statistics.md, "Formularvorlagen").

A template (TOML) maps the named aggregates of ``domain.kvjs`` to sections and fields
with German labels. ``parse`` validates everything before anything is used: a broken
template (bad syntax, missing or unknown entries, unknown aggregate) raises
``TemplateError`` naming the place, so an export never starts from half a template.
``layout`` turns aggregates into the rows the form shows.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from . import catalogues as cat
from .errors import UserError
from .kvjs import BY_NAME, GENDER_KEYS, GRADE_KEYS, Aggregates
from .staff import STAFF_FIELDS

SCOPES = ("school", "post")

# German labels of the keys of dict-valued aggregates
_KEY_LABELS: dict[str, dict[str, str]] = {
    "efh_pupils_by_gender": {c.code: c.label for c in cat.GENDERS},
    "efh_pupils_by_grade": {**{g: f"Klassenstufe {g}" for g in GRADE_KEYS[:-1]},
                            "unknown": "Klassenstufe unbekannt"},
    "efh_topics": {c.code: c.label for c in cat.TOPICS},
    "efh_access_routes": {**{c.code: c.label for c in cat.ACCESS_ROUTES}, "unknown": "unbekannt"},
    "efh_referrals": {c.code: c.label for c in cat.REFERRALS},
    "grp_by_kind": {c.code: c.label for c in cat.GROUP_KINDS},
    "grp_participants_by_gender": {c.code: c.label for c in cat.GENDERS if c.code in GENDER_KEYS},
    "vnz_by_kind": {c.code: c.label for c in cat.NETWORK_KINDS},
    "cp_8a_by_outcome": {c.code: c.label for c in cat.CP_OUTCOMES},
    "grp_by_purpose": {c.code: c.label for c in cat.GROUP_PURPOSES},
    "grp_participants_by_purpose": {c.code: c.label for c in cat.GROUP_PURPOSES},
    "efh_cases_by_outcome": {**{c.code: c.label for c in cat.CASE_OUTCOMES},
                             "unknown": "ohne Angabe"},
    "efh_referrals_by_target": {c.code: c.label for c in cat.REFERRALS},
    "time_minutes_by_category": {**{c.code: c.label for c in cat.TIME_CATEGORIES},
                                 "EXTRA": "weitere, selbst angelegte Kategorien"},
}


def key_label(aggregate: str, key: str) -> str:
    return _KEY_LABELS.get(aggregate, {}).get(key, key)


class TemplateError(UserError):
    """A template that cannot be used; ``str()`` names the place in German."""


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    aggregate: str          # "" for a field of the staff block
    key: str = ""
    scopes: tuple[str, ...] = SCOPES
    staff: str = ""         # a name of ``staff.STAFF_FIELDS``: the post's staff block


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]
    scopes: tuple[str, ...] = SCOPES
    by_school_type: bool = False  # a column per Schulart when the scope has several


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    title: str
    sections: tuple[Section, ...]

    def aggregates(self) -> set[str]:
        return {f.aggregate for s in self.sections for f in s.fields if f.aggregate}


@dataclass(frozen=True)
class Row:
    """One line of the laid-out form: a field, or one key of a dict-valued field."""

    section: str
    field_id: str
    label: str
    value: int | float | str | None  # None: a heading whose keys do not add up (topics);
    aggregate: str                   # text only in the staff block (qualification, dates)
    key: str = ""
    sub: bool = False  # a breakdown line under its field
    columns: tuple[tuple[str, int | float | None], ...] = ()  # (Schulart, value)
    staff: str = ""    # a line of the post's staff block (no aggregate, no drill-down)


def _text(table: dict, name: str, place: str, required: bool = True) -> str:
    value = table.get(name, "" if not required else None)
    if value is None:
        raise TemplateError(f"{place}: „{name}“ fehlt.")
    if not isinstance(value, str) or (required and not value.strip()):
        raise TemplateError(f"{place}: „{name}“ muss ein nicht leerer Text sein.")
    return value.strip()


def _scopes(table: dict, place: str) -> tuple[str, ...]:
    value = table.get("scopes", list(SCOPES))
    if (not isinstance(value, list) or not value
            or not all(isinstance(v, str) and v in SCOPES for v in value)):
        raise TemplateError(f"{place}: „scopes“ muss eine Liste aus „school“ und/oder "
                            "„post“ sein.")
    return tuple(value)


def _unknown(table: dict, allowed: set[str], place: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise TemplateError(f"{place}: unbekannter Eintrag „{extra[0]}“.")


def parse(text: str, source: str = "Vorlage") -> Template:
    """Parse and validate a template; raise ``TemplateError`` naming the place."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TemplateError(f"{source}: keine gültige TOML-Datei ({err}).") from None
    _unknown(data, {"id", "version", "title", "sections"}, source)
    template_id = _text(data, "id", source)
    version = _text(data, "version", source)
    title = _text(data, "title", source)
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise TemplateError(f"{source}: keine Abschnitte („[[sections]]“).")
    seen: set[str] = set()          # field ids are unique over the whole template
    sections = tuple(_section(raw, f"{source}, Abschnitt {s_index}", seen)
                     for s_index, raw in enumerate(raw_sections, start=1))
    return Template(template_id, version, title, sections)


def _section(raw: object, place: str, seen: set[str]) -> Section:
    """One ``[[sections]]`` table: a title, at least one field, its scopes and whether
    it is read per Schulart (true or false)."""
    if not isinstance(raw, dict):
        raise TemplateError(f"{place}: muss eine Tabelle sein.")
    _unknown(raw, {"title", "fields", "scopes", "by_school_type"}, place)
    by_type = raw.get("by_school_type", False)
    if not isinstance(by_type, bool):
        raise TemplateError(f"{place}: „by_school_type“ muss true oder false sein.")
    s_title = _text(raw, "title", place)
    place = f"{place} „{s_title}“"
    raw_fields = raw.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise TemplateError(f"{place}: keine Felder („[[sections.fields]]“).")
    fields = tuple(_field(rf, f"{place}, Feld {f_index}", seen)
                   for f_index, rf in enumerate(raw_fields, start=1))
    return Section(s_title, fields, _scopes(raw, place), by_type)


def _field(rf: object, place: str, seen: set[str]) -> Field:
    """One ``[[sections.fields]]`` table: an id not used before, a label, and either a
    staff entry (``_staff_field``) or an aggregate (``_aggregate_field``)."""
    if not isinstance(rf, dict):
        raise TemplateError(f"{place}: muss eine Tabelle sein.")
    _unknown(rf, {"id", "label", "aggregate", "key", "scopes", "staff"}, place)
    field_id = _text(rf, "id", place)
    place = f"{place} „{field_id}“"
    if field_id in seen:
        raise TemplateError(f"{place}: die Feld-ID kommt doppelt vor.")
    seen.add(field_id)
    label = _text(rf, "label", place)
    if "staff" in rf:
        return _staff_field(rf, field_id, label, place)
    return _aggregate_field(rf, field_id, label, place)


def _aggregate_field(rf: dict, field_id: str, label: str, place: str) -> Field:
    """A field showing a known aggregate, or one key of an aggregate broken down by keys."""
    aggregate = _text(rf, "aggregate", place)
    spec = BY_NAME.get(aggregate)
    if spec is None:
        raise TemplateError(f"{place}: unbekannte Kennzahl „{aggregate}“.")
    key = _text(rf, "key", place, required=False)
    if key and not spec.is_dict:
        raise TemplateError(f"{place}: die Kennzahl „{aggregate}“ hat keine "
                            f"Aufschlüsselung, „key“ ist nicht möglich.")
    if key and key not in spec.keys:
        raise TemplateError(f"{place}: unbekannter Schlüssel „{key}“ für "
                            f"„{aggregate}“.")
    return Field(field_id, label, aggregate, key, _scopes(rf, place))


def _staff_field(rf: dict, field_id: str, label: str, place: str) -> Field:
    """A field of the post's staff block: ``staff`` names one of ``STAFF_FIELDS``; it
    has no aggregate and no key and is shown for posts only."""
    if "aggregate" in rf or "key" in rf:
        raise TemplateError(f"{place}: ein Feld mit „staff“ hat kein „aggregate“ und keinen "
                            "„key“.")
    name = _text(rf, "staff", place)
    if name not in STAFF_FIELDS:
        raise TemplateError(f"{place}: unbekannte Fachkräfte-Angabe „{name}“ (möglich: "
                            + ", ".join(STAFF_FIELDS) + ").")
    if _scopes(rf, place) != ("post",):
        raise TemplateError(f"{place}: die Fachkräfte-Angaben gibt es je Stelle; bitte "
                            "„scopes = [\"post\"]“.")
    return Field(field_id, label, "", "", ("post",), name)


def _value(aggregates: Aggregates, aggregate: str, key: str) -> int | float | None:
    """A field's value: a figure, one key of it, or the sum of its keys (None when the
    keys do not add up, as for topics)."""
    value = aggregates[aggregate]
    if not isinstance(value, dict):
        return value
    if key:
        return value[key]
    return sum(value.values()) if BY_NAME[aggregate].partition else None


def layout(template: Template, aggregates: Aggregates, scope: str,
           by_type: dict[str, Aggregates] | None = None,
           staff: dict[str, object] | None = None) -> list[Row]:
    """The rows of the form for ``scope`` ("school" or "post"), in template order.
    ``by_type`` (Schulart -> aggregates of the scope's schools of that type) fills the
    columns of sections that ask for them, when the scope has two or more types.
    ``staff`` (``staff.form_values`` of the post) fills the staff block's fields; without
    it they are left out."""
    rows: list[Row] = []
    by_type = by_type or {}
    types = sorted(by_type, key=type_order) if by_type and len(by_type) > 1 else []

    def row(section: Section, field_id, label, aggregate, key="", sub=False) -> Row:
        columns = tuple((t, _value(by_type[t], aggregate, key)) for t in types) \
            if section.by_school_type else ()
        return Row(section.title, field_id, label, _value(aggregates, aggregate, key),
                   aggregate, key, sub, columns)

    for section in template.sections:
        if scope not in section.scopes:
            continue
        for f in section.fields:
            if scope not in f.scopes:
                continue
            if f.staff:
                if staff is not None:
                    rows.extend(_staff_rows(section, f, staff[f.staff]))
                continue
            rows.append(row(section, f.id, f.label, f.aggregate, f.key))
            if BY_NAME[f.aggregate].is_dict and not f.key:
                for key in BY_NAME[f.aggregate].keys:
                    rows.append(row(section, f"{f.id}.{key}", key_label(f.aggregate, key),
                                    f.aggregate, key, sub=True))
    return rows


def type_order(code: str) -> tuple[int, str]:
    codes = cat.SCHOOL_TYPES.codes()
    return (codes.index(code) if code in codes else len(codes), code)


def school_type_label(code: str) -> str:
    return cat.SCHOOL_TYPES.label(code) or code


def _staff_rows(section: Section, f: Field, value) -> list[Row]:
    """A staff field's line; the working time by task area also one line per area."""
    if not isinstance(value, dict):
        return [Row(section.title, f.id, f.label, value, "", staff=f.staff)]
    rows = [Row(section.title, f.id, f.label, sum(value.values()), "", staff=f.staff)]
    rows += [Row(section.title, f"{f.id}.{key}", cat.TASK_AREAS.label(key), n, "", key,
                 sub=True, staff=f.staff) for key, n in value.items()]
    return rows
