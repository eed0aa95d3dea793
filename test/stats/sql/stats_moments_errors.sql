-- Bad input of the moments, skewness, kurtosis and confidence interval
-- (0.10.0), and of version 2 circular_stats states, each with its SQLSTATE.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- orders p
SELECT circular_moment(x, 0, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(x, -2, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(x, 1000001, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(x, 2147483647, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(x, p, 360) FROM (VALUES (1.0, 2), (2.0, 3)) v(x, p);
SELECT circular_moment(circular_stats_agg(x, 360), 0) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(circular_stats_agg(x, 360), 3) FROM (VALUES (1.0)) v(x);
SELECT circular_moment(a, 10000000) FROM (VALUES ('1'::angle)) v(a);
SELECT circular_moment(t, 0) FROM (VALUES ('01:00'::time)) v(t);
-- a NULL order: the row is skipped by the aggregate; the accessor is strict
SELECT circular_moment(x, NULL, 360) IS NULL AS all_rows_skipped FROM (VALUES (1.0)) v(x);
SELECT circular_moment(circular_stats_agg(x, 360), NULL) IS NULL AS strict FROM (VALUES (1.0)) v(x);
-- periods, values and weights, as for every circular aggregate
SELECT circular_skewness(x, 0) FROM (VALUES (1.0)) v(x);
SELECT circular_kurtosis(x, 'NaN') FROM (VALUES (1.0)) v(x);
SELECT circular_skewness(x, 'Infinity') FROM (VALUES (1.0)) v(x);
SELECT circular_moment(x, 2, 360) FROM (VALUES ('Infinity'::float8)) v(x);
SELECT circular_kurtosis(x, -1.0, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_skewness(x, 'NaN', 360) FROM (VALUES (1.0)) v(x);
SELECT circular_stats_agg(x, p) FROM (VALUES (1.0, 360), (2.0, 400)) v(x, p);
-- levels
SELECT circular_mean_ci(circular_stats_agg(x, 360), 0) FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), 1) FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), -0.5) FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), 'NaN') FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), 'Infinity') FROM (VALUES (1.0), (2)) v(x);
SELECT circular_mean_ci(circular_stats_agg(x, 360), NULL) IS NULL AS strict FROM (VALUES (1.0), (2)) v(x);
-- version 1 states (first-order sums only) and states of another order
SELECT circular_skewness('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats);
SELECT circular_kurtosis('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats);
SELECT circular_mean_ci('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats, 0.9);
SELECT circular_moment('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats, 2);
SELECT circular_skewness(circular_stats_merge(s))
  FROM (VALUES ('(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats),
               ('(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000000)')) v(s);
SELECT circular_skewness(circular_moment_accum(NULL, 1.0, 3, 360));
SELECT circular_moment_accum(circular_moment_accum(NULL, 1.0, 3, 360), 2.0, 2, 360);
-- an empty version 1 state: every statistic is NULL, not an error
SELECT circular_skewness('(1,0,0,0,0x0,0x0,0x0)'::circular_stats) IS NULL AS empty_v1;
-- removing what was never added
SELECT circular_stats2_inv(circular_stats_agg(x, 360), 20, 360) FROM (VALUES (10.0)) v(x);
SELECT circular_stats_combine_inv(circular_stats_agg(x, 360), circular_stats_agg(y, 360))
  FROM (VALUES (10.0, 20.0)) v(x, y);

-- Text input of version 2 states: everything the aggregates could not
-- have built is refused (22P02), with the reason.
SELECT ord, input, pg_temp.try(format('SELECT %L::circular_stats', input), true) AS result
  FROM (VALUES
    (1, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000000)'),
    (2, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
    (3, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0)'),
    (4, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0,0x0,0x0)'),
    (5, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,1000001,0x0,0x0)'),
    (6, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,-2,0x0,0x0)'),
    (7, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000001)'),
    (8, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0xc00000000000000000000000000000000000,0xc00000000000000000000000000000000000)'),
    (9, '(2,1,1,360,0x0,0x0,0x1000000000000000000000000000000000000,2,0x1,0x0)'),
    (10, '(2,0,0,0,0x0,0x0,0x0,2,0x0,0x1)'),
    (11, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,1,0x0,0x0)'),
    (12, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,1,0x0,0x1000000000000000000000000000000000000)'),
    (13, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000000,0x0)'),
    (14, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,1)'),
    (15, '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2.0,0x0,0x0)'),
    (16, '(2,0,0,0,0x0,0x0,0x0,3,0x0,0x0)'),
    (17, '(3,0,0,0,0x0,0x0,0x0)'),
    (18, '(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x0)')
  ) v(ord, input) ORDER BY ord;

-- Binary input of version 2 states (22P03): a valid one, then bad bytes.
-- Layout: version byte, n, nnan, period, S, C, W (4 limbs each, most
-- significant first), order, Sq, Cq.
CREATE TEMP TABLE good2 AS
  SELECT encode(circular_stats_send(circular_stats_agg(x, 360)), 'hex') AS h
    FROM (VALUES (10.0), (20), (40)) v(x);
SELECT length(h) / 2 AS bytes, pg_temp.recv(h, 'circular_stats') = (SELECT circular_stats_agg(x, 360)::text FROM (VALUES (10.0), (20), (40)) v(x)) AS round_trip FROM good2;
SELECT what, pg_temp.recv(hex, 'circular_stats', true) AS result
  FROM good2, LATERAL (VALUES
    ('short by one byte', substr(h, 1, length(h) - 2)),
    ('one byte too many', h || '00'),
    ('version 2 byte, version 1 length', substr(h, 1, 242)),
    ('version 1 byte, version 2 length', '01' || substr(h, 3)),
    ('version 3', '03' || substr(h, 3)),
    ('order 0', substr(h, 1, 242) || '0000000000000000' || substr(h, 259)),
    ('order 2^40', substr(h, 1, 242) || '0000010000000000' || substr(h, 259)),
    ('sine sum of order 2 above the weight', substr(h, 1, 258) || '0000000000010000' || substr(h, 275)),
    ('cosine sum of order 2 at -2^254', substr(h, 1, 322) || 'c000000000000000' || substr(h, 339))
  ) b(what, hex);
