-- The transition functions are not strict (0.6.0): a NULL state starts a
-- new one, a row with a NULL value, weight or period is skipped; the
-- aggregates behave as before (plain, grouped, batched, moving windows).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
-- direct calls from NULL, for every form
SELECT circular_stats_accum(NULL, 1, 360) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', 1, 360) AS float8,
       circular_stats_accum(NULL, 1, 2, 360) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', 1, 2, 360) AS weighted,
       circular_stats_accum(NULL, '01:00'::time) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', '01:00'::time) AS time,
       circular_stats_accum(NULL, '01:00'::time, 2) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', '01:00'::time, 2) AS time_weighted,
       circular_stats_accum(NULL, '1°'::angle) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', '1°'::angle) AS angle,
       circular_stats_accum(NULL, '1°'::angle, 2) = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', '1°'::angle, 2) AS angle_weighted,
       circular_stats_accum(NULL, '2024-01-01 01:00+00'::timestamptz, 'UTC') = circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', '01:00'::time) AS tz;
-- a chain of direct calls from NULL
SELECT circular_mean(circular_stats_accum(circular_stats_accum(NULL, 350, 360), 10, 360)) AS mean;
-- NULL value, weight or period: the state unchanged (a NULL state: empty)
SELECT circular_stats_accum(NULL, NULL::float8, 360) AS null_value,
       circular_stats_accum(circular_stats_accum(NULL, 1, 360), NULL::float8, 360) = circular_stats_accum(NULL, 1, 360) AS kept,
       circular_stats_accum(circular_stats_accum(NULL, 1, 360), 5, NULL::float8) = circular_stats_accum(NULL, 1, 360) AS null_period,
       circular_stats_accum(circular_stats_accum(NULL, 1, 360), 5, NULL, 360) = circular_stats_accum(NULL, 1, 360) AS null_weight,
       circular_stats_inv(circular_stats_accum(NULL, 1, 360), NULL::float8, 360) = circular_stats_accum(NULL, 1, 360) AS inv_null;
-- removing from NULL (from nothing) is an error, as from an empty state
\i test/lib/bad_helpers.sql
SELECT pg_temp.try($$SELECT circular_stats_inv(NULL, 1, 360)$$) AS inv_from_null;
-- aggregates skip rows with a NULL, as with strict transition functions
CREATE TEMP TABLE r (i int, x float8, w float8, p float8, t time, a angle);
INSERT INTO r SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE i * 3.7 END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 1 + i % 3 END, CASE WHEN i % 13 = 0 THEN NULL ELSE 360 END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE make_time(i % 24, i % 60, 0) END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE angle(i * 1.3, 'deg') END
  FROM generate_series(1, 1000) i;
-- the same as aggregating only the rows without NULL
SELECT (SELECT circular_stats_agg(x, p) FROM r) = (SELECT circular_stats_agg(x, p) FROM r WHERE x IS NOT NULL AND p IS NOT NULL) AS plain,
       (SELECT circular_stats_agg(x, w, p) FROM r) = (SELECT circular_stats_agg(x, w, p) FROM r WHERE x IS NOT NULL AND w IS NOT NULL AND p IS NOT NULL) AS weighted,
       (SELECT circular_stats_agg(t) FROM r) = (SELECT circular_stats_agg(t) FROM r WHERE t IS NOT NULL) AS time,
       (SELECT circular_stats_agg(a) FROM r) = (SELECT circular_stats_agg(a) FROM r WHERE a IS NOT NULL) AS angle,
       (SELECT circular_stats_count(circular_stats_agg(x, p)) FROM r) AS counted;
-- grouped (hashed and sorted) and the batched path (more than 64 rows per group)
SELECT bool_and(a = b) AS grouped
  FROM (SELECT i % 2 AS g, circular_stats_agg(x, p) AS a FROM r GROUP BY 1) q
  JOIN (SELECT i % 2 AS g, circular_stats_agg(x, p) AS b FROM r WHERE x IS NOT NULL AND p IS NOT NULL GROUP BY 1) q2 USING (g);
SET enable_hashagg = off;
SELECT bool_and(a = b) AS grouped_sorted
  FROM (SELECT i % 2 AS g, circular_stats_agg(a) AS a FROM r GROUP BY 1) q
  JOIN (SELECT i % 2 AS g, circular_stats_agg(a) AS b FROM r WHERE a IS NOT NULL GROUP BY 1) q2 USING (g);
RESET enable_hashagg;
-- moving windows: the inverse skips the same rows
SELECT bool_and(m1 IS NOT DISTINCT FROM m2) AS moving
  FROM (SELECT i, circular_mean(x, w, p) OVER win AS m1 FROM r WINDOW win AS (ORDER BY i ROWS BETWEEN 20 PRECEDING AND CURRENT ROW)) a
  JOIN (SELECT i, circular_mean(CASE WHEN w IS NULL OR p IS NULL THEN NULL ELSE x END, coalesce(w, 1), 360)
               OVER win AS m2 FROM r WINDOW win AS (ORDER BY i ROWS BETWEEN 20 PRECEDING AND CURRENT ROW)) b USING (i);
SELECT bool_and(c1 = c2) AS moving_counts
  FROM (SELECT i, circular_stats_count(circular_stats_agg(t) OVER win) AS c1,
               count(t) OVER win AS c2 FROM r WINDOW win AS (ORDER BY i ROWS BETWEEN 30 PRECEDING AND CURRENT ROW)) q;
-- an aggregate of only NULL rows: NULL state, NULL mean
SELECT circular_stats_agg(x, 360) AS agg, circular_mean(x, 360) AS mean FROM (VALUES (NULL::float8)) v(x);
