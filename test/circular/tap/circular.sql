-- Circular arithmetic on float8 and time: bad input with its SQLSTATE,
-- NaN policy, range guarantees over many values, and time of day.
-- Bit-exact reference values are in test/circular/tap/circular_ref.sql.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
CREATE EXTENSION IF NOT EXISTS pgtap;
RESET client_min_messages;
SELECT plan(47);

-- period <= 0, NaN or infinite: 22023, for every function
SELECT throws_ok('SELECT angle_diff(1, 2, 0)', '22023', 'period must be a positive finite number', 'angle_diff: period 0');
SELECT throws_ok('SELECT angle_diff(1, 2, -360)', '22023', 'period must be a positive finite number', 'angle_diff: negative period');
SELECT throws_ok($$SELECT angle_diff(1, 2, 'NaN')$$, '22023', 'period must be a positive finite number', 'angle_diff: NaN period');
SELECT throws_ok($$SELECT angle_diff(1, 2, 'Infinity')$$, '22023', 'period must be a positive finite number', 'angle_diff: infinite period');
SELECT throws_ok('SELECT angle_dist(1, 2, 0)', '22023', NULL, 'angle_dist: period 0');
SELECT throws_ok($$SELECT angle_dist(1, 2, '-Infinity')$$, '22023', NULL, 'angle_dist: -Infinity period');
SELECT throws_ok('SELECT angle_wrap(1, 0)', '22023', NULL, 'angle_wrap: period 0');
SELECT throws_ok($$SELECT angle_wrap(1, 'NaN')$$, '22023', NULL, 'angle_wrap: NaN period');
SELECT throws_ok('SELECT angle_cosine_loss(1, 2, -1)', '22023', NULL, 'angle_cosine_loss: negative period');
-- a bad period wins over a NaN angle
SELECT throws_ok($$SELECT angle_diff('NaN', 2, 0)$$, '22023', NULL, 'period is checked before the angles');
-- the error names the parameter and its value
SELECT throws_like('SELECT angle_diff(1, 2, -5)', '%period%', 'message names the period');

-- infinite angles: 22003
SELECT throws_ok($$SELECT angle_diff('Infinity', 0, 360)$$, '22003', 'angle must be finite', 'angle_diff: +Infinity');
SELECT throws_ok($$SELECT angle_diff(0, '-Infinity', 360)$$, '22003', 'angle must be finite', 'angle_diff: -Infinity');
SELECT throws_ok($$SELECT angle_dist('Infinity', 0, 360)$$, '22003', NULL, 'angle_dist: Infinity');
SELECT throws_ok($$SELECT angle_wrap('-Infinity', 360)$$, '22003', NULL, 'angle_wrap: -Infinity');
SELECT throws_ok($$SELECT angle_cosine_loss('Infinity', 0, 360)$$, '22003', NULL, 'angle_cosine_loss: Infinity');
SELECT throws_ok($$SELECT angle_diff('NaN', 'Infinity', 360)$$, '22003', NULL, 'Infinity is an error even next to NaN');
-- bad low bound of angle_wrap, and an upper bound that overflows
SELECT throws_ok($$SELECT angle_wrap(1, 360, 'NaN')$$, '22023', 'low must be a finite number', 'angle_wrap: NaN low');
SELECT throws_ok($$SELECT angle_wrap(1, 360, 'Infinity')$$, '22023', NULL, 'angle_wrap: infinite low');
SELECT throws_ok('SELECT angle_wrap(1, 1.7e308, 1.7e308)', '22003', NULL, 'angle_wrap: low + period overflows');

-- NaN in, NaN out
SELECT is(angle_diff('NaN', 0, 360)::text, 'NaN', 'angle_diff(NaN) is NaN');
SELECT is(angle_dist(0, 'NaN', 360)::text, 'NaN', 'angle_dist(NaN) is NaN');
SELECT is(angle_wrap('NaN', 360)::text, 'NaN', 'angle_wrap(NaN) is NaN');
SELECT is(angle_cosine_loss('NaN', 1, 360)::text, 'NaN', 'angle_cosine_loss(NaN) is NaN');

-- the issue's examples
SELECT is(angle_diff(359, 1, 360), -2::float8, 'angle_diff(359, 1, 360) = -2');
SELECT is(angle_diff(1e20, 0, 360), -80::float8, 'angle_diff(1e20, 0, 360) = -80 (1e20 = 277777777777777777 * 360 + 280)');
SELECT ok(angle_wrap(-1e-20, 360) < 360, 'angle_wrap(-1e-20, 360) < 360');
SELECT is(angle_diff(180, 0, 360), -180::float8, 'angle_diff(180, 0, 360) = -180: the range is [-p/2, p/2)');
-- default period 2*pi: 6 - 2*pi is exact by Sterbenz's lemma
SELECT throws_ok('SELECT angle_diff(6::float8, 0::float8)', '42883', NULL, 'no default period (0.6.0): a forgotten period is an error');
SELECT is(angle_diff(6, 0, 2 * pi()), 6 - 2 * pi(), 'period 2*pi: radians');

-- range guarantees over 200000 values of all magnitudes
CREATE TEMP TABLE xs AS
SELECT (CASE WHEN i % 2 = 0 THEN -1 ELSE 1 END) * random() * 10 ^ (i % 41 - 20)::float8 AS x,
       (CASE WHEN i % 3 = 0 THEN -1 ELSE 1 END) * random() * 10 ^ (i % 23 - 11)::float8 AS y
  FROM generate_series(1, 200000) i;
SELECT ok(bool_and(w >= 0 AND w < 2 * pi()), 'angle_wrap(x, 2*pi) is in [0, 2*pi) for all x')
  FROM (SELECT angle_wrap(x, 2 * pi()) AS w FROM xs) s;
SELECT ok(bool_and(w >= 0 AND w < 360), 'angle_wrap(x, 360) is in [0, 360) for all x')
  FROM (SELECT angle_wrap(x, 360) AS w FROM xs) s;
SELECT ok(bool_and(w >= -pi() AND w < pi()), 'angle_wrap(x, 2*pi, -pi) is in [-pi, pi) for all x')
  FROM (SELECT angle_wrap(x, 2 * pi(), -pi()) AS w FROM xs) s;
SELECT ok(bool_and(w >= y AND w < y + 24), 'angle_wrap(x, 24, y) is in [y, y + 24) for all x, y')
  FROM (SELECT y, angle_wrap(x, 24, y) AS w FROM xs) s;
SELECT ok(bool_and(d >= -180 AND d < 180), 'angle_diff(x, y, 360) is in [-180, 180)')
  FROM (SELECT angle_diff(x, y, 360) AS d FROM xs) s;
SELECT ok(bool_and(d >= -pi() AND d < pi()), 'angle_diff(x, y, 2*pi) is in [-pi, pi)')
  FROM (SELECT angle_diff(x, y, 2 * pi()) AS d FROM xs) s;
SELECT ok(bool_and(d >= 0 AND d <= 12), 'angle_dist(x, y, 24) is in [0, 12]')
  FROM (SELECT angle_dist(x, y, 24) AS d FROM xs) s;
SELECT ok(bool_and(l >= 0 AND l <= 2), 'angle_cosine_loss is in [0, 2]')
  FROM (SELECT angle_cosine_loss(x, y, 360) AS l FROM xs) s;

-- time of day
SELECT is(angle_diff('23:00'::time, '01:00'::time), '-02:00'::interval, '23:00 - 01:00 = -02:00');
SELECT is(angle_diff('01:00'::time, '23:00'::time), '02:00'::interval, '01:00 - 23:00 = 02:00');
SELECT is(angle_diff('12:00'::time, '00:00'::time), '-12:00'::interval, '12:00 - 00:00 = -12:00: the range is [-12h, 12h)');
SELECT is(angle_diff('00:00'::time, '12:00'::time), '-12:00'::interval, '00:00 - 12:00 = -12:00');
SELECT is(angle_diff('24:00'::time, '00:00'::time), '00:00'::interval, '24:00 is 00:00');
SELECT is(angle_diff('00:00:00.000001'::time, '23:59:59.999999'::time), '00:00:00.000002'::interval, 'microsecond exact across midnight');
SELECT is(angle_dist('23:00'::time, '01:00'::time), '02:00'::interval, 'angle_dist(23:00, 01:00) = 02:00');
SELECT is(angle_dist('12:00'::time, '00:00'::time), '12:00'::interval, 'angle_dist(12:00, 00:00) = 12:00');
SELECT is(angle_dist('06:30:00.5'::time, '18:30:00.25'::time), '11:59:59.75'::interval, 'angle_dist is microsecond exact');

SELECT * FROM finish();
ROLLBACK;
