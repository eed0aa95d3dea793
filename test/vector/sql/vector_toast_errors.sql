-- Vectors that arrive as TOAST pointers (read from a table) or as
-- expanded arrays (PL/pgSQL variables).  fetch_array() once took these for
-- short inline arrays (VARATT_IS_SHORT is also true of external datums)
-- and crashed the server; this guards against that coming back.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;

-- 1000 components: stored out of line (TOAST), not compressible.
CREATE TEMP TABLE toasted AS
SELECT array_agg(sin(i)) AS a, array_agg(cos(i)) AS b,
       array_agg(sin(i)::float4) AS a4
  FROM generate_series(1, 1000) i;
SELECT pg_column_size(a) > 2000 AS stored_out_of_line FROM toasted;
-- a vector with itself: exactly 0
SELECT vector_angle(a, a) AS self_angle, vector_angle(a4, a4) AS self_angle_float4,
       vector_angled(a, array(SELECT -x FROM unnest(a) x)) AS opposite_deg
  FROM toasted;
-- 10^7 components, compressed and out of line
CREATE TEMP TABLE big AS SELECT array_fill(1::float8, ARRAY[10000000]) AS ones;
SELECT vector_angle(ones, ones) AS big_parallel FROM big;
DROP TABLE big;
-- expanded arrays in PL/pgSQL
DO $$
DECLARE
	v float8[] := '{1,2,3}';
	w float8[] := '{0,0,0}';
BEGIN
	v[1] := 2;
	w[3] := 1;
	RAISE NOTICE 'expanded: % %', vector_angle(v, v), vector_angled(w, '{0,0,-1}');
END $$;
