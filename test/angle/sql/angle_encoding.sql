-- angle output for the client's encoding in every plan: a parallel worker
-- prints what the leader would (its own client encoding is the database's,
-- but it has the leader's client_encoding setting).  An SQL_ASCII client
-- gets "deg"; a LATIN1 client gets the degree sign (converted by the
-- server); serial and parallel plans give the same text.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
CREATE TABLE enc AS SELECT i, angle(i * 7.5, 'deg') AS a FROM generate_series(1, 3000) i;
ANALYZE enc;
CREATE FUNCTION pg_temp.plan_has(q text, what text) RETURNS bool LANGUAGE plpgsql AS $$
DECLARE l text;
BEGIN
	FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF l LIKE '%' || what || '%' THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
CREATE TEMP TABLE texts (plan text, enc text, digest text, sample text);
-- Serial.
SET client_encoding = 'SQL_ASCII';
INSERT INTO texts SELECT 'serial', 'SQL_ASCII', md5(string_agg(t, ',' ORDER BY i)), min(t) FILTER (WHERE i = 4)
  FROM (SELECT i, a::text AS t FROM enc) s;
SET client_encoding = 'LATIN1';
INSERT INTO texts SELECT 'serial', 'LATIN1', md5(string_agg(t, ',' ORDER BY i)), min(t) FILTER (WHERE i = 4)
  FROM (SELECT i, a::text AS t FROM enc) s;
RESET client_encoding;
-- Parallel: every row's text made in a worker (the leader does not take
-- part).
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT pg_temp.plan_has('SELECT i, a::text AS t FROM enc', 'Gather') AS parallel_plan;
SET client_encoding = 'SQL_ASCII';
CREATE TEMP TABLE par_ascii AS SELECT i, a::text AS t FROM enc;
SET client_encoding = 'LATIN1';
CREATE TEMP TABLE par_latin1 AS SELECT i, a::text AS t FROM enc;
RESET client_encoding;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
INSERT INTO texts SELECT 'parallel', 'SQL_ASCII', md5(string_agg(t, ',' ORDER BY i)), min(t) FILTER (WHERE i = 4) FROM par_ascii;
INSERT INTO texts SELECT 'parallel', 'LATIN1', md5(string_agg(t, ',' ORDER BY i)), min(t) FILTER (WHERE i = 4) FROM par_latin1;
-- The samples: 30 degrees as each client is sent it (shown here in the
-- database's encoding), and whether serial and parallel agree.
SELECT enc, sample, count(DISTINCT digest) = 1 AS same_text_in_both_plans
  FROM texts GROUP BY enc, sample ORDER BY enc;
SELECT count(*) AS plans_and_encodings FROM texts;
DROP TABLE enc;
