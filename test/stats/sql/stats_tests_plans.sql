-- Tests of direction: the same bits from serial, parallel and combined
-- plans.  watson_williams_test sums the groups' R_i exactly and merges
-- their states exactly, so neither the order of the groups nor a parallel
-- plan (Partial Aggregate, serial and deserial functions) changes a bit;
-- the accessors read states that are already plan-independent.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;

-- 60000 group states of 1 to 8 rows with spread means (so that the plain
-- float sum of the R_i would depend on the order), and 200000 rows.
CREATE TABLE ww_groups AS
  SELECT g, circular_stats_agg(((g * 0.618034) % 1) * 40 + 25 * sin(g * 7 + i), 360) AS s
    FROM generate_series(1, 60000) g, generate_series(1, 1 + g % 8) i GROUP BY g;
CREATE TABLE tp AS
  SELECT i, ((i * 0.61803398875 * 360) % 360)::float8 + 30 * sin(i) AS x
    FROM generate_series(1, 200000) i;
ANALYZE ww_groups;
ANALYZE tp;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_res AS
  SELECT (SELECT watson_williams_test(s)::text FROM ww_groups) AS ww,
         (SELECT rayleigh_test(x, 360)::text || ' ' || v_test(x, 5, 360)::text || ' '
                 || von_mises_kappa(x, 360)::text FROM tp) AS tests;
SELECT ww FROM serial_res;
-- Any order of the groups: the same bits.
SELECT watson_williams_test(s ORDER BY g DESC)::text = (SELECT ww FROM serial_res) AS desc_same,
       watson_williams_test(s ORDER BY (g * 7919) % 60000)::text = (SELECT ww FROM serial_res) AS shuffled_same
  FROM ww_groups;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT watson_williams_test(s) FROM ww_groups;
EXPLAIN (COSTS OFF) SELECT rayleigh_test(x, 360), v_test(x, 5, 360), von_mises_kappa(x, 360) FROM tp;
SELECT (SELECT watson_williams_test(s)::text FROM ww_groups) = ww AS ww_parallel_same,
       (SELECT rayleigh_test(x, 360)::text || ' ' || v_test(x, 5, 360)::text || ' '
               || von_mises_kappa(x, 360)::text FROM tp) = tests AS tests_parallel_same
  FROM serial_res;
SET parallel_leader_participation = on;
SELECT (SELECT watson_williams_test(s)::text FROM ww_groups) = ww AS ww_leader_same FROM serial_res;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
-- Accessors on merged partial states (a rollup in four parts) equal the
-- aggregates over the rows (the V-test's accessor rotates the mean vector,
-- the aggregate the rows: the same to rounding).
CREATE TEMP TABLE parts AS SELECT i % 4 AS part, circular_stats_agg(x, 360) s FROM tp GROUP BY 1;
SELECT (SELECT rayleigh_test(circular_stats_merge(s)) FROM parts) = (SELECT rayleigh_test(x, 360) FROM tp) AS rayleigh_rollup,
       (SELECT von_mises_kappa(circular_stats_merge(s)) FROM parts) = (SELECT von_mises_kappa(x, 360) FROM tp) AS kappa_rollup,
       abs((SELECT v_test(circular_stats_merge(s), 5) FROM parts) - (SELECT v_test(x, 5, 360) FROM tp)) < 1e-12 AS v_rollup;
DROP TABLE ww_groups, tp;
