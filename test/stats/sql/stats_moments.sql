-- Trigonometric moments, skewness, kurtosis and the confidence interval of
-- the mean direction (0.10.0): exact cases, version 2 states, version 1
-- compatibility, and the same bits for serial, parallel, merged and
-- windowed plans.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\pset null '<null>'
SET extra_float_digits = 0;

-- 4 points at 0/90/180/270: every sum of orders 1 and 2 is exactly zero.
SELECT circular_stats_agg(x, 360) FROM (VALUES (0.0), (90), (180), (270)) v(x);
SELECT (circular_moment(x, 2, 360)).*, circular_skewness(x, 360), circular_kurtosis(x, 360)
  FROM (VALUES (0.0), (90), (180), (270)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), 0.95) FROM (VALUES (0.0), (90), (180), (270)) v(x);
-- order 4: every term is cos 0 = 1, sin 0 = 0
SELECT (circular_moment(x, 4, 360)).* FROM (VALUES (0.0), (90), (180), (270)) v(x);

-- Two points 0 and 90: R = sqrt(1/2), second moment zero (cos 0 + cos 180),
-- so skewness 0 and kurtosis -R^4 / (1 - R)^2 = -(3/2 + sqrt 2).
SELECT circular_skewness(x, 360), circular_kurtosis(x, 360),
       round(circular_kurtosis(x, 360)::numeric, 12) AS kurt12,
       round(-(1.5 + sqrt(2))::numeric, 12) AS exact12
  FROM (VALUES (0.0), (90)) v(x);

-- A single value, and identical values: R = 1, no spread: skewness and
-- kurtosis undefined; the moment of order 2 of 30 degrees is 60 degrees.
SELECT (m).length, (m).direction, (m).cos, round((m).sin::numeric, 15) AS sin,
       (m).central_direction, round((m).central_cos::numeric, 15) AS central_cos,
       round((m).central_sin::numeric, 15) AS central_sin
  FROM (SELECT circular_moment(x, 2, 360) AS m FROM (VALUES (30.0)) v(x)) s;
SELECT circular_skewness(x, 360), circular_kurtosis(x, 360),
       round((circular_mean_ci(circular_stats_agg(x, 360), 0.95)).lower::numeric, 9) AS lower,
       round((circular_mean_ci(circular_stats_agg(x, 360), 0.95)).upper::numeric, 9) AS upper
  FROM (VALUES (45.0), (45), (45)) v(x);

-- Three values 10, 20, 40 degrees (reference: numpy, by hand):
-- rho_2 = 0.9074674238297465, mu_2 = 46.342911306647835,
-- skewness -1.0831162313765, kurtosis -2.8992714854763, and the 95%
-- interval [8.860701550203, 37.729391908630].
SELECT round((m).length::numeric, 13) AS rho2, round((m).direction::numeric, 11) AS mu2,
       round(circular_skewness(s)::numeric, 11) AS skew, round(circular_kurtosis(s)::numeric, 11) AS kurt,
       round((circular_mean_ci(s, 0.95)).lower::numeric, 11) AS lower,
       round((circular_mean_ci(s, 0.95)).upper::numeric, 11) AS upper
  FROM (SELECT circular_stats_agg(x, 360) AS s, circular_moment(x, 2, 360) AS m
          FROM (VALUES (10.0), (20), (40)) v(x)) t;

-- The interval widens with the level and does not exist (NULL) when
-- z sigma > 1; it wraps through 0 counterclockwise from lower to upper.
SELECT l, circular_mean_ci(circular_stats_agg(x, 360), l) IS NULL AS undefined
  FROM (VALUES (350.0), (10), (100)) v(x), (VALUES (0.5), (0.99)) lv(l) GROUP BY l ORDER BY l;
SELECT round((ci).lower::numeric, 6) AS lower, round((ci).upper::numeric, 6) AS upper
  FROM (SELECT circular_mean_ci(circular_stats_agg(x, 360), 0.95) AS ci
          FROM (VALUES (350.0), (355), (5), (10)) v(x)) t;

-- The forms: time (hours), angle (degrees), weighted (weights = repeats),
-- and a period of 2 pi.
SELECT round((circular_moment(t, 2)).direction::numeric, 10) AS time_mu2,
       round(circular_skewness(t)::numeric, 10) AS time_skew
  FROM (VALUES ('01:00'::time), ('02:00'), ('05:00')) v(t);
SELECT round((circular_moment(a, 2)).direction::numeric, 10) AS angle_mu2,
       round(circular_kurtosis(a)::numeric, 10) AS angle_kurt
  FROM (VALUES ('10'::angle), ('20'), ('40')) v(a);
WITH v(x, w) AS (VALUES (10.0::float8, 2.0::float8), (20, 1), (40, 3))
SELECT (SELECT circular_kurtosis(x, w, 360) FROM v) = (SELECT circular_kurtosis(x, 360) FROM v, generate_series(1, w::int)) AS weights_are_repeats,
       (SELECT circular_moment(x, w, 3, 360) FROM v) = (SELECT circular_moment(x, 3, 360) FROM v, generate_series(1, w::int)) AS moment_weights;
SELECT round((circular_moment(x, 2, 2 * pi())).direction::numeric, 12) AS rad_mu2,
       round(radians(46.342911306647835)::numeric, 12) AS expected
  FROM (VALUES (radians(10)), (radians(20)), (radians(40))) v(x);

-- NaN rows make every statistic NaN; NULL rows are skipped; an empty group
-- gives NULL.
SELECT (circular_moment(x, 2, 360)).length, circular_skewness(x, 360),
       circular_mean_ci(circular_stats_agg(x, 360), 0.9)
  FROM (VALUES (1.0), ('NaN')) v(x);
SELECT (circular_moment(x, 2, 360)).length IS NULL AS empty_moment, circular_skewness(x, 360) AS empty_skew
  FROM (VALUES (1.0)) v(x) WHERE false;
SELECT circular_moment(x, 2, 360) = circular_moment(y, 2, 360) AS nulls_skipped
  FROM (VALUES (10.0, 10.0), (NULL, 20.0), (20, NULL)) v(x, y);

-- Version 2 states: text and binary round trips; a state of order p;
-- version 1 states are still read, and their first-order statistics (and
-- the moment of order 1) work.
SELECT s::text::circular_stats = s AS text_round_trip, length(circular_stats_send(s)) AS binary_bytes
  FROM (SELECT circular_stats_agg(x, 360) AS s FROM (VALUES (10.0), (20), (40)) v(x)) t;
SELECT '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,3,0x0,0x1000000000000000000000000000000000000)'::circular_stats AS order3,
       circular_moment('(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,3,0x0,0x1000000000000000000000000000000000000)'::circular_stats, 3) AS m3;
SELECT circular_moment(x, 3, 360)::text <> circular_moment(circular_stats_agg(x, 360), 1)::text AS order3_differs_from_order1,
       circular_moment(x, 1, 360) = circular_moment(circular_stats_agg(x, 360), 1) AS order1
  FROM (VALUES (10.0), (20), (40)) v(x);
SELECT circular_mean(s), circular_moment(s, 1)
  FROM (VALUES ('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats)) v(s);

-- Merging: v2 + v2 of one order stays v2; v1 + v2 is the version 1 state
-- of the rows; an empty state takes the other's version.
SELECT circular_stats_merge(s) AS merged
  FROM (SELECT circular_stats_agg(x, 360) AS s FROM (VALUES (1, 0.0), (2, 90)) v(g, x) GROUP BY g) t;
SELECT circular_stats_merge(s) AS mixed
  FROM (VALUES ('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats),
               ('(2,1,0,360,0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000,2,0x0,-0x1000000000000000000000000000000000000)')) v(s);
SELECT circular_stats_combine('(2,1,0,360,0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000,2,0x0,-0x1000000000000000000000000000000000000)',
                              '(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)') AS v2_then_v1;
SELECT circular_stats_combine('(1,0,0,0,0x0,0x0,0x0)', '(2,1,0,360,0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000,2,0x0,-0x1000000000000000000000000000000000000)') AS empty_takes_v2;
-- direct calls of the version 1 transition functions keep a v2 state v2
SELECT circular_stats_accum(circular_stats_agg(x, 360), 40, 360) = circular_stats_agg(y, 360) AS v1_fn_keeps_v2
  FROM (VALUES (10.0, 10.0), (20, 20), (NULL, 40)) v(x, y);

-- The same bits for every plan: rollups of daily states, moving windows
-- (inverse transition and inverse combine) and parallel plans.
CREATE TABLE mom_pts AS
  SELECT i, i % 7 AS day, ((i * 0.61803398875 * 360) % 360)::float8 / 3 + 20 * sin(i) AS x,
         (i % 3 + 1)::float8 AS w
    FROM generate_series(1, 100000) i;
ANALYZE mom_pts;
CREATE TEMP TABLE mom_small AS SELECT * FROM mom_pts WHERE i <= 2000;
CREATE INDEX ON mom_small (i);
ANALYZE mom_small;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE mom_serial AS
  SELECT circular_stats_agg(x, 360)::text AS s, circular_stats_agg(x, w, 360)::text AS sw,
         circular_moment(x, 3, 360)::text AS m3, circular_skewness(x, 360)::text AS sk,
         circular_kurtosis(x, w, 360)::text AS ku
    FROM mom_pts;
SELECT (SELECT circular_stats_merge(d)::text FROM (SELECT circular_stats_agg(x, 360) AS d FROM mom_pts GROUP BY day) t) = s AS merged_same,
       (SELECT circular_skewness(circular_stats_merge(d))::text FROM (SELECT circular_stats_agg(x, 360) AS d FROM mom_pts GROUP BY day) t) = sk AS merged_skew_same
  FROM mom_serial;
-- a moving window over rows, and one over daily states, against the same
-- frames aggregated from scratch
SELECT count(*) AS frames,
       count(*) FILTER (WHERE mv = fresh) AS same_moving,
       count(*) FILTER (WHERE mm = fresh_m) AS same_moment
  FROM (SELECT i, circular_stats_agg(x, 360) OVER w AS mv, circular_moment(x, 3, 360) OVER w AS mm
          FROM mom_small WINDOW w AS (ORDER BY i ROWS BETWEEN 40 PRECEDING AND CURRENT ROW)) a
  JOIN LATERAL (SELECT circular_stats_agg(x, 360) AS fresh, circular_moment(x, 3, 360) AS fresh_m
                  FROM mom_small b WHERE b.i BETWEEN a.i - 40 AND a.i) f ON true;
SELECT count(*) AS frames, count(*) FILTER (WHERE mv = fresh) AS same_moving_merge
  FROM (SELECT day, circular_stats_merge(d) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS mv
          FROM (SELECT day, circular_stats_agg(x, 360) AS d FROM mom_pts GROUP BY day) t) a
  JOIN LATERAL (SELECT circular_stats_agg(x, 360) AS fresh FROM mom_pts b
                 WHERE b.day BETWEEN a.day - 2 AND a.day) f ON true;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
  SELECT circular_stats_agg(x, 360), circular_moment(x, 3, 360) FROM mom_pts;
SELECT p.s = m.s AS state_same, p.sw = m.sw AS weighted_state_same, p.m3 = m.m3 AS moment_same,
       p.sk = m.sk AS skew_same, p.ku = m.ku AS kurt_same
  FROM (SELECT circular_stats_agg(x, 360)::text AS s, circular_stats_agg(x, w, 360)::text AS sw,
               circular_moment(x, 3, 360)::text AS m3, circular_skewness(x, 360)::text AS sk,
               circular_kurtosis(x, w, 360)::text AS ku
          FROM mom_pts) p, mom_serial m;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE mom_pts;
