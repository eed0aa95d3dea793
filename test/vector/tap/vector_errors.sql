-- Every error of the vector-angle functions, with its exact SQLSTATE.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

SELECT plan(22);

-- 22000: shape of the vectors
SELECT throws_ok($$SELECT vector_angle('{1,2}'::float8[], '{1,2,3}')$$, '22000',
	'vectors must have the same number of dimensions', 'mismatched lengths, float8');
SELECT throws_ok($$SELECT vector_angle('{1,2}'::float4[], '{1,2,3}'::float4[])$$, '22000',
	NULL, 'mismatched lengths, float4');
SELECT throws_ok($$SELECT vector_angled('{1,2}'::float8[], '{1,2,3}')$$, '22000',
	NULL, 'mismatched lengths, degrees');
SELECT throws_ok($$SELECT vector_angle('{}'::float8[], '{}')$$, '22000',
	'vector must not be empty', 'empty arrays');
SELECT throws_ok($$SELECT vector_angle('{{1,2},{3,4}}'::float8[], '{{1,2},{3,4}}')$$, '22000',
	'vector must be a one-dimensional array', 'two-dimensional arrays');
SELECT throws_ok($$SELECT vector_angle('(1,2)'::cube, '(1,2,3)'::cube)$$, '22000',
	NULL, 'cubes of different dimensions');
SELECT throws_ok($$SELECT vector_angle_signed('{1,2,3}'::float8[], '{1,2,3}')$$, '22000',
	NULL, 'signed angle without axis needs 2-D');
SELECT throws_ok($$SELECT vector_angle_signed('{1,2}'::float8[], '{1,2}', '{0,1}')$$, '22000',
	NULL, 'signed angle with axis needs 3-D vectors');
SELECT throws_ok($$SELECT vector_angle_signed('{1,2,3}'::float8[], '{1,2,3}', '{0,1}')$$, '22000',
	NULL, 'signed angle with axis needs a 3-D axis');
SELECT throws_ok($$SELECT vector_angle_signedd('{1,2,3}'::float4[], '{1,2,3}'::float4[], '{0,1}'::float4[])$$, '22000',
	NULL, 'signed angle with axis needs a 3-D axis, float4');

-- 22004: NULL components
SELECT throws_ok($$SELECT vector_angle('{1,NULL}'::float8[], '{1,2}')$$, '22004',
	'vector must not contain nulls', 'NULL element, float8');
SELECT throws_ok($$SELECT vector_angle('{1,2}'::float4[], '{NULL,2}'::float4[])$$, '22004',
	NULL, 'NULL element, float4');
SELECT throws_ok($$SELECT vector_angle_signed('{1,0,0}'::float8[], '{0,1,0}', '{0,NULL,1}')$$, '22004',
	NULL, 'NULL element in the axis');

-- 22003: infinite components
SELECT throws_ok($$SELECT vector_angle('{1,Infinity}'::float8[], '{1,2}')$$, '22003',
	'input is out of range', 'infinite component, float8');
SELECT throws_ok($$SELECT vector_angle('{1,2}'::float4[], '{-Infinity,2}'::float4[])$$, '22003',
	NULL, 'infinite component, float4');
SELECT throws_ok($$SELECT vector_angled('(1,2)'::cube, '(1e400,2)'::cube)$$, '22003',
	NULL, 'infinite component, cube');
SELECT throws_ok($$SELECT vector_angle_signed('{1,0,0}'::float8[], '{0,1,0}', '{0,0,Infinity}')$$, '22003',
	NULL, 'infinite component in the axis');

-- 22023: cube boxes
SELECT throws_ok($$SELECT vector_angle('(1,2),(3,4)'::cube, '(1,2)'::cube)$$, '22023',
	'cube must be a point', 'cube box, first argument');
SELECT throws_ok($$SELECT vector_angled('(1,2)'::cube, '(0,0),(1,1)'::cube)$$, '22023',
	NULL, 'cube box, second argument');

-- 57014: huge arrays honour statement_timeout (throws_ok cannot catch a
-- cancel, which WHEN OTHERS does not cover)
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE q;
	RETURN 'completed';
EXCEPTION WHEN query_canceled THEN
	RETURN SQLSTATE;
END $f$;
SET LOCAL statement_timeout = '100ms';
SELECT is(pg_temp.outcome($$SELECT vector_angle(a, a) FROM (SELECT array_fill(1.5::float8, ARRAY[10000000]) AS a) s$$),
	'57014', 'a 10^7-element float8 call is cancellable');
SELECT is(pg_temp.outcome($$SELECT vector_angle(a, a) FROM (SELECT array_fill(1.5::float4, ARRAY[10000000]) AS a) s$$),
	'57014', 'a 10^7-element float4 call is cancellable');
SET LOCAL statement_timeout = 0;

-- not an error: the same huge call completes without a timeout
SELECT is(vector_angle(a, a), 0::float8, 'a 10^7-element call completes')
  FROM (SELECT array_fill(1.5::float8, ARRAY[10000000]) AS a) s;

SELECT * FROM finish();
ROLLBACK;
