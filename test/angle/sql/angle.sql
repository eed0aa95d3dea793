SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
-- The angle type (README examples).  Every input below is 12.51 degrees
-- (12 + 30/60 + 36/3600) except the compass point NNE = 22.5.
SELECT $$12°30'36"$$::angle AS symbols, '12°30′36″'::angle AS primes,
       '12d30m36s'::angle AS letters, '12.51 deg'::angle AS words, 'NNE'::angle AS nne;
-- units: 0.5 turn = 180, 200 grad = 180, pi rad = 180, 90 arcmin = 1.5
SELECT '0.5turn'::angle AS turn, '200 grad'::angle AS grad,
       '3.141592653589793 rad'::angle AS rad, '90 arcmin'::angle AS arcmin;
SELECT angle(0.25, 'turn') AS quarter_turn, degrees('30°'::angle) AS deg, radians('180°'::angle) AS pi;
-- arithmetic is linear; <-> and angle_diff are circular
SELECT '350°'::angle + '20°'::angle AS sum, '350°'::angle <-> '10°'::angle AS dist,
       angle_diff('10°'::angle, '350°'::angle) AS diff, angle_wrap('-90°'::angle) AS wrapped;
SELECT sin('30°'::angle) AS sin30, cos('60°'::angle) AS cos60, tan('45°'::angle) AS tan45;
-- display units
SET angle.output_unit = 'dms';
SELECT '12.51'::angle AS dms;
SET angle.output_unit = 'turn';
SELECT '90'::angle AS turn;
RESET angle.output_unit;
-- bad input
SELECT 'NaN'::angle;
SELECT '12 furlongs'::angle;
SELECT '1e400'::angle;
SELECT angle(1, 'parsec');
