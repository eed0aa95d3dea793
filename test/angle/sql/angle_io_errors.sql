-- Bad input to the angle type: text input (angle_in), output
-- (angle_out under every angle.output_unit), binary receive and send,
-- the constructor angle(value, unit), and the functions and operators on
-- angles.  README "The angle type": garbage, trailing junk, NaN,
-- Infinity and hex are 22P02; overflow and underflow to 0 are 22003;
-- angle_recv refuses NaN and +-Infinity with 22P03; an operation whose
-- result is not finite is 22003; division by zero is 22012.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql

-- Malformed text and edge values.  1e308 grad is 9e307 degrees (finite;
-- bug fixed in this issue: x * 9 overflowed before the division by 10);
-- 1e-320 arcsec rounds to 5e-324, but 1e-321 arcsec underflows to 0,
-- 22003, as 0°1e-321" and -0°1e-321" do (bug fixed: they read as 0
-- and -0); 12d30m15s is 12.504166666666666
-- (Fraction: 12 + 30/60 + 15/3600 rounded).  E'' escapes spell the UTF-8 look-alikes of the degree
-- sign: U+00BA masculine ordinal, U+02DA ring above, U+2218 ring
-- operator, U+00B7 middle dot; and of the primes: U+2019, U+201D.
-- 74-97, edges of the fast paths for bare numbers and compass points: hex
-- is refused however spelt (22P02, also when its value would overflow or
-- underflow), compass points are 1 to 3 letters in any case
-- with spaces around, numbers have spaces around and every form of point
-- and exponent.
SELECT ord, left(t, 30) AS input, left(pg_temp.try(format('SELECT %L::angle', t)), 80) AS result
  FROM (VALUES
   (1, ''), (2, ' '), (3, 'abc'), (4, '12abc'), (5, '12 °x'), (6, '12°x'),
   (7, '°'), (8, 'deg'), (9, 'rad'), (10, ''''), (11, '"'), (12, 'turn'),
   (13, '-'), (14, '+'), (15, '- 12'), (16, '--12'), (17, '+-12'),
   (18, '12°°'), (19, '12 deg deg'), (20, '12°30''30'''), (21, '12rad rad'),
   (22, '1e999'), (23, '-1e999'), (24, '1e-999'), (25, '1e-320'),
   (26, '1e308 turn'), (27, '1e-320 arcsec'), (28, '0x10'), (29, '0x1p4'),
   (30, 'NaN'), (31, 'Infinity'), (32, '-inf'), (33, E'12\u00BA'),
   (34, E'12\u02DA'), (35, E'12\u2218'), (36, E'12\u00B7'), (37, E'12\u00B030\u2019'),
   (38, E'12\u00B030\u2032 15\u201D'), (39, '12°60'''), (40, '12°30.5''15"'),
   (41, '30m'), (42, '15s'), (43, '1.5.5'), (44, '.'), (45, 'e5'), (46, '1e'),
   (47, '1e+'), (48, '12d30m15s'), (49, 'NNEE'), (50, 'N N'), (51, '-N'),
   (52, '12 30'), (53, '１２'), (54, E'12\u00A0deg'), (55, '12	deg'),
   (56, repeat('9', 400)), (57, '0.' || repeat('0', 400) || '1'),
   (58, '0e999999999999'), (59, '1e-99999999999999999999'), (60, '12°30′15″'),
   (61, '-0'), (62, '5e-324'), (63, '1.7976931348623157e308'),
   (64, '1.7976931348623159e308'), (65, '2e308 arcsec'), (66, '400 grad'),
   (67, '1e308 grad'), (68, '1.7976931348623157e308 rad'), (69, '0 turn'),
   (70, '-0°0''0"'), (71, '1e300°59'''), (72, '0°1e-321"'),
   (73, '-0°1e-321"'), (74, '0x'), (75, '0X1P4'), (76, '00x10'), (77, '1e5e'),
   (78, '12 e'), (79, 'n1'), (80, 'nesw'), (81, 'ww'), (82, '1.e5x'),
   (83, ' 12 '), (84, ' nNw '), (85, 'sSe'), (86, 'W'), (87, '+.5'),
   (88, '1.e5'), (89, '1.5E+1 deg'), (90, '-1.5e-1'), (91, '12 °'),
   (92, 'e'), (93, 'ene '), (94, '.5.'), (95, '1e5 rad'),
   (96, '0x1p99999'), (97, '0x1p-99999')) v(ord, t)
 ORDER BY ord;

-- Every output unit prints every special value so that it reads back
-- bit for bit: -0, the smallest subnormal, DBL_MAX, 30 (no exact radian).
SELECT u AS output_unit, v AS value,
       pg_temp.try(format('SET LOCAL angle.output_unit = %L; SELECT %L::angle::text', u, v)) AS shown,
       pg_temp.try(format($q$SET LOCAL angle.output_unit = %L;
                          SELECT angle_send(%L::angle::text::angle) = angle_send(%L::angle)$q$, u, v, v)) AS reads_back
  FROM unnest(ARRAY['deg', 'rad', 'turn', 'grad', 'dms']) u,
       unnest(ARRAY['-0', '5e-324', '-1.7976931348623157e308', '30', '1e15', '-12.51']) v
 ORDER BY u, v;
SELECT pg_temp.try($q$SET LOCAL angle.output_unit = 'furlong'; SELECT 1$q$) AS bad_output_unit;

-- Binary receive: 8 bytes of a float8; NaN and +-Infinity refused (22P03);
-- short payloads are core's 08P01 "insufficient data left in message",
-- long ones core's 22P03 "incorrect binary data format".
SELECT label, pg_temp.recv(hex, 'angle') AS received
  FROM (VALUES
   ('10',                 '4024000000000000'),
   ('-0',                 '8000000000000000'),
   ('smallest subnormal', '0000000000000001'),
   ('DBL_MAX',            '7fefffffffffffff'),
   ('NaN',                '7ff8000000000000'),
   ('signalling NaN',     '7ff0000000000001'),
   ('negative NaN',       'fff8000000000000'),
   ('Infinity',           '7ff0000000000000'),
   ('-Infinity',          'fff0000000000000'),
   ('empty',              ''),
   ('4 bytes',            '40240000'),
   ('7 bytes',            '40240000000000'),
   ('9 bytes',            '402400000000000000'),
   ('16 bytes',           '40240000000000004024000000000000')) v(label, hex);
-- Send is the float8 of degrees, big-endian.
SELECT angle_send('-0') AS send_minus_zero, angle_send('1turn') AS send_360,
       angle_send('5e-324') AS send_subnormal;
-- angle_recv and angle_sortsupport take internal, which SQL cannot pass,
-- not even as a NULL (only COPY, binary parameters and btree reach them).
SELECT 1 AS internal_args_not_callable_from_sql;

-- The constructor: unknown units (22023), non-finite values (22003),
-- overflow and underflow in the unit (22003).
SELECT v, u, pg_temp.try(format('SELECT angle(%L::float8, %L)', v, u)) AS result
  FROM (VALUES ('1', 'furlong'), ('1', ''), ('1', 'DEG'), ('1', ' deg'), ('1', 'd'),
               ('NaN', 'deg'), ('Infinity', 'rad'), ('-Infinity', 'turn'),
               ('1e308', 'turn'), ('1.7976931348623157e308', 'rad'),
               ('5e-324', 'arcsec'), ('5e-324', 'arcmin'), ('5e-324', 'grad'),
               ('-0', 'arcsec'), ('1e-310', 'rad'), ('5e-324', 'deg')) t(v, u);
SELECT angle(NULL, 'deg') IS NULL AS null_value, angle(1, NULL) IS NULL AS null_unit;

-- Arithmetic and functions at the edges of the double range.
SELECT q, pg_temp.try('SELECT ' || q) AS result
  FROM (VALUES
   ($$'1.7976931348623157e308'::angle + '1.7976931348623157e308'::angle$$),
   ($$'-1.7976931348623157e308'::angle - '1.7976931348623157e308'::angle$$),
   ($$'1e308'::angle * 10$$), ($$10 * '1e308'::angle$$),
   ($$'1'::angle * 'NaN'::float8$$), ($$'NaN'::float8 * '1'::angle$$),
   ($$'1'::angle * 'Infinity'::float8$$), ($$'0'::angle * 'Infinity'::float8$$),
   ($$'1'::angle / 0$$), ($$'1'::angle / '-0'::float8$$), ($$'0'::angle / 0$$),
   ($$'1'::angle / 'NaN'::float8$$), ($$'1'::angle / 'Infinity'::float8$$),
   ($$'1e308'::angle / '1e-10'::float8$$), ($$'5e-324'::angle / 2$$),
   ($$- '-0'::angle$$), ($$- '1.7976931348623157e308'::angle$$),
   ($$'1.7976931348623157e308'::angle <-> '-1.7976931348623157e308'::angle$$),
   ($$angle_diff('1.7976931348623157e308'::angle, '0'::angle)$$),
   ($$angle_wrap('-5e-324'::angle)$$), ($$angle_wrap('-0'::angle)$$),
   ($$angle_wrap('1'::angle, '1.7976931348623157e308'::angle)$$),
   ($$angle_wrap('1'::angle, '-1.7976931348623157e308'::angle)$$),
   ($$abs(sin('1.7976931348623157e308'::angle) - 0.7880107536067219) <= 1.2e-16$$), ($$cos('-0'::angle)$$),
   ($$tan('90'::angle)$$), ($$tan('-90'::angle)$$), ($$tan('1e300'::angle)$$),
   ($$radians('1.7976931348623157e308'::angle)$$), ($$radians('5e-324'::angle)$$),
   ($$degrees('-0'::angle)$$),
   ($$'-0'::angle = '0'::angle$$), ($$'-0'::angle < '0'::angle$$),
   ($$angle_cmp('-0', '0')$$), ($$angle_hash('-0') = angle_hash('0')$$),
   ($$angle_hash_extended('-0', 7) = angle_hash_extended('0', 7)$$),
   ($$angle_hash_extended('1', NULL)$$)) v(q);
-- Expected, by hand: sums and products beyond DBL_MAX, NaN factors and
-- NaN or infinite quotients are 22003; 0 * Infinity is NaN: 22003;
-- x / +-0 is 22012; 1 / Infinity = 0; 5e-324 / 2 rounds to 0 (ties to
-- even), a finite angle; -(-0) = 0; DBL_MAX and -DBL_MAX are 128 and -128
-- mod 360 (Fraction, see bad_circular.sql), 256 apart -> 104; the wrap
-- of -5e-324 is the largest double below 360; [DBL_MAX, DBL_MAX + 360)
-- holds only DBL_MAX (its ulp is 2^971), likewise for -DBL_MAX;
-- sin(DBL_MAX degrees) = sin(128 degrees) = 0.7880107536067219 (mpmath,
-- within one ulp); tan(+-90) = +-Infinity (a float8); 1e300 mod 360 = 0 so
-- tan = 0; radians(DBL_MAX) = 3.137566414384587e+306 (mpmath, DBL_MAX *
-- pi / 180); radians(5e-324) underflows to 0.
