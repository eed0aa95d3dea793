-- Circular statistics aggregates (issue 4) against the baselines the issue
-- names, in the same run: sum(x) and the SQL formula
-- degrees(atan2(avg(sind(x)), avg(cosd(x)))), serial and with 2 parallel
-- workers, over 1M and 10M rows of random()*360; and a moving window with a
-- 1,000-row frame.  Targets (ratio column of the report):
--   circular_mean(x, 360)       vs sum(x):                 <= 1.6
--   SQL formula                 vs circular_mean(x, 360):  >= 2
--   circular_mean, 2 workers    vs circular_mean(x, 360):  <= 0.71 (>= 1.4x faster, 10M)
--   window circular_mean        vs window sum(x):          <= 3
--   circular_mean(x, w, 360)    vs sum(x):                 <= 1.4 (issue 16)
--   SQL weighted formula        vs circular_mean(x, w, 360): >= 2.5 (issue 16)
--   circular_mean(time)         vs sum(x):                 <= 1.25 (issue 16)
-- bench/run.sh runs every query without JIT and serially unless its
-- settings say otherwise.
-- About 2 minutes on the 2-core development box.
\set ON_ERROR_STOP 1
\set par 'SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0'
SELECT setseed(0.42);
CREATE TABLE bench.c1m AS
SELECT i, random() * 360 AS x FROM generate_series(1, 1000000) i;
CREATE TABLE bench.c10m AS
SELECT i, random() * 360 AS x FROM generate_series(1, 10000000) i;
CREATE TABLE bench.c20k AS SELECT * FROM bench.c1m WHERE i <= 20000;
VACUUM ANALYZE bench.c1m;
VACUUM ANALYZE bench.c10m;
VACUUM ANALYZE bench.c20k;

-- Serial.  5 runs at 1M rows, 3 at 10M (each run is a few seconds there).
SELECT bench.run('circular_mean, serial', 'sum(x)',
	'SELECT sum(x) FROM bench.c1m', 1000000);
SELECT bench.run('circular_mean, serial', 'circular_mean(x, 360)',
	'SELECT circular_mean(x, 360) FROM bench.c1m', 1000000, 'sum(x)');
SELECT bench.run('circular_mean, serial', 'SQL formula',
	'SELECT degrees(atan2(avg(sind(x)), avg(cosd(x)))) FROM bench.c1m', 1000000,
	'circular_mean(x, 360)');
SELECT bench.run('circular_mean, serial', 'sum(x)',
	'SELECT sum(x) FROM bench.c10m', 10000000, NULL, 3);
SELECT bench.run('circular_mean, serial', 'circular_mean(x, 360)',
	'SELECT circular_mean(x, 360) FROM bench.c10m', 10000000, 'sum(x)', 3);
SELECT bench.run('circular_mean, serial', 'SQL formula',
	'SELECT degrees(atan2(avg(sind(x)), avg(cosd(x)))) FROM bench.c10m', 10000000,
	'circular_mean(x, 360)', 3);

-- 2 parallel workers (the leader participates too), compared with the
-- serial run of the same query: ratio = parallel / serial time.
SELECT bench.run('circular_mean, serial', 'sum(x), 2 workers',
	'SELECT sum(x) FROM bench.c10m', 10000000, 'sum(x)', 3, :'par');
SELECT bench.run('circular_mean, serial', 'circular_mean, 2 workers',
	'SELECT circular_mean(x, 360) FROM bench.c10m', 10000000, 'circular_mean(x, 360)', 3, :'par');

-- The other aggregates share circular_mean's transition function; each
-- against sum(x) and the SQL formula a user would write, at 1M and 10M
-- rows, serial and (10M) with 2 workers.
SELECT bench.run('other aggregates', 'sum(x)', 'SELECT sum(x) FROM bench.c1m', 1000000, NULL, 5);
SELECT bench.run('other aggregates', 'mean_resultant_length(x, 360)',
	'SELECT mean_resultant_length(x, 360) FROM bench.c1m', 1000000, 'sum(x)', 5);
SELECT bench.run('other aggregates', 'SQL R',
	'SELECT sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2) FROM bench.c1m', 1000000,
	'mean_resultant_length(x, 360)', 5);
SELECT bench.run('other aggregates', 'circular_var(x, 360)',
	'SELECT circular_var(x, 360) FROM bench.c1m', 1000000, 'sum(x)', 5);
SELECT bench.run('other aggregates', 'SQL 1 - R',
	'SELECT 1 - sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2) FROM bench.c1m', 1000000,
	'circular_var(x, 360)', 5);
SELECT bench.run('other aggregates', 'circular_stddev(x, 360)',
	'SELECT circular_stddev(x, 360) FROM bench.c1m', 1000000, 'sum(x)', 5);
SELECT bench.run('other aggregates', 'SQL sqrt(-2 ln R)',
	'SELECT degrees(sqrt(-2 * ln(sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2)))) FROM bench.c1m', 1000000,
	'circular_stddev(x, 360)', 5);
SELECT bench.run('other aggregates', 'angular_deviation(x, 360)',
	'SELECT angular_deviation(x, 360) FROM bench.c1m', 1000000, 'sum(x)', 5);
SELECT bench.run('other aggregates', 'SQL sqrt(2 (1 - R))',
	'SELECT degrees(sqrt(2 * (1 - sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2)))) FROM bench.c1m', 1000000,
	'angular_deviation(x, 360)', 5);
SELECT bench.run('other aggregates', 'sum(x)', 'SELECT sum(x) FROM bench.c10m', 10000000, NULL, 3);
SELECT bench.run('other aggregates', 'mean_resultant_length(x, 360)',
	'SELECT mean_resultant_length(x, 360) FROM bench.c10m', 10000000, 'sum(x)', 3);
SELECT bench.run('other aggregates', 'SQL R',
	'SELECT sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2) FROM bench.c10m', 10000000,
	'mean_resultant_length(x, 360)', 3);
SELECT bench.run('other aggregates', 'circular_var(x, 360)',
	'SELECT circular_var(x, 360) FROM bench.c10m', 10000000, 'sum(x)', 3);
SELECT bench.run('other aggregates', 'SQL 1 - R',
	'SELECT 1 - sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2) FROM bench.c10m', 10000000,
	'circular_var(x, 360)', 3);
SELECT bench.run('other aggregates', 'circular_stddev(x, 360)',
	'SELECT circular_stddev(x, 360) FROM bench.c10m', 10000000, 'sum(x)', 3);
SELECT bench.run('other aggregates', 'SQL sqrt(-2 ln R)',
	'SELECT degrees(sqrt(-2 * ln(sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2)))) FROM bench.c10m', 10000000,
	'circular_stddev(x, 360)', 3);
SELECT bench.run('other aggregates', 'angular_deviation(x, 360)',
	'SELECT angular_deviation(x, 360) FROM bench.c10m', 10000000, 'sum(x)', 3);
SELECT bench.run('other aggregates', 'SQL sqrt(2 (1 - R))',
	'SELECT degrees(sqrt(2 * (1 - sqrt(avg(sind(x)) ^ 2 + avg(cosd(x)) ^ 2)))) FROM bench.c10m', 10000000,
	'angular_deviation(x, 360)', 3);
SELECT bench.run('other aggregates', 'mean_resultant_length(x, 360), 2 workers',
	'SELECT mean_resultant_length(x, 360) FROM bench.c10m', 10000000, 'mean_resultant_length(x, 360)', 3, :'par');
SELECT bench.run('other aggregates', 'circular_var(x, 360), 2 workers',
	'SELECT circular_var(x, 360) FROM bench.c10m', 10000000, 'circular_var(x, 360)', 3, :'par');
SELECT bench.run('other aggregates', 'circular_stddev(x, 360), 2 workers',
	'SELECT circular_stddev(x, 360) FROM bench.c10m', 10000000, 'circular_stddev(x, 360)', 3, :'par');
SELECT bench.run('other aggregates', 'angular_deviation(x, 360), 2 workers',
	'SELECT angular_deviation(x, 360) FROM bench.c10m', 10000000, 'angular_deviation(x, 360)', 3, :'par');

-- Weighted rows (weights random() * 10) and times of day (period 24),
-- against sum(x) over the same table and the weighted SQL formula.
CREATE TABLE bench.w1m AS
SELECT i, x, random() * 10 AS w,
       time '00:00' + random() * interval '24 hours' AS tod
  FROM bench.c1m;
VACUUM ANALYZE bench.w1m;
SELECT bench.run('weighted and time', 'sum(x)', 'SELECT sum(x) FROM bench.w1m', 1000000);
SELECT bench.run('weighted and time', 'circular_mean(x, w, 360)',
	'SELECT circular_mean(x, w, 360) FROM bench.w1m', 1000000, 'sum(x)');
SELECT bench.run('weighted and time', 'SQL weighted formula',
	'SELECT degrees(atan2(sum(w * sin(radians(x))), sum(w * cos(radians(x))))) FROM bench.w1m',
	1000000, 'circular_mean(x, w, 360)');
SELECT bench.run('weighted and time', 'circular_mean(time)',
	'SELECT circular_mean(tod) FROM bench.w1m', 1000000, 'sum(x)');
SELECT bench.run('weighted and time', 'circular_mean(time, w)',
	'SELECT circular_mean(tod, w) FROM bench.w1m', 1000000, 'sum(x)');

-- Moving window, 1,000-row frame.  circular_mean has an inverse transition
-- (O(1) per row); sum(float8) has none, so PostgreSQL recomputes each
-- frame: about 1,000 additions per row, some 130 s for 1M rows here.  Its
-- cost per row does not depend on the number of rows, so both are timed
-- over the first 20,000 rows (a table of their own) for the ratio, and
-- circular_mean also over all 1M.
SELECT bench.run('window, 1000-row frame', 'sum(x)',
	'SELECT count(s) FROM (SELECT sum(x) OVER w AS s FROM bench.c20k
	  WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q',
	20000, NULL, 3);
SELECT bench.run('window, 1000-row frame', 'circular_mean(x, 360)',
	'SELECT count(s) FROM (SELECT circular_mean(x, 360) OVER w AS s FROM bench.c20k
	  WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q',
	20000, 'sum(x)', 3);
SELECT bench.run('window, 1000-row frame', 'circular_mean(x, 360)',
	'SELECT count(s) FROM (SELECT circular_mean(x, 360) OVER w AS s FROM bench.c1m
	  WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q',
	1000000, NULL, 3);

