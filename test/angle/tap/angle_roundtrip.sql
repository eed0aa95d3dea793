-- Round trip of the angle type over 20000 pseudo-random bit patterns (every
-- sign, exponent and mantissa, subnormals included) and special values:
-- text under every angle.output_unit, and binary through COPY.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
CREATE EXTENSION IF NOT EXISTS pgtap;
RESET client_min_messages;
SELECT plan(12);

-- md5 of i gives 64 deterministic bits: sign, 11-bit exponent, 52-bit
-- mantissa.  The double is built exactly: (1 + m/2^52) * 2^(e-1023), or
-- m * 2^-1074 for subnormals; exponent 2047 (Infinity, NaN) is skipped.
CREATE TEMP TABLE rt AS
WITH bits AS (
	SELECT i, ('x' || substr(md5(i::text), 1, 16))::bit(64)::bigint AS b
	  FROM generate_series(1, 20000) i
), parts AS (
	SELECT i, b < 0 AS neg, (b >> 52) & 2047 AS e, b & ((1::bigint << 52) - 1) AS m
	  FROM bits
), xs AS (
	SELECT i, CASE WHEN e = 0 THEN m::float8 * power(2::float8, -1074)
	               ELSE (1 + m::float8 / 4503599627370496) * power(2::float8, e - 1023) END
	          * CASE WHEN neg THEN -1 ELSE 1 END AS x
	  FROM parts WHERE e < 2047
)
SELECT i, angle(x, 'deg') AS a FROM xs
UNION ALL
SELECT -row_number() OVER (), angle(x, 'deg')
  FROM unnest(ARRAY['0', '-0', '5e-324', '-5e-324', '2.2250738585072014e-308',
                    '2.225073858507201e-308', '1.7976931348623157e308',
                    '-1.7976931348623157e308', '30', '0.1', '22.5', '359.99999999999994',
                    '1e15', '1e16', '12.51', '-12.51', '57.29577951308232']::float8[]) AS x;

SELECT ok((SELECT count(*) FROM rt) > 19990, 'about 20000 values');
SELECT ok((SELECT count(*) FROM rt WHERE abs(degrees(a)) < 2.2250738585072014e-308 AND degrees(a) <> 0) > 0
          AND (SELECT count(*) FROM rt WHERE abs(degrees(a)) > 1e300) > 0
          AND (SELECT count(*) FROM rt WHERE degrees(a) < 0) > 9000,
          'subnormal, huge and negative values are all present');

-- bit-exact text round trip under each output unit
CREATE FUNCTION pg_temp.text_mismatches() RETURNS bigint LANGUAGE sql AS $$
	SELECT count(*) FROM rt
	 WHERE float8send(degrees(a::text::angle)) <> float8send(degrees(a))
$$;
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip, angle.output_unit = deg');
SET LOCAL angle.output_unit = 'rad';
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip, angle.output_unit = rad');
SELECT ok((SELECT count(*) FROM rt WHERE a::text LIKE '%rad') > 10000, 'most values do print in rad');
SET LOCAL angle.output_unit = 'turn';
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip, angle.output_unit = turn');
SET LOCAL angle.output_unit = 'grad';
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip, angle.output_unit = grad');
SET LOCAL angle.output_unit = 'dms';
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip, angle.output_unit = dms');
SET LOCAL angle.output_unit = 'deg';
SET LOCAL client_encoding = 'SQL_ASCII';
SELECT is(pg_temp.text_mismatches(), 0::bigint, 'text round trip with an SQL_ASCII client (deg instead of the degree sign)');
SELECT is((SELECT a::text FROM rt WHERE degrees(a) = 30 LIMIT 1), '30deg', 'an SQL_ASCII client gets 30deg');
RESET client_encoding;

-- binary: COPY out and back in; angle_recv must give identical bits
CREATE TEMP TABLE rt2 (i bigint, a angle);
CREATE TEMP TABLE bad (x float8);
INSERT INTO bad VALUES ('NaN');
DO $$
BEGIN
	EXECUTE format('COPY rt TO %L (FORMAT binary)', '/tmp/angle_rt_' || pg_backend_pid() || '.bin');
	EXECUTE format('COPY rt2 FROM %L (FORMAT binary)', '/tmp/angle_rt_' || pg_backend_pid() || '.bin');
	EXECUTE format('COPY bad TO %L (FORMAT binary)', '/tmp/angle_nan_' || pg_backend_pid() || '.bin');
END $$;
SELECT is((SELECT count(*) FROM rt JOIN rt2 USING (i)
            WHERE angle_send(rt.a) = angle_send(rt2.a)),
          (SELECT count(*) FROM rt), 'binary round trip is bit-exact');
-- a float8 NaN read as an angle: angle_recv refuses it
SELECT throws_ok(format('COPY rt2 (a) FROM %L (FORMAT binary)', '/tmp/angle_nan_' || pg_backend_pid() || '.bin'),
                 '22P03', 'invalid external angle value', 'angle_recv refuses NaN');

SELECT * FROM finish();
ROLLBACK;
