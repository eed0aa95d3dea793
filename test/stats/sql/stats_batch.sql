-- The batched path of the unweighted aggregates (the state of an aggregate
-- without GROUP BY or with sorted groups is expanded after 64 rows; sines
-- and cosines are then summed 256 at a time, two to a vector where the CPU
-- allows) gives the same bits as the per-row path, which window aggregates,
-- hashed groups, single-row groups and direct calls of the transition
-- function take.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;
SET max_parallel_workers_per_gather = 0;

-- Random angles over three turns either way, and every value the vector
-- kernel hands back to scalar code: |x| > 360, folded angles of 30 and 45,
-- sines or cosines below 2^-28 (angles within 2.5e-7 degrees of a multiple
-- of 90), zeros and -0, huge values, subnormals, NaN.
SELECT setseed(0.25);
CREATE TABLE bt AS
SELECT i, random() * 2160 - 1080 AS x FROM generate_series(1, 3000) i;
INSERT INTO bt
SELECT 3000 + row_number() OVER (), x FROM (
	SELECT k * 15.0 AS x FROM generate_series(-100, 100) k
	UNION ALL SELECT k * 90 + d FROM generate_series(-4, 4) k,
		unnest(ARRAY[1e-7, -1e-7, 2.4e-7, -2.4e-7, 2.6e-7, 1e-12, -1e-12,
		             1e-300, 5e-324, -5e-324]::float8[]) d
	UNION ALL SELECT unnest(ARRAY[0, -0.0, 1e300, -1e300, 1e20, 720.5,
	                              359.99999999999994, 0.1, 179.99999999999997,
	                              'NaN', 'NaN']::float8[])) v;
SELECT count(*) AS rows, count(*) FILTER (WHERE x = 'NaN') AS nans FROM bt;

-- The state (every bit of it) of the whole table, three ways: a plain
-- aggregate (batched), a window aggregate over the whole partition (row by
-- row), and the merge of single-row states (row by row).
CREATE TABLE periods (p float8);
INSERT INTO periods VALUES (360), (24), (2 * pi()), (7), (400), (1e-3);
SELECT p,
       plain::text = win AS plain_eq_window,
       plain::text = merged AS plain_eq_merged,
       circular_stats_count(plain) AS n
  FROM periods,
       LATERAL (SELECT circular_stats_agg(x, p) AS plain FROM bt) a,
       LATERAL (SELECT circular_stats_agg(x, p) OVER ()::text AS win
                  FROM bt LIMIT 1) b,
       LATERAL (SELECT circular_stats_merge(s)::text AS merged
                  FROM (SELECT circular_stats_agg(x, p) AS s
                          FROM bt GROUP BY i) q) c
 ORDER BY p;

-- The same through the angle and time forms and circular_mean itself.
CREATE TABLE bt_small AS SELECT * FROM bt WHERE abs(x) <= 1080;
SELECT (SELECT circular_stats_agg(angle(x, 'deg')) FROM bt_small)::text =
       (SELECT circular_stats_agg(angle(x, 'deg')) OVER () FROM bt_small LIMIT 1)::text
       AS angle_eq;
CREATE TABLE bt_time AS
SELECT time '00:00' + x * interval '80 seconds' AS t FROM bt_small;
SELECT (SELECT circular_stats_agg(t) FROM bt_time)::text =
       (SELECT circular_stats_agg(t) OVER () FROM bt_time LIMIT 1)::text
       AS time_eq;
SELECT (SELECT circular_mean(x, 360) FROM bt) =
       (SELECT circular_mean(x, 360) OVER () FROM bt LIMIT 1) AS mean_eq;

-- Group sizes around the batch boundaries (expanded at 64 rows, full
-- batches at 64 + 256 k rows, remainders of four), grouped with sorting
-- (batched) and with hashing (row by row: a hash table keeps every group's
-- state, so they stay flat).
CREATE TABLE grp AS
SELECT g, i, (g * 7919 + i * 104729) % 36000 / 100.0 AS x
  FROM (SELECT generate_series(1, 70) UNION ALL SELECT generate_series(316, 324)
        UNION ALL SELECT generate_series(572, 580) UNION ALL SELECT 1000) s(g),
       generate_series(1, g) i;
SET enable_sort = off;
CREATE TABLE hashed AS
SELECT g, circular_stats_agg(x, 360)::text AS s FROM grp GROUP BY g;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TABLE sorted AS
SELECT g, circular_stats_agg(x, 360)::text AS s FROM grp GROUP BY g;
RESET enable_hashagg;
CREATE TABLE windowed AS
SELECT DISTINCT g, circular_stats_agg(x, 360) OVER (PARTITION BY g)::text AS s FROM grp;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE h.s = w.s) AS hashed_eq,
       count(*) FILTER (WHERE o.s = w.s) AS sorted_eq
  FROM hashed h JOIN sorted o USING (g) JOIN windowed w USING (g);

-- Grouping sets: sorted (ROLLUP, one live group per set: batched) and
-- mixed with hashing; the total row and every group as in the windows.
SET enable_hashagg = off;
CREATE TABLE rolled AS
SELECT g, circular_stats_agg(x, 360)::text AS s FROM grp GROUP BY ROLLUP (g);
RESET enable_hashagg;
CREATE TABLE mixed AS
SELECT g, i, circular_stats_agg(x, 360)::text AS s FROM grp GROUP BY GROUPING SETS ((g), (i), ());
SELECT count(*) FILTER (WHERE r.g IS NOT NULL AND r.s = w.s) AS rollup_groups_eq,
       count(*) FILTER (WHERE m.g IS NOT NULL AND m.s = w.s) AS mixed_groups_eq
  FROM windowed w LEFT JOIN rolled r USING (g) LEFT JOIN mixed m USING (g);
SELECT r.s = t.s AS rollup_total_eq, m.s = t.s AS mixed_total_eq
  FROM (SELECT s FROM rolled WHERE g IS NULL) r,
       (SELECT s FROM mixed WHERE g IS NULL AND i IS NULL) m,
       (SELECT circular_stats_agg(x, 360) OVER ()::text AS s FROM grp LIMIT 1) t;

-- A state stored from the batched path reads back with the same bits, and
-- ORDER BY, DISTINCT and FILTER inside the aggregate change nothing.
CREATE TABLE stored AS SELECT circular_stats_agg(x, 360) AS s FROM bt;
SELECT s::text = (SELECT circular_stats_agg(x, 360) OVER () FROM bt LIMIT 1)::text
       AS stored_eq FROM stored;
SELECT circular_stats_agg(x, 360 ORDER BY x DESC)::text =
       circular_stats_agg(x, 360)::text AS ordered_eq,
       circular_stats_agg(x, 360) FILTER (WHERE i % 2 = 0)::text =
       (SELECT circular_stats_agg(x, 360) OVER () FROM bt WHERE i % 2 = 0 LIMIT 1)::text
       AS filtered_eq
  FROM bt;
SELECT circular_stats_count(circular_stats_agg(DISTINCT x, 360)) =
       (SELECT count(DISTINCT x) FROM bt) AS distinct_eq
  FROM (SELECT x FROM bt UNION ALL SELECT x FROM bt) q;

-- Errors after the state has been expanded are the per-row path's errors.
SELECT circular_mean(x, CASE WHEN i = 500 THEN 24 ELSE 360 END) FROM bt;
SELECT circular_mean(CASE WHEN i = 500 THEN 'Infinity' ELSE x END, 360) FROM bt;
SELECT circular_mean(x, CASE WHEN i = 500 THEN 0 ELSE 360 END) FROM bt;

-- The row count stays within 2^63 - 1 in the batched path too: a state
-- 300 rows short of it takes 300 more rows (one of them NaN, which goes
-- the general way), not 301.
CREATE AGGREGATE near_max(float8, float8) (
	SFUNC = circular_stats_accum, STYPE = circular_stats,
	FINALFUNC = circular_stats_count,
	INITCOND = '(1,9223372036854775507,0,360,0x0,0x0,0x80000000000000000000000000000000)');
SELECT near_max(CASE WHEN i = 150 THEN 'NaN' ELSE i::float8 END, 360)
  FROM generate_series(1, 300) i;
SELECT near_max(CASE WHEN i = 150 THEN 'NaN' ELSE i::float8 END, 360)
  FROM generate_series(1, 301) i;
DROP AGGREGATE near_max(float8, float8);

-- A known answer through the batched path: 30, 150 and 270 degrees (equal
-- thirds, resultant exactly zero: NULL) and 100 rows of 10 and 350 (mean
-- 0, R = cos 10 degrees, whose double is 0.984807753012208 by mpmath).
SELECT circular_mean(x, 360) AS thirds
  FROM (SELECT unnest(ARRAY[30, 150, 270]::float8[]) x
          FROM generate_series(1, 100)) q;
SELECT circular_mean(x, 360) AS mean_10_350,
       mean_resultant_length(x, 360) = 0.984807753012208 AS r_is_cos10
  FROM (SELECT unnest(ARRAY[10, 350]::float8[]) x
          FROM generate_series(1, 100)) q;

-- Partial aggregation without Gather (partition-wise): the partial states
-- reach the combine function as expanded objects.
CREATE TABLE pt (i int, x float8) PARTITION BY RANGE (i);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (2000);
CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (2000) TO (10000);
INSERT INTO pt SELECT i, x FROM bt;
ANALYZE pt;
SET enable_partitionwise_aggregate = on;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT circular_stats_agg(x, 360) FROM pt;
SELECT circular_stats_agg(x, 360)::text =
       (SELECT circular_stats_agg(x, 360) OVER () FROM bt LIMIT 1)::text
       AS partitionwise_eq
  FROM pt;
RESET enable_partitionwise_aggregate;
RESET enable_hashagg;

DROP TABLE bt, bt_small, bt_time, periods, grp, hashed, sorted, windowed, rolled, mixed, stored, pt;
