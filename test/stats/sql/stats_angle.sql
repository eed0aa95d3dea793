-- Circular statistics of the angle type: the angle overloads of the
-- aggregates (issue 4 x issue 3).  angle has no casts to or from float8:
-- values are built with angle(x, 'deg') or angle literals and read back
-- with degrees(a).  An angle prints as the shortest decimal that reads back
-- to the same double, so '0°' and '45°' below are exact.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;

-- Exact cases: {350, 10} -> 0 (sin 350 = -sin 10 exactly, so the sine sum
-- is 0), {0, 90} -> 45 (sin and cos exact at multiples of 90), weighted
-- {350, 10} -> 0, {-10, 370} -> 0 (exact reduction by 360).
SELECT circular_mean(a) AS mean_350_10
  FROM (VALUES ('350°'::angle), ('10°')) v(a);
SELECT circular_mean(a) AS mean_0_90
  FROM (VALUES (angle(0, 'deg')), (angle(90, 'deg'))) v(a);
SELECT circular_mean(a, w) AS weighted_350_10
  FROM (VALUES (angle(350, 'deg'), 2::float8), (angle(10, 'deg'), 2)) v(a, w);
SELECT circular_mean(a) AS mean_minus10_370
  FROM (VALUES (angle(-10, 'deg')), (angle(370, 'deg'))) v(a);
-- The mean is an angle in [0°, 360°): -90° is 270°, 765° = 45° + 2 turns,
-- half a turn in radians is 180°; -1e-14° is 360° - 1e-14°, which rounds to
-- 360° and is reported as 0°; +1e-14° stays above 0°.
SELECT circular_mean('-90°'::angle) AS m270, circular_mean('765°'::angle) AS m45,
       circular_mean(angle(pi(), 'rad')) AS m180,
       circular_mean(angle(-1e-14, 'deg')) AS tiny_negative,
       circular_mean(angle(1e-14, 'deg')) > '0°'::angle AS tiny_positive_kept;
-- Over 300 groups of 10 angles anywhere on the line (|x| up to 1e6°), every
-- mean is in [0°, 360°).
SELECT count(*) AS groups,
       bool_and(m >= '0°'::angle AND m < '360°'::angle) AS all_in_range
  FROM (SELECT i % 300 AS g,
               circular_mean(angle(sin(i) * 1e6, 'deg')) AS m
          FROM generate_series(1, 3000) i GROUP BY i % 300) q;

-- Result types: direction and spreads are angles, R-bar and the variance
-- are dimensionless float8.
SELECT pg_typeof(circular_mean(a)) AS mean, pg_typeof(circular_stddev(a)) AS sd,
       pg_typeof(angular_deviation(a)) AS ad, pg_typeof(mean_resultant_length(a)) AS rbar,
       pg_typeof(circular_var(a)) AS var, pg_typeof(circular_stats_agg(a)) AS state
  FROM (VALUES ('1°'::angle)) v(a);
-- {0°, 90°}: R-bar = sqrt(2)/2 correctly rounded (mpmath
-- 0.70710678118654752440...), circular stddev sqrt(ln 2) rad =
-- 47.7018654334914...° and angular deviation sqrt(2 - sqrt 2) rad =
-- 43.8522911281994...° (mpmath), as angles.
SELECT mean_resultant_length(a) AS rbar,
       round(degrees(circular_stddev(a))::numeric, 9) AS sd_deg,
       round(degrees(angular_deviation(a))::numeric, 9) AS ad_deg
  FROM (VALUES ('0°'::angle), ('90°')) v(a);

-- Undefined mean: {0°, 180°} has a zero resultant, so the mean is NULL,
-- R-bar 0 and the variance 1; the circular stddev sqrt(-2 ln 0) is infinite,
-- which an angle cannot hold: NULL (as for time); the angular deviation is
-- sqrt(2) rad = 81.0284684541395462...° (mpmath).
SELECT circular_mean(a) IS NULL AS mean_null, mean_resultant_length(a) AS rbar,
       circular_var(a) AS var, circular_stddev(a) IS NULL AS sd_null,
       round(degrees(angular_deviation(a))::numeric, 12) AS ad_deg
  FROM (VALUES ('0°'::angle), ('180°')) v(a);
-- NULLs are skipped; only NULLs or no rows give NULL; weight 0 is ignored.
SELECT circular_mean(a) AS mean_with_nulls
  FROM (VALUES (NULL::angle), ('90°'), (NULL)) v(a);
SELECT circular_mean(a) IS NULL AS all_null_input,
       circular_stats_agg(a) IS NULL AS all_null_state
  FROM (VALUES (NULL::angle)) v(a);
SELECT circular_mean(a) IS NULL AS empty_input
  FROM (SELECT '1°'::angle AS a WHERE false) v;
SELECT circular_mean(a, w) AS zero_weight_ignored
  FROM (VALUES ('90°'::angle, 1::float8), ('200°', 0)) v(a, w);

-- Every angle aggregate equals the float8 aggregate with period 360 bit for
-- bit (degrees(a) is exactly x), and the angle state is the float8 state.
CREATE TEMP TABLE ap AS
  SELECT i, ((i * 137.03) % 360)::float8 + (i % 7) * 1e-3 AS x,
         ((i % 5) * 0.75)::float8 AS w
    FROM generate_series(1, 3000) i;
SELECT degrees(circular_mean(angle(x, 'deg')))::text = circular_mean(x, 360)::text AS mean_same,
       mean_resultant_length(angle(x, 'deg'))::text = mean_resultant_length(x, 360)::text AS rbar_same,
       circular_var(angle(x, 'deg'))::text = circular_var(x, 360)::text AS var_same,
       degrees(circular_stddev(angle(x, 'deg')))::text = circular_stddev(x, 360)::text AS sd_same,
       degrees(angular_deviation(angle(x, 'deg')))::text = angular_deviation(x, 360)::text AS ad_same,
       degrees(circular_mean(angle(x, 'deg'), w))::text = circular_mean(x, w, 360)::text AS weighted_same,
       degrees(circular_stddev(angle(x, 'deg'), w))::text = circular_stddev(x, w, 360)::text AS weighted_sd_same,
       circular_stats_agg(angle(x, 'deg'))::text = circular_stats_agg(x, 360)::text AS state_same,
       circular_stats_agg(angle(x, 'deg'), w)::text = circular_stats_agg(x, w, 360)::text AS weighted_state_same,
       degrees(circular_mean_angle(circular_stats_agg(x, 360)))::text = circular_mean(x, 360)::text AS accessor_same
  FROM ap;
-- The angle accessors map a state's period onto 360°: 6 h on the 24-hour
-- circle is 90°.
SELECT circular_mean_angle(circular_stats_agg(t)) AS six_hours
  FROM (VALUES ('05:00'::time), ('07:00')) v(t);

-- Moving windows over angles: each frame equals recomputing it, bit for bit.
SELECT count(*) AS frames,
       count(*) FILTER (WHERE a::text IS DISTINCT FROM b::text) AS window_mismatches,
       count(*) FILTER (WHERE aw::text IS DISTINCT FROM bw::text) AS weighted_window_mismatches
  FROM (SELECT i, circular_mean(angle(x, 'deg')) OVER f AS a,
               circular_mean(angle(x, 'deg'), w) OVER f AS aw,
               (SELECT circular_mean(angle(x, 'deg')) FROM ap p2 WHERE p2.i BETWEEN p1.i - 100 AND p1.i) AS b,
               (SELECT circular_mean(angle(x, 'deg'), w) FROM ap p2 WHERE p2.i BETWEEN p1.i - 100 AND p1.i) AS bw
          FROM ap p1 WHERE i <= 600
        WINDOW f AS (ORDER BY i ROWS BETWEEN 100 PRECEDING AND CURRENT ROW)) q;
