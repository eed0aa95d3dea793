-- The batched path of the weighted aggregates (the state of an aggregate
-- without GROUP BY or with sorted groups is expanded after 64 rows; the
-- pairs of argument and weight are then summed 128 at a time, each
-- product rounded on its own to the grid) gives the same bits as the
-- per-row path, which window aggregates and hashed groups take; and its
-- errors are the per-row path's errors.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;
SET max_parallel_workers_per_gather = 0;

-- The states themselves: the weighted transition functions without a
-- final function.
CREATE AGGREGATE wstate(float8, float8, float8) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);
CREATE AGGREGATE wstate(time, float8) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);
CREATE AGGREGATE wstate(angle, float8) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);
CREATE AGGREGATE wstate(timestamptz, float8, text) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);
-- And unweighted ones, whose rows of any period (not only 360) now take
-- the shortest path into the batch.
CREATE AGGREGATE ustate(float8, float8) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);
CREATE AGGREGATE ustate(time) (
	SFUNC = circular_stats_accum, STYPE = circular_stats);

-- 10^5 rows: angles over three turns either way and the special values of
-- stats_batch (multiples of 15, sines and cosines below 2^-28, zeros,
-- huge values, subnormals, NaN); weights of zero, of every exponent of
-- the allowed range [2^-80, 2^100) (a few hundred near the top, below the
-- limit of 2^110 on their sum), tiny ones (products off the grid, which
-- are rounded), the edges 2^-80 and 2^100 - 2^47, and random() * 10.
SELECT setseed(0.5);
CREATE TABLE wt AS
SELECT i, x,
       CASE WHEN i % 10 = 0 THEN 0
            WHEN i % 10 = 1 THEN power(2, -80 + random() * 12)
            WHEN i % 10 IN (2, 3) THEN power(2, -80 + random() * 179.9)
            WHEN i % 997 = 4 THEN 1.2676506002282293e30
            WHEN i % 991 = 4 THEN 8.271806125530277e-25
            WHEN i % 10 = 4 THEN 1
            ELSE random() * 10 END AS w
  FROM (SELECT i, CASE WHEN i % 50 = 7 THEN s.x ELSE random() * 2160 - 1080 END AS x
          FROM generate_series(1, 100000) i
          LEFT JOIN LATERAL (
            SELECT v AS x FROM unnest(ARRAY[0, -0.0, 15, 30, 45, 90, 180, 270,
                      90 + 1e-7, 270 - 2.4e-7, 1e-12, 1e-300, 5e-324, 1e300,
                      -1e300, 720.5, 359.99999999999994, 'NaN']::float8[])
                   WITH ORDINALITY u(v, k)
             WHERE k = 1 + (i / 50) % 18) s ON true) q;
SELECT count(*) AS rows, count(*) FILTER (WHERE w = 0) AS zero_weights,
       count(*) FILTER (WHERE x = 'NaN') AS nans,
       min(w) FILTER (WHERE w > 0) = 2 ^ -80 AS min_w_edge,
       max(w) = 1.2676506002282293e30 AS max_w_edge
  FROM wt;

-- Every bit of the state of the whole table, per period, three ways: a
-- plain aggregate (batched), a window aggregate over the whole partition
-- (row by row), and the merge of hashed groups' states (row by row).
CREATE TABLE periods (p float8);
INSERT INTO periods VALUES (360), (24), (7), (2 * pi()), (400), (1e-3);
SET enable_sort = off;
SELECT p,
       plain::text = win AS plain_eq_window,
       plain::text = hashed AS plain_eq_hashed,
       circular_stats_count(plain) AS n
  FROM periods,
       LATERAL (SELECT wstate(x, w, p) AS plain FROM wt) a,
       LATERAL (SELECT wstate(x, w, p) OVER ()::text AS win
                  FROM wt LIMIT 1) b,
       LATERAL (SELECT circular_stats_merge(s)::text AS hashed
                  FROM (SELECT wstate(x, w, p) AS s
                          FROM wt GROUP BY i % 1000) q) c
 ORDER BY p;
RESET enable_sort;

-- The states' digests, which the per-row code of version 0.11.0 gives too.
SELECT p, md5((SELECT wstate(x, w, p) FROM wt)::text) FROM periods ORDER BY p;

-- The aggregates themselves, batched and per row (without the NaN rows,
-- which make both NaN).
CREATE TABLE wt_num AS SELECT * FROM wt WHERE x <> 'NaN';
SELECT (SELECT circular_mean(x, w, 360) FROM wt_num) =
       (SELECT circular_mean(x, w, 360) OVER () FROM wt_num LIMIT 1) AS mean_eq,
       (SELECT mean_resultant_length(x, w, 7) FROM wt_num) =
       (SELECT mean_resultant_length(x, w, 7) OVER () FROM wt_num LIMIT 1) AS r_eq,
       (SELECT circular_mean(x, w, 360) FROM wt_num) IS NOT NULL AS defined;

-- The time, angle and timestamptz forms.
CREATE TABLE wt_small AS
SELECT i, x, w, time '00:00' + (x + 1080) * interval '40 seconds' AS t
  FROM wt WHERE abs(x) <= 1080;
SELECT (SELECT wstate(t, w) FROM wt_small)::text =
       (SELECT wstate(t, w) OVER () FROM wt_small LIMIT 1)::text AS time_eq,
       (SELECT wstate(angle(x, 'deg'), w) FROM wt_small)::text =
       (SELECT wstate(angle(x, 'deg'), w) OVER () FROM wt_small LIMIT 1)::text
       AS angle_eq,
       (SELECT wstate(timestamptz '2024-03-31 00:00+00' + t - time '00:00', w,
                      'Europe/Paris') FROM wt_small)::text =
       (SELECT wstate(timestamptz '2024-03-31 00:00+00' + t - time '00:00', w,
                      'Europe/Paris') OVER () FROM wt_small LIMIT 1)::text
       AS tz_eq,
       (SELECT circular_mean(t, w) FROM wt_small) =
       (SELECT circular_mean(t, w) OVER () FROM wt_small LIMIT 1) AS time_mean_eq;

SELECT (SELECT ustate(t) FROM wt_small)::text =
       (SELECT ustate(t) OVER () FROM wt_small LIMIT 1)::text AS unweighted_time_eq,
       (SELECT ustate(x, 24) FROM wt)::text =
       (SELECT ustate(x, 24) OVER () FROM wt LIMIT 1)::text AS unweighted_24_eq,
       (SELECT ustate(x, 7) FROM wt)::text =
       (SELECT ustate(x, 7) OVER () FROM wt LIMIT 1)::text AS unweighted_7_eq;
SELECT md5(ustate(t)::text) AS unweighted_time_md5 FROM wt_small;
SELECT md5(wstate(t, w)::text) AS time_md5,
       md5(wstate(angle(x, 'deg'), w)::text) AS angle_md5
  FROM wt_small;

-- Sorted groups (batched) against hashed ones and windows, for group
-- sizes around the batch boundaries (expanded at 64 rows, batches of 128).
CREATE TABLE wgrp AS
SELECT g, i, (g * 7919 + i * 104729) % 36000 / 100.0 AS x,
       ((g * 31 + i * 17) % 1000) / 100.0 AS w
  FROM (SELECT generate_series(1, 70) UNION ALL SELECT generate_series(189, 195)
        UNION ALL SELECT generate_series(317, 323) UNION ALL SELECT 1000) s(g),
       generate_series(1, g) i;
SET enable_sort = off;
CREATE TABLE whashed AS
SELECT g, wstate(x, w, 360)::text AS s FROM wgrp GROUP BY g;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TABLE wsorted AS
SELECT g, wstate(x, w, 360)::text AS s FROM wgrp GROUP BY g;
RESET enable_hashagg;
CREATE TABLE wwindowed AS
SELECT DISTINCT g, wstate(x, w, 360) OVER (PARTITION BY g)::text AS s FROM wgrp;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE h.s = w.s) AS hashed_eq,
       count(*) FILTER (WHERE o.s = w.s) AS sorted_eq
  FROM whashed h JOIN wsorted o USING (g) JOIN wwindowed w USING (g);

-- The sum of the weights: 1024 rows just below 2^100 stay below 2^110 (the
-- last ones after W has passed 2^109 go the checked way), 1025 do not.
SELECT wstate(i, 1.2676506002282293e30, 360)::text =
       (SELECT wstate(i, 1.2676506002282293e30, 360) OVER ()
          FROM generate_series(1, 1024) i LIMIT 1)::text AS w_near_limit_eq,
       circular_stats_weight(wstate(i, 1.2676506002282293e30, 360)) =
       1024 * 1.2676506002282293e30 AS w_sum_exact
  FROM generate_series(1, 1024) i;
SELECT circular_mean(i, 1.2676506002282293e30, 360) FROM generate_series(1, 1025) i;
SELECT circular_mean(i, 1.2676506002282293e30, 360) OVER ()
  FROM generate_series(1, 1025) i LIMIT 1;
-- ... and that error comes first, before a bad weight later on.
SELECT circular_mean(i, CASE WHEN i = 1030 THEN -1 ELSE 1.2676506002282293e30 END,
                     360) FROM generate_series(1, 1100) i;

-- Errors after the state has been expanded are the per-row path's errors,
-- whatever rows wait in the batch.
SELECT circular_mean(x, CASE WHEN i = 5005 THEN -1 ELSE w END, 360) FROM wt;
SELECT circular_mean(x, CASE WHEN i = 5005 THEN 'NaN' ELSE w END, 360) FROM wt;
SELECT circular_mean(x, CASE WHEN i = 5005 THEN 'Infinity' ELSE w END, 360) FROM wt;
SELECT circular_mean(x, CASE WHEN i = 5005 THEN 2 ^ -81 ELSE w END, 360) FROM wt;
SELECT circular_mean(x, CASE WHEN i = 5005 THEN 2 ^ 100 ELSE w END, 360) FROM wt;
SELECT circular_mean(x, w, CASE WHEN i = 5005 THEN 24 ELSE 360 END) FROM wt;
SELECT circular_mean(CASE WHEN i = 5005 THEN 'Infinity' ELSE x END, w, 360) FROM wt;
SELECT circular_mean(x, w, CASE WHEN i = 5005 THEN 0 ELSE 360 END) FROM wt;
-- A zero weight ignores the row before its value and period are checked.
SELECT wstate(CASE WHEN i = 5005 THEN 'Infinity' ELSE x END,
              CASE WHEN i = 5005 THEN 0 ELSE w END,
              CASE WHEN i = 5005 THEN 24 ELSE 360 END)::text =
       (SELECT wstate(x, w, 360) OVER () FROM wt WHERE i <> 5005 LIMIT 1)::text
       AS zero_skips
  FROM wt;

DROP TABLE wt, wt_num, wt_small, periods, wgrp, whashed, wsorted, wwindowed;
DROP AGGREGATE wstate(float8, float8, float8);
DROP AGGREGATE wstate(time, float8);
DROP AGGREGATE wstate(angle, float8);
DROP AGGREGATE wstate(timestamptz, float8, text);
DROP AGGREGATE ustate(float8, float8);
DROP AGGREGATE ustate(time);
