-- circular_mean_ci as an aggregate (0.11.0): the interval of the accessor
-- circular_mean_ci(circular_stats_agg(...), level), bit for bit, in every
-- form and plan; its numbers against mpmath (30 digits, Fisher 1993
-- section 4.4 with rho_2 the length of the second moment); bad input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 0;

-- mpmath: (8.86070155020309, 37.7293919086304) at 0.95;
-- weights 1, 2, 3 at 0.9: (20.0779253744293, 36.6325811702634);
-- across 0 at 0.99: (350.047646307788, 25.8625262461801);
-- times 23:30, 00:15, 01:00, 02:00 at 0.95: (23.7588454050005, 1.61304851574075).
SELECT round((ci).lower::numeric, 11) AS lower, round((ci).upper::numeric, 11) AS upper
  FROM (SELECT circular_mean_ci(x, 360, 0.95) AS ci FROM (VALUES (10.0), (20), (40)) v(x)) q;
SELECT round((ci).lower::numeric, 11) AS lower, round((ci).upper::numeric, 11) AS upper
  FROM (SELECT circular_mean_ci(x, w, 360, 0.9) AS ci FROM (VALUES (10.0, 1.0), (20, 2), (40, 3)) v(x, w)) q;
SELECT round((ci).lower::numeric, 11) AS lower, round((ci).upper::numeric, 11) AS upper
  FROM (SELECT circular_mean_ci(angle(x, 'deg'), 0.99) AS ci
          FROM (VALUES (350.0), (5), (20), (30), (355)) v(x)) q;
SELECT round((ci).lower::numeric, 11) AS lower, round((ci).upper::numeric, 11) AS upper
  FROM (SELECT circular_mean_ci(t, 0.95) AS ci
          FROM (VALUES (time '23:30'), ('00:15'), ('01:00'), ('02:00')) v(t)) q;

-- Every form equals the accessor over circular_stats_agg of the same rows,
-- bit for bit (float8 equality of both ends), in 50 groups; NULL values,
-- weights and levels skip their rows; weights 0 count nothing.
CREATE TABLE ci_rows AS
  SELECT i, i % 50 AS g,
         CASE WHEN i % 97 = 0 THEN NULL ELSE ((i * 0.6180339887) % 1) * 90 + 40 * sin(i) END AS x,
         CASE WHEN i % 89 = 0 THEN 0 WHEN i % 101 = 0 THEN NULL ELSE 1 + (i % 7) END::float8 AS w,
         time '00:00' + ((i * 0.7548776662) % 1) * interval '6 hours' AS t
    FROM generate_series(1, 20000) i;
CREATE TEMP TABLE forms AS
SELECT g,
       circular_mean_ci(x, 360, 0.95) AS f8,
       circular_mean_ci(circular_stats_agg(x, 360), 0.95) AS f8_ref,
       circular_mean_ci(x, w, 360, 0.8) AS f8w,
       circular_mean_ci(circular_stats_agg(x, w, 360), 0.8) AS f8w_ref,
       circular_mean_ci(t, 0.9) AS tm,
       circular_mean_ci(circular_stats_agg(t), 0.9) AS tm_ref,
       circular_mean_ci(t, w, 0.9) AS tmw,
       circular_mean_ci(circular_stats_agg(t, w), 0.9) AS tmw_ref,
       circular_mean_ci(angle(x, 'deg'), 0.99) AS an,
       circular_mean_ci(circular_stats_agg(angle(x, 'deg')), 0.99) AS an_ref,
       circular_mean_ci(angle(x, 'deg'), w, 0.99) AS anw,
       circular_mean_ci(circular_stats_agg(angle(x, 'deg'), w), 0.99) AS anw_ref
  FROM ci_rows GROUP BY g;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE (f8).lower = (f8_ref).lower AND (f8).upper = (f8_ref).upper) AS f8_same,
       count(*) FILTER (WHERE (f8w).lower = (f8w_ref).lower AND (f8w).upper = (f8w_ref).upper) AS f8w_same,
       count(*) FILTER (WHERE (tm).lower = (tm_ref).lower AND (tm).upper = (tm_ref).upper) AS tm_same,
       count(*) FILTER (WHERE (tmw).lower = (tmw_ref).lower AND (tmw).upper = (tmw_ref).upper) AS tmw_same,
       count(*) FILTER (WHERE (an).lower = (an_ref).lower AND (an).upper = (an_ref).upper) AS an_same,
       count(*) FILTER (WHERE (anw).lower = (anw_ref).lower AND (anw).upper = (anw_ref).upper) AS anw_same
  FROM forms;
SELECT circular_mean_ci(x, 360, l) AS skipped_null_levels
  FROM (VALUES (10.0, 0.95), (20, NULL), (40, 0.95), (NULL, 0.5)) v(x, l);

-- Empty and undefined: NULL for no rows, weights 0 only, a mean that does
-- not exist, or z sigma > 1; NaN rows give (NaN, NaN).
SELECT circular_mean_ci(x, 360, 0.95) IS NULL AS no_rows FROM ci_rows WHERE false;
SELECT circular_mean_ci(x, 0, 360, 0.95) IS NULL AS zero_weights FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(x, 360, 0.95) IS NULL AS no_mean FROM (VALUES (0.0), (90), (180), (270)) v(x);
SELECT circular_mean_ci(x, 360, 0.99) IS NULL AS too_wide FROM (VALUES (0.0), (100)) v(x);
SELECT circular_mean_ci(x, 360, 0.95) AS nan_rows FROM (VALUES (1.0), ('NaN')) v(x);

-- Parallel plans (partial states serialized, deserialized and combined):
-- the same bits as the serial plan.
ANALYZE ci_rows;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_ci AS
  SELECT (SELECT circular_mean_ci(x, w, 360, 0.95)::text FROM ci_rows) AS whole,
         (SELECT string_agg(c::text, ';' ORDER BY g)
            FROM (SELECT g, circular_mean_ci(t, 0.9) c FROM ci_rows GROUP BY g) q) AS grouped;
SELECT whole FROM serial_ci;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT circular_mean_ci(x, w, 360, 0.95) FROM ci_rows;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT g, circular_mean_ci(t, 0.9) FROM ci_rows GROUP BY g;
SELECT (SELECT circular_mean_ci(x, w, 360, 0.95)::text FROM ci_rows) = whole AS parallel_same,
       (SELECT string_agg(c::text, ';' ORDER BY g)
          FROM (SELECT g, circular_mean_ci(t, 0.9) c FROM ci_rows GROUP BY g) q) = grouped AS parallel_grouped_same
  FROM serial_ci;
RESET enable_hashagg;
SET enable_sort = off;
SELECT (SELECT string_agg(c::text, ';' ORDER BY g)
          FROM (SELECT g, circular_mean_ci(t, 0.9) c FROM ci_rows GROUP BY g) q) = grouped AS parallel_hashed_same
  FROM serial_ci;
RESET enable_sort;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- Moving windows (rows removed by the inverse transition) equal the
-- accessor over each frame's state, and the aggregate of each frame's rows
-- computed on its own; a frame that empties and fills again.
CREATE TEMP TABLE win AS
SELECT i,
       circular_mean_ci(x, w, 360, 0.9) OVER f AS moving,
       circular_mean_ci(circular_stats_agg(x, w, 360) OVER f, 0.9) AS ref
  FROM ci_rows WHERE i <= 3000
WINDOW f AS (ORDER BY i ROWS BETWEEN 40 PRECEDING AND CURRENT ROW);
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving IS NOT DISTINCT FROM ref) AS same,
       count(*) FILTER (WHERE moving IS NULL) AS null_frames
  FROM win;
SELECT w.i, w.moving::text = (SELECT circular_mean_ci(x, r.w, 360, 0.9)::text
                                FROM ci_rows r WHERE r.i BETWEEN w.i - 40 AND w.i) AS same_as_frame
  FROM win w WHERE w.i IN (41, 1000, 2999);
SELECT x, circular_mean_ci(x, 360, 0.5) OVER (ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS ci
  FROM (VALUES (1, 10.0), (2, NULL), (3, NULL), (4, 30), (5, 50)) v(i, x) ORDER BY i;

\i test/lib/bad_helpers.sql
-- Bad input, each with its SQLSTATE and detail: the level outside
-- (0, 1), NaN, infinite (22023); levels that differ between rows (22023);
-- the errors of the other aggregates (period, value, weight).
SELECT pg_temp.try('SELECT circular_mean_ci(x, 360, 0) FROM (VALUES (1.0)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, 360, 1) FROM (VALUES (1.0)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, 360, ''NaN'') FROM (VALUES (1.0)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(t, ''-Infinity'') FROM (VALUES (time ''01:00'')) v(t)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, 360, l) FROM (VALUES (1.0, 0.9), (2, 0.95)) v(x, l)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, 0, 0.9) FROM (VALUES (1.0)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, 360, 0.9) FROM (VALUES (''Infinity''::float8)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, -1, 360, 0.9) FROM (VALUES (1.0)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci(x, p, 0.9) FROM (VALUES (1.0, 360), (2, 400)) v(x, p)', true);
-- The support functions take and return internal, which SQL cannot
-- give them; a serial state reaches the deserial code through
-- circular_mean_ci_from_serial.
-- Crafted serial states (22P03); a good one of rows 10, 20, 40 reads back.
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial(''\x''::bytea)', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial(''\x0200000000000000003fee666666666666''::bytea)', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''3ff0000000000000'' || encode(circular_stats_send(circular_stats_agg(x, 360)), ''hex''))::bytea) FROM (VALUES (10.0), (20), (40)) v(x)', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''7ff8000000000000'' || encode(circular_stats_send(circular_stats_agg(x, 360)), ''hex''))::bytea) FROM (VALUES (10.0), (20), (40)) v(x)', true);
-- a version 1 state with rows (no sums of order 2), one of order 3, an
-- empty state (reads as NULL), bytes after the state.
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''3fee666666666666'' || encode(circular_stats_send(''(1,3,0,360,0x1289091601fc7d00000000000000000000000,0x2b0c78b8d14cb600000000000000000000000,0x3000000000000000000000000000000000000)''::circular_stats), ''hex''))::bytea)', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''3fee666666666666'' || encode(circular_stats_send(''(2,3,0,360,0x1289091601fc7d00000000000000000000000,0x2b0c78b8d14cb600000000000000000000000,0x3000000000000000000000000000000000000,3,0x1f838b8c811c1740000000000000000000000,0x1e11f642522d1bc0000000000000000000000)''::circular_stats), ''hex''))::bytea)', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''7ff8000000000000'' || encode(circular_stats_send(''(1,0,0,0,0x0,0x0,0x0)''::circular_stats), ''hex''))::bytea) IS NULL AS empty_state', true);
SELECT pg_temp.try('SELECT circular_mean_ci_from_serial((''\x01'' || ''3fee666666666666'' || encode(circular_stats_send(circular_stats_agg(x, 360)), ''hex'') || ''00'')::bytea) FROM (VALUES (10.0), (20), (40)) v(x)', true);
SELECT round((ci).lower::numeric, 11) AS lower, round((ci).upper::numeric, 11) AS upper
  FROM (SELECT circular_mean_ci_from_serial(('\x01' || '3fee666666666666' || encode(circular_stats_send(circular_stats_agg(x, 360)), 'hex'))::bytea) AS ci
          FROM (VALUES (10.0), (20), (40)) v(x)) q;
DROP TABLE ci_rows;
