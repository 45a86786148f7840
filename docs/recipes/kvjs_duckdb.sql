-- The long table of the Träger kit (ssa-desktop traeger tidy ORDNER --year 2025/26
-- --out kvjs_lang.csv) in DuckDB (docs/traeger.md, „Lange Tabelle“). Run with:
--   duckdb -c ".read docs/recipes/kvjs_duckdb.sql"   (kvjs_lang.csv in the working folder)
-- Several years or Träger: read_csv('kvjs_lang_*.csv', union_by_name = true).
-- tests/traeger/test_tidy.py runs these statements and compares with the kit's sums.

-- 1. the table once, typed
CREATE OR REPLACE TABLE kvjs AS
SELECT * FROM read_csv('kvjs_lang.csv', header = true,
                       types = {'value': 'DOUBLE', 'created': 'VARCHAR'});

-- 2. Parquet for any other engine (SSA Desktop writes it itself, with fixed column types:
--    traeger tidy … --out kvjs_lang.parquet. pandas: pd.read_parquet('kvjs_lang.parquet') with
--    pyarrow, or duckdb.sql("SELECT * FROM 'kvjs_lang.parquet'").df()
--    as tests/traeger/test_tidy_pandas.py does, the CSV: pd.read_csv with
--    dtype={'school_number': str} keeps the Schulnummer's leading zero)
COPY kvjs TO 'kvjs_lang.parquet' (FORMAT parquet);

-- 3. the schools' sums per Landkreis and figure (a post's file holds the same schools:
--    count either the schools or the posts, never both)
SELECT landkreis, figure, SUM(value) AS total
FROM kvjs
WHERE scope_kind = 'school'
GROUP BY landkreis, figure
ORDER BY landkreis, figure;
