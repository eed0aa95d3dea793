-- The timestamptz forms with an explicit zone (0.6.0): the time of day of
-- each timestamp in the named zone, as AT TIME ZONE, whatever the
-- session's TimeZone.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
CREATE TEMP TABLE ev (ts timestamptz, w float8);
INSERT INTO ev VALUES ('2024-03-30 22:30+00', 1), ('2024-03-31 00:30+00', 2), ('2024-07-01 23:45+00', 1),
                      ('1970-01-01 01:00+00', 1), ('1900-06-01 23:00+00', 1), (NULL, 1);
-- the same in every session time zone; ts::time is not
SET TimeZone = 'UTC';
SELECT circular_mean(ts, 'Europe/Paris') AS paris, circular_mean(ts, 'UTC') AS utc,
       circular_mean(ts, w, 'Asia/Kolkata') AS kolkata_weighted, circular_mean(ts::time) AS session FROM ev;
SET TimeZone = 'America/New_York';
SELECT circular_mean(ts, 'Europe/Paris') AS paris, circular_mean(ts, 'UTC') AS utc,
       circular_mean(ts, w, 'Asia/Kolkata') AS kolkata_weighted, circular_mean(ts::time) AS session FROM ev;
-- equal to the time form over ts AT TIME ZONE zone, for every statistic
SELECT circular_stats_agg(ts, 'Europe/Paris') = circular_stats_agg((ts AT TIME ZONE 'Europe/Paris')::time) AS agg,
       circular_stats_agg(ts, w, 'Europe/Paris') = circular_stats_agg((ts AT TIME ZONE 'Europe/Paris')::time, w) AS agg_w,
       mean_resultant_length(ts, 'Europe/Paris') = mean_resultant_length((ts AT TIME ZONE 'Europe/Paris')::time) AS rbar,
       circular_var(ts, w, 'Europe/Paris') = circular_var((ts AT TIME ZONE 'Europe/Paris')::time, w) AS var,
       circular_stddev(ts, 'Europe/Paris') = circular_stddev((ts AT TIME ZONE 'Europe/Paris')::time) AS stddev,
       angular_deviation(ts, w, 'Europe/Paris') = angular_deviation((ts AT TIME ZONE 'Europe/Paris')::time, w) AS angdev
  FROM ev;
-- summer time: 22:30 UTC in March (before the change) and 23:45 UTC in July
SELECT ts, circular_mean(ts, 'Europe/Paris') AS local FROM ev WHERE ts IS NOT NULL GROUP BY ts ORDER BY ts;
-- a NULL zone or timestamp skips the row
SELECT circular_stats_count(circular_stats_agg(ts, z)) AS counted
  FROM (VALUES ('2024-01-01 12:00+00'::timestamptz, 'UTC'), (NULL, 'UTC'), ('2024-01-01 13:00+00', NULL)) v(ts, z);
-- moving windows and parallel plans
SELECT i, circular_mean(ts, 'UTC') OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS moving
  FROM (SELECT row_number() OVER (ORDER BY ts) AS i, ts FROM ev WHERE ts IS NOT NULL) q ORDER BY i;
CREATE TEMP TABLE big AS SELECT '2024-01-01 00:00+00'::timestamptz + i * interval '37 min' AS ts FROM generate_series(1, 100000) i;
ANALYZE big;
SELECT circular_stats_agg(ts, 'Asia/Tokyo') = circular_stats_agg((ts AT TIME ZONE 'Asia/Tokyo')::time) AS serial FROM big;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT circular_stats_agg(ts, 'Asia/Tokyo') = (SELECT circular_stats_agg((ts AT TIME ZONE 'Asia/Tokyo')::time) FROM big) AS parallel FROM big;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET TimeZone;
