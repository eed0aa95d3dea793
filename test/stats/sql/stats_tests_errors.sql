-- Bad input of the tests of direction, each with its SQLSTATE.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- periods (22023), infinite values (22003, as circular_mean)
SELECT rayleigh_test(x, 0) FROM (VALUES (1.0::float8)) v(x);
SELECT rayleigh_test(x, 'NaN') FROM (VALUES (1.0::float8)) v(x);
SELECT von_mises_kappa(x, '-Infinity') FROM (VALUES (1.0::float8)) v(x);
SELECT v_test(x, 0, -1) FROM (VALUES (1.0::float8)) v(x);
SELECT rayleigh_test(x, p) FROM (VALUES (1.0::float8, 360::float8), (2.0, 400)) v(x, p);
SELECT v_test(x, 0, p) FROM (VALUES (1.0::float8, 360::float8), (2.0, 400)) v(x, p);
SELECT rayleigh_test(x, 360) FROM (VALUES ('Infinity'::float8)) v(x);
SELECT v_test(x, 0, 360) FROM (VALUES ('-Infinity'::float8)) v(x);
-- mu not finite (22023), in every form and the accessor
SELECT v_test(x, 'NaN', 360) FROM (VALUES (1.0::float8)) v(x);
SELECT v_test(x, 'Infinity', 360) FROM (VALUES (1.0::float8)) v(x);
SELECT v_test(circular_stats_agg(x, 360), 'NaN') FROM (VALUES (1.0::float8)) v(x);
SELECT v_test(circular_stats_agg(x, 360), '-Infinity') FROM (VALUES (1.0::float8)) v(x);
-- NULLs: strict accessors give NULL; NULL rows are skipped; no rows: NULL
SELECT rayleigh_test(NULL::circular_stats) IS NULL AS a, v_test(NULL::circular_stats, 0) IS NULL AS b,
       v_test(circular_stats_agg(1, 360), NULL) IS NULL AS c,
       von_mises_kappa(NULL::circular_stats) IS NULL AS d,
       von_mises_kappa(circular_stats_agg(1, 360), NULL) IS NULL AS e;
SELECT rayleigh_test(x, 360) IS NULL AS a, v_test(x, NULL, 360) IS NULL AS b,
       von_mises_kappa(x, NULL) IS NULL AS c
  FROM (VALUES (NULL::float8)) v(x);
SELECT rayleigh_test(x, 360) IS NULL AS empty FROM (VALUES (1.0::float8)) v(x) WHERE false;
SELECT rayleigh_test('(1,0,0,0,0x0,0x0,0x0)'::circular_stats) IS NULL AS empty_state,
       von_mises_kappa('(1,0,0,0,0x0,0x0,0x0)'::circular_stats, true) IS NULL AS empty_state_kappa;
-- Watson-Williams: mixed periods (22023), NULL and empty states skipped
SELECT watson_williams_test(s) FROM (SELECT circular_stats_agg(1::float8, 360) UNION ALL SELECT circular_stats_agg(1::float8, 400)) v(s);
SELECT watson_williams_test(s) IS NULL AS all_null FROM (VALUES (NULL::circular_stats), (NULL)) v(s);
-- (its transition, combine and deserial functions take internal
-- arguments, which SQL cannot give them: 42846)
SELECT watson_williams_accum(NULL::internal, circular_stats_agg(1, 360));
-- pg_temp.ww_bytes(k, partials, n): a serial state of k groups, the given
-- partial sums and a merged state of n rows (1..n degrees).
CREATE FUNCTION pg_temp.ww_bytes(k int8, parts float8[], n int) RETURNS bytea LANGUAGE sql AS $$
  SELECT int8send(k) || '\x00'::bytea || int4send(cardinality(parts))
         || coalesce((SELECT string_agg(float8send(p), ''::bytea ORDER BY o)
                        FROM unnest(parts) WITH ORDINALITY u(p, o)), ''::bytea)
         || circular_stats_send(circular_stats_agg(i::float8, 360))
    FROM generate_series(1, n) i $$;
-- crafted serial states (22P03), read as a parallel worker's would be by
-- the deserial function (watson_williams_from_serial shares its code):
-- too short (twice); a negative group count; a NaN flag of 2; too many
-- partials; fewer bytes than partials; a partial that is not finite; a
-- state of no groups with sums; no merged state; a bad merged state;
-- bytes after the merged state (refused by circular_stats_recv); sum R_i
-- above N; k above N.  The detail
-- shows which check refused each.
\set VERBOSITY default
SELECT watson_williams_from_serial('\x'::bytea);
SELECT watson_williams_from_serial('\x00000000000000'::bytea);
SELECT watson_williams_from_serial('\xffffffffffffffff0000000000'::bytea);
SELECT watson_williams_from_serial('\x00000000000000020200000000'::bytea);
SELECT watson_williams_from_serial('\x00000000000000020000000031'::bytea);
SELECT watson_williams_from_serial('\x0000000000000002000000000100'::bytea);
SELECT watson_williams_from_serial('\x000000000000000200000000017ff0000000000000'::bytea);
SELECT watson_williams_from_serial('\x000000000000000000000000013ff0000000000000'::bytea);
SELECT watson_williams_from_serial('\x00000000000000020000000000'::bytea);
SELECT watson_williams_from_serial('\x0000000000000002000000000000'::bytea);
SELECT watson_williams_from_serial(pg_temp.ww_bytes(2, '{1}', 3) || '\x00'::bytea);
SELECT watson_williams_from_serial(pg_temp.ww_bytes(2, '{4}', 3));
SELECT watson_williams_from_serial(pg_temp.ww_bytes(5, '{1}', 3));
\set VERBOSITY sqlstate
-- a well-formed one is accepted, and NULL gives NULL
SELECT (watson_williams_from_serial(pg_temp.ww_bytes(2, '{1.5}', 3))).df2 AS accepted_df2;
SELECT watson_williams_from_serial(NULL) IS NULL AS null_in;
SELECT watson_williams_from_serial('\x00000000000000000000000000'::bytea) IS NULL AS no_groups;
