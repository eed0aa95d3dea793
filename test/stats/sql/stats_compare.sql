-- Equality, order and hashing of circular_stats states (0.6.0): UNION,
-- DISTINCT, GROUP BY, count(DISTINCT), joins and indexes over stored
-- states.  Two states are equal when their counts, period and exact sums
-- are (README "circular_stats state type").
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
CREATE TEMP TABLE st AS
SELECT g, circular_stats_agg(x, 360) AS s
  FROM (VALUES (1, 10.0), (1, 20), (2, 20), (2, 10), (3, 10), (3, 20), (3, 30), (4, 10)) v(g, x)
 GROUP BY g;
-- the same rows in any order are the same state; another row is not
SELECT a.g, b.g AS h, a.s = b.s AS eq, a.s <> b.s AS ne
  FROM st a, st b WHERE a.g < b.g ORDER BY 1, 2;
-- the same values at another period, or with another weight, differ
SELECT circular_stats_agg(x, 360) = circular_stats_agg(x, 720) AS other_period,
       circular_stats_agg(x, 360) = circular_stats_agg(x, 2, 360) AS other_weight,
       circular_stats_agg(x, 1, 360) = circular_stats_agg(x, 360) AS weight_one
  FROM (VALUES (10.0), (20)) v(x);
-- states of times of day and of float8 hours with period 24 are the same
SELECT circular_stats_agg(t) = circular_stats_agg(extract(epoch FROM t) / 3600, 24) AS time_is_hours
  FROM (VALUES ('01:00'::time), ('23:30')) v(t);
-- an emptied state equals the empty state, and its text form reads back equal
SELECT circular_stats_inv(circular_stats_accum('(1,0,0,0,0x0,0x0,0x0)', 5, 360), 5, 360)
       = '(1,0,0,0,0x0,0x0,0x0)' AS emptied,
       bool_and(s = s::text::circular_stats) AS text_round_trip FROM st;
-- DISTINCT, UNION and GROUP BY, hashed and sorted
SET enable_hashagg = off;
SELECT count(*) AS distinct_sorted FROM (SELECT DISTINCT s FROM st) d;
SELECT count(*) AS union_sorted FROM (SELECT s FROM st UNION SELECT s FROM st) u;
SELECT circular_stats_count(s) AS n, count(*) FROM st GROUP BY s ORDER BY 1, 2;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS distinct_hashed FROM (SELECT DISTINCT s FROM st) d;
SELECT count(*) AS union_hashed FROM (SELECT s FROM st UNION SELECT s FROM st) u;
SELECT count(*) AS groups_hashed FROM (SELECT s FROM st GROUP BY s) q;
RESET enable_sort;
SELECT count(DISTINCT s) AS count_distinct FROM st;
-- hash join and merge join on states
SET enable_nestloop = off; SET enable_mergejoin = off;
SELECT count(*) AS hash_join FROM st a JOIN st b ON a.s = b.s;
RESET enable_mergejoin; SET enable_hashjoin = off;
SELECT count(*) AS merge_join FROM st a JOIN st b ON a.s = b.s;
RESET enable_hashjoin; RESET enable_nestloop;
-- btree and hash indexes
CREATE INDEX ON st USING btree (s);
CREATE INDEX ON st USING hash (s);
SET enable_seqscan = off;
SELECT g FROM st WHERE s = (SELECT s FROM st WHERE g = 2) ORDER BY g;
RESET enable_seqscan;
-- the order is total and consistent with =: sorting is deterministic
SELECT array_agg(g ORDER BY s, g) AS sorted FROM st;
SELECT bool_and((a.s < b.s)::int + (a.s = b.s)::int + (a.s > b.s)::int = 1
            AND (a.s <= b.s) = NOT (a.s > b.s) AND (a.s >= b.s) = NOT (a.s < b.s)
            AND sign(circular_stats_cmp(a.s, b.s)) = CASE WHEN a.s < b.s THEN -1 WHEN a.s = b.s THEN 0 ELSE 1 END
            AND (circular_stats_hash(a.s) = circular_stats_hash(b.s) OR a.s <> b.s)
            AND (circular_stats_hash_extended(a.s, 7) = circular_stats_hash_extended(b.s, 7) OR a.s <> b.s))
       AS consistent
  FROM st a, st b;
-- negative sums order below positive ones (signed comparison)
SELECT circular_stats_agg(x, 360) < circular_stats_agg(y, 360) AS neg_below_pos
  FROM (VALUES (-90.0, 90.0)) v(x, y);
-- a state keeps only counts and sums, but a version 2 state (0.10.0) keeps
-- those of order 2 too: {0, 180} and {90, 270} differ there (cos 2x = 1, -1)
SELECT (SELECT circular_stats_agg(x, 360) FROM (VALUES (0.0), (180)) v(x))
     = (SELECT circular_stats_agg(x, 360) FROM (VALUES (90.0), (270)) v(x)) AS same_sums;
