-- Error cases of the circular statistics aggregates and of circular_stats
-- input: each one a specific SQLSTATE, never a crash or a wrong answer.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

SELECT plan(42);

-- Values, periods, weights.
SELECT throws_ok($$SELECT circular_mean(x, 360) FROM (VALUES (1::float8), ('Infinity')) v(x)$$,
                 '22003', NULL, 'infinite value');
SELECT throws_ok($$SELECT circular_mean(x, 360) FROM (VALUES ('-Infinity'::float8)) v(x)$$,
                 '22003', NULL, 'minus infinite value');
SELECT throws_ok($$SELECT circular_mean(1::float8, 0)$$, '22023',
                 'period must be a positive finite number', 'period 0');
SELECT throws_ok($$SELECT circular_mean(1::float8, -360)$$, '22023', NULL, 'negative period');
SELECT throws_ok($$SELECT circular_mean(1::float8, 'NaN')$$, '22023', NULL, 'NaN period');
SELECT throws_ok($$SELECT circular_var(1::float8, 'Infinity')$$, '22023', NULL, 'infinite period');
SELECT throws_ok($$SELECT circular_mean(1::float8, 1::float8, 0)$$, '22023', NULL, 'weighted, period 0');
SELECT throws_ok($$SELECT circular_mean(x, p) FROM (VALUES (1::float8, 360::float8), (2, 24)) v(x, p)$$,
                 '22023', 'period must be the same for all rows of a group', 'mixed periods');
SELECT throws_ok($$SELECT circular_mean(x, -1, 360) FROM (VALUES (1::float8)) v(x)$$,
                 '22023', 'weight must be a nonnegative finite number', 'negative weight');
SELECT throws_ok($$SELECT circular_mean(x, 'NaN', 360) FROM (VALUES (1::float8)) v(x)$$,
                 '22023', NULL, 'NaN weight');
SELECT throws_ok($$SELECT circular_mean(x, 'Infinity', 360) FROM (VALUES (1::float8)) v(x)$$,
                 '22023', NULL, 'infinite weight');
SELECT throws_ok($$SELECT circular_mean('01:00'::time, -0.5)$$, '22023', NULL, 'negative time weight');
SELECT throws_ok($$SELECT circular_mean(1::float8, 1e-30, 360)$$, '22003', 'weight is out of range',
                 'weight below 2^-80');
SELECT throws_ok($$SELECT circular_mean(1::float8, 1e31, 360)$$, '22003', NULL, 'weight at or above 2^100');
SELECT throws_ok($$SELECT circular_mean(x, 1e30, 360) FROM generate_series(1, 2000) x$$,
                 '22003', 'total weight is out of range', 'total weight at or above 2^110');

-- Text input: syntax and consistency.
SELECT throws_ok($$SELECT 'garbage'::circular_stats$$, '22P02', NULL, 'syntax');
SELECT throws_ok($$SELECT '(1,1,0,360,0x0,0x0)'::circular_stats$$, '22P02', NULL, 'missing field');
SELECT throws_ok($$SELECT '(1,1,0,360,0x0,0x0,0x1000000000000000000000000000000000000)x'::circular_stats$$,
                 '22P02', NULL, 'trailing junk');
SELECT throws_ok($$SELECT '(2,1,0,360,0x0,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'version 2');
SELECT throws_ok($$SELECT '(1,-1,0,360,0x0,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'negative count');
SELECT throws_ok($$SELECT '(1,1,2,360,0x0,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'more NaN rows than rows');
SELECT throws_ok($$SELECT '(1,1,0,0,0x0,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'period 0 with rows');
SELECT throws_ok($$SELECT '(1,1,0,NaN,0x0,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'NaN period');
SELECT throws_ok($$SELECT '(1,0,0,360,0x0,0x0,0x0)'::circular_stats$$, '22P02', NULL,
                 'empty state with a period');
SELECT throws_ok($$SELECT '(1,0,0,0,0x1,0x0,0x0)'::circular_stats$$, '22P02', NULL,
                 'empty state with a sum');
SELECT throws_ok($$SELECT '(1,1,0,360,0x2000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'sine sum above the weight');
SELECT throws_ok($$SELECT '(1,1,0,360,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'resultant above the weight (R-bar = sqrt 2)');
SELECT throws_ok($$SELECT '(1,1000,0,360,0x0,0x0,0x1)'::circular_stats$$, '22P02', NULL,
                 'weight too small for the row count');
SELECT throws_ok($$SELECT '(1,1,0,360,0x0,0x0,-0x1000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'negative weight sum');
SELECT throws_ok($$SELECT '(1,1,0,360,0x0,0x0,0x4000000000000000000000000000000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'weight sum out of range');
SELECT throws_ok($$SELECT '(1,1,0,360,0x0,0x0,0x10000000000000000000000000000000000000000000000000000000000000000)'::circular_stats$$,
                 '22P02', NULL, 'hexadecimal number too long');

-- Direct calls of the support functions.
SELECT throws_ok($$SELECT circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)'::circular_stats, 'Infinity'::float8, 360::float8)$$,
                 '22003', NULL, 'transition function, infinite value');
SELECT throws_ok($$SELECT circular_stats_accum(circular_stats_agg(1::float8, 360), 1::float8, 24::float8)$$,
                 '22023', NULL, 'transition function, other period');
SELECT throws_ok($$SELECT circular_stats_combine(circular_stats_agg(1::float8, 360), circular_stats_agg(1::float8, 24))$$,
                 '22023', NULL, 'combine function, mixed periods');
SELECT throws_ok($$SELECT circular_stats_merge(s) FROM (SELECT circular_stats_agg(1::float8, 360) UNION ALL SELECT circular_stats_agg(1::float8, 2 * pi())) v(s)$$,
                 '22023', NULL, 'merge aggregate, mixed periods');
SELECT throws_ok($$SELECT circular_stats_combine_inv((SELECT circular_stats_agg(1::float8, 360)), circular_stats_agg(x, 360)) FROM (VALUES (1::float8), (2)) v(x)$$,
                 '22023', 'cannot remove a value that was not added to the circular_stats state', 'removing a state that was not added');
SELECT is(circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)'::circular_stats, 90::float8, 360::float8)::text,
          '(1,1,0,360,0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000)',
          'transition function called directly: sin 90 = 1, cos 90 = 0, weight 1');
SELECT is(circular_stats_inv(circular_stats_agg(90::float8, 360), 90::float8, 360::float8)::text,
          '(1,0,0,0,0x0,0x0,0x0)', 'inverse back to the empty state');

-- The angle overloads: an angle result must be finite.
SELECT throws_ok($$SELECT circular_mean(a, -1) FROM (VALUES ('1°'::angle)) v(a)$$,
                 '22023', 'weight must be a nonnegative finite number', 'angle, negative weight');
SELECT throws_ok($$SELECT circular_mean_angle(circular_stats_agg(x, 360)) FROM (VALUES (1::float8), ('NaN')) v(x)$$,
                 '22003', 'cannot express a NaN circular statistic as an angle', 'NaN mean as an angle');
SELECT throws_ok($$SELECT angular_deviation_angle(circular_stats_agg(x, 360)) FROM (VALUES ('NaN'::float8)) v(x)$$,
                 '22003', NULL, 'NaN angular deviation as an angle');
SELECT is(circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)'::circular_stats, '90°'::angle)::text,
          '(1,1,0,360,0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000)',
          'angle transition function called directly: period 360');

SELECT * FROM finish();
ROLLBACK;
