-- Bad input to the circular_stats state type: text input and output,
-- binary receive and send.  README "circular_stats state type": a value
-- is accepted only if the aggregates could have built it; anything else
-- is 22P02 (text) or 22P03 (binary) with a detail saying what is wrong.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql

-- The state of {0, 90} in period 360: sin sum = cos sum = 1, weight 2, in
-- units of 2^-144 (README example).
SELECT circular_stats_agg(x, 360)::text AS state_0_90 FROM (VALUES (0), (90)) v(x);

-- Text input: syntax (22P02, "invalid input syntax") and validity
-- (22P02, "invalid circular_stats value") errors.
SELECT ord, left(t, 42) AS input,
       regexp_replace(pg_temp.try(format('SELECT %L::circular_stats::text', t), true), ': ".*"', '') AS result
  FROM (VALUES
   (1, ''), (2, '()'), (3, '(1)'), (4, '(1,0,0,0,0x0,0x0)'), (5, '(1,0,0,0,0x0,0x0,0x0,0x0)'),
   (6, '(1,0,0,0,0x0,0x0,0x0)'), (7, ' (1,0,0,0,0x0,0x0,0x0) '), (8, '(1,0,0,0,0x0,0x0,0x0)x'),
   (9, '(2,0,0,0,0x0,0x0,0x0)'), (10, '(0,0,0,0,0x0,0x0,0x0)'), (11, '(256,0,0,0,0x0,0x0,0x0)'),
   (12, '(-1,0,0,0,0x0,0x0,0x0)'), (13, '(1,-1,0,360,0x0,0x0,0x0)'), (14, '(1,1,2,360,0x0,0x0,0x0)'),
   (15, '(1,1,-1,360,0x0,0x0,0x0)'), (16, '(1,0,0,360,0x0,0x0,0x0)'), (17, '(1,0,0,0,0x1,0x0,0x0)'),
   (18, '(1,1,0,0,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (19, '(1,1,0,-360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (20, '(1,1,0,NaN,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (21, '(1,1,0,Infinity,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (22, '(1,1,0,1e999,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (23, '(1,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (24, '(1,1,0,360,0x0,0x2000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (25, '(1,1,0,360,0x0,-0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000)'),
   (26, '(1,1,0,360,0x0,0x0,0x0)'), (27, '(1,1,0,360,0x0,0x0,0xffffffffffffffff)'),
   (28, '(1,1,0,360,0x0,0x0,-0x10000000000000000)'),
   (29, '(1,1,0,360,0xc' || repeat('0', 31) || ',0xc' || repeat('0', 31) || ',0x1' || repeat('0', 32) || ')'),
   (30, '(1,1,0,360,0x0,0x0,0x' || repeat('f', 64) || ')'), (31, '(1,1,0,360,0x0,0x0,0x' || repeat('1', 65) || ')'),
   (32, '(1,1,0,360,0x0,0x0,0x)'), (33, '(1,1,0,360,0,0,0)'), (34, '(1,1,0,360,0x0,0x0,0xg)'),
   (35, '(1,99999999999999999999,0,360,0x0,0x0,0x0)'), (36, '(1,9223372036854775807,0,360,0x0,0x0,0x0)'),
   (37, '(1,1,1,360,0x0,0x0,0x10000000000000000)'), (38, '(1,1,1,360,0x1,0x0,0x10000000000000000)'),
   (39, '(1, 0,0,0,0x0,0x0,0x0)'), (40, '(1,0,0,-0,0x0,0x0,0x0)'), (41, '(1,0,0,.,0x0,0x0,0x0)'),
   (42, '(1,1,0,0x10,0x0,0x0,0x10000000000000000)'), (43, '(1,1,0,5e-324,0x0,0x0,0x10000000000000000)'),
   (44, '(1,1,0,360,0x0,0x0,0x4' || repeat('0', 63) || ')'), (45, '(1,1,0,360,0x0,0x0,0x3' || repeat('f', 63) || ')'),
   (46, '(1,1,0,0X10,0x0,0x0,0x10000000000000000)'), (47, '(1,1,0,1e-400,0x0,0x0,0x10000000000000000)'),
   (48, '(1,1,0,0e-400,0x0,0x0,0x10000000000000000)'), (49, '(1,1,0,1.5.2,0x0,0x0,0x10000000000000000)'),
   (50, '(1,1,0,1e,0x0,0x0,0x10000000000000000)'), (51, '(1,1,0,2.5e+1,0x0,0x0,0x10000000000000000)'),
   (52, '(1,1,0,.5,0x0,0x0,0x10000000000000000)'), (53, '(1,1,0,1E-310,0x0,0x0,0x10000000000000000)'),
   (54, '(1,1,0,+360,0x0,0x0,0x10000000000000000)'), (55, '(1,1,0,360e0x,0x0,0x0,0x10000000000000000)'),
   (56, '(1,1,0,1.7976931348623157e308,0x0,0x0,0x10000000000000000)'), (57, '(1,1,0,1.7976931348623159e308,0x0,0x0,0x10000000000000000)')) v(ord, t)
 ORDER BY ord;
-- By hand: 6, 7 are the empty state (white space around is allowed);
-- 16, 17: an empty state must have period 0 and zero sums; 18-22 a
-- counted state needs a positive finite period (1e999 and NaN do not
-- even parse as its number); 23 is one row at 0 degrees (weight 2^144 units
-- = 1); 24: |C| > W; 25 one row at 180 degrees; 26, 27: weight below
-- 2^64 units per row; 28 negative weight; 29: S = C = 0.75 W, each
-- within W but the resultant 1.06 W is not; 30: W >= 2^254; 31: more than 64
-- digits; 35: the count overflows int64 (strtoll ERANGE); 36 count
-- 2^63 - 1 with a zero weight; 37: a NaN-only state (count 1, NaN count
-- 1) with weight 2^64 units is valid; 38: but it must have zero sums;
-- 39: no blank inside; 40: -0 is a zero period; 42: hex periods are not
-- accepted; 43: a subnormal period is positive and finite, so valid;
-- 44: W = 2^254 is out of range, 45: W = 2^254 - 1 is in range.
-- The period is read in the decimal form that output prints (digits, a
-- point, an exponent; no sign, hex, NaN or Infinity): 46 hex with a
-- capital X is a syntax error too; 47: 1e-400 underflows to zero, which
-- is not the number written: syntax error (like float8in's "out of
-- range"); 48: 0e-400 is exactly zero, a period 0 for a counted state:
-- invalid; 49 two points, 50 an empty exponent, 54 a plus sign, 55 junk
-- after the number: syntax errors; 51: 2.5e+1 = 25 and 52: .5 = 0.5,
-- printed back as 25 and 0.5; 53: 1E-310 is subnormal, valid and printed
-- as 1e-310; 56: DBL_MAX is valid, printed back exactly; 57 rounds above
-- DBL_MAX: overflow, syntax error.

-- Binary receive: 121 bytes; version, counts, period, 12 limbs.
SELECT label, pg_temp.recv(hex, 'circular_stats', true) AS received
  FROM (VALUES
   ('empty state',    '01' || repeat('00', 120)),
   ('0 bytes',        ''),
   ('120 bytes',      '01' || repeat('00', 119)),
   ('122 bytes',      '01' || repeat('00', 121)),
   ('version 2',      '02' || repeat('00', 120)),
   ('version 0',      '00' || repeat('00', 120)),
   ('negative count', '01' || 'ffffffffffffffff' || repeat('00', 112)),
   ('NaN count > count', '01' || '0000000000000001' || '0000000000000002' || repeat('00', 104)),
   ('one row at 0 degrees, period 360',
    '01' || '0000000000000001' || '0000000000000000' || '4076800000000000'
         || repeat('00', 32) || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'
         || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'),
   ('same, period NaN',
    '01' || '0000000000000001' || '0000000000000000' || '7ff8000000000000'
         || repeat('00', 32) || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'
         || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'),
   ('same, period -Infinity',
    '01' || '0000000000000001' || '0000000000000000' || 'fff0000000000000'
         || repeat('00', 32) || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'
         || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'),
   ('same, cos sum 2 > weight',
    '01' || '0000000000000001' || '0000000000000000' || '4076800000000000'
         || repeat('00', 32) || '0000000000000000' || '0000000000000000' || '0000000000000002' || '0000000000000000'
         || '0000000000000000' || '0000000000000000' || '0000000000000001' || '0000000000000000'),
   ('same, negative weight',
    '01' || '0000000000000001' || '0000000000000000' || '4076800000000000'
         || repeat('00', 32) || '0000000000000000' || '0000000000000000' || '0000000000000000' || '0000000000000000'
         || repeat('ff', 32)),
   ('empty, period 360', '01' || repeat('00', 16) || '4076800000000000' || repeat('00', 96)),
   ('empty, period -0',  '01' || repeat('00', 16) || '8000000000000000' || repeat('00', 96)),
   ('all ff',          repeat('ff', 121))) v(label, hex);
-- By hand: each sum is 4 limbs, most significant first; the payloads
-- above put 1 in the third limb (2^64 units), the least weight one row
-- may have: one row at 0 degrees, S = 0, C = W.
-- The empty state must have period +0: -0 would print as "-0", which
-- text input refuses (a dump would not restore), so recv refuses it.
-- (Fixed bugs: text input used to reject a subnormal period, which the
-- aggregates accept, because strtod sets ERANGE for it; and it read a hex
-- period such as 0x10 as 16.)

-- Send is the 121-byte wire form; it reads back.
SELECT length(circular_stats_send(s)) AS send_length,
       pg_temp.recv(encode(circular_stats_send(s), 'hex'), 'circular_stats') = s::text AS send_recv_round_trip
  FROM (SELECT circular_stats_agg(x, 360) s FROM (VALUES (10), (20.5), ('NaN')) v(x)) q;
-- (circular_stats_recv takes internal, which SQL cannot pass, not even
-- as a NULL: only COPY and binary parameters reach it.)
SELECT circular_stats_out(NULL) IS NULL AS out_null, circular_stats_send(NULL) IS NULL AS send_null;
-- A state built by the aggregates from a subnormal period: its text form
-- must read back (a dump of a table holding it must restore).
SELECT pg_temp.try($q$SELECT circular_stats_agg(1, '5e-324')::text::circular_stats::text$q$, true) AS subnormal_period_state;
SELECT pg_temp.try($q$SELECT circular_stats_agg(1, '1e-310')::text::circular_stats::text$q$, true) AS subnormal_period_state2;
-- Both print the shortest decimal that reads back: 5e-324 and 1e-310.

-- The period is printed in the shortest form that reads back exactly
-- whatever extra_float_digits is (the text form is the dump format):
-- 2 pi = 6.283185307179586 (17 significant digits would be
-- 6.2831853071795862, 15 would be 6.28318530717959, which is another
-- double); pg_dump uses extra_float_digits = 3, a client may use 0.
SET extra_float_digits = 0;
SELECT s::text AS two_pi_state_efd0, s::text::circular_stats::text = s::text AS reads_back,
       circular_stats_period(s::text::circular_stats) = 6.283185307179586 AS same_period
  FROM (SELECT circular_stats_agg(1, 6.283185307179586) s) q;
SET extra_float_digits = -15;
SELECT circular_stats_agg(1, 0.1)::text AS tenth_state_efd_minus15;
SET extra_float_digits = 1;
