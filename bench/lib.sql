-- Timing helpers for the benchmarks: run a query several times and keep
-- the median and spread of the wall-clock time per row.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE IF NOT EXISTS bench.result (
	section text, label text, rows bigint, baseline text,
	ns_median float8, ns_min float8, ns_max float8, ord serial);

-- Time query q (reps runs) and record ns/row for n rows.
CREATE OR REPLACE FUNCTION bench.run(section text, label text, q text, n bigint,
                                     baseline text DEFAULT NULL, reps int DEFAULT 5)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	ms float8[] := '{}';
	i int;
BEGIN
	EXECUTE q;	-- warm-up
	FOR i IN 1..reps LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		ms := ms || (extract(epoch FROM clock_timestamp() - t0) * 1e9 / n);
	END LOOP;
	SELECT array_agg(x ORDER BY x) INTO ms FROM unnest(ms) x;
	INSERT INTO bench.result (section, label, rows, baseline, ns_median, ns_min, ns_max)
	VALUES (section, label, n, baseline, ms[(reps + 1) / 2], ms[1], ms[reps]);
END $$;
