-- Bad input of the report statistics, each with its SQLSTATE.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- periods
SELECT circular_median(x, 0) FROM (VALUES (1.0)) v(x);
SELECT circular_median(x, 'NaN') FROM (VALUES (1.0)) v(x);
SELECT circular_range(x, '-Infinity') FROM (VALUES (1.0)) v(x);
SELECT circular_histogram(x, 'Infinity', 4) FROM (VALUES (1.0)) v(x);
SELECT circular_median(x, p) FROM (VALUES (1.0, 360), (2.0, 400)) v(x, p);
-- values
SELECT circular_median(x, 360) FROM (VALUES ('Infinity'::float8)) v(x);
SELECT circular_histogram(x, 360, 4) FROM (VALUES ('NaN'::float8)) v(x);
SELECT circular_histogram(x, 360, 4) FROM (VALUES ('-Infinity'::float8)) v(x);
SELECT circular_histogram(x, 360, 4, 'NaN') FROM (VALUES (1.0)) v(x);
-- fractions
SELECT circular_quantile(x, 1.5, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_quantile(x, -0.1, 360) FROM (VALUES (1.0)) v(x);
SELECT circular_quantile(x, 'NaN', 360) FROM (VALUES (1.0)) v(x);
SELECT circular_quantiles(x, '{0.5,2}', 360) FROM (VALUES (1.0)) v(x);
SELECT circular_quantiles(x, '{0.5,NULL}', 360) FROM (VALUES (1.0)) v(x);
SELECT circular_quantile(x, f, 360) FROM (VALUES (1.0, 0.1), (2.0, 0.2)) v(x, f);
SELECT circular_quantile(t, 2) FROM (VALUES ('12:00'::time)) v(t);
SELECT circular_quantile(a, -1) FROM (VALUES ('1°'::angle)) v(a);
-- bins
SELECT circular_histogram(x, 360, 0) FROM (VALUES (1.0)) v(x);
SELECT circular_histogram(x, 360, -3) FROM (VALUES (1.0)) v(x);
SELECT circular_histogram(x, 360, 100001) FROM (VALUES (1.0)) v(x);
SELECT circular_histogram(x, 360, b) FROM (VALUES (1.0, 4), (2.0, 8)) v(x, b);
SELECT circular_histogram(t, 4, '1 mon'::interval) FROM (VALUES ('12:00'::time)) v(t);
-- wind roses
SELECT wind_rose(d, s, 0, '{1}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{5,1}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{1,1}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{1,NaN}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{1,NULL}') FROM (VALUES (1.0, 2.0)) v(d, s);
SELECT wind_rose(d, s, 4, '{1}') FROM (VALUES (1.0, 'NaN'::float8)) v(d, s);
SELECT wind_rose(d, s, 4, '{1}') FROM (VALUES ('NaN'::float8, 3)) v(d, s);
SELECT * FROM wind_rose_rows('{1,2,3}', 4, '{1}');
SELECT * FROM wind_rose_rows('{1,2,3}', 2, '{}');
-- compass points
SELECT compass_point(10, 12);
SELECT compass_point(10, 0);
SELECT compass_point('NaN'::float8);
SELECT compass_point('Infinity'::float8);
SELECT compass_point('10°'::angle, 64);
