-- Bad input to the circular arithmetic functions on float8 and time:
-- angle_diff, angle_dist, angle_wrap, angle_cosine_loss.  README
-- "Circular arithmetic / Bad input": NaN in gives NaN out, a +-Infinity
-- angle is 22003, a period <= 0, NaN or infinite is 22023 (checked before
-- the angles), a NaN or infinite low is 22023.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql

-- NULL arguments: STRICT, NULL result.
SELECT angle_diff(NULL, 1, 360) IS NULL AS diff_null, angle_dist(1, NULL, 360) IS NULL AS dist_null,
       angle_wrap(1, NULL) IS NULL AS wrap_null, angle_wrap(1, 360, NULL) IS NULL AS wrap_low_null,
       angle_cosine_loss(1, 2, NULL) IS NULL AS loss_null,
       angle_diff(NULL::time, '01:00') IS NULL AS diff_time_null,
       angle_dist('01:00'::time, NULL) IS NULL AS dist_time_null;

-- Periods: zero, negative, NaN, +-Infinity, -0, subnormal, DBL_MAX.
SELECT p AS period,
       pg_temp.try(format('SELECT angle_diff(1, 2, %L::float8)', p)) AS diff,
       pg_temp.try(format('SELECT angle_dist(1, 2, %L::float8)', p)) AS dist,
       pg_temp.try(format('SELECT angle_wrap(1, %L::float8)', p)) AS wrap,
       pg_temp.try(format('SELECT angle_cosine_loss(1, 2, %L::float8)', p)) AS cosine_loss
  FROM unnest(ARRAY['0', '-0', '-360', 'NaN', 'Infinity', '-Infinity',
                    '5e-324', '1.7976931348623157e308']) p;
-- The period is checked before the angles: a bad period with NaN or
-- infinite angles is still 22023.
SELECT pg_temp.try($q$SELECT angle_diff('NaN', 'Infinity', 0)$q$) AS nan_inf_bad_period,
       pg_temp.try($q$SELECT angle_wrap('Infinity', 'NaN')$q$) AS wrap_inf_nan_period;

-- Angles: NaN, +-Infinity, +-0, subnormals, +-DBL_MAX, with period 360.
SELECT a, b,
       pg_temp.try(format('SELECT angle_diff(%L::float8, %L::float8, 360)', a, b)) AS diff,
       pg_temp.try(format('SELECT angle_dist(%L::float8, %L::float8, 360)', a, b)) AS dist,
       pg_temp.try(format('SELECT angle_cosine_loss(%L::float8, %L::float8, 360)', a, b)) AS cosine_loss
  FROM (VALUES ('NaN', '0'), ('0', 'NaN'), ('Infinity', '0'), ('0', '-Infinity'),
               ('NaN', 'Infinity'), ('-0', '0'), ('0', '-0'), ('5e-324', '0'),
               ('-5e-324', '0'), ('1.7976931348623157e308', '0'),
               ('-1.7976931348623157e308', '1.7976931348623157e308'),
               ('180', '0'), ('-180', '0'), ('1e300', '-1e300')) v(a, b);
-- Checked with exact rationals (/usr/bin/python3, fractions.Fraction):
-- diff(-0, 0) and (0, -0) are 0 (never -0); 5e-324 - 0 is exact, and the
-- cosine loss of a subnormal difference is 0; int(DBL_MAX) % 360 == 128,
-- so diff(DBL_MAX, 0) = 128 and diff(-DBL_MAX, DBL_MAX) = -256 mod 360 =
-- 104; int(1e300) % 360 == 0, so diff(1e300, -1e300) = 0; 180 - 0 and
-- -180 - 0 are -180 (the half-way point goes to the negative end).
-- 1 - cos(2 pi 128/360) = 1.6156614753256582 and 1 - cos(2 pi 104/360) =
-- 1.2419218955996678 (mpmath, 200 bits).

-- Subnormal periods (bug fixed in this issue: p / 2 is not a double when
-- p < 2 DBL_MIN has an odd last bit, and diff(1, 2, 5e-324) gave -5e-324
-- instead of 0).  Exact results, from Fraction: 1 - 2 is a multiple of
-- 5e-324 and of 1e-323 (0); -5e-324 in [-5e-324, 5e-324) for p = 1e-323;
-- 1e-323 mod 1.5e-323 is -5e-324 and -1e-323 is 5e-324; for
-- p = 2.225073858507202e-308 (DBL_MIN + 1 ulp), (1 - 2) mod p in
-- [-p/2, p/2) is -8.487983164e-314.
SELECT angle_diff(1, 2, '5e-324') AS d1, angle_dist(1, 2, '5e-324') AS d2,
       angle_diff(1, 2, '1e-323') AS d3, angle_diff(0, '5e-324', '1e-323') AS d4,
       angle_diff('1e-323', 0, '1.5e-323') AS d5, angle_diff('-1e-323', 0, '1.5e-323') AS d6,
       angle_diff(1, 2, '2.225073858507202e-308') AS d7;

-- angle_wrap: NaN x, infinite x, bad low, low + period overflowing.
SELECT x, p, low, pg_temp.try(format('SELECT angle_wrap(%L::float8, %L::float8, %L::float8)', x, p, low)) AS wrap
  FROM (VALUES ('NaN', '360', '0'), ('Infinity', '360', '0'), ('-Infinity', '360', '0'),
               ('1', '360', 'NaN'), ('1', '360', 'Infinity'), ('1', '360', '-Infinity'),
               ('1', '1.7976931348623157e308', '1.7976931348623157e308'),
               ('-0', '360', '0'), ('-5e-324', '360', '0'), ('5e-324', '360', '-0'),
               ('-1e-20', '360', '0'), ('0', '360', '-1.7976931348623157e308'),
               ('1.7976931348623157e308', '360', '-180')) v(x, p, low);
-- By hand: -0 wraps to 0; -5e-324 wraps to the largest double below 360
-- (359.99999999999994, never 360); 5e-324 with low -0 stays 5e-324;
-- -1e-20 as the README says; x = 0 into [-DBL_MAX, -DBL_MAX + 360): 360 is
-- below half an ulp of DBL_MAX, so the range is {-DBL_MAX} (the code
-- clamps to low); DBL_MAX into [-180, 180) is 128 (see above).

-- time: every time value is valid; 24:00:00 is a legal time of day.
SELECT angle_diff('24:00'::time, '00:00') AS diff_2400, angle_dist('24:00'::time, '12:00') AS dist_2400,
       angle_diff('00:00'::time, '24:00') AS diff_0000_2400,
       angle_diff('23:59:59.999999'::time, '00:00') AS diff_last_usec,
       angle_diff('12:00'::time, '00:00') AS diff_half_day;
