-- How far circular_mean is from issue 16's "round means that stay round":
-- the mean of a single value should be that value.  Counts, per period and
-- set of values, the single-value means that are not the value given.  The
-- target is 0 in every row; the README's Performance section says where it
-- stands.  Not a test: run it by hand on any database, e.g.
--   psql -X -f scripts/rounding_census.sql
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
SELECT setseed(0.5);
WITH periods(p) AS (VALUES (360::float8), (24), (400), (2 * pi()), (7)),
v(p, label, x) AS (
	SELECT 360::float8, 'whole degrees', g::float8 FROM generate_series(0, 359) g
	UNION ALL SELECT 360, 'tenth degrees', g / 10.0::float8 FROM generate_series(0, 3599) g
	UNION ALL SELECT 24, 'quarter hours', g / 4.0::float8 FROM generate_series(0, 95) g
	UNION ALL SELECT 400, 'whole gon', g::float8 FROM generate_series(0, 399) g
	UNION ALL SELECT 400, 'tenth gon', g / 10.0::float8 FROM generate_series(0, 3999) g
	UNION ALL SELECT 7, 'tenths', g / 10.0::float8 FROM generate_series(0, 69) g
	UNION ALL SELECT 2 * pi(), 'whole degrees in radians', radians(g) FROM generate_series(0, 359) g
	UNION ALL SELECT p, 'random doubles in [0, p)', random() * p
		FROM periods, generate_series(1, 100000)
)
SELECT label, p AS period, count(*) AS values, count(*) FILTER (WHERE m <> x) AS not_returned,
	   min(x) FILTER (WHERE m <> x) AS smallest_not_returned
  FROM v, LATERAL (SELECT circular_mean(y, v.p) AS m FROM (VALUES (v.x)) t(y)) l
 GROUP BY label, p ORDER BY p, label;
