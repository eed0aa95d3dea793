-- The table of issue 16, row by row: each query and its baseline in the
-- same run, round-robin (bench.flush), 7 rounds, timed by the backend's
-- CPU time (bench.run_cpu; the parallel rows by the wall clock), and
-- each ratio against its own baseline with the issue's target (the report
-- prints them under "Targets").  The pgvector row needs pgvector, which
-- bench/run.sh builds from ../shared/pgvector when it is there.  Also the
-- hashed-group memory against sum(x) at 1,000 and 100,000 groups.
-- About 10 minutes on the 2-core development box.
\set ON_ERROR_STOP 1
\getenv pgv ANGLE_PGVECTOR
\set par 'SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0'
SELECT setseed(0.16);
CREATE TABLE bench.t16 AS
SELECT i, i % 1000 AS g, i % 100000 AS g100k, random() * 360 AS x, 0.5 + random() * 10 AS w,
       time '00:00' + random() * interval '24 hours' AS t, angle(random() * 360, 'deg') AS a
  FROM generate_series(1, 1000000) i;
CREATE TABLE bench.t16w AS SELECT * FROM bench.t16 WHERE i <= 20000;
CREATE TABLE bench.t16big AS SELECT i, random() * 360 AS x FROM generate_series(1, 10000000) i;
CREATE FUNCTION bench.vec(d int) RETURNS float8[] LANGUAGE sql VOLATILE
	RETURN (SELECT array_agg(random() - 0.5) FROM generate_series(1, d));
CREATE TABLE bench.q10 AS SELECT bench.vec(10 + 0 * i) AS a, bench.vec(10 + 0 * i) AS b FROM generate_series(1, 200000) i;
CREATE TABLE bench.q100 AS SELECT bench.vec(100 + 0 * i) AS a, bench.vec(100 + 0 * i) AS b FROM generate_series(1, 100000) i;
-- The same vectors as float4[], the 4 bytes a component that pgvector's
-- vector keeps (an informational row beside the pgvector target).
CREATE TABLE bench.q100f4 AS SELECT a::float4[] AS a, b::float4[] AS b FROM bench.q100;
CREATE TABLE bench.q1000 AS SELECT bench.vec(1000 + 0 * i) AS a, bench.vec(1000 + 0 * i) AS b FROM generate_series(1, 10000) i;
CREATE TABLE bench.q3cube AS SELECT cube(bench.vec(3 + 0 * i)) AS a, cube(bench.vec(3 + 0 * i)) AS b FROM generate_series(1, 1000000) i;
CREATE TABLE bench.qdiff AS SELECT random() * 720 - 360 AS a, random() * 720 - 360 AS b FROM generate_series(1, 1000000);
CREATE TABLE bench.qio AS
SELECT x, x::text AS s, angle(x, 'deg') AS g FROM (SELECT random() * 360 AS x FROM generate_series(1, 1000000)) v;
\if :{?pgv}
CREATE EXTENSION vector;
CREATE TABLE bench.q100pg AS SELECT a::vector AS a, b::vector AS b FROM bench.q100;
VACUUM ANALYZE bench.q100pg;
\endif
VACUUM ANALYZE bench.t16;
VACUUM ANALYZE bench.t16w;
VACUUM ANALYZE bench.t16big;
VACUUM ANALYZE bench.q10;
VACUUM ANALYZE bench.q100;
VACUUM ANALYZE bench.q100f4;
VACUUM ANALYZE bench.q1000;
VACUUM ANALYZE bench.q3cube;
VACUUM ANALYZE bench.qdiff;
VACUUM ANALYZE bench.qio;

-- The targets: a row (its ratio to its baseline), '<=' or '>=', the
-- target, and the issue's name for it.
INSERT INTO bench.target VALUES
	('issue 16', 'SQL formula', '>=', 2.5, 'SQL formula / circular_mean(x, 360), plain'),
	('issue 16', 'circular_mean(x, w, 360)', '<=', 1.4, 'weighted circular_mean(x, w, 360) / sum(x)'),
	('issue 16', 'SQL weighted formula', '>=', 2.5, 'SQL weighted formula / weighted circular_mean'),
	('issue 16', 'hashed GROUP BY: SQL formula', '>=', 2, 'hashed GROUP BY (1,000 groups), SQL / circular_mean'),
	('issue 16', 'sorted GROUP BY: SQL formula', '>=', 2, 'sorted GROUP BY, SQL / circular_mean'),
	('issue 16', 'window: circular_mean(x, 360)', '<=', 1.4, 'window of 1,000 rows / count(x) OVER w'),
	('issue 16', 'circular_mean(t)', '<=', 1.25, 'circular_mean(time) / sum(x)'),
	('issue 16', 'circular_mean(a)', '<=', 1.25, 'circular_mean(angle) / sum(x)'),
	('issue 16', '10-D vector_angle', '<=', 1.2, '10-D vector_angle / naive acos C loop'),
	('issue 16', '100-D vector_angle', '<=', 1.3, '100-D vector_angle / naive acos C loop'),
	('issue 16', '100-D vector_angle vs pgvector', '<=', 2, '100-D vector_angle / pgvector acos(1 - (a <=> b))'),
	('issue 16', '1000-D vector_angle', '<=', 1.15, '1000-D vector_angle / naive acos C loop'),
	('issue 16', '3-D cube vector_angle', '<=', 1.15, '3-D cube vector_angle / naive'),
	('issue 16', 'angle_diff(a, b, 360)', '<=', 1.25, 'angle_diff(a, b, 360) / a - b'),
	('issue 16', 'angle input, bare numbers', '<=', 1.3, '''...''::angle from bare numbers / float8 input'),
	('issue 16', 'angle output, dms', '<=', 5, 'angle output with angle.output_unit = dms / float8 output'),
	('issue 16, 10^7 rows', 'circular_mean(x, 360), 2 workers', '<=', 1, 'circular_mean, 2 workers / serial, 10^7 rows (wall clock)');

-- Plain aggregates, 10^6 rows.
SELECT bench.run_cpu('issue 16', 'sum(x)', 'SELECT sum(x) FROM bench.t16', 1000000);
SELECT bench.run_cpu('issue 16', 'circular_mean(x, 360)', 'SELECT circular_mean(x, 360) FROM bench.t16', 1000000, 'sum(x)');
SELECT bench.run_cpu('issue 16', 'SQL formula',
	'SELECT degrees(atan2(avg(sind(x)), avg(cosd(x)))) FROM bench.t16', 1000000, 'circular_mean(x, 360)');
SELECT bench.run_cpu('issue 16', 'circular_mean(x, w, 360)', 'SELECT circular_mean(x, w, 360) FROM bench.t16', 1000000, 'sum(x)');
SELECT bench.run_cpu('issue 16', 'SQL weighted formula',
	'SELECT degrees(atan2(sum(w * sind(x)), sum(w * cosd(x)))) FROM bench.t16', 1000000, 'circular_mean(x, w, 360)');
SELECT bench.run_cpu('issue 16', 'circular_mean(t)', 'SELECT circular_mean(t) FROM bench.t16', 1000000, 'sum(x)');
SELECT bench.run_cpu('issue 16', 'circular_mean(a)', 'SELECT circular_mean(a) FROM bench.t16', 1000000, 'sum(x)');
-- Groups: 1,000 of 1,000 rows, hashed and sorted.
SELECT bench.run_cpu('issue 16', 'hashed GROUP BY: circular_mean',
	'SELECT count(m) FROM (SELECT g, circular_mean(x, 360) m FROM bench.t16 GROUP BY g) q', 1000000,
	NULL, 7, 'SET enable_sort = off');
SELECT bench.run_cpu('issue 16', 'hashed GROUP BY: SQL formula',
	'SELECT count(m) FROM (SELECT g, degrees(atan2(avg(sind(x)), avg(cosd(x)))) m FROM bench.t16 GROUP BY g) q', 1000000,
	'hashed GROUP BY: circular_mean', 7, 'SET enable_sort = off');
SELECT bench.run_cpu('issue 16', 'sorted GROUP BY: circular_mean',
	'SELECT count(m) FROM (SELECT g, circular_mean(x, 360) m FROM bench.t16 GROUP BY g) q', 1000000,
	NULL, 7, 'SET enable_hashagg = off');
SELECT bench.run_cpu('issue 16', 'sorted GROUP BY: SQL formula',
	'SELECT count(m) FROM (SELECT g, degrees(atan2(avg(sind(x)), avg(cosd(x)))) m FROM bench.t16 GROUP BY g) q', 1000000,
	'sorted GROUP BY: circular_mean', 7, 'SET enable_hashagg = off');
-- A moving window of 1,000 rows (both have an inverse transition).
SELECT bench.run_cpu('issue 16', 'window: count(x)',
	'SELECT count(s) FROM (SELECT count(x) OVER w AS s FROM bench.t16w
	  WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q', 20000);
SELECT bench.run_cpu('issue 16', 'window: circular_mean(x, 360)',
	'SELECT count(s) FROM (SELECT circular_mean(x, 360) OVER w AS s FROM bench.t16w
	  WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q', 20000, 'window: count(x)');
-- Vectors against the naive C loop (bench/naive.c) and pgvector.
SELECT bench.run_cpu('issue 16', '10-D naive', 'SELECT sum(naive_angle(a, b)) FROM bench.q10', 200000);
SELECT bench.run_cpu('issue 16', '10-D vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.q10', 200000, '10-D naive');
SELECT bench.run_cpu('issue 16', '100-D naive', 'SELECT sum(naive_angle(a, b)) FROM bench.q100', 100000);
SELECT bench.run_cpu('issue 16', '100-D vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.q100', 100000, '100-D naive');
\if :{?pgv}
SELECT bench.run_cpu('issue 16', '100-D pgvector', 'SELECT sum(acos(1 - (a <=> b))) FROM bench.q100pg', 100000);
SELECT bench.run_cpu('issue 16', '100-D vector_angle vs pgvector', 'SELECT sum(vector_angle(a, b)) FROM bench.q100', 100000, '100-D pgvector');
SELECT bench.run_cpu('issue 16', '100-D float4[] vector_angle vs pgvector', 'SELECT sum(vector_angle(a, b)) FROM bench.q100f4', 100000, '100-D pgvector');
\else
\echo 'bench: pgvector is not built (../shared/pgvector absent or failed): the pgvector row is skipped'
\endif
SELECT bench.run_cpu('issue 16', '1000-D naive', 'SELECT sum(naive_angle(a, b)) FROM bench.q1000', 10000);
SELECT bench.run_cpu('issue 16', '1000-D vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.q1000', 10000, '1000-D naive');
SELECT bench.run_cpu('issue 16', '3-D cube naive', 'SELECT sum(naive_angle(a, b)) FROM bench.q3cube', 1000000);
SELECT bench.run_cpu('issue 16', '3-D cube vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.q3cube', 1000000, '3-D cube naive');
-- Scalars.
SELECT bench.run_cpu('issue 16', 'a - b', 'SELECT sum(a - b) FROM bench.qdiff', 1000000);
SELECT bench.run_cpu('issue 16', 'angle_diff(a, b, 360)', 'SELECT sum(angle_diff(a, b, 360)) FROM bench.qdiff', 1000000, 'a - b');
SELECT bench.run_cpu('issue 16', 'float8 input', 'SELECT count(s::float8) FROM bench.qio', 1000000);
SELECT bench.run_cpu('issue 16', 'angle input, bare numbers', 'SELECT count(s::angle) FROM bench.qio', 1000000, 'float8 input');
SELECT bench.run_cpu('issue 16', 'float8 output', 'SELECT sum(octet_length(x::text)) FROM bench.qio', 1000000);
SELECT bench.run_cpu('issue 16', 'angle output, dms', 'SELECT sum(octet_length(g::text)) FROM bench.qio', 1000000,
	'float8 output', 7, 'SET angle.output_unit = dms');
-- 10^7 rows, serial and with 2 workers (wall clock: the workers' CPU
-- time is not the backend's).
SELECT bench.run('issue 16, 10^7 rows', 'sum(x)', 'SELECT sum(x) FROM bench.t16big', 10000000, NULL, 3);
SELECT bench.run('issue 16, 10^7 rows', 'sum(x), 2 workers', 'SELECT sum(x) FROM bench.t16big', 10000000, 'sum(x)', 3, :'par');
SELECT bench.run('issue 16, 10^7 rows', 'circular_mean(x, 360)', 'SELECT circular_mean(x, 360) FROM bench.t16big', 10000000, 'sum(x)', 3);
SELECT bench.run('issue 16, 10^7 rows', 'circular_mean(x, 360), 2 workers',
	'SELECT circular_mean(x, 360) FROM bench.t16big', 10000000, 'circular_mean(x, 360)', 3, :'par');

-- Hashed-group memory: the HashAggregate's peak memory (EXPLAIN ANALYZE),
-- circular_mean against sum(x), at 1,000 and 100,000 groups.
CREATE FUNCTION bench.hash_kb(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	SET LOCAL enable_sort = off;
	SET LOCAL work_mem = '1GB';
	EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO plan;
	RETURN (SELECT (n ->> 'Peak Memory Usage')::float8
	          FROM json_array_elements(plan -> 0 -> 'Plan' -> 'Plans') n
	         WHERE n ->> 'Strategy' = 'Hashed' LIMIT 1);
END $$;
INSERT INTO bench.memory (what, groups, kb)
SELECT f.what, k.groups, bench.hash_kb(format('SELECT count(m) FROM (SELECT %s, %s m FROM bench.t16 GROUP BY 1) q', k.col, f.agg))
  FROM (VALUES ('sum(x)', 'sum(x)'), ('circular_mean(x, 360)', 'circular_mean(x, 360)')) f(what, agg),
       (VALUES (1000, 'g'), (100000, 'g100k')) k(groups, col);
