"""The long table as Parquet, written by the product itself (``traeger tidy --out
….parquet``, the Träger-Werkzeuge dialog; docs/traeger.md „Lange Tabelle“): read back
with DuckDB and with pandas (pyarrow, an independent Parquet reader), the values equal
to hand-computed literals and to the CSV of the same folder, the column types fixed,
hostile text kept as it was; written atomically, a German sentence when it cannot be."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ssa_desktop.domain import kvjs
from ssa_desktop.domain.errors import UserError
from ssa_desktop.exports import kvjs_tidy
from ssa_desktop.services import traeger
from ssa_desktop.storage.errors import VaultError

from .files import post_file, run, school_file

YEAR = "2025/26"
IDS = sum(len(a.keys) or 1 for a in kvjs.AGGREGATES)
HOSTILE = 'Kreis "Süd", Ost\nneu\u202e'
HOSTILE_FILE = 'gs, "neu"\u202e.json'


def _folder(tmp_path: Path) -> Path:
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen", number="04123456",
                efh_contacts=6, efh_persons=4)
    school_file(f, "rs.json", "RS-2", landkreis="Emmendingen", efh_contacts=2,
                efh_persons=1, fte=0.775)
    school_file(f, HOSTILE_FILE, "GS-3", landkreis=HOSTILE, efh_contacts=1, efh_persons=1)
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    return f


def test_the_cli_writes_parquet_that_duckdb_and_pandas_read_with_fixed_types(capsys, tmp_path):
    out = tmp_path / "kvjs_lang.parquet"
    code, text, _ = run(capsys, "traeger", "tidy", _folder(tmp_path), "--year", YEAR,
                        "--out", out)
    assert code == 0 and f"Lange Tabelle geschrieben: {out} (4 Dateien)" in text
    con = duckdb.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()
    assert [(name, kind) for name, kind, *_ in described] == [
        ("school_year", "VARCHAR"), ("period_from", "DATE"), ("period_to", "DATE"),
        ("scope_kind", "VARCHAR"), ("scope_code", "VARCHAR"), ("school_number", "VARCHAR"),
        ("landkreis", "VARCHAR"), ("file", "VARCHAR"), ("created", "VARCHAR"),
        ("figure", "VARCHAR"), ("value", "DECIMAL(18,4)")]
    assert pq.read_schema(out).types == [pa.string(), pa.date32(), pa.date32()] + \
        [pa.string()] * 7 + [pa.decimal128(18, 4)]
    # DuckDB: the schools' sums per Landkreis, as the recipe counts them
    sums = dict(con.execute(
        f"SELECT landkreis || '/' || figure, SUM(value) FROM read_parquet('{out}') "
        "WHERE scope_kind = 'school' AND figure IN ('efh_contacts', 'fte') "
        "GROUP BY ALL").fetchall())
    assert sums == {"Emmendingen/efh_contacts": Decimal("8.0000"),
                    "Emmendingen/fte": Decimal("1.2750"),
                    f"{HOSTILE}/efh_contacts": Decimal("1.0000"),
                    f"{HOSTILE}/fte": Decimal("0.5000")}
    # pandas, as an analyst calls it (pyarrow underneath)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(kvjs_tidy.COLUMNS) and len(frame) == 4 * IDS
    gms = frame[(frame.scope_code == "GMS-1") & (frame.figure == "efh_contacts")].iloc[0]
    assert (gms.school_year, gms.period_from, gms.period_to, gms.school_number,
            gms.created, gms.value) == (YEAR, date(2025, 8, 1), date(2026, 7, 31),
                                        "04123456", "2026-10-01", Decimal("6"))
    rs_fte = frame[(frame.scope_code == "RS-2") & (frame.figure == "fte")].value.iloc[0]
    assert rs_fte == Decimal("0.775")
    schools = frame[frame.scope_kind == "school"]
    contacts = schools[schools.figure == "efh_contacts"].groupby("landkreis").value.sum()
    assert contacts.to_dict() == {"Emmendingen": Decimal("8"), HOSTILE: Decimal("1")}
    assert set(frame.file) == {"gms.json", "rs.json", HOSTILE_FILE, "nord.json"}


def test_the_parquet_holds_exactly_the_rows_of_the_csv(tmp_path):
    folder = _folder(tmp_path)
    traeger.write_tidy(folder, YEAR, tmp_path / "lang.csv")
    traeger.write_tidy(folder, YEAR, tmp_path / "lang.PARQUET")  # the suffix in any case
    with (tmp_path / "lang.csv").open(encoding="utf-8", newline="") as f:
        from_csv = sorted(tuple(r.values()) for r in csv.DictReader(f))
    parquet = duckdb.connect().execute(
        f"SELECT * FROM read_parquet('{tmp_path / 'lang.PARQUET'}')").fetchall()
    as_text = sorted((*(v.isoformat() if isinstance(v, date) else v for v in row[:-1]),
                      row[-1]) for row in parquet)
    assert len(as_text) == len(from_csv) == 4 * IDS
    for text_row, typed_row in zip(from_csv, as_text, strict=True):
        assert text_row[:-1] == typed_row[:-1]
        assert Decimal(text_row[-1]) == typed_row[-1]
    hostile = [row for row in as_text if row[4] == "GS-3"]
    assert {row[6] for row in hostile} == {HOSTILE} and {row[7] for row in hostile} == \
        {HOSTILE_FILE}


def test_an_empty_year_is_a_parquet_file_with_the_columns_and_no_row(tmp_path):
    folder = tmp_path / "leer"
    folder.mkdir()
    path, read = traeger.write_tidy(folder, YEAR, tmp_path / "leer.parquet")
    assert read.deliveries == ()
    assert pq.read_schema(path).names == list(kvjs_tidy.COLUMNS)
    assert pq.read_table(path).num_rows == 0


def test_a_value_with_more_places_than_the_column_is_refused_by_name_not_rounded(tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", fte=0.12345)
    target = tmp_path / "lang.parquet"
    with pytest.raises(UserError, match="„gms.json“: der Wert 0.12345 von fte hat mehr als "
                                         "4 Nachkommastellen"):
        traeger.write_tidy(folder, YEAR, target)
    assert list(tmp_path.iterdir()) == [folder]


def test_a_parquet_file_open_elsewhere_stays_as_it_was(tmp_path, windows_sharing):
    target = tmp_path / "aus" / "lang.parquet"
    target.parent.mkdir()
    target.write_bytes(b"letzte Woche")
    windows_sharing.hold(target)
    with pytest.raises(VaultError, match="ist in einem anderen Programm geöffnet"):
        traeger.write_tidy(_folder(tmp_path), YEAR, target)
    assert target.read_bytes() == b"letzte Woche"
    assert [p.name for p in target.parent.iterdir()] == ["lang.parquet"]  # no temp file
