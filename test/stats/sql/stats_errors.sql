-- Bad input to the circular statistics aggregates and their support
-- functions called directly (by their SQL names): transition and inverse
-- functions, combine and its inverse, the final function and the
-- accessors, with crafted states, zero / negative / NaN / infinite
-- periods and weights.  README "Circular statistics".
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql

-- Periods and weights in the aggregates.
SELECT q, pg_temp.try(q) AS result
  FROM (VALUES
   ($$SELECT circular_mean(x, 0) FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, -360) FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, 'NaN') FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, 'Infinity') FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, '-0') FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, p) FROM (VALUES (1.0, 360), (2, 24)) v(x, p)$$),
   ($$SELECT circular_mean(x, NULL) FROM (VALUES (1.0)) v(x)$$),
   ($$SELECT circular_mean(x, 360) FROM (VALUES (1.0), ('Infinity')) v(x)$$),
   ($$SELECT circular_mean(x, 360) FROM (VALUES (1.0), ('NaN')) v(x)$$),
   ($$SELECT circular_mean(x, 360) FROM (VALUES (1.0), ('1.7976931348623157e308')) v(x)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (1.0, -1.0)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (1.0, 'NaN'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (1.0, 'Infinity'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (1.0, '-0'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES ('NaN'::float8, 0.0), (10, 1)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (10, '5e-324'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (10, '1e30'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (10, '1e300'::float8)) v(x, w)$$),
   ($$SELECT circular_mean(x, w, 360) FROM (VALUES (10, 1e29), (20, 1e29), (30, 1e29)) v(x, w)$$),
   ($$SELECT circular_stats_count(circular_stats_agg(x, 1e29::float8, 360)) FROM generate_series(1, 20000) x$$),
   ($$SELECT circular_mean(t, w) FROM (VALUES ('01:00'::time, -1.0)) v(t, w)$$),
   ($$SELECT circular_stddev(t) FROM (VALUES ('00:00'::time), ('12:00')) v(t)$$),
   ($$SELECT circular_mean(x, 360) FROM (VALUES (0), (180)) v(x)$$),
   ($$SELECT circular_stats_agg(x, 360) FROM (VALUES (NULL::float8)) v(x)$$),
   ($$SELECT circular_stats_merge(s) FROM (VALUES (NULL::circular_stats)) v(s)$$)) v(q);
-- By hand: 22023 for bad periods, mixed periods and bad weights; NULL
-- period skips the row (NULL result); Infinity value 22003; NaN value
-- gives NaN; DBL_MAX is a finite value (mean of 1 and 128 degrees is
-- 64.5); weight -0 is 0: the row is ignored (NULL); weight 0 ignores its
-- NaN value; weight 5e-324 < 2^-80 and 1e300 >= 2^100 are 22003, 1e30 <
-- 2^100 = 1.27e30 is valid (a single row of 10 gives 10 + 1 ulp)
-- (exact accumulator range); with 1e29 each, equal weights give
-- the plain mean 20 to an ulp or so; 20000 rows of weight 1e29 = 2e33
-- exceed 2^110 = 1.3e33 in total: 22003; {0, 180} has no mean: NULL; the stddev
-- of {00:00, 12:00} is NULL (an interval cannot be infinite).

-- Support functions called directly.  s0 is the empty state, s1 the
-- state of {10 degrees}, s2 of {10, 20}, s24 of {1 hour} (period 24).
CREATE TEMP TABLE st AS
SELECT '(1,0,0,0,0x0,0x0,0x0)'::circular_stats AS s0,
       (SELECT circular_stats_agg(x, 360) FROM (VALUES (10)) v(x)) AS s1,
       (SELECT circular_stats_agg(x, 360) FROM (VALUES (10), (20)) v(x)) AS s2,
       (SELECT circular_stats_agg(x, 360) FROM (VALUES (180)) v(x)) AS s180,
       (SELECT circular_stats_agg(x, 24) FROM (VALUES (1)) v(x)) AS s24,
       (SELECT circular_stats_agg(x, 360) FROM (VALUES ('NaN'::float8)) v(x)) AS snan,
       '(1,9223372036854775807,0,360,0x0,0x0,0x8000000000000000' || repeat('0', 16) || ')'::text AS smax_text;
SELECT q, pg_temp.try(q, true) AS result
  FROM (VALUES
   ($$SELECT circular_stats_accum(s0, 10, 0) FROM st$$),
   ($$SELECT circular_stats_accum(s0, 10, 'NaN') FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, 24) FROM st$$),
   ($$SELECT circular_stats_accum(s1, 'Infinity'::float8, 360) FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, 1, 360)::text = s2::text FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, -1, 360) FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, -0.123456789012345678, 360) FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, 0.1) FROM st$$),
   ($$SELECT circular_stats_accum(s1, 10, 0, 360)::text = s1::text FROM st$$),
   ($$SELECT circular_stats_accum(s1, '01:00'::time) FROM st$$),
   ($$SELECT circular_stats_accum(s24, '01:00'::time, 'NaN') FROM st$$),
   ($$SELECT circular_stats_accum(s0, NULL::float8, 360) FROM st$$),
   ($$SELECT circular_stats_inv(s2, 20, 360)::text = s1::text FROM st$$),
   ($$SELECT circular_stats_inv(s1, 10, 360)::text = s0::text FROM st$$),
   ($$SELECT circular_stats_inv(s0, 10, 360) FROM st$$),
   ($$SELECT circular_stats_inv(s1, 10, 24) FROM st$$),
   ($$SELECT circular_stats_inv(s1, 10, 'Infinity') FROM st$$),
   ($$SELECT circular_stats_inv(s1, 10, 1, 360)::text = s0::text FROM st$$),
   ($$SELECT circular_stats_inv(s1, 10, 'NaN', 360) FROM st$$),
   ($$SELECT circular_stats_combine(s1, s1)::text = circular_stats_accum(s1, 10, 360)::text FROM st$$),
   ($$SELECT circular_stats_combine(s0, s0)::text = s0::text FROM st$$),
   ($$SELECT circular_stats_combine(s1, s24) FROM st$$),
   ($$SELECT circular_stats_combine(s0, s24)::text = s24::text FROM st$$),
   ($$SELECT circular_stats_combine(smax_text::circular_stats, s1) FROM st$$),
   ($$SELECT circular_stats_combine_inv(s2, s1)::text = circular_stats2_accum(s0, 20, 360)::text FROM st$$),
   ($$SELECT circular_stats_combine_inv(s1, s2) FROM st$$),
   ($$SELECT circular_stats_combine_inv(s0, s1) FROM st$$),
   ($$SELECT circular_stats_combine_inv(s1, snan) FROM st$$),
   ($$SELECT circular_stats_combine_inv(s1, s0)::text = s1::text FROM st$$),
   ($$SELECT circular_stats_final(s0) FROM st$$),
   ($$SELECT circular_stats_final(s1)::text = s1::text FROM st$$),
   ($$SELECT circular_mean(s0) FROM st$$),
   ($$SELECT circular_mean(snan) FROM st$$),
   ($$SELECT circular_mean_time(snan) FROM st$$),
   ($$SELECT circular_stddev_interval(snan) FROM st$$),
   ($$SELECT circular_mean_time(s1) FROM st$$),
   ($$SELECT circular_stats_count(smax_text::circular_stats) FROM st$$),
   ($$SELECT circular_stats_period(s0) FROM st$$),
   ($$SELECT circular_stddev(s180) FROM st$$),
   ($$SELECT circular_stats_count(circular_stats_combine(circular_stats_combine(snan, snan), s1)) FROM st$$)) v(q);
-- By hand: period and weight errors as above; s1 + 10 with weight 1 is
-- {10, 10}, not s2 = {10, 20}: false; weight -1 is
-- 22023, as is weight -0.123456789012345678, whose detail shows it in
-- full (-0.12345678901234568, the shortest text that reads back; %g
-- printed -0.123457) as it shows period 0.1 (not 0.10000000000000001);
-- weight 0 leaves the state as is; a time row into a period-360
-- state is mixed periods (22023); inverse of a row that was added gives
-- back the earlier state bit for bit; a row cannot be removed from the
-- empty state (22023, the count would be -1); combining periods 360 and 24 is 22023; the empty
-- state combines with anything; count 2^63 - 1 plus 1 is 22003;
-- combine_inv of a state that was not added (more rows, or NaN rows it
-- does not have) is 22023; final of the empty state is NULL; statistics
-- of the empty state are NULL, of a NaN state NaN, and 22003 as a time;
-- 10 degrees is 00:40 on a 24 hour clock; a single row has R = 1 and
-- stddev 0.

-- Removing a row or a state that was never added is refused with 22023
-- (fixed bug: such calls used to return states that no aggregate could
-- build and that text input rejects, so a table holding one could not be
-- dumped and restored).  s1 + 10 = {10, 10}; removing 190 would leave
-- S = 2 sin 10 = 0.347, C = 2 cos 10 = 1.970 > W = 1.  The same through
-- combine_inv of the state {180}.
SELECT pg_temp.try($q$SELECT circular_stats_inv(circular_stats_accum(s1, 10, 360), 190, 360)::text::circular_stats::text FROM st$q$, true) AS inv_of_row_not_added;
SELECT pg_temp.try($q$SELECT circular_stats_combine_inv(circular_stats_accum(s1, 10, 360), s180)::text::circular_stats::text FROM st$q$, true) AS combine_inv_of_state_not_added;
-- A removal that leaves a cosine sum far above 2^191 grid units (limb 3)
-- and a small W, from version 1 states (the transition function called
-- directly; a version 2 state is also checked by its sums of order 2):
-- {0 with weight 2^99, 0, 180} less {180 with weight 2^99} leaves W = 2,
-- S = 0 and C = 2^100, whose lower limbs are zero: the cheap check of the
-- common case must not take it for a sum of those limbs.
SELECT pg_temp.try($q$SELECT circular_stats_count(circular_stats_combine_inv(
	circular_stats_accum(circular_stats_accum(circular_stats_accum(NULL, 0, 2^99, 360), 0, 360), 180, 360),
	circular_stats_accum(NULL, 180, 2^99, 360)))$q$, true) AS combine_inv_big_cosine_sum;
-- A removal whose sums stay within W but whose resultant does not: from
-- {0, 90, 180, 270} (S = C = 0, W = 4) remove 225 degrees with weight 2.2:
-- S = C = 2.2 sin 45 = 1.556 <= W = 1.8, but R = 2.2 > 1.8.
SELECT pg_temp.try($q$SELECT circular_stats_inv(circular_stats_agg(x, 360), 225, 2.2, 360)::text FROM (VALUES (0), (90), (180), (270)) v(x)$q$, true) AS inv_resultant_exceeds_weight;
-- The same on a version 1 state, whose removal has only the check of the
-- first-order sums.
SELECT pg_temp.try($q$SELECT circular_stats_count(circular_stats_inv(
	circular_stats_accum(circular_stats_accum(circular_stats_accum(circular_stats_accum(NULL, 0, 360), 90, 360), 180, 360), 270, 360),
	225, 2.2, 360))$q$, true) AS inv_resultant_exceeds_weight_v1;
-- Removing a NaN row from a state without NaN rows (NaN count -1), and
-- a weighted row that was never added (weight 3 from W = 2: negative W).
SELECT pg_temp.try($q$SELECT circular_stats_inv(s2, 'NaN'::float8, 360)::text FROM st$q$, true) AS inv_nan_not_added;
SELECT pg_temp.try($q$SELECT circular_stats_inv(s2, 10, 3, 360)::text FROM st$q$, true) AS inv_weight_not_added;
-- The NaN row that was added can be removed: back to s1.
SELECT circular_stats_inv(circular_stats_accum(s1, 'NaN'::float8, 360), 'NaN'::float8, 360)::text = s1::text AS inv_nan_added FROM st;
-- The inverse transition inside a moving window removes only rows it
-- added: unchanged results (same as the forward sums of each frame).
SELECT bool_and(w::text = f::text) AS window_inverse_matches_forward
  FROM (SELECT circular_stats_agg(x, 360) OVER (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) w,
               (SELECT circular_stats_agg(y, 360) FROM generate_series(greatest(1, i - 2), i) j, LATERAL (SELECT (j * 37.5) % 400 - 20) z(y)) f
          FROM generate_series(1, 50) i, LATERAL (SELECT (i * 37.5) % 400 - 20) v(x)) q;
-- One more row into a state counting 2^63 - 1 rows: 22003 (fixed bug: the
-- count used to wrap to a negative number), for a number and for NaN.
SELECT pg_temp.try($q$SELECT circular_stats_accum(smax_text::circular_stats, 10, 360)::text FROM st$q$, true) AS accum_count_overflow;
SELECT pg_temp.try($q$SELECT circular_stats_accum(smax_text::circular_stats, 'NaN'::float8, 360)::text FROM st$q$, true) AS accum_nan_count_overflow;
