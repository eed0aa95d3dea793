-- Bad input for every new I/O function and constructor, with its SQLSTATE.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\set VERBOSITY sqlstate

-- Text input: 22P02 for syntax, 22003 for a bound out of range.
SELECT '[10°,20°'::arc;
SELECT '10°,20°]'::arc;
SELECT '(10°,20°]'::arc;
SELECT '[10°20°]'::arc;
SELECT '[10°,20°,30°]'::arc;
SELECT '[,20°]'::arc;
SELECT '[10°,]'::arc;
SELECT '[10 apples,20°]'::arc;
SELECT ''::arc;
SELECT 'fullish'::arc;
SELECT 'NEE'::arc;
SELECT '[1e999,20°]'::arc;
SELECT '[10°,inf]'::arc;
SELECT '[nan,20°]'::arc;
SELECT '[22:00,02:00'::timearc;
SELECT '[25:00,02:00)'::timearc;
SELECT '[22:00,xx)'::timearc;
SELECT 'NE'::timearc;
\set VERBOSITY default
SELECT '[10 apples,20°]'::arc;
SELECT '[1e999,20°]'::arc;
\set VERBOSITY sqlstate

-- Soft errors (PostgreSQL 16 and later): pg_input_is_valid, when present.
\set VERBOSITY default
DO $$
DECLARE r text;
BEGIN
	IF current_setting('server_version_num')::int < 160000 THEN
		r := 'false false false true true';
	ELSE
		EXECUTE $q$SELECT string_agg(pg_input_is_valid(t, ty)::text, ' ' ORDER BY i)
		             FROM (VALUES (1, '[1,2', 'arc'), (2, '[1e999,2]', 'arc'), (3, '[25:00,1:00)', 'timearc'),
		                          (4, '[1,2]', 'arc'), (5, '[1:00,2:00)', 'timearc')) v(i, t, ty)$q$ INTO r;
	END IF;
	RAISE NOTICE 'valid: %', r;
END $$;
\set VERBOSITY sqlstate

-- Constructors.
SELECT arc('X');
SELECT arc('NORTH');
SELECT arc('');
SELECT arc('45');
SELECT arc_around('10°', '-1°');

-- in_range: a negative offset.
SELECT count(*) OVER (ORDER BY a RANGE BETWEEN '-1°' PRECEDING AND CURRENT ROW) FROM (VALUES ('1°'::angle)) v(a);

-- Binary input distrusts its bytes (22P03): COPY BINARY files of crafted
-- values (header, one row of one field, trailer).
CREATE FUNCTION copy_bytes(typ text, field bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	f bytea := '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
		|| '\x0001'::bytea || int4send(length(field)) || field || '\xffff'::bytea;
	o oid;
BEGIN
	o := lo_from_bytea(0, f);
	PERFORM lo_export(o, '/tmp/angle_arc_errors.bin');
	PERFORM lo_unlink(o);
	EXECUTE format('COPY copy_%s FROM %L (FORMAT binary)', typ, '/tmp/angle_arc_errors.bin');
	RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
CREATE TEMP TABLE copy_arc (v arc);
CREATE TEMP TABLE copy_timearc (v timearc);
-- the send format: lo, hi (float8 degrees), flags (4: end included)
SELECT arc_send('[350°,10°]'), arc_send('[10°,20°)'), arc_send('empty'), arc_send('full');
SELECT timearc_send('[22:00,02:00)');
SELECT v, copy_bytes('arc', v::bytea) FROM (VALUES
	('\x4075e00000000000402400000000000004'),   -- [350,10]: accepted
	('\x4075e000000000004024000000000000'),     -- 16 bytes
	('\x4075e0000000000040240000000000000400'), -- 18 bytes
	('\x4076800000000000402400000000000004'),   -- lo 360: not canonical
	('\x4087700000000000402400000000000004'),   -- lo 750
	('\x8000000000000000402400000000000004'),   -- lo -0
	('\x7ff8000000000000402400000000000004'),   -- NaN
	('\x7ff0000000000000402400000000000004'),   -- infinity
	('\xc024000000000000402400000000000004'),   -- lo -10: not canonical (350 is)
	('\x4075e00000000000402400000000000010'),   -- unknown flag
	('\x4075e00000000000402400000000000008'),   -- index-only flag
	('\x4024000000000000402400000000000000'),   -- [10,10): must be empty
	('\x4024000000000000000000000000000001'),   -- empty with bounds
	('\x0000000000000000000000000000000003'),   -- empty and full
	('\x0000000000000000000000000000000006'),   -- full with end flag
	('\x0000000000000000000000000000000001'),   -- empty: accepted
	('\xbcb0000000000000000000000000000004')    -- [-2^-52, 0]: canonical, accepted
	) t(v);
SELECT v, copy_bytes('timearc', v::bytea) FROM (VALUES
	('\x0000001270b0180000000001ad27480000'),   -- [22:00,02:00): accepted
	('\x000000141dd7600000000001ad27480000'),   -- lo 24:00
	('\xffffffffffffffff00000001ad27480000'),   -- lo -1
	('\x0000001270b0180000000001ad274800'),     -- 16 bytes
	('\x0000001270b0180000000001ad27480020'),   -- unknown flag
	('\x0000001270b018000000001270b0180000')    -- [22:00,22:00): must be empty
	) t(v);
SELECT * FROM copy_arc UNION ALL SELECT NULL;
SELECT * FROM copy_timearc;
