-- Report statistics (issue 12) against the SQL a user would write, in the
-- same run: circular_histogram(x, 360, 16) against width_bucket over the
-- shifted, wrapped values; circular_median(x, 360) against
-- percentile_cont(0.5) on the raw values (the floor: a linear median of
-- the same rows, sort included); at 1M and 10M rows, serial and with 2
-- parallel workers.  bash bench/run.sh circular_report
\set ON_ERROR_STOP 1
\set par 'SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0'
SELECT setseed(0.12);
CREATE TABLE bench.r1m AS SELECT random() * 360 AS x FROM generate_series(1, 1000000) i;
CREATE TABLE bench.r10m AS SELECT random() * 360 AS x FROM generate_series(1, 10000000) i;
VACUUM ANALYZE bench.r1m;
VACUUM ANALYZE bench.r10m;
SELECT bench.run('histogram', 'width_bucket SQL', format(
	'SELECT array_agg(c ORDER BY b) FROM (SELECT width_bucket(((x + 11.25)::numeric %% 360)::float8, 0, 360, 16) b, count(*) c FROM bench.%s GROUP BY 1) q', t),
	n, NULL, r) FROM (VALUES ('r1m', 1000000, 5), ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('histogram', 'circular_histogram(x, 360, 16)',
	format('SELECT circular_histogram(x, 360, 16) FROM bench.%s', t), n, 'width_bucket SQL', r)
	FROM (VALUES ('r1m', 1000000, 5), ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('histogram', 'width_bucket SQL, 2 workers', format(
	'SELECT array_agg(c ORDER BY b) FROM (SELECT width_bucket(((x + 11.25)::numeric %% 360)::float8, 0, 360, 16) b, count(*) c FROM bench.%s GROUP BY 1) q', t),
	n, 'width_bucket SQL', r, :'par') FROM (VALUES ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('histogram', 'circular_histogram, 2 workers',
	format('SELECT circular_histogram(x, 360, 16) FROM bench.%s', t), n, 'circular_histogram(x, 360, 16)', r, :'par')
	FROM (VALUES ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('median', 'percentile_cont(0.5)',
	format('SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM bench.%s', t), n, NULL, r)
	FROM (VALUES ('r1m', 1000000, 5), ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('median', 'circular_median(x, 360)',
	format('SELECT circular_median(x, 360) FROM bench.%s', t), n, 'percentile_cont(0.5)', r)
	FROM (VALUES ('r1m', 1000000, 5), ('r10m', 10000000, 3)) v(t, n, r);
SELECT bench.run('median', 'circular_median, 2 workers',
	format('SELECT circular_median(x, 360) FROM bench.%s', t), n, 'circular_median(x, 360)', r, :'par')
	FROM (VALUES ('r10m', 10000000, 3)) v(t, n, r);
