-- Vector angles of int4[], int8[] and numeric[] vectors and of untyped
-- literals (0.6.0; README "Vector angles"): each is the float8[] result of
-- the same vectors, element by element rounded to float8.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
-- integer arrays, as typed by a new user
SELECT vector_angle(ARRAY[1,0], ARRAY[0,1]) AS int4, vector_angled(ARRAY[1,0]::int8[], ARRAY[1,1]::int8[]) AS int8,
       vector_angled(ARRAY[1.5,0], ARRAY[2,2.0]) AS numeric;
-- untyped literals resolve to the text form, read as float8[]
SELECT vector_angled('{1,0}', '{1,1}') AS untyped, vector_angle_signedd('{1,0}', '{0,-1}') AS signed,
       vector_angle_signedd('{1,0,0}', '{0,1,0}', axis => '{0,0,1}') AS axis;
SELECT pg_typeof(angle_between('{1,0}', '{0,1}')) AS type, angle_between('{1,0}', '{0,1}') AS between,
       angle_between_signed('{1,0}', '{0,-1}') AS signed;
-- every family agrees with its float8[] form, for every integer and numeric type
WITH v(a, b, c) AS (VALUES (ARRAY[3,-4,12], ARRAY[-5,0,7], ARRAY[1,1,1]),
                           (ARRAY[1,2,3], ARRAY[3,2,1], ARRAY[0,0,1]),
                           (ARRAY[2147483647,1,0], ARRAY[1,2147483647,0], ARRAY[0,0,1]))
SELECT bool_and(vector_angle(a, b) = vector_angle(a::float8[], b::float8[])
            AND vector_angle(a::int8[], b::int8[]) = vector_angle(a::float8[], b::float8[])
            AND vector_angle(a::numeric[], b::numeric[]) = vector_angle(a::float8[], b::float8[])
            AND vector_angle(a::text, b::text) = vector_angle(a::float8[], b::float8[])
            AND vector_angled(a, b) = vector_angled(a::float8[], b::float8[])
            AND vector_angled(a::numeric[], b::numeric[]) = vector_angled(a::float8[], b::float8[])
            AND vector_angle_signed(a[1:2], b[1:2]) = vector_angle_signed(a[1:2]::float8[], b[1:2]::float8[])
            AND vector_angle_signed(a::int8[], b::int8[], c::int8[]) = vector_angle_signed(a::float8[], b::float8[], c::float8[])
            AND vector_angle_signedd(a[1:2]::numeric[], b[1:2]::numeric[]) = vector_angle_signedd(a[1:2]::float8[], b[1:2]::float8[])
            AND vector_angle_signedd(a, b, c) = vector_angle_signedd(a::float8[], b::float8[], c::float8[])
            AND angle_between(a::int8[], b::int8[]) = angle_between(a::float8[], b::float8[])
            AND angle_between_signed(a[1:2]::text, b[1:2]::text) = angle_between_signed(a[1:2]::float8[], b[1:2]::float8[])
            AND angle_between_signed(a::numeric[], b::numeric[], c::numeric[]) = angle_between_signed(a::float8[], b::float8[], c::float8[]))
       AS all_agree
  FROM v;
-- int8 and numeric are rounded to float8 element by element: 2^53 + 1 is 2^53
SELECT vector_angle(ARRAY[9007199254740993, 1]::int8[], ARRAY[9007199254740992, 1]::int8[]) AS int8_rounded,
       vector_angle(ARRAY[0.1, 0.2], ARRAY[0.2, 0.4]) AS numeric_parallel;
-- a zero vector: NULL for angle_between, as for float8[]
SELECT angle_between(ARRAY[0,0], ARRAY[1,0]) IS NULL AS zero_is_null;
