-- Circular statistics aggregates (issue 4): semantics, exactness,
-- bit-identical plans, windows, parallel plans, the circular_stats state.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;

-- Exact at the cases users check by hand.  0 and 45 must print exactly
-- (extra_float_digits = 3 would show 359.99999999999994 or 45.000000000000007).
SELECT circular_mean(x, 360) AS mean_350_10
  FROM (VALUES (350::float8), (10)) v(x);
SELECT circular_mean(x, 360) AS mean_0_90
  FROM (VALUES (0::float8), (90)) v(x);
SELECT circular_mean(x, 360) AS mean_minus10_370
  FROM (VALUES (-10::float8), (370)) v(x);           -- -10 and 10 + 360: 0 exactly
SELECT circular_mean(t) AS mean_2300_0100
  FROM (VALUES ('23:00'::time), ('01:00')) v(t);
SELECT circular_mean(t) AS mean_2200_0200_0000
  FROM (VALUES ('22:00'::time), ('02:00'), ('00:00')) v(t);
SELECT circular_mean(t) AS mean_0300_0500
  FROM (VALUES ('03:00'::time), ('05:00')) v(t);     -- 04:00 exactly (15-degree multiples)
SELECT circular_mean(x, 24) AS mean_hours_23_1
  FROM (VALUES (23::float8), (1)) v(x);
SELECT circular_mean(x, 2 * pi()) AS mean_rad_pi2
  FROM (VALUES (0::float8), (pi() / 2)) v(x);        -- pi/4 as atan2(1, 1) gives it
SELECT circular_mean(x, w, 360) AS weighted_350_10
  FROM (VALUES (350::float8, 2::float8), (10, 2)) v(x, w);
-- The mean is never the period itself: -1e-14 degrees is 360 - 1e-14,
-- which rounds to 360 and is reported as 0.
SELECT circular_mean(-1e-14::float8, 360) AS tiny_negative,
       circular_mean(-1e-17::float8, 1) AS tiny_negative_period_1,
       circular_mean(1e-14::float8, 360) > 0 AS tiny_positive_kept;
-- Single values come back reduced into [0, period) (exact for these;
-- other single values are within an ULP or two: atan2 of sin and cos).
-- -6 h is 18 h; 765 = 45 + 2 * 360.
SELECT circular_mean(-90::float8, 360) AS m270, circular_mean(765::float8, 360) AS m45,
       circular_mean(-6::float8, 24) AS m18, circular_mean('18:30'::time) AS t1830;

-- NULLs are skipped; no rows or only NULLs give NULL for every statistic.
SELECT circular_mean(x, 360) AS mean_with_nulls
  FROM (VALUES (NULL::float8), (90), (NULL)) v(x);
SELECT circular_mean(x, 360) IS NULL AS mean_null,
       mean_resultant_length(x, 360) IS NULL AS rbar_null,
       circular_var(x, 360) IS NULL AS var_null,
       circular_stddev(x, 360) IS NULL AS sd_null,
       angular_deviation(x, 360) IS NULL AS ad_null,
       circular_stats_agg(x, 360) IS NULL AS state_null
  FROM (VALUES (NULL::float8), (NULL)) v(x);
SELECT circular_mean(x, 360) IS NULL AS empty_mean_null,
       circular_stats_agg(x, 360) IS NULL AS empty_state_null,
       circular_mean(t) IS NULL AS empty_time_null
  FROM (SELECT 1::float8 AS x, '01:00'::time AS t WHERE false) v;
-- NULL period or weight: the row is skipped too.
SELECT circular_mean(x, p) AS null_period_skipped
  FROM (VALUES (90::float8, 360::float8), (200, NULL)) v(x, p);

-- Undefined mean: R-bar at or below 2^-49 is reported as 0 and the mean
-- as NULL.  {0, 180} and {0, 90, 180, 270} are exact zeros; the regular
-- 7-, 9-, 11- and 12-gons of degree values would otherwise give 'means' of
-- rounding noise.  circular_var = 1, circular_stddev = Infinity
-- (sqrt(-2 ln 0)), angular_deviation = sqrt(2) rad in degrees
-- (mpmath: 81.0284684541395462...).  All n-gons 3..16 in five periods
-- give NULL.
SELECT circular_mean(x, 360) IS NULL AS mean_null, mean_resultant_length(x, 360) AS rbar,
       circular_var(x, 360) AS var, circular_stddev(x, 360) AS sd,
       round(angular_deviation(x, 360)::numeric, 12) AS ad_deg
  FROM (VALUES (0::float8), (180)) v(x);
SELECT circular_mean(x, 360) IS NULL AS square_mean_null
  FROM (VALUES (0::float8), (90), (180), (270)) v(x);
SELECT n AS polygon, bool_and(m IS NULL) AS all_null
  FROM (SELECT n, p,
               circular_mean(k * (p / n), p) AS m
          FROM generate_series(3, 16) n,
               (VALUES (360::float8), (24), (1), (2 * pi()), (400)) per(p),
               generate_series(0, n - 1) k
         GROUP BY n, p) s
 GROUP BY n ORDER BY n;
SELECT circular_mean(t) IS NULL AS time_mean_null,
       circular_stddev(t) IS NULL AS time_sd_null,    -- infinite: interval cannot hold it
       angular_deviation(t) AS time_ad                -- sqrt(2) rad of 24 h (mpmath: 19446.8324289935 s = 05:24:06.832429)
  FROM (VALUES ('00:00'::time), ('12:00')) v(t);
-- Just above the threshold the mean is defined: {0, 180 - 1e-9}.
SELECT round(circular_mean(x, 360)::numeric, 6) AS nearly_opposite
  FROM (VALUES (0::float8), (180 - 1e-9)) v(x);
-- Just below it the mean is undefined although the sine sum alone is
-- above the threshold times W: {0, 180 - 5 2^-45} has R = 1.2401e-15
-- (mpmath), below 2^-49 = 1.7764e-15, with S = 2.48e-15 and W = 2.
SELECT circular_mean(x, 360) IS NULL AS nearly_opposite_null,
       mean_resultant_length(x, 360) AS nearly_opposite_rbar
  FROM (VALUES (0::float8), (180 - 5 * 2 ^ (-45))) v(x);

-- NaN values make every statistic NaN (like avg(float8)).
SELECT circular_mean(x, 360) AS mean_nan, mean_resultant_length(x, 360) AS rbar_nan,
       circular_stddev(x, 360) AS sd_nan
  FROM (VALUES (10::float8), ('NaN')) v(x);

-- Weights: rows of zero weight are ignored (even a NaN value);
-- all-zero weights is like no rows.
SELECT circular_mean(x, w, 360) AS zero_weight_ignored
  FROM (VALUES (90::float8, 1::float8), (200, 0), ('NaN', 0)) v(x, w);
SELECT circular_mean(x, w, 360) IS NULL AS all_zero_weights_null
  FROM (VALUES (10::float8, 0::float8), (200, 0)) v(x, w);
-- Integer weights equal repeated rows, bit for bit (the states differ only
-- in their row count: 3 rows against 6).
SELECT (SELECT row(circular_mean(x, w, 360), mean_resultant_length(x, w, 360))::text FROM (VALUES (10::float8, 3::float8), (100, 1), (250, 2)) v(x, w))
     = (SELECT row(circular_mean(x, 360), mean_resultant_length(x, 360))::text FROM (VALUES (10::float8), (10), (10), (100), (250), (250)) v(x))
       AS weights_are_repeats,
       (SELECT circular_stats_agg(x, w, 360)::text FROM (VALUES (10::float8, 3::float8), (100, 1), (250, 2)) v(x, w)) AS weighted_state,
       (SELECT circular_stats_agg(x, 360)::text FROM (VALUES (10::float8), (10), (10), (100), (250), (250)) v(x)) AS repeated_state;
SELECT circular_mean(t, w) AS weighted_time
  FROM (VALUES ('23:00'::time, 1::float8), ('01:00', 1), ('06:00', 0)) v(t, w);

-- Independent of row order: 20 random orders of 5000 rows give one state.
CREATE TEMP TABLE pts AS
  SELECT i, ((i * 137.03) % 360)::float8 + (i % 7) * 1e-3 AS x,
         ((i % 5) * 0.75)::float8 AS w,
         '00:00'::time + (i * 7919 % 86400) * interval '1 second' AS t
    FROM generate_series(1, 5000) i;
SELECT count(DISTINCT s) AS distinct_states, count(DISTINCT sw) AS distinct_weighted
  FROM (SELECT seed,
               circular_stats_agg(x, 360 ORDER BY md5(seed || ':' || i))::text AS s,
               circular_stats_agg(x, w, 360 ORDER BY md5(seed || ':' || i))::text AS sw
          FROM pts, generate_series(1, 20) seed GROUP BY seed) q;

-- Moving windows: each frame equals recomputing that frame from scratch,
-- bit for bit (the inverse transition is exact integer subtraction).
-- Some NaN rows and zero weights leave and enter frames.
CREATE TEMP TABLE win AS
  SELECT i, CASE WHEN i % 97 = 0 THEN 'NaN'::float8 ELSE ((i * 73.1) % 360)::float8 END AS x,
         ((i % 4) * 0.5)::float8 AS w
    FROM generate_series(1, 1500) i;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE w1.s::text IS DISTINCT FROM r.s::text) AS state_mismatches,
       count(*) FILTER (WHERE w1.m::text IS DISTINCT FROM r.m::text) AS mean_mismatches,
       count(*) FILTER (WHERE w1.mw::text IS DISTINCT FROM r.mw::text) AS weighted_mismatches
  FROM (SELECT i, circular_stats_agg(x, 360) OVER f AS s,
               circular_mean(x, 360) OVER f AS m,
               circular_mean(x, w, 360) OVER f AS mw
          FROM win WINDOW f AS (ORDER BY i ROWS BETWEEN 100 PRECEDING AND CURRENT ROW)) w1,
       LATERAL (SELECT circular_stats_agg(x, 360) AS s, circular_mean(x, 360) AS m,
                       circular_mean(x, w, 360) AS mw
                  FROM win w2 WHERE w2.i BETWEEN w1.i - 100 AND w1.i) r;
-- The same for times and for merged states.
SELECT count(*) FILTER (WHERE a::text IS DISTINCT FROM b::text) AS time_window_mismatches
  FROM (SELECT i, circular_mean(t) OVER (ORDER BY i ROWS BETWEEN 50 PRECEDING AND CURRENT ROW) AS a,
               (SELECT circular_mean(t) FROM pts p2 WHERE p2.i BETWEEN p1.i - 50 AND p1.i) AS b
          FROM pts p1 WHERE i <= 1000) q;
-- Every aggregate has a moving-aggregate inverse and a combine function:
-- 6 aggregates x 8 forms (float8, time, timestamptz with a zone, angle;
-- each plain and weighted), plus circular_stats_merge = 49.
SELECT count(*) AS aggregates,
       count(*) FILTER (WHERE aggminvtransfn <> 0 AND aggcombinefn <> 0
                          AND proparallel = 's') AS with_inverse_combine_parallel
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE p.proname IN ('circular_mean', 'mean_resultant_length', 'circular_var',
                     'circular_stddev', 'angular_deviation',
                     'circular_stats_agg', 'circular_stats_merge');

-- Rollups: daily states merged into one equal the raw rows at once.
CREATE TEMP TABLE daily AS
  SELECT i % 31 AS day, circular_stats_agg(x, 360) AS s, circular_stats_agg(x, w, 360) AS sw,
         circular_stats_agg(t) AS st
    FROM pts GROUP BY i % 31;
SELECT (SELECT circular_stats_merge(s)::text FROM daily) = (SELECT circular_stats_agg(x, 360)::text FROM pts) AS merge_equals_raw,
       (SELECT circular_stats_merge(sw)::text FROM daily) = (SELECT circular_stats_agg(x, w, 360)::text FROM pts) AS weighted_merge_equals_raw,
       (SELECT circular_mean(circular_stats_merge(s))::text FROM daily) = (SELECT circular_mean(x, 360)::text FROM pts) AS mean_equal,
       (SELECT circular_stddev(circular_stats_merge(s))::text FROM daily) = (SELECT circular_stddev(x, 360)::text FROM pts) AS sd_equal,
       (SELECT circular_mean_time(circular_stats_merge(st)) FROM daily) = (SELECT circular_mean(t) FROM pts) AS time_equal,
       (SELECT angular_deviation_interval(circular_stats_merge(st)) FROM daily) = (SELECT angular_deviation(t) FROM pts) AS time_ad_equal;
-- Accessors of a state: {0, 90} degrees.  R-bar = sqrt(2)/2, correctly
-- rounded 0.7071067811865476 (mpmath 0.70710678118654752440...); var is
-- 1 minus that double, exactly 0.2928932188134524; stddev sqrt(ln 2) rad
-- = 47.7018654334914... deg, angular deviation sqrt(2 - sqrt 2) rad =
-- 43.8522911281994... deg (mpmath); count 2, period 360; 45 deg as a
-- time of day is 03:00.
SELECT circular_mean(s) AS mean, mean_resultant_length(s) AS rbar,
       circular_var(s) AS var, round(circular_stddev(s)::numeric, 9) AS sd_deg,
       round(angular_deviation(s)::numeric, 9) AS ad_deg,
       circular_stats_count(s) AS n, circular_stats_period(s) AS period,
       circular_mean_time(s) AS as_time
  FROM (SELECT circular_stats_agg(x, 360) AS s FROM (VALUES (0::float8), (90)) v(x)) q;
-- The state's text form: counts, period, then hexadecimal sums in units of
-- 2^-144.  sin 0 + sin 90 = 1 = 2^144 units = 0x1 followed by 36 zero hex
-- digits, likewise the cosines; weight 2 = 2^145.
SELECT circular_stats_agg(x, 360) AS state FROM (VALUES (0::float8), (90)) v(x);
-- Text and binary round trips.
SELECT circular_stats_merge(s)::text::circular_stats::text = circular_stats_merge(s)::text AS text_round_trip
  FROM daily;
SELECT circular_stats_send(circular_stats_merge(sw)) = circular_stats_send(circular_stats_merge(sw)::text::circular_stats) AS send_stable,
       length(circular_stats_send(circular_stats_merge(sw))) AS send_bytes
  FROM daily;
-- Binary input through COPY: write a state in binary, read it back; then
-- a crafted bytea of the right length but a bad version byte is rejected.
CREATE TEMP TABLE bin_in (s circular_stats);
CREATE TEMP TABLE bin_out (b bytea);
INSERT INTO bin_out SELECT circular_stats_send(circular_stats_merge(sw)) FROM daily;
DO $$ BEGIN
  EXECUTE format('COPY bin_out TO %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
  EXECUTE format('COPY bin_in FROM %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
END $$;
SELECT (SELECT s::text FROM bin_in) = (SELECT circular_stats_merge(sw)::text FROM daily) AS binary_round_trip;
TRUNCATE bin_out;
INSERT INTO bin_out SELECT overlay(circular_stats_send(circular_stats_merge(sw)) placing '\x03'::bytea from 1) FROM daily;
DO $$ BEGIN
  EXECUTE format('COPY bin_out TO %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
  EXECUTE format('COPY bin_in FROM %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
EXCEPTION WHEN invalid_binary_representation THEN
  RAISE NOTICE 'crafted binary state rejected: %', SQLSTATE;
END $$;
TRUNCATE bin_out;
INSERT INTO bin_out SELECT substr(circular_stats_send(circular_stats_merge(sw)), 1, 100) FROM daily;
DO $$ BEGIN
  EXECUTE format('COPY bin_out TO %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
  EXECUTE format('COPY bin_in FROM %L (FORMAT binary)', '/tmp/angle_circstats_' || pg_backend_pid() || '.bin');
EXCEPTION WHEN invalid_binary_representation THEN
  RAISE NOTICE 'short binary state rejected: %', SQLSTATE;
END $$;

-- Parallel plans: Partial Aggregate, and the same bits as a serial plan.
CREATE TABLE par_pts AS
  SELECT i, ((i * 0.61803398875 * 360) % 360)::float8 + 30 * sin(i) AS x,
         (i % 3)::float8 AS w
    FROM generate_series(1, 200000) i;
ANALYZE par_pts;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_res AS
  SELECT circular_mean(x, 360)::text AS m, circular_stddev(x, 360)::text AS sd,
         circular_mean(x, w, 360)::text AS mw, circular_stats_agg(x, 360)::text AS s
    FROM par_pts;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
  SELECT circular_mean(x, 360), circular_stddev(x, 360), circular_mean(x, w, 360),
         circular_stats_agg(x, 360) FROM par_pts;
SELECT p.m = s.m AS mean_same, p.sd = s.sd AS stddev_same, p.mw = s.mw AS weighted_same,
       p.s = s.s AS state_same
  FROM (SELECT circular_mean(x, 360)::text AS m, circular_stddev(x, 360)::text AS sd,
               circular_mean(x, w, 360)::text AS mw, circular_stats_agg(x, 360)::text AS s
          FROM par_pts) p, serial_res s;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE par_pts;
