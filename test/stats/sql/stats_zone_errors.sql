-- Bad input to the timestamptz forms (0.6.0): an unknown zone (22023, as
-- AT TIME ZONE) and an infinite timestamp (22008), in the aggregates and
-- in direct calls of their transition functions.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
SELECT q, pg_temp.try(q, true) AS result
  FROM (VALUES
   ($$SELECT circular_mean(ts, 'Mars/Olympus') FROM (VALUES (now())) v(ts)$$),
   ($$SELECT circular_mean(ts, '') FROM (VALUES (now())) v(ts)$$),
   ($$SELECT circular_mean(ts, 'UTC') FROM (VALUES ('infinity'::timestamptz)) v(ts)$$),
   ($$SELECT circular_stddev(ts, 1, 'UTC') FROM (VALUES ('-infinity'::timestamptz)) v(ts)$$),
   ($$SELECT circular_mean(ts, -1, 'UTC') FROM (VALUES (now())) v(ts)$$),
   ($$SELECT circular_stats_accum(NULL, 'infinity'::timestamptz, 'UTC')$$),
   ($$SELECT circular_stats_accum(NULL, now(), 'nowhere')$$),
   ($$SELECT circular_stats_inv(NULL, '2024-01-01'::timestamptz, 'UTC')$$),
   ($$SELECT circular_stats_inv(circular_stats_accum(NULL, '2024-01-01 10:00+00'::timestamptz, 'UTC'), '2024-01-01 10:00+00'::timestamptz, 1, 'UTC')$$),
   ($$SELECT circular_stats_accum(circular_stats_accum(NULL, 1, 360), '2024-01-01'::timestamptz, 'UTC')$$)
  ) v(q);
