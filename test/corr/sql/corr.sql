-- circular_corr and circular_linear_corr (0.10.0).  Reference values: R
-- circular 0.4-95 cor.circular(test = TRUE) and mpmath at 40 digits (in
-- the comments); the R comparison on 128 samples is test/corr/corr_ref.sh.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 0;
CREATE TEMP TABLE pairs (i int, a float8, b float8);
INSERT INTO pairs SELECT i, a, b FROM unnest(
	'{356,97,211,232,343,292,157,302,335,302,324,85,324,340,157,238,254,146,232,122,329}'::float8[],
	'{119,162,221,259,270,29,97,292,40,313,94,45,47,108,221,270,119,248,270,45,23}'::float8[])
	WITH ORDINALITY u(a, b, i);
-- astropy's 21 test pairs.  mpmath: r = 0.27046488267488327174,
-- z = 1.2140249290901324471, p = 0.22473820476430474024; R: 0.27046488267488333,
-- 1.2140249290901328, 0.22473820476430451; astropy r 0.2704648826748827.
SET extra_float_digits = 3;
SELECT (circular_corr(a, b, 360)).* FROM pairs;
SELECT (circular_corr(angle(a, 'deg'), angle(b, 'deg'))).* FROM pairs;
-- the same in radians (mpmath of the rounded radians agrees to 1e-16)
SELECT round(r::numeric, 15) AS r, round(statistic::numeric, 14) AS z,
       round(p_value::numeric, 14) AS p, n
  FROM (SELECT (circular_corr(radians(a), radians(b), 2 * pi())).* FROM pairs) q;
-- Mardia, 5 rows.  mpmath: r = 0.91615299267505750880, n r^2 =
-- 4.1966815299373198869, p = exp(-n r^2 / 2) = 0.12265978090682200408.
SELECT (circular_linear_corr(a, x, 360)).*
  FROM (VALUES (10, 1.0), (30, 2.0), (100, 5.0), (200, 3.0), (300, 1.5)) v(a, x);
SET extra_float_digits = 0;

-- The angle forms are the float8 forms with period 360, the time forms
-- those of hours with period 24, bit for bit.
SELECT circular_corr(angle(a, 'deg'), angle(b, 'deg'))::text = circular_corr(a, b, 360)::text AS angle_cc,
       circular_linear_corr(angle(a, 'deg'), b)::text = circular_linear_corr(a, b, 360)::text AS angle_cl,
       circular_corr(make_time(0, 0, 0) + a * interval '4 min', make_time(0, 0, 0) + b * interval '4 min')::text
         = circular_corr(a / 15, b / 15, 24)::text AS time_cc,
       circular_linear_corr(make_time(0, 0, 0) + a * interval '4 min', b)::text
         = circular_linear_corr(a / 15, b, 24)::text AS time_cl
  FROM pairs;

-- Rows with a NULL are skipped; n counts the rows used.
SELECT circular_corr(a, b, p), circular_linear_corr(a, b, p)
  FROM (VALUES (10::float8, 20::float8, 360::float8), (NULL, 5, 360), (40, NULL, 360),
               (50, 60, NULL), (100, 90, 360), (200, 230, 360)) v(a, b, p);
-- No rows: NULL (the whole row).
SELECT circular_corr(a, b, 360) IS NULL AS cc, circular_linear_corr(a, b, 360) IS NULL AS cl
  FROM pairs WHERE false;
-- A NaN makes every statistic NaN (as avg(float8)); n counts it.
SELECT circular_corr(a, b, 360), circular_linear_corr(a, b, 360)
  FROM (VALUES (10, 20::float8), (100, 'NaN'), (200, 230)) v(a, b);
-- Undefined: one row; a uniform marginal (no mean direction); an axial
-- marginal (every sin(a - mean) is 0); constant x; angles of two
-- directions only (cos and sin collinear).
SELECT circular_corr(a, b, 360), circular_linear_corr(a, b, 360) FROM (VALUES (10, 20)) v(a, b);
SELECT circular_corr(a, b, 360) AS uniform_a, circular_linear_corr(a, b, 360) AS uniform_cl
  FROM (VALUES (0, 1), (90, 5), (180, 2), (270, 7)) v(a, b);
SELECT circular_corr(a, b, 360) AS axial_a
  FROM (VALUES (0, 1), (0, 50), (0, 120), (180, 7)) v(a, b);
SELECT c, circular_linear_corr(a, c, 360) AS constant_x
  FROM pairs, (VALUES (42.5::float8), (-7.3), (0.1), (1e100 / 3)) v(c) GROUP BY c ORDER BY c;
SELECT circular_linear_corr(a, b, 360) AS two_directions
  FROM (VALUES (10, 1), (10, 5), (100, 2), (100, 7)) v(a, b);
-- r defined but no test: every row has sin(a - mean a) = 0 or
-- sin(b - mean b) = 0, so lambda_22 = 0 (exact: r = 0).
SELECT circular_corr(a, b, 360)
  FROM (VALUES (0, 30), (0, -30), (0, 0), (90, 0), (-90, 0)) v(a, b);
-- Perfect association: b = a + 40 gives r = 1, b = -a gives r = -1.
SELECT round((circular_corr(a, a + 40, 360)).r::numeric, 14) AS plus,
       round((circular_corr(a, -a, 360)).r::numeric, 14) AS minus FROM pairs;
-- x = cos(a - 30): Mardia's r is 1 (p = exp(-21/2)).
SELECT round(r::numeric, 14) AS r, round(statistic::numeric, 12) AS stat,
       round(p_value::numeric, 18) AS p, n
  FROM (SELECT (circular_linear_corr(a, cosd(a - 30), 360)).* FROM pairs) q;
-- Scale invariance, exact: x times a power of two gives the same bits
-- (the sums scale exactly), also near the limits of the double range.
SELECT circular_linear_corr(a, b * 2 ^ 500, 360)::text = circular_linear_corr(a, b, 360)::text AS big,
       circular_linear_corr(a, b * 2 ^ -500, 360)::text = circular_linear_corr(a, b, 360)::text AS small,
       circular_linear_corr(a, -b, 360)::text = circular_linear_corr(a, b, 360)::text AS negated
  FROM pairs;
-- Values many turns out are reduced exactly: the same bits.
SELECT circular_corr(a + 3600, b - 7200, 360)::text = circular_corr(a, b, 360)::text AS turns FROM pairs;

-- Plan identity: serial, parallel (partial aggregates in two workers,
-- combined in the leader), and a union of partial states merged in two
-- orders give the same text.
CREATE TABLE corr_big AS
SELECT g, (i * 7919 % 3600) / 10.0 AS a,
       ((i * 7919 % 3600) / 10.0 + 50 + 40 * sin(i)) AS b,
       cosd((i * 7919 % 3600) / 10.0) * 3 + 1e6 + sin(i * 1.7) AS x
  FROM generate_series(1, 200000) i, LATERAL (SELECT i % 5 AS g) q;
ANALYZE corr_big;
CREATE TEMP TABLE plans (plan text, cc text, cl text, cct text, clt text);
INSERT INTO plans SELECT 'serial', circular_corr(a, b, 360)::text, circular_linear_corr(a, x, 360)::text,
	circular_corr(make_time(0, 0, 0) + a * interval '4 min', make_time(0, 0, 0) + (b - 50) * interval '1 min')::text,
	circular_linear_corr(angle(a, 'deg'), x)::text FROM corr_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- the rows go through the workers, whose partial states the leader combines
SET parallel_leader_participation = off;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false) IS NOT NULL AS forced;
CREATE FUNCTION pg_temp.plan_has(q text, what text, opts text DEFAULT 'COSTS OFF') RETURNS bool LANGUAGE plpgsql AS $$
DECLARE l text;
BEGIN
	FOR l IN EXECUTE 'EXPLAIN (' || opts || ') ' || q LOOP
		IF l LIKE '%' || what || '%' THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
SELECT pg_temp.plan_has('SELECT circular_corr(a, b, 360), circular_linear_corr(a, x, 360) FROM corr_big',
                        'Partial Aggregate') AS partial_plan,
       pg_temp.plan_has('SELECT circular_corr(a, b, 360) FROM corr_big', 'Workers Launched: 2',
                        'ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF') AS two_workers;
-- (a plain SELECT: a statement that writes, INSERT ... SELECT, never runs in parallel)
SELECT circular_corr(a, b, 360)::text AS p_cc, circular_linear_corr(a, x, 360)::text AS p_cl,
	circular_corr(make_time(0, 0, 0) + a * interval '4 min', make_time(0, 0, 0) + (b - 50) * interval '1 min')::text AS p_cct,
	circular_linear_corr(angle(a, 'deg'), x)::text AS p_clt FROM corr_big \gset
INSERT INTO plans VALUES ('parallel', :'p_cc', :'p_cl', :'p_cct', :'p_clt');
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'off', false) IS NOT NULL AS unforced;
CREATE TEMP TABLE parts AS
SELECT g, circular_corr_agg(a, b, 360) AS cc, circular_linear_corr_agg(a, x, 360) AS cl,
       circular_corr_agg(make_time(0, 0, 0) + a * interval '4 min', make_time(0, 0, 0) + (b - 50) * interval '1 min') AS cct,
       circular_linear_corr_agg(angle(a, 'deg'), x) AS clt
  FROM corr_big GROUP BY g;
INSERT INTO plans SELECT 'merged', circular_corr(circular_corr_merge(cc ORDER BY g))::text,
	circular_linear_corr(circular_corr_merge(cl ORDER BY g))::text,
	circular_corr(circular_corr_merge(cct ORDER BY g))::text,
	circular_linear_corr(circular_corr_merge(clt ORDER BY g))::text FROM parts;
INSERT INTO plans SELECT 'merged, other order, via text', circular_corr(circular_corr_merge(cc::text::circular_corr_state ORDER BY g DESC))::text,
	circular_linear_corr(circular_corr_merge(cl::text::circular_corr_state ORDER BY g DESC))::text,
	circular_corr(circular_corr_merge(cct ORDER BY g DESC))::text,
	circular_linear_corr(circular_corr_merge(clt ORDER BY g DESC))::text FROM parts;
SELECT p.plan, p.cc = s.cc AND p.cl = s.cl AND p.cct = s.cct AND p.clt = s.clt AS same_as_serial
  FROM plans p, (SELECT * FROM plans WHERE plan = 'serial') s ORDER BY p.plan;
SELECT cc, cl FROM plans WHERE plan = 'serial';
-- States are equal whatever the split: the text of the merged state is
-- that of the state of all rows.
SELECT (SELECT circular_corr_merge(cc ORDER BY g DESC)::text FROM parts)
       = (SELECT circular_corr_agg(a, b, 360)::text FROM corr_big) AS same_state;
-- Window: a running correlation.
SELECT i, (circular_corr(a, b, 360) OVER w).r IS NOT NULL AS has_r,
       (circular_corr(a, b, 360) OVER w).n
  FROM pairs WINDOW w AS (ORDER BY i ROWS UNBOUNDED PRECEDING) ORDER BY i LIMIT 4;
-- The support functions called directly: a NULL state starts one.
SELECT circular_corr(circular_corr_accum(circular_corr_accum(circular_corr_accum(NULL, 10::float8, 20::float8, 360::float8),
	100::float8, 90::float8, 360::float8), 200::float8, 230::float8, 360::float8))
	= (SELECT circular_corr(a, b, 360) FROM (VALUES (10::float8, 20::float8), (100, 90), (200, 230)) v(a, b)) AS direct;
SELECT circular_corr(NULL::circular_corr_state) IS NULL AS null_state,
       circular_corr_combine(NULL, NULL) IS NULL AS null_combine;
DROP TABLE corr_big;
