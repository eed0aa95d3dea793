-- Equality and hashing of circular_corr_state (0.11.0): states of the same
-- rows are equal in any order and plan; one changed row, another period
-- or the other kind is not equal; every empty state of a kind is equal
-- (its period may be written -0); DISTINCT, UNION, GROUP BY and hash
-- joins work on stored states; the 32-bit hash is the low half of the
-- extended hash at seed 0, and equal states hash alike.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
CREATE TABLE cc_rows AS
  SELECT i, i % 5 AS g, (i * 37.7) % 360 AS a, (i * 11.3) % 360 AS b, (i % 13) * 1.5 AS x
    FROM generate_series(1, 2000) i;
CREATE TEMP TABLE st AS
SELECT 'cc asc' AS what, circular_corr_agg(a, b, 360 ORDER BY i) AS s FROM cc_rows
UNION ALL SELECT 'cc desc', circular_corr_agg(a, b, 360 ORDER BY i DESC) FROM cc_rows
UNION ALL SELECT 'cc merged', circular_corr_merge(s) FROM (SELECT g, circular_corr_agg(a, b, 360) s FROM cc_rows GROUP BY g) q
UNION ALL SELECT 'cc one row changed', circular_corr_agg(CASE WHEN i = 7 THEN a + 1e-9 ELSE a END, b, 360) FROM cc_rows
UNION ALL SELECT 'cc period 400', circular_corr_agg(a, b, 400) FROM cc_rows
UNION ALL SELECT 'cl asc', circular_linear_corr_agg(a, x, 360 ORDER BY i) FROM cc_rows
UNION ALL SELECT 'cl desc', circular_linear_corr_agg(a, x, 360 ORDER BY i DESC) FROM cc_rows;
-- Which states are equal to which (= and <> agree).
SELECT l.what, string_agg(r.what, ', ' ORDER BY r.what) FILTER (WHERE l.s = r.s) AS equal_to,
       bool_and((l.s = r.s) = NOT (l.s <> r.s)) AS ne_is_not_eq
  FROM st l CROSS JOIN st r GROUP BY l.what ORDER BY l.what;
-- DISTINCT (sorted, inside an aggregate), GROUP BY (hashed and sorted),
-- UNION, an order consistent with =, and a hash join.
SELECT count(DISTINCT s) AS distinct_states FROM st;
SET enable_hashagg = off;
SELECT count(*) AS sorted_groups FROM (SELECT s FROM st GROUP BY s) q;
RESET enable_hashagg;
SELECT bool_and((l.s = r.s) = (l.s <= r.s AND l.s >= r.s)
                AND (l.s < r.s) = (r.s > l.s) AND (l.s < r.s) = NOT (l.s >= r.s)
                AND (l.s = r.s) = (circular_corr_state_cmp(l.s, r.s) = 0)) AS order_consistent
  FROM st l CROSS JOIN st r;
SET enable_sort = off;
SELECT count(*) AS groups FROM (SELECT s FROM st GROUP BY s) q;
RESET enable_sort;
SELECT count(*) AS union_rows FROM (SELECT s FROM st UNION SELECT s FROM st) q;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS join_pairs FROM st l JOIN st r ON l.s = r.s;
RESET enable_nestloop;
RESET enable_mergejoin;
-- Hashes: equal states hash alike, the 32-bit hash is the low half of
-- the extended one at seed 0, and another seed gives another hash.
SELECT count(DISTINCT circular_corr_state_hash(s)) AS hashes,
       bool_and(circular_corr_state_hash(s)::bigint & 4294967295 =
                circular_corr_state_hash_extended(s, 0) & 4294967295) AS low_half,
       bool_and(circular_corr_state_hash_extended(s, 0) <> circular_corr_state_hash_extended(s, 1)) AS seeded
  FROM st;
-- Empty states: from text with period 0 and with period -0, equal, one hash.
CREATE TEMP TABLE empties AS
SELECT ('0101' || repeat('00', 16) || p || repeat('00', length(encode(circular_corr_state_send(s), 'hex')) / 2 - 26))::circular_corr_state AS e
  FROM (SELECT s FROM st WHERE what = 'cc asc') q, (VALUES ('0000000000000000'), ('8000000000000000')) v(p);
SELECT count(*) AS empties, count(DISTINCT e) AS distinct_empties,
       count(DISTINCT circular_corr_state_hash(e)) AS empty_hashes,
       min(e::text) = max(e::text) AS same_text
  FROM empties;
DROP TABLE cc_rows;
