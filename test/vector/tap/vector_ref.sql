-- Accuracy of vector_angle, vector_angled and vector_angle_signed against
-- references computed with MPFR by test/vector/ref/refgen (see refgen.c): for
-- every class of inputs the largest error must be at most 4 ULP, and the
-- cases whose answer is exactly 0, pi/2, pi (0, 45, 90, 180 degrees) must
-- come out exactly.  Run by pg_prove from the project root after
-- "make refgen".
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

SELECT plan(96);

CREATE TEMP TABLE acc (
	id serial,
	class text,
	kind text,
	a float8[],
	b float8[],
	axis float8[],
	ref_hi float8,
	ref_lo float8,
	ulp float8
);
\copy acc (class, kind, a, b, axis, ref_hi, ref_lo, ulp) FROM PROGRAM 'test/vector/ref/refgen'

-- Error in ULP of each result (capped at 1e300 ULP; NULL results count as
-- infinitely wrong).
CREATE TEMP TABLE res AS
SELECT id, class, kind, a, b, axis, ref_hi, got,
	   coalesce(least(abs((got - ref_hi) - ref_lo), ulp * 1e300) / ulp,
				'Infinity') AS err
  FROM (SELECT *,
			   CASE kind
				   WHEN 'f8' THEN vector_angle(a, b)
				   WHEN 'f4' THEN vector_angle(a::float4[], b::float4[])
				   WHEN 'deg' THEN vector_angled(a, b)
				   WHEN 'signed2' THEN vector_angle_signed(a, b)
				   WHEN 'signed3' THEN vector_angle_signed(a, b, axis)
			   END AS got
		  FROM acc) s;

SELECT is(count(DISTINCT class), 47::bigint, 'refgen produced every class')
  FROM acc;
SELECT is(count(*) FILTER (WHERE got IS NULL), 0::bigint,
		  'every case has a result')
  FROM res;

-- Measured error per class.
CREATE FUNCTION pg_temp.fmt(x float8) RETURNS text LANGUAGE sql AS
$$ SELECT CASE WHEN x < 1000 THEN to_char(x, 'FM990.000')
			   ELSE to_char(x, '9.9EEEE') END $$;
SELECT diag(rpad(class, 28) || ' max ' || pg_temp.fmt(max(err)) ||
			' ULP, median ' ||
			pg_temp.fmt(percentile_cont(0.5) WITHIN GROUP (ORDER BY err)) ||
			' ULP, ' || count(*) || ' cases')
  FROM res GROUP BY class ORDER BY class;

SELECT ok(max(err) <= 4, class || ': max ULP <= 4')
  FROM res WHERE class <> 'exact' GROUP BY class ORDER BY class;

-- The goal: within 2 ULP in radians (degrees add their own rounding).
SELECT ok(max(err) <= 2, 'all radian results: max ULP <= 2')
  FROM res WHERE kind <> 'deg';

SELECT is(got, ref_hi, 'exact: ' || kind || ' ' || a::text || ' ' || b::text ||
		  coalesce(' axis ' || axis::text, ''))
  FROM res WHERE class = 'exact' ORDER BY id;

-- The test can fail: the textbook acos formula, evaluated in SQL (clamped to
-- acos's domain), is far off near 0.
CREATE TEMP TABLE naive AS
SELECT abs((acos(least(dot / (sqrt(na) * sqrt(nb)), 1)) - ref_hi) - ref_lo) / ulp
	   AS err
  FROM (SELECT ref_hi, ref_lo, ulp,
			   (SELECT sum(x * y) FROM unnest(a, b) t(x, y)) AS dot,
			   (SELECT sum(x * x) FROM unnest(a) t(x)) AS na,
			   (SELECT sum(y * y) FROM unnest(b) t(y)) AS nb
		  FROM acc WHERE class = 'near0 1e-8') s;
SELECT diag('acos formula on near0 1e-8: max ' || pg_temp.fmt(max(err)) ||
			' ULP')
  FROM naive;
SELECT ok(max(err) > 1e6,
		  'near0 1e-8: the acos formula is off by more than 1e6 ULP')
  FROM naive;

SELECT * FROM finish();
ROLLBACK;
