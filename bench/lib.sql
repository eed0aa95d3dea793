-- Timing helpers for the benchmarks.  bench.run() queues a query; after each
-- bench file, bench.flush() runs the queued queries round-robin (so that a
-- burst of load on this shared machine hits every query alike) and records
-- the median and spread of the wall-clock time per row, or of the
-- backend's CPU time per row for the rows queued by bench.run_cpu()
-- (bench_cpu_ns(), bench/naive.c: the issue-16 rows, as that issue
-- measured them; a parallel query's workers are not counted, so those
-- rows use the wall clock).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE IF NOT EXISTS bench.result (
	section text, label text, rows bigint, baseline text,
	ns_median float8, ns_min float8, ns_max float8, ord serial,
	cpu bool DEFAULT false);
CREATE TABLE IF NOT EXISTS bench.pending (
	section text, label text, q text, rows bigint, baseline text,
	reps int, settings text, ms float8[] DEFAULT '{}', ord serial,
	cpu bool DEFAULT false);
-- Targets of a row's ratio to its baseline ('<=' or '>='), for the report.
CREATE TABLE IF NOT EXISTS bench.target (
	section text, label text, op text, target float8, what text);
-- Memory figures (kB), for the report.
CREATE TABLE IF NOT EXISTS bench.memory (what text, groups bigint, kb float8);

-- Queue query q over n rows; settings (e.g. 'SET max_parallel_workers_per_gather = 2')
-- are applied around each run of it.
CREATE OR REPLACE FUNCTION bench.run(section text, label text, q text, n bigint,
                                     baseline text DEFAULT NULL, reps int DEFAULT 5,
                                     settings text DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
	INSERT INTO bench.pending (section, label, q, rows, baseline, reps, settings)
	VALUES (section, label, q, n, baseline, reps, settings);
$$;

-- The same, timed by the backend's CPU time.
CREATE OR REPLACE FUNCTION bench.run_cpu(section text, label text, q text, n bigint,
                                         baseline text DEFAULT NULL, reps int DEFAULT 7,
                                         settings text DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
	INSERT INTO bench.pending (section, label, q, rows, baseline, reps, settings, cpu)
	VALUES (section, label, q, n, baseline, reps, settings, true);
$$;

-- Run one queued query once and return its ns per row (wall clock, or
-- CPU time for a bench.run_cpu() row).
CREATE OR REPLACE FUNCTION bench.once(p bench.pending) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	c0 float8;
	t float8;
	stmt text;
BEGIN
	IF p.settings IS NOT NULL THEN
		FOREACH stmt IN ARRAY string_to_array(p.settings, ';') LOOP
			EXECUTE stmt;
		END LOOP;
	END IF;
	t0 := clock_timestamp();
	c0 := CASE WHEN p.cpu THEN bench_cpu_ns() END;
	EXECUTE p.q;
	IF p.cpu THEN
		t := (bench_cpu_ns() - c0) / p.rows;
	ELSE
		t := extract(epoch FROM clock_timestamp() - t0) * 1e9 / p.rows;
	END IF;
	IF p.settings IS NOT NULL THEN
		EXECUTE 'RESET ALL';
	END IF;
	RETURN t;
END $$;

-- Run every queued query: one warm-up each, then round-robin repetitions.
CREATE OR REPLACE PROCEDURE bench.flush()
LANGUAGE plpgsql AS $$
DECLARE
	p bench.pending;
	r int;
	maxreps int;
BEGIN
	SELECT max(reps) INTO maxreps FROM bench.pending;
	FOR p IN SELECT * FROM bench.pending ORDER BY ord LOOP
		PERFORM bench.once(p);
	END LOOP;
	FOR r IN 1..coalesce(maxreps, 0) LOOP
		FOR p IN SELECT * FROM bench.pending WHERE reps >= r ORDER BY ord LOOP
			UPDATE bench.pending SET ms = ms || bench.once(p) WHERE ord = p.ord;
			COMMIT;
		END LOOP;
	END LOOP;
	INSERT INTO bench.result (section, label, rows, baseline, ns_median, ns_min, ns_max, cpu)
	SELECT section, label, rows, baseline,
	       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ms) x),
	       (SELECT min(x) FROM unnest(ms) x), (SELECT max(x) FROM unnest(ms) x), cpu
	  FROM bench.pending ORDER BY ord;
	DELETE FROM bench.pending;
	COMMIT;
END $$;
