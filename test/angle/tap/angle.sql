-- The angle type: input forms, bad input with its SQLSTATE, output and the
-- angle.output_unit setting, binary I/O, operators, operator classes,
-- trigonometry, conversions and vector angles as angles.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
CREATE EXTENSION IF NOT EXISTS pgtap;
RESET client_min_messages;
SET extra_float_digits = 3;
SELECT plan(160);

-- input: numbers with units (degrees(x) gives the stored degree value)
SELECT is(degrees('30'::angle), 30::float8, 'a bare number is degrees');
SELECT is(degrees('30°'::angle), 30::float8, 'degree sign');
SELECT is(degrees('30 deg'::angle), 30::float8, 'deg');
SELECT is(degrees('30DEGREES'::angle), 30::float8, 'DEGREES, case-insensitive');
SELECT is(degrees('  -30.5e1 Deg  '::angle), -305::float8, 'surrounding white space, sign, exponent');
SELECT is(degrees('+1.5d'::angle), 1.5::float8, 'd alone');
SELECT is(degrees('1 rad'::angle), 57.29577951308232::float8, '1 rad (mpmath: 57.295779513082320876...)');
SELECT is(degrees('3.141592653589793rad'::angle), 180::float8, 'pi rad = 180 exactly');
SELECT is(degrees('1.5707963267948966 RADIANS'::angle), 90::float8, 'pi/2 radians = 90');
SELECT is(degrees('100grad'::angle), 90::float8, '100 grad = 90');
SELECT is(degrees('50 gon'::angle), 45::float8, '50 gon = 45');
SELECT is(degrees('0.25turn'::angle), 90::float8, '0.25 turn = 90');
SELECT is(degrees('2 turns'::angle), 720::float8, 'turns are not wrapped');
SELECT is(degrees('30 arcmin'::angle), 0.5::float8, '30 arcmin');
SELECT is(degrees($$30'$$::angle), 0.5::float8, $$30'$$);
SELECT is(degrees('30′'::angle), 0.5::float8, '30 prime');
SELECT is(degrees('36 arcsec'::angle), 0.01::float8, '36 arcsec = 0.01 (one rounding of 36/3600)');
SELECT is(degrees('36"'::angle), 0.01::float8, '36"');
SELECT is(degrees('36″'::angle), 0.01::float8, '36 double prime');
SELECT is(degrees($$12°30'36"$$::angle), 12.51::float8, $$12°30'36" = 12.51$$);
SELECT is(degrees('12°30′36″'::angle), 12.51::float8, '12°30′36″');
SELECT is(degrees('12d30m36s'::angle), 12.51::float8, '12d30m36s');
SELECT is(degrees($$ 12° 30' 36" $$::angle), 12.51::float8, 'spaces between parts');
SELECT is(degrees('-12d30m36s'::angle), -12.51::float8, 'negative d-m-s: the sign covers all parts');
SELECT is(degrees($$-0°30'$$::angle), -0.5::float8, $$-0°30'$$);
SELECT is(degrees('12d30m'::angle), 12.5::float8, 'degrees and minutes');
SELECT is(degrees($$1°0'0.5"$$::angle), 1.000138888888889::float8, 'fractional seconds (python: float(Fraction(7201, 7200)))');
SELECT is(degrees('-0'::angle)::text, '-0', '-0 is kept');
SELECT is(array_agg(degrees(p::angle) ORDER BY o),
          ARRAY[0, 22.5, 45, 67.5, 90, 112.5, 135, 157.5, 180, 202.5, 225, 247.5, 270, 292.5, 315, 337.5]::float8[],
          'the 16 compass points, clockwise from north')
  FROM unnest(ARRAY['N','NNE','NE','ENE','E','ESE','SE','SSE','S','SSW','SW','WSW','W','WNW','NW','NNW']) WITH ORDINALITY AS t(p, o);
SELECT is(degrees(' nnw '::angle), 337.5::float8, 'compass points: any case, white space');
SELECT is(degrees('5e-324'::angle), 5e-324::float8, 'smallest subnormal');
SELECT is(degrees('1.7976931348623157e308'::angle), 1.7976931348623157e308::float8, 'largest double');

-- bad input: 22P02 invalid syntax
SELECT throws_ok(format('SELECT %L::angle', t), '22P02', format('invalid input syntax for type angle: "%s"', t), format('%s is refused', t))
  FROM unnest(ARRAY['', '  ', 'abc', 'NaN', 'nan', 'Infinity', '-Infinity', 'inf', '1e', '1..2',
                    '0x10', '12 30', '12°30', '12°°', $$12°70'$$, $$12°30'60"$$, $$12.5°30'$$,
                    '30m', '5s', '12 rad 3', $$1 rad 30'$$, '12deg junk', '12 furlongs', 'N1', '-N',
                    'NN', '- 12', '12°-30''', $$30'12°$$, '1 radx']) AS t;
-- out of range: 22003
SELECT throws_ok(format('SELECT %L::angle', t), '22003', NULL, format('%s is out of range', left(t, 12)))
  FROM unnest(ARRAY['1e400', '-1e400', '1e-400', '1e308 rad', '1e308 turn', '1' || repeat('0', 306) || 'd1''']) AS t;
CREATE FUNCTION pg_temp.soft_ok(t text) RETURNS bool LANGUAGE plpgsql AS $f$
DECLARE r bool;
BEGIN
	EXECUTE 'SELECT pg_input_is_valid($1, ''angle'')' INTO r USING t;
	RETURN r;
END $f$;
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
            THEN ok(NOT pg_temp.soft_ok('abc') AND NOT pg_temp.soft_ok('1e400') AND pg_temp.soft_ok('12°'),
                    'pg_input_is_valid: soft errors')
            ELSE skip('pg_input_is_valid needs PostgreSQL 16', 1) END;

-- output: shortest exact degrees with the unit
SELECT is('30'::angle::text, '30°', '30° prints back as 30°');
SELECT is('0.1'::angle::text, '0.1°', '0.1 prints as 0.1');
SELECT is($$12°30'$$::angle::text, '12.5°', 'd-m-s prints in degrees');
SELECT is('-0'::angle::text, '-0°', '-0 prints as -0°');
SELECT is('1e300'::angle::text, '1e+300°', 'large values in exponent form');
SELECT is('1 rad'::angle::text, '57.29577951308232°', '1 rad prints in degrees');

-- angle.output_unit
SET LOCAL angle.output_unit = 'rad';
SELECT is('180'::angle::text, '3.141592653589793rad', 'rad: 180 degrees');
SELECT is('1'::angle::text, '0.017453292519943295rad', 'rad: 1 degree');
SELECT is('30'::angle::text, '30°', 'rad: 30 degrees has no exact radian double, so it prints in degrees');
SET LOCAL angle.output_unit = 'turn';
SELECT is('90'::angle::text, '0.25turn', 'turn: 90 degrees');
SELECT is('-720'::angle::text, '-2turn', 'turn: -720 degrees');
SET LOCAL angle.output_unit = 'grad';
SELECT is('90'::angle::text, '100grad', 'grad: 90 degrees');
SET LOCAL angle.output_unit = 'dms';
SELECT is('12.51'::angle::text, '12°30′36″', 'dms: 12.51 degrees');
SELECT is('-0.5'::angle::text, '-0°30′0″', 'dms: -0.5 degrees');
SELECT is('1e300'::angle::text, '1e+300°', 'dms: huge values print in degrees');
SET LOCAL angle.output_unit = 'deg';
SELECT throws_ok($$SET LOCAL angle.output_unit = 'furlong'$$, '22023', NULL, 'unknown output unit');
SELECT throws_ok($$SET LOCAL angle.no_such_setting = 1$$, '42602', NULL, 'the angle. prefix is reserved');

-- binary I/O: the send format is the float8 of degrees
SELECT is(angle_send('30'::angle), float8send(30), 'send is float8 degrees');
SELECT is(angle_send('-0'::angle), float8send('-0'), 'send keeps -0');

-- constructor with an explicit unit
SELECT is(degrees(angle(1, 'turn')), 360::float8, 'angle(1, turn)');
SELECT is(degrees(angle(100, 'GRAD')), 90::float8, 'angle(100, GRAD)');
SELECT is(degrees(angle(pi(), 'radians')), 180::float8, 'angle(pi, radians)');
SELECT is(degrees(angle(30, 'deg')), 30::float8, 'angle(30, deg)');
SELECT is(degrees(angle(90, 'arcmin')), 1.5::float8, 'angle(90, arcmin)');
SELECT is(degrees(angle(7200, 'arcsec')), 2::float8, 'angle(7200, arcsec)');
SELECT throws_ok($$SELECT angle(1, 'furlong')$$, '22023', 'unit "furlong" is not a recognized angle unit', 'unknown unit');
SELECT throws_ok($$SELECT angle('NaN', 'deg')$$, '22003', 'angle out of range', 'NaN angle');
SELECT throws_ok($$SELECT angle('Infinity', 'rad')$$, '22003', NULL, 'infinite angle');
SELECT throws_ok($$SELECT angle(1e308, 'turn')$$, '22003', NULL, 'overflow on conversion');
SELECT is((SELECT count(*)::int FROM pg_cast WHERE castsource = 'angle'::regtype OR casttarget = 'angle'::regtype), 0,
          'no casts to or from angle: nothing guesses a unit');
SELECT throws_ok($$SELECT '30'::angle + 1.0::float8$$, '42883', NULL, 'no angle + float8');
SELECT throws_ok($$SELECT 30::float8::angle$$, '42846', NULL, 'no float8 -> angle cast');

-- operators
SELECT is(degrees('350'::angle + '20'::angle), 370::float8, '+ does not wrap');
SELECT is(degrees('10'::angle - '350'::angle), -340::float8, '- does not wrap');
SELECT is(degrees(-'30'::angle), -30::float8, 'unary -');
SELECT is(degrees('30'::angle * 3), 90::float8, 'angle * float8');
SELECT is(degrees(0.5 * '30'::angle), 15::float8, 'float8 * angle');
SELECT is(degrees('90'::angle / 4), 22.5::float8, 'angle / float8');
SELECT throws_ok($$SELECT '90'::angle / 0$$, '22012', 'division by zero', 'division by zero');
SELECT throws_ok($$SELECT '1e308'::angle * 10$$, '22003', 'angle out of range', 'overflow');
SELECT throws_ok($$SELECT '1e308'::angle + '1e308'::angle$$, '22003', NULL, 'overflow of +');
SELECT throws_ok($$SELECT '30'::angle * 'NaN'::float8$$, '22003', NULL, 'a NaN result is refused');
SELECT throws_ok($$SELECT '30'::angle * 'Infinity'::float8$$, '22003', NULL, 'an infinite result is refused');
SELECT is(degrees('350'::angle <-> '10'::angle), 20::float8, '<-> is circular');
SELECT is(degrees('0'::angle <-> '180'::angle), 180::float8, '<-> at most 180');
SELECT is(degrees(angle_diff('10'::angle, '350'::angle)), 20::float8, 'angle_diff(angle, angle)');
SELECT is(degrees(angle_diff('180'::angle, '0'::angle)), -180::float8, 'angle_diff(angle) is in [-180, 180)');
SELECT is(degrees(angle_diff('1e20'::angle, '0'::angle)), -80::float8, 'angle_diff(angle) is exact for 1e20');
SELECT is(degrees(angle_dist('359'::angle, '1'::angle)), 2::float8, 'angle_dist(angle, angle)');
SELECT is(degrees(angle_wrap('-90'::angle)), 270::float8, 'angle_wrap(angle)');
SELECT is(degrees(angle_wrap('-1e-20'::angle)), 359.99999999999994::float8, 'angle_wrap(-1e-20) is the double below 360');
SELECT is(degrees(angle_wrap('370'::angle, '-180'::angle)), 10::float8, 'angle_wrap(angle, low)');
SELECT is(degrees(angle_wrap('180'::angle, '-180'::angle)), -180::float8, 'angle_wrap(180, -180) = -180');

-- comparisons: linear order, -0 = +0
SELECT ok('10'::angle < '370'::angle, '370 degrees is not 10 degrees until wrapped');
SELECT ok('10'::angle <> '370'::angle, '<>');
SELECT ok('-0'::angle = '0'::angle, '-0 = +0');
SELECT ok('1'::angle <= '1'::angle AND '2'::angle >= '1'::angle AND '2'::angle > '1'::angle, '<=, >=, >');
SELECT is(angle_hash('-0'::angle), angle_hash('0'::angle), '-0 and +0 hash alike');
SELECT is(angle_hash_extended('-0'::angle, 7), angle_hash_extended('0'::angle, 7), '-0 and +0 hash alike (extended)');
SELECT is(angle_cmp('1'::angle, '2'::angle), -1, 'angle_cmp');
SELECT has_opclass('angle_ops', 'btree and hash operator classes exist');
CREATE TEMP TABLE ta (a angle);
INSERT INTO ta SELECT angle(i, 'deg') FROM generate_series(-5, 5) i;
INSERT INTO ta VALUES ('-0');
CREATE INDEX ON ta (a);
CREATE INDEX ON ta USING hash (a);
SELECT is(array_agg(degrees(a) ORDER BY a), ARRAY[-5,-4,-3,-2,-1,0,0,1,2,3,4,5]::float8[], 'ORDER BY angle') FROM ta;
SET LOCAL enable_seqscan = off;
SELECT is((SELECT count(*)::int FROM ta WHERE a = '0'::angle), 2, 'index lookup finds -0 and 0');
SET LOCAL enable_seqscan = on;
SET LOCAL enable_mergejoin = off;
SET LOCAL enable_nestloop = off;
SELECT is((SELECT count(*)::int FROM ta x JOIN ta y ON x.a = y.a), 14, 'hash join matches -0 with 0 (12 rows + 2 extra pairs)');
SELECT is((SELECT count(DISTINCT a)::int FROM ta), 11, 'DISTINCT treats -0 and 0 as one');

-- trigonometry: exact at the special angles
SELECT is(sin('30'::angle), 0.5::float8, 'sin 30 = 0.5');
SELECT is(sin('-30'::angle), -0.5::float8, 'sin -30 = -0.5');
SELECT is(sin('390'::angle), 0.5::float8, 'sin 390 = 0.5');
SELECT is(sin('90'::angle), 1::float8, 'sin 90 = 1');
SELECT is(sin('180'::angle), 0::float8, 'sin 180 = 0');
SELECT is(cos('60'::angle), 0.5::float8, 'cos 60 = 0.5');
SELECT is(cos('90'::angle), 0::float8, 'cos 90 = 0');
SELECT is(cos('120'::angle), -0.5::float8, 'cos 120 = -0.5');
SELECT is(cos('180'::angle), -1::float8, 'cos 180 = -1');
SELECT is(tan('45'::angle), 1::float8, 'tan 45 = 1');
SELECT is(tan('135'::angle), -1::float8, 'tan 135 = -1');
SELECT is(tan('0'::angle), 0::float8, 'tan 0 = 0');
SELECT is(tan('90'::angle), 'Infinity'::float8, 'tan 90 = Infinity, as tand');
SELECT is(sin('1 rad'::angle), sin(1::float8), 'sin(1 rad) agrees with sin(1) (0.8414709848078965)');
SELECT is(sin('0.5'), sin(0.5::float8), 'sin(unknown) still resolves to core sin(float8)');

-- conversions
SELECT is(degrees('30°'::angle), 30::float8, 'degrees(angle)');
SELECT is(radians('180'::angle), pi(), 'radians(180) = pi');
SELECT is(radians('90'::angle), pi() / 2, 'radians(90) = pi/2');
SELECT is(radians('1'::angle), 0.017453292519943295::float8, 'radians(1) (mpmath: 0.0174532925199432957692...)');

-- vector angles as angles
SELECT is(degrees(angle_between('{1,0}'::float8[], '{0,1}'::float8[])), 90::float8, 'angle_between float8[]');
SELECT is(degrees(angle_between('{1,0}'::float4[], '{-1,0}'::float4[])), 180::float8, 'angle_between float4[]');
SELECT is(degrees(angle_between('(1,0,0)'::cube, '(0,0,2)'::cube)), 90::float8, 'angle_between cube');
SELECT is(degrees(angle_between_signed('{1,0}'::float8[], '{0,1}'::float8[])), 90::float8, 'angle_between_signed counter-clockwise');
SELECT is(degrees(angle_between_signed('{0,1}'::float4[], '{1,0}'::float4[])), -90::float8, 'angle_between_signed float4[]');
SELECT ok(angle_between('{0,0}'::float8[], '{0,1}'::float8[]) IS NULL, 'zero vector gives NULL');
SELECT throws_ok($$SELECT angle_between('{NaN,0}'::float8[], '{0,1}'::float8[])$$, '22003', 'angle out of range', 'a NaN component cannot be an angle');

SELECT * FROM finish();
ROLLBACK;
