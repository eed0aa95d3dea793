-- Bad input to the vector-angle functions (float8[], float4[], cube) and
-- their angle-valued forms angle_between / angle_between_signed.  Every
-- case gives the value documented in README "Vector angles" or an error
-- with a specific SQLSTATE; never XX000, never a crash.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql

-- NULL arguments: every function is STRICT, so the result is NULL.
SELECT p.oid::regprocedure AS strict_function,
       pg_temp.try(format('SELECT %s(%s)', p.oid::regproc,
                          (SELECT string_agg('NULL::' || format_type(t, NULL), ', ')
                             FROM unnest(p.proargtypes) t))) AS with_null_args
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'angle')
 WHERE p.proname ~ '^(vector_angle|angle_between)'
 ORDER BY 1::text;

-- Array shapes and elements (22000 shape, 22004 NULL element).  Each case
-- is run for float8[] and float4[], and for vector_angle, vector_angled,
-- angle_between and the signed forms where the shape allows.
CREATE TEMP TABLE vcase (ord int, label text, a text, b text);
INSERT INTO vcase VALUES
 (1, 'empty arrays',               '{}', '{}'),
 (2, 'empty and non-empty',        '{}', '{1,0}'),
 (3, 'two-dimensional',            '{{1,0},{0,1}}', '{{1,0},{0,1}}'),
 (4, 'two-dimensional, one side',  '{1,0}', '{{1,0}}'),
 (5, 'NULL element',               '{1,NULL}', '{0,1}'),
 (6, 'all NULL elements',          '{NULL,NULL}', '{NULL,NULL}'),
 (7, 'lower bound 0 (by position)', '[0:1]={1,0}', '{0,1}'),
 (8, 'lower bound -5 both',        '[-5:-4]={1,0}', '[7:8]={1,1}'),
 (9, 'lengths 2 and 3',            '{1,0}', '{1,0,0}'),
 (10, 'zero vector',               '{0,0}', '{0,1}'),
 (11, 'both zero, -0',             '{-0,0}', '{0,-0}'),
 (12, 'NaN component',             '{NaN,0}', '{0,1}'),
 (13, 'Infinity component',        '{Infinity,0}', '{0,1}'),
 (14, '-Infinity component',       '{1,0}', '{0,-Infinity}'),
 (17, 'dimension 1, same sign',    '{-3}', '{-1e-30}'),
 (18, 'dimension 1, opposite',     '{2}', '{-0.5}');
SELECT c.ord, c.label, t.typ,
       pg_temp.try(format('SELECT vector_angle(%L::%s, %L::%s)', c.a, t.typ, c.b, t.typ)) AS vector_angle,
       pg_temp.try(format('SELECT vector_angled(%L::%s, %L::%s)', c.a, t.typ, c.b, t.typ)) AS vector_angled,
       pg_temp.try(format('SELECT angle_between(%L::%s, %L::%s)', c.a, t.typ, c.b, t.typ)) AS angle_between
  FROM vcase c, (VALUES ('float8[]'), ('float4[]')) t(typ)
 ORDER BY c.ord, t.typ;
-- The signed forms on the same inputs (2-D only; 3-D with an axis below).
SELECT c.ord, c.label, t.typ,
       pg_temp.try(format('SELECT vector_angle_signedd(%L::%s, %L::%s)', c.a, t.typ, c.b, t.typ)) AS signedd,
       pg_temp.try(format('SELECT angle_between_signed(%L::%s, %L::%s)', c.a, t.typ, c.b, t.typ)) AS between_signed
  FROM vcase c, (VALUES ('float8[]'), ('float4[]')) t(typ)
 ORDER BY c.ord, t.typ;

-- Signed angles about an axis: shapes and special values of the axis.
SELECT label, pg_temp.try(format('SELECT vector_angle_signedd(%L::float8[], %L, %L)', a, b, ax)) AS float8,
       pg_temp.try(format('SELECT vector_angle_signedd(%L::float4[], %L, %L)', a, b, ax)) AS float4,
       pg_temp.try(format('SELECT angle_between_signed(%L::float8[], %L, %L)', a, b, ax)) AS angle_between_signed
  FROM (VALUES
   ('about z',              '{1,0,0}', '{0,1,0}', '{0,0,1}'),
   ('about -z',             '{1,0,0}', '{0,1,0}', '{0,0,-1}'),
   ('zero axis',            '{1,0,0}', '{0,1,0}', '{0,0,0}'),
   ('-0 axis',              '{1,0,0}', '{0,1,0}', '{-0,-0,-0}'),
   ('NaN axis',             '{1,0,0}', '{0,1,0}', '{0,0,NaN}'),
   ('infinite axis',        '{1,0,0}', '{0,1,0}', '{0,0,Infinity}'),
   ('NULL in axis',         '{1,0,0}', '{0,1,0}', '{0,0,NULL}'),
   ('2-D axis',             '{1,0,0}', '{0,1,0}', '{0,1}'),
   ('empty axis',           '{1,0,0}', '{0,1,0}', '{}'),
   ('2-D axis matrix',      '{1,0,0}', '{0,1,0}', '{{0,0,1}}'),
   ('2-D vectors',          '{1,0}',   '{0,1}',   '{0,0,1}'),
   ('4-D vectors',          '{1,0,0,0}', '{0,1,0,0}', '{0,0,1}'),
   ('axis with lower bound 0', '{1,0,0}', '{0,1,0}', '[0:2]={0,0,1}')) v(label, a, b, ax);

-- Extremes: +-DBL_MAX, subnormals, +-0, float4 extremes.  The angles are
-- exact facts: orthogonal vectors give pi/2 (90), parallel 0, opposite
-- pi (180); scaling by any power of two (here to the edges of the double
-- range) does not change the angle.
SELECT label, pg_temp.try(format('SELECT vector_angled(%L::float8[], %L::float8[])', a, b)) AS degrees
  FROM (VALUES
   ('DBL_MAX orthogonal',        '{1.7976931348623157e308,1.7976931348623157e308}', '{-1.7976931348623157e308,1.7976931348623157e308}'),
   ('DBL_MAX parallel',          '{1.7976931348623157e308,1.7976931348623157e308}', '{1.7976931348623157e308,1.7976931348623157e308}'),
   ('DBL_MAX opposite',          '{1.7976931348623157e308,-1.7976931348623157e308}', '{-1.7976931348623157e308,1.7976931348623157e308}'),
   ('smallest subnormals, orthogonal', '{5e-324,0}', '{0,-5e-324}'),
   ('subnormal vs DBL_MAX, parallel',  '{5e-324,5e-324}', '{1.7976931348623157e308,1.7976931348623157e308}'),
   ('DBL_MIN vs DBL_MAX, 45 degrees',  '{2.2250738585072014e-308,0}', '{1.7976931348623157e308,1.7976931348623157e308}'),
   ('-0 components are zero',    '{-0,1}', '{1,-0}'),
   ('many DBL_MAX (no overflow)', '{1.7976931348623157e308,1.7976931348623157e308,1.7976931348623157e308,1.7976931348623157e308}', '{1.7976931348623157e308,1.7976931348623157e308,1.7976931348623157e308,1.7976931348623157e308}')) v(label, a, b);
SELECT label, pg_temp.try(format('SELECT vector_angled(%L::float4[], %L::float4[])', a, b)) AS float4_degrees
  FROM (VALUES
   ('FLT_MAX orthogonal',     '{3.4028235e38,3.4028235e38}', '{-3.4028235e38,3.4028235e38}'),
   ('float4 subnormal orthogonal', '{1e-45,0}', '{0,1e-45}'),
   ('float4 NaN',             '{NaN,1}', '{1,1}'),
   ('float4 Infinity',        '{Infinity,1}', '{1,1}')) v(label, a, b);

-- cube: points only (zero-size boxes are points), same dimensions.
SELECT label, pg_temp.try(format('SELECT vector_angled(%L::cube, %L::cube)', a, b)) AS vector_angled,
       pg_temp.try(format('SELECT angle_between(%L::cube, %L::cube)', a, b)) AS angle_between
  FROM (VALUES
   ('points',                    '(1,0)', '(0,1)'),
   ('box',                       '(1,2),(3,4)', '(1,2)'),
   ('box as second argument',    '(1,2)', '(1,2),(3,5)'),
   ('box degenerate in one dim', '(1,2),(1,3)', '(1,2)'),
   ('zero-size box is a point',  '(1,0),(1,0)', '(0,1)'),
   ('dimensions 2 and 3',        '(1,2)', '(1,2,3)'),
   ('zero point',                '(0,0)', '(1,0)'),
   ('-0 point',                  '(-0,0)', '(1,0)'),
   ('NaN coordinate',            '(NaN,0)', '(1,0)'),
   ('Infinity coordinate',       '(Infinity,0)', '(1,0)'),
   ('DBL_MAX coordinates',       '(1.7976931348623157e308,0)', '(0,1.7976931348623157e308)'),
   ('one dimension, opposite',   '(2)', '(-3)'),
   ('100 dimensions',            '(' || repeat('1,', 99) || '1)', '(' || repeat('1,', 99) || '1)')) v(label, a, b);
-- Cubes built by cube's binary receive function, which (unlike its text
-- input) can make a zero-dimensional cube: header word, then coordinates.
SELECT label, pg_temp.recv(hex, 'cube') AS received
  FROM (VALUES ('0-D box', '00000000'), ('0-D point', '80000000'),
               ('1-D point', '80000001' || '3ff0000000000000')) v(label, hex);
CREATE TEMP TABLE rcube (c cube);
DO $$
DECLARE
	f text := current_setting('data_directory') || '/angle_regress_cube.bin';
BEGIN
	CREATE TEMP TABLE rcube_src (b bytea);
	INSERT INTO rcube_src VALUES (decode('00000000', 'hex')), (decode('80000000', 'hex'));
	EXECUTE format('COPY rcube_src TO %L WITH (FORMAT binary)', f);
	EXECUTE format('COPY rcube FROM %L WITH (FORMAT binary)', f);
END $$;
SELECT c::text AS zero_dim_cube, pg_temp.try(format('SELECT vector_angle(%L::cube, %L::cube)', c, c)) AS vector_angle
  FROM rcube;
SELECT pg_temp.try('SELECT vector_angle(c, c) FROM rcube LIMIT 1') AS zero_dim_from_table;

-- 10^7-element vectors: a correct result, and a long statement is
-- cancelled by statement_timeout (57014), not run to the end.  (The
-- arrays are built inside each statement: an array read from a table or
-- a PL/pgSQL variable is a TOAST or expanded datum, which
-- test/vector/sql/vector_toast_errors.sql covers.)
SELECT vector_angle(array_fill(1::float8, ARRAY[10000000]),
                    array_fill(1::float8, ARRAY[10000000])) AS big_parallel,
       vector_angled(array_fill(1::float8, ARRAY[10000000]),
                     array_fill(-1::float8, ARRAY[10000000])) AS big_opposite_deg,
       vector_angle(array_fill(1::float4, ARRAY[10000000]),
                    array_fill(2::float4, ARRAY[10000000])) AS big_float4;
SELECT pg_temp.try('SELECT vector_angle(array_fill(1::float8, ARRAY[10000000]), array_fill(1::float8, ARRAY[10000001]))') AS big_mismatch;
SET statement_timeout = '300ms';
DO $$
DECLARE
	r float8;
BEGIN
	BEGIN
		LOOP
			r := vector_angle(array_fill(1::float8, ARRAY[10000000]),
							  array_fill(1::float8, ARRAY[10000000]));
			r := vector_angle(array_fill(1::float4, ARRAY[10000000]),
							  array_fill(1::float4, ARRAY[10000000]));
		END LOOP;
	EXCEPTION WHEN query_canceled THEN
		RAISE NOTICE 'float8[]/float4[] 10^7: cancelled (%)', SQLSTATE;
	END;
END $$;
RESET statement_timeout;

-- A type named cube that is not contrib/cube's: see test/extension/sql/security.sql
-- (42804).  Wrong element types cannot reach the C code: the C functions
-- take float8[], float4[] and cube; int4[], int8[], numeric[] and text
-- vectors are converted to float8[] by SQL overloads (0.6.0).
SELECT pg_temp.try($q$SELECT vector_angle('{1,0}'::int[], '{0,1}'::int[])$q$) AS int_arrays;
SELECT pg_temp.try($q$SELECT vector_angle('{1,0}'::numeric[], '{0,1}'::numeric[])$q$) AS numeric_arrays;
SELECT pg_temp.try($q$SELECT vector_angle('{1,0}'::float8[], '{0,1}'::float4[])$q$) AS mixed_float8_float4;
