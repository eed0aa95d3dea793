-- Bad input of the tests of circular uniformity, each with its SQLSTATE.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- periods
SELECT kuiper_test(x, 0) FROM (VALUES (1.0)) v(x);
SELECT watson_test(x, 'NaN') FROM (VALUES (1.0)) v(x);
SELECT rao_spacing_test(x, '-Infinity') FROM (VALUES (1.0)) v(x);
SELECT hodges_ajne_test(x, -360) FROM (VALUES (1.0)) v(x);
SELECT hodges_ajne_test(x, 'Infinity') FROM (VALUES (1.0)) v(x);
SELECT kuiper_test(x, p) FROM (VALUES (1.0, 360), (2.0, 400)) v(x, p);
SELECT rao_spacing_test(x, p) FROM (VALUES (1.0, 360), (2.0, 2 * pi())) v(x, p);
-- values
SELECT kuiper_test(x, 360) FROM (VALUES ('Infinity'::float8)) v(x);
SELECT watson_test(x, 360) FROM (VALUES (1.0), ('-Infinity'::float8)) v(x);
SELECT rao_spacing_test(x, 360) FROM (VALUES ('Infinity'::float8), ('NaN')) v(x);
SELECT hodges_ajne_test(x, 360) FROM (VALUES ('-Infinity'::float8)) v(x);
-- not a window function (the final sorts its state), as circular_median
SELECT kuiper_test(x, 360) OVER (ORDER BY x) FROM (VALUES (1.0), (2.0)) v(x);
SELECT hodges_ajne_test(a) OVER () FROM (VALUES ('1°'::angle), ('2°')) v(a);
\set VERBOSITY default
-- the messages
SELECT kuiper_test(x, p) FROM (VALUES (1.0, 360), (2.0, 400)) v(x, p);
SELECT watson_test(x, 0) FROM (VALUES (1.0)) v(x);
SELECT rao_spacing_test(x, 360) FROM (VALUES ('Infinity'::float8)) v(x);
