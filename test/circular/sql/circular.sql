SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
-- Circular arithmetic on float8 (README examples).  Checks by hand:
-- 359 - 1 = 358 = -2 (mod 360); 1e20 = 277777777777777777 * 360 + 280, so
-- 1e20 - 0 = 280 = -80; 180 maps to -180 because the range is [-180, 180).
SELECT angle_diff(359, 1, 360) AS d_359_1, angle_diff(1, 359, 360) AS d_1_359,
       angle_diff(1e20, 0, 360) AS d_1e20, angle_diff(180, 0, 360) AS d_180;
-- hours: 23 - 1 = 22 = -2 (mod 24)
SELECT angle_diff(23, 1, 24) AS hours_23_1, angle_dist(23, 1, 24) AS hours_dist;
-- wrapping never returns the upper bound: -1e-20 + 360 rounds to 360, so
-- the largest double below 360 (360 - 2^-44 = 359.99999999999994) comes back
SELECT angle_wrap(-1e-20, 360) AS wrapped, angle_wrap(-1e-20, 360) < 360 AS below_360;
SELECT angle_wrap(370, 360, -180) AS w_370, angle_wrap(180, 360, -180) AS w_180;
-- cosine loss: exactly 1 at a quarter period, 2 at half, 0.5 at 60 degrees
SELECT angle_cosine_loss(90, 0, 360) AS quarter, angle_cosine_loss(180, 0, 360) AS half,
       angle_cosine_loss(60, 0, 360) AS sixty;
-- NaN in, NaN out; bad period and infinite angles are errors
SELECT angle_diff('NaN', 1, 360) AS nan_diff;
SELECT angle_diff(1, 2, 0);
SELECT angle_wrap('Infinity', 360);
-- time of day: [-12:00, 12:00)
SELECT angle_diff('23:00'::time, '01:00'::time) AS late_minus_early,
       angle_dist('23:00'::time, '01:00'::time) AS clock_distance,
       angle_diff('12:00'::time, '00:00'::time) AS half_day;
