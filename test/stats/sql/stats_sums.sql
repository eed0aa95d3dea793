-- The exact sums of a state as numbers (0.6.0): circular_stats_weight
-- (total weight), mean_cos and mean_sin (the mean resultant vector).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
-- {0, 90} degrees: C-bar = S-bar = 1/2, weight 2
SELECT circular_stats_weight(s), mean_cos(s), mean_sin(s)
  FROM (SELECT circular_stats_agg(x, 360) s FROM (VALUES (0.0), (90)) v(x)) q;
-- weighted: weights 1 and 3 at 0 and 180: C-bar = (1 - 3) / 4 = -0.5
SELECT circular_stats_weight(s), mean_cos(s), mean_sin(s)
  FROM (SELECT circular_stats_agg(x, w, 360) s FROM (VALUES (0.0, 1.0), (180, 3)) v(x, w)) q;
-- R-bar is the length of (C-bar, S-bar), the mean its direction
SELECT abs(hypot - rbar) < 1e-15 AS length_is_rbar, abs(mean - m) < 1e-12 AS direction_is_mean
  FROM (SELECT sqrt(mean_cos(s) ^ 2 + mean_sin(s) ^ 2) AS hypot, mean_resultant_length(s) AS rbar,
               circular_mean(s) AS m, (degrees(atan2(mean_sin(s), mean_cos(s))) + 360)::numeric % 360 AS mean
          FROM (SELECT circular_stats_agg(x, 360) s FROM generate_series(1, 100) x) q) r;
-- exact: weights 1 and 2^-52 sum to 1 + 2^-52, not rounded away
SELECT circular_stats_weight(s) = 1 + 2 ^ -52 AS weight_exact
  FROM (SELECT circular_stats_agg(0, w, 360) s FROM (VALUES (1.0::float8), (2 ^ -52)) v(w)) q;
-- a state of one row: mean_cos and mean_sin are cos and sin of the row,
-- here exactly at multiples of 30 degrees
SELECT x, mean_cos(s), mean_sin(s)
  FROM (SELECT x, circular_stats_agg(x, 360) s FROM (VALUES (0.0), (30), (90), (150), (180), (270)) v(x) GROUP BY x) q
 ORDER BY x;
-- empty state: weight 0, mean vector NULL; NaN rows: NaN; NaN rows carry no weight
SELECT circular_stats_weight('(1,0,0,0,0x0,0x0,0x0)') AS empty_w, mean_cos('(1,0,0,0,0x0,0x0,0x0)') AS empty_c,
       mean_sin('(1,0,0,0,0x0,0x0,0x0)') AS empty_s;
SELECT circular_stats_weight(s), mean_cos(s), mean_sin(s), circular_stats_count(s)
  FROM (SELECT circular_stats_agg(x, 360) s FROM (VALUES (10.0), ('NaN')) v(x)) q;
-- the README example of the state type, {0, 90}, from its text form
SELECT circular_stats_weight(s), mean_cos(s), mean_sin(s)
  FROM (SELECT '(1,2,0,360,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0x2000000000000000000000000000000000000)'::circular_stats s) q;
