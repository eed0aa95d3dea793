-- Bad input to the int4[], int8[], numeric[] and text (untyped literal)
-- forms of the vector angles (0.6.0): the float8[] forms' errors, and
-- those of the conversion to float8[].
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
SELECT q, left(pg_temp.try(q), 100) AS result
  FROM (VALUES
   -- dimensions differ, as for float8[]
   ($$SELECT vector_angle(ARRAY[1,0], ARRAY[1,0,0])$$),
   ($$SELECT vector_angled(ARRAY[1,0]::int8[], ARRAY[1]::int8[])$$),
   -- a NULL element
   ($$SELECT vector_angle(ARRAY[1,NULL], ARRAY[1,0])$$),
   -- numeric beyond float8, NaN and Infinity
   ($$SELECT vector_angle(ARRAY[1e400, 0], ARRAY[1, 0])$$),
   ($$SELECT vector_angle(ARRAY['NaN'::numeric, 0], ARRAY[1, 0])$$),
   ($$SELECT vector_angle(ARRAY['Infinity'::numeric, 0], ARRAY[1, 0])$$),
   -- an untyped literal that is no float8[]
   ($$SELECT vector_angle('{1,x}', '{0,1}')$$),
   ($$SELECT vector_angle('(1,0,0)', '(0,1,0)')$$),
   -- signed forms: 2-D without axis, 3-D with an axis of the wrong size
   ($$SELECT vector_angle_signed(ARRAY[1,0,0], ARRAY[0,1,0])$$),
   ($$SELECT vector_angle_signedd(ARRAY[1,0,0], ARRAY[0,1,0], ARRAY[0,1])$$),
   ($$SELECT angle_between_signed('{1,0,0}', '{0,1,0}', '{0,0,0}')$$),
   -- an integer and a float8 array: computed in float8 all the same
   ($$SELECT vector_angle(ARRAY[1,0], '{0,1}'::float8[])$$)
  ) v(q);
