-- Sector filters and nearest headings on an angle column: the GiST
-- operator class angle_arc_ops against a sequential scan, and its size
-- and build time against a btree on the same column.  Rows: 10^6 unless
-- the environment sets ANGLE_ARC_ROWS (e.g. 10000000).
\set ON_ERROR_STOP 1
\getenv arc_rows ANGLE_ARC_ROWS
\if :{?arc_rows}
\else
\set arc_rows 1000000
\endif
SELECT setseed(0.14);
CREATE TABLE bench.arcdir AS
SELECT angle(random() * 360 + CASE WHEN i % 20 = 0 THEN 720 ELSE 0 END, 'deg') AS dir
  FROM generate_series(1, :arc_rows) i;
VACUUM ANALYZE bench.arcdir;

-- Build time (ns per row) and size (bytes per row), recorded as results.
CREATE FUNCTION bench.arc_build(ix text, method text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	n bigint := (SELECT count(*) FROM bench.arcdir);
BEGIN
	t0 := clock_timestamp();
	EXECUTE format('CREATE INDEX %I ON bench.arcdir USING %s (dir)', ix, method);
	INSERT INTO bench.result (section, label, rows, baseline, ns_median, ns_min, ns_max)
	VALUES ('arc index build', method || ' build (ns/row)', n,
	        CASE WHEN method = 'gist' THEN 'btree build (ns/row)' END,
	        extract(epoch FROM clock_timestamp() - t0) * 1e9 / n, NULL, NULL),
	       ('arc index size', method || ' size (bytes/row)', n,
	        CASE WHEN method = 'gist' THEN 'btree size (bytes/row)' END,
	        pg_relation_size(('bench.' || ix)::regclass)::float8 / n, NULL, NULL);
END $$;
SELECT bench.arc_build('arcdir_btree', 'btree');
DROP INDEX bench.arcdir_btree;
SELECT bench.arc_build('arcdir_gist', 'gist');
VACUUM ANALYZE bench.arcdir;

-- The same rows under a btree in position order (angle_position_ops,
-- 0.9.0): its build and size against the btree, and below the sector
-- queries through it (a range, index-only; across 0, a bitmap OR of two
-- ranges, since no GiST index is on this copy).
CREATE TABLE bench.arcpos AS TABLE bench.arcdir;
VACUUM ANALYZE bench.arcpos;
CREATE FUNCTION bench.arcpos_build() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	n bigint := (SELECT count(*) FROM bench.arcpos);
BEGIN
	t0 := clock_timestamp();
	CREATE INDEX arcpos_btree ON bench.arcpos (dir angle_position_ops);
	INSERT INTO bench.result (section, label, rows, baseline, ns_median, ns_min, ns_max)
	VALUES ('arc index build', 'position btree build (ns/row)', n, 'btree build (ns/row)',
	        extract(epoch FROM clock_timestamp() - t0) * 1e9 / n, NULL, NULL),
	       ('arc index size', 'position btree size (bytes/row)', n, 'btree size (bytes/row)',
	        pg_relation_size('bench.arcpos_btree')::float8 / n, NULL, NULL);
END $$;
SELECT bench.arcpos_build();
VACUUM ANALYZE bench.arcpos;

-- A 10-degree sector: index (bitmap scan) against a sequential scan; and
-- one across 0.  ns per row of the table, so the ratio is the speed-up.
SELECT bench.run('arc sector', 'seq scan: dir <@ [85°,95°]',
	$q$SELECT count(*) FROM bench.arcdir WHERE dir <@ '[85°,95°]'::arc$q$, :arc_rows, NULL, 5,
	'SET enable_indexscan = off; SET enable_bitmapscan = off');
SELECT bench.run('arc sector', 'gist: dir <@ [85°,95°]',
	$q$SELECT count(*) FROM bench.arcdir WHERE dir <@ '[85°,95°]'::arc$q$, :arc_rows,
	'seq scan: dir <@ [85°,95°]', 20, 'SET enable_seqscan = off');
SELECT bench.run('arc sector', 'seq scan: dir <@ [355°,5°]',
	$q$SELECT count(*) FROM bench.arcdir WHERE dir <@ '[355°,5°]'::arc$q$, :arc_rows, NULL, 5,
	'SET enable_indexscan = off; SET enable_bitmapscan = off');
SELECT bench.run('arc sector', 'gist: dir <@ [355°,5°]',
	$q$SELECT count(*) FROM bench.arcdir WHERE dir <@ '[355°,5°]'::arc$q$, :arc_rows,
	'seq scan: dir <@ [355°,5°]', 20, 'SET enable_seqscan = off');
SELECT bench.run('arc sector', 'position btree: dir <@ [85°,95°]',
	$q$SELECT count(*) FROM bench.arcpos WHERE dir <@ '[85°,95°]'::arc$q$, :arc_rows,
	'seq scan: dir <@ [85°,95°]', 20, 'SET enable_seqscan = off');
SELECT bench.run('arc sector', 'position btree: dir <@ [355°,5°]',
	$q$SELECT count(*) FROM bench.arcpos WHERE dir <@ '[355°,5°]'::arc$q$, :arc_rows,
	'seq scan: dir <@ [355°,5°]', 20, 'SET enable_seqscan = off');
-- KNN: the 10 nearest to 80 degrees and to 1 degree (across 0), index
-- against the sort of the whole table (top-N heap sort of a seq scan).
SELECT bench.run('arc knn', 'sort: ORDER BY dir <-> 80° LIMIT 10',
	$q$SELECT count(*) FROM (SELECT dir FROM bench.arcdir ORDER BY dir <-> '80°'::angle LIMIT 10) s$q$,
	:arc_rows, NULL, 5, 'SET enable_indexscan = off; SET enable_bitmapscan = off');
SELECT bench.run('arc knn', 'gist: ORDER BY dir <-> 80° LIMIT 10',
	$q$SELECT count(*) FROM (SELECT dir FROM bench.arcdir ORDER BY dir <-> '80°'::angle LIMIT 10) s$q$,
	:arc_rows, 'sort: ORDER BY dir <-> 80° LIMIT 10', 50, 'SET enable_seqscan = off');
SELECT bench.run('arc knn', 'sort: ORDER BY dir <-> 1° LIMIT 10',
	$q$SELECT count(*) FROM (SELECT dir FROM bench.arcdir ORDER BY dir <-> '1°'::angle LIMIT 10) s$q$,
	:arc_rows, NULL, 5, 'SET enable_indexscan = off; SET enable_bitmapscan = off');
SELECT bench.run('arc knn', 'gist: ORDER BY dir <-> 1° LIMIT 10',
	$q$SELECT count(*) FROM (SELECT dir FROM bench.arcdir ORDER BY dir <-> '1°'::angle LIMIT 10) s$q$,
	:arc_rows, 'sort: ORDER BY dir <-> 1° LIMIT 10', 50, 'SET enable_seqscan = off');
