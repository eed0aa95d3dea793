-- GiST indexes on angle, arc, time and timearc columns give exactly the
-- rows of a sequential scan, and both equal an independent reference in
-- exact numeric arithmetic (positions reduced with numeric mod).  KNN
-- returns exactly the brute-force distance order.  The data is a fixed
-- formula (no random()): stored angles in [-720, 720) in steps of 1/64,
-- huge ones (360 m + r up to 2^48, 3 * 2^200 ...), tiny ones whose
-- reduction to [0, 360) would round (-2^-50), -0; arcs that wrap, full,
-- empty, zero-width, 180 degrees wide, ends included or not.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
CREATE EXTENSION IF NOT EXISTS amcheck;
RESET client_min_messages;

-- The reference: exact positions and the arc rules, in numeric.
CREATE FUNCTION pos(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
	AS $$ SELECT CASE WHEN mod(n, 360) < 0 THEN mod(n, 360) + 360 ELSE mod(n, 360) END $$;
CREATE FUNCTION kind(lo numeric, hi numeric, inc bool) RETURNS text LANGUAGE sql IMMUTABLE
	AS $$ SELECT CASE WHEN pos(lo) <> pos(hi) THEN 'arc' WHEN lo <> hi THEN 'full'
	                  WHEN inc THEN 'arc' ELSE 'empty' END $$;
-- offset of x from the start, and the width
CREATE FUNCTION ref_in(x numeric, lo numeric, hi numeric, inc bool) RETURNS bool LANGUAGE sql IMMUTABLE
	AS $$ SELECT CASE kind(lo, hi, inc) WHEN 'empty' THEN false WHEN 'full' THEN true
	                  ELSE pos(x - lo) < pos(hi - lo) OR (pos(x - lo) = pos(hi - lo) AND inc) END $$;
CREATE FUNCTION cdist(x numeric, y numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
	AS $$ SELECT least(pos(x - y), 360 - pos(x - y)) $$;
CREATE FUNCTION ref_dist(x numeric, lo numeric, hi numeric, inc bool) RETURNS numeric LANGUAGE sql IMMUTABLE
	AS $$ SELECT CASE WHEN kind(lo, hi, inc) = 'empty' THEN NULL WHEN ref_in(x, lo, hi, inc) THEN 0
	                  ELSE least(cdist(x, lo), cdist(x, hi)) END $$;
-- b within a: b starts at offset o in a and ends o + width(b) <= width(a)
CREATE FUNCTION ref_within(blo numeric, bhi numeric, binc bool, alo numeric, ahi numeric, ainc bool)
	RETURNS bool LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN kind(blo, bhi, binc) = 'empty' THEN true
	            WHEN kind(alo, ahi, ainc) = 'empty' THEN false
	            WHEN kind(alo, ahi, ainc) = 'full' THEN true
	            WHEN kind(blo, bhi, binc) = 'full' THEN false
	            ELSE pos(blo - alo) + pos(bhi - blo) < pos(ahi - alo)
	              OR (pos(blo - alo) + pos(bhi - blo) = pos(ahi - alo) AND (ainc OR NOT binc)) END $$;
CREATE FUNCTION ref_overlap(alo numeric, ahi numeric, ainc bool, blo numeric, bhi numeric, binc bool)
	RETURNS bool LANGUAGE sql IMMUTABLE AS $$
	SELECT kind(alo, ahi, ainc) <> 'empty' AND kind(blo, bhi, binc) <> 'empty'
	   AND (ref_in(blo, alo, ahi, ainc) OR ref_in(alo, blo, bhi, binc)) $$;
-- an arc from exact numeric bounds, through its text
CREATE FUNCTION mk(lo numeric, hi numeric, inc bool) RETURNS arc LANGUAGE sql IMMUTABLE
	AS $$ SELECT format('[%s,%s%s', lo, hi, CASE WHEN inc THEN ']' ELSE ')' END)::arc $$;

-- Stored angles (exact numerics n, all doubles).
CREATE TABLE pts (id int PRIMARY KEY, n numeric, a angle);
INSERT INTO pts SELECT i, n, angle(n::float8, 'deg') FROM (
	SELECT i, ((i * 7919) % 92160 - 46080) / 64.0 AS n FROM generate_series(1, 3000) i
	UNION ALL SELECT 3000 + i, (1 - 2 * (i % 2)) * (360 * ((i * 104729::bigint * 7919) % (2::bigint ^ 40)::bigint) + (i * 37) % 360)
	  FROM generate_series(1, 300) i
	UNION ALL SELECT 3300 + i, (1 - 2 * (i % 2)) * power(2::numeric, 150 + i) * (2 * i + 1) FROM generate_series(1, 40) i
	UNION ALL SELECT 3400 + i, v FROM unnest(ARRAY[
		0, 360, -360, 180, -180, 720, 359.984375, 0.015625, 10, 350, 80, 260,
		1::numeric(80,60) / power(2::numeric, 50), -1::numeric(80,60) / power(2::numeric, 50),
		-3::numeric(80,60) / power(2::numeric, 60), 360 - 1::numeric(80,60) / power(2::numeric, 40),
		-1::numeric(80,60) / power(2::numeric, 40)]) WITH ORDINALITY u(v, i)) s;
INSERT INTO pts VALUES (3500, 0, '-0'), (3501, 0, '-0'), (3502, 0, '-0°');
-- every n is exactly the stored double
SELECT count(*) AS stored, count(*) FILTER (WHERE degrees(a)::numeric <> n AND abs(n) < 1e15 AND n = round(n, 6)) AS inexact FROM pts;

-- Query arcs: a formula family and the special cases.
CREATE TABLE qa (qid int PRIMARY KEY, lo numeric, hi numeric, inc bool, q arc);
INSERT INTO qa SELECT qid, lo, hi, inc, mk(lo, hi, inc) FROM (
	SELECT i AS qid, ((i * 613) % 5760 - 2880) / 8.0 AS lo,
	       ((i * 613) % 5760 - 2880) / 8.0 + ((i * 389) % 2881) / 8.0 AS hi, i % 3 <> 0 AS inc
	  FROM generate_series(1, 120) i
	UNION ALL SELECT 200 + i, lo, hi, inc FROM (VALUES
		(1, 0, 360, true), (2, 10, 370, false), (3, 5, 5, false), (4, 10, 10, true),
		(5, 0, 0, true), (6, 350, 170, true), (7, 0, 180, false), (8, 180, 360, false),
		(9, 359, 1, true), (10, -10, 10, true), (11, 350, 10, false), (12, 370, 380, true),
		(13, 359.984375, 0.015625, true), (14, 80, 80, true), (15, 260, 80, true),
		(16, -1::numeric(80,60) / power(2::numeric, 50), 1::numeric(80,60) / power(2::numeric, 50), true),
		(17, -3::numeric(80,60) / power(2::numeric, 60), 0, false),
		(18, power(2::numeric, 151) * 3, power(2::numeric, 151) * 3 + power(2::numeric, 100), true),
		(19, 720, 0, true), (20, 0, 0, false)) v(i, lo, hi, inc)) s;
SELECT count(*) FILTER (WHERE q = 'full') AS full_arcs, count(*) FILTER (WHERE q = 'empty') AS empty_arcs,
       count(*) FILTER (WHERE arc_width(q) = '0') AS zero_width, count(*) FILTER (WHERE arc_width(q) = '180') AS half_circles,
       count(*) FILTER (WHERE arc_start(q) > arc_end(q)) AS wrapping
  FROM qa;

CREATE TEMP TABLE ref AS SELECT qid, id FROM qa, pts WHERE ref_in(n, lo, hi, inc);
SELECT count(*) AS matches FROM ref;

-- The operator on a sequential scan equals the reference.
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE seq AS SELECT qid, id FROM qa, pts WHERE a <@ q;
SELECT (SELECT count(*) FROM (TABLE seq EXCEPT TABLE ref) d) AS seq_not_ref,
       (SELECT count(*) FROM (TABLE ref EXCEPT TABLE seq) d) AS ref_not_seq;
RESET enable_indexscan;
RESET enable_bitmapscan;

-- The GiST index on angle serves <@ arc and KNN.
CREATE INDEX pts_gist ON pts USING gist (a);
VACUUM ANALYZE pts;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pts WHERE a <@ '[350°,10°]'::arc;
CREATE TEMP TABLE idx AS SELECT qid, id FROM qa, LATERAL (SELECT id FROM pts WHERE a <@ qa.q) s;
SELECT (SELECT count(*) FROM (TABLE idx EXCEPT TABLE ref) d) AS idx_not_ref,
       (SELECT count(*) FROM (TABLE ref EXCEPT TABLE idx) d) AS ref_not_idx;

-- An index-only scan gives back the stored angles themselves (huge, -0).
EXPLAIN (COSTS OFF) SELECT a FROM pts WHERE a <@ '[350°,10°]'::arc;
CREATE TEMP TABLE ios AS SELECT qid, a::text AS a FROM qa, LATERAL (SELECT a FROM pts WHERE a <@ qa.q) s;
SELECT (SELECT count(*) FROM (TABLE ios EXCEPT ALL SELECT qid, a::text FROM ref JOIN pts USING (id)) d) AS ios_not_ref,
       (SELECT count(*) FROM (SELECT qid, a::text FROM ref JOIN pts USING (id) EXCEPT ALL TABLE ios) d) AS ref_not_ios,
       (SELECT count(*) FROM ios WHERE a = '-0°') AS minus_zero;

-- KNN: the 10 nearest by the index are the brute-force 10 nearest (the
-- distances in order; rows at equal distance come in any order).
CREATE TABLE qp (pid int, n numeric);
INSERT INTO qp VALUES (1, 80), (2, 1), (3, 359), (4, 0), (5, 180), (6, 359.984375), (7, 720.5),
	(8, power(2::numeric, 151) * 3), (9, -1::numeric(80,60) / power(2::numeric, 50)), (10, -90);
EXPLAIN (COSTS OFF) SELECT id FROM pts ORDER BY a <-> '80°'::angle LIMIT 10;
SELECT pid,
       ARRAY(SELECT degrees(a <-> angle(qp.n::float8, 'deg')) FROM pts ORDER BY a <-> angle(qp.n::float8, 'deg') LIMIT 10)
       = ARRAY(SELECT cdist(n, qp.n)::float8 FROM pts ORDER BY 1 LIMIT 10) AS knn_ok
  FROM qp ORDER BY pid;
-- angle <-> arc through the index (strategy 16)
SELECT qid,
       ARRAY(SELECT degrees(a <-> qa.q) FROM pts ORDER BY a <-> qa.q LIMIT 10)
       = ARRAY(SELECT ref_dist(n, qa.lo, qa.hi, qa.inc)::float8 FROM pts ORDER BY 1 LIMIT 10) AS knn_arc_ok
  FROM qa WHERE qid IN (1, 2, 206, 209, 213) ORDER BY qid;

-- Many deletes and inserts, a vacuum: still the reference.
DELETE FROM pts WHERE id % 3 = 0;
INSERT INTO pts SELECT 10000 + i, n, angle(n::float8, 'deg') FROM (
	SELECT i, ((i * 104729) % 184320 - 92160) / 128.0 AS n FROM generate_series(1, 3000) i) s;
VACUUM pts;
DELETE FROM pts WHERE id % 7 = 1;
VACUUM pts;
CREATE TEMP TABLE ref2 AS SELECT qid, id FROM qa, pts WHERE ref_in(n, lo, hi, inc);
CREATE TEMP TABLE idx2 AS SELECT qid, id FROM qa, LATERAL (SELECT id FROM pts WHERE a <@ qa.q) s;
SELECT (SELECT count(*) FROM ref2) AS matches,
       (SELECT count(*) FROM (TABLE idx2 EXCEPT TABLE ref2) d) AS idx_not_ref,
       (SELECT count(*) FROM (TABLE ref2 EXCEPT TABLE idx2) d) AS ref_not_idx;
SELECT count(*) FILTER (WHERE
       ARRAY(SELECT degrees(a <-> angle(qp.n::float8, 'deg')) FROM pts ORDER BY a <-> angle(qp.n::float8, 'deg') LIMIT 25)
       = ARRAY(SELECT cdist(n, qp.n)::float8 FROM pts ORDER BY 1 LIMIT 25)) AS knn_ok_of_10
  FROM qp;

-- A btree on angle and amcheck.
CREATE INDEX pts_btree ON pts (a);
SELECT bt_index_check('pts_btree', true);

-- A btree in position order (angle_position_ops, 0.9.0).  Its operators
-- order by the exact position; on pairs of stored angles they agree with
-- the numeric reference.
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (x.a ~<~ y.a) <> (pos(x.n) < pos(y.n))) AS lt_wrong,
       count(*) FILTER (WHERE (x.a ~<=~ y.a) <> (pos(x.n) <= pos(y.n))) AS le_wrong,
       count(*) FILTER (WHERE (x.a ~=~ y.a) <> (pos(x.n) = pos(y.n))) AS eq_wrong,
       count(*) FILTER (WHERE (x.a ~>=~ y.a) <> (pos(x.n) >= pos(y.n))) AS ge_wrong,
       count(*) FILTER (WHERE (x.a ~>~ y.a) <> (pos(x.n) > pos(y.n))) AS gt_wrong,
       count(*) FILTER (WHERE x.a ~=~ y.a AND x.n <> y.n) AS same_direction
  FROM pts x, pts y WHERE x.id % 13 = 0 AND (y.id % 17 = 0 OR y.id > 3300);
SELECT '370°'::angle ~=~ '10°' AS turn, '-0'::angle ~=~ '0' AS minus_zero,
       '359.5°'::angle ~=~ '-0.5°' AS negative, '1°'::angle ~<~ '-1°' AS before_negative;
-- On a copy with only that btree: an arc not through 0 is one range
-- (index-only), an arc through 0 and under 90° wide two ranges (a bitmap
-- OR of the halves [lo, 0) and [0, hi]), a wider one a filter; arc @> angle
-- likewise.  Every qa arc, as a constant, gives the reference rows.
CREATE TABLE ppts AS SELECT id, n, a FROM pts;
CREATE INDEX ppts_pos ON ppts (a angle_position_ops);
VACUUM ANALYZE ppts;
SELECT bt_index_check('ppts_pos', true), bt_index_parent_check('ppts_pos', true);
EXPLAIN (COSTS OFF) SELECT a FROM ppts WHERE a <@ '[85°,95°)'::arc;
EXPLAIN (COSTS OFF) SELECT a FROM ppts WHERE a <@ '[300°,0°)'::arc;
EXPLAIN (COSTS OFF) SELECT id FROM ppts WHERE a <@ '[350°,10°]'::arc;
EXPLAIN (COSTS OFF) SELECT id FROM ppts WHERE '[350°,0°]'::arc @> a;
SET enable_seqscan = on;  -- (18 shows a disabled scan)
EXPLAIN (COSTS OFF) SELECT id FROM ppts WHERE a <@ '[100°,10°]'::arc;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM ppts WHERE a <@ 'empty'::arc;
CREATE FUNCTION arc_rows(q arc, flip bool) RETURNS SETOF int LANGUAGE plpgsql AS $$
BEGIN
	RETURN QUERY EXECUTE format(CASE WHEN flip THEN 'SELECT id FROM ppts WHERE %L::arc @> a'
	                                 ELSE 'SELECT id FROM ppts WHERE a <@ %L::arc' END, q);
END $$;
CREATE FUNCTION arc_plan(q arc) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	l text;
	r text := 'filter';
BEGIN
	FOR l IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT id FROM ppts WHERE a <@ %L::arc', q) LOOP
		IF l LIKE '%BitmapOr%' THEN r := 'two ranges'; EXIT; END IF;
		IF l LIKE '%Index Cond%' THEN r := 'one range'; END IF;
	END LOOP;
	RETURN r;
END $$;
CREATE TEMP TABLE pidx AS SELECT qid, id FROM qa, arc_rows(qa.q, qid % 2 = 0) AS id;
SELECT (SELECT count(*) FROM pidx) AS matches,
       (SELECT count(*) FROM (TABLE pidx EXCEPT TABLE ref2) d) AS idx_not_ref,
       (SELECT count(*) FROM (TABLE ref2 EXCEPT TABLE pidx) d) AS ref_not_idx;
SELECT arc_plan(q) AS plan, count(*) FROM qa GROUP BY 1 ORDER BY 1;
-- The rewrite keeps NULL in, NULL out, and NOT.
INSERT INTO ppts VALUES (0, NULL, NULL);
SELECT count(*) FILTER (WHERE (a <@ '[350°,10°]'::arc) IS NULL) AS null_results,
       count(*) FILTER (WHERE NOT (a <@ '[350°,10°]'::arc)) AS outside,
       count(*) FILTER (WHERE a <@ '[350°,10°]'::arc) AS inside,
       count(*) FILTER (WHERE ref_in(n, 350, 10, true)) AS ref_inside, count(*) AS all_rows
  FROM ppts;
DROP TABLE ppts;
-- The default btree (value order: '370°' after '20°') never serves <@.
CREATE TABLE vpts AS SELECT id, n, a FROM pts;
CREATE INDEX vpts_btree ON vpts (a);
VACUUM ANALYZE vpts;
SET enable_seqscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM vpts WHERE a <@ '[85°,95°]'::arc;
EXPLAIN (COSTS OFF) SELECT id FROM vpts WHERE a <@ '[350°,10°]'::arc;
SET enable_seqscan = off;
SELECT (SELECT count(*) FROM vpts WHERE a <@ '[85°,95°]'::arc) AS inside,
       (SELECT count(*) FROM vpts WHERE ref_in(n, 85, 95, true)) AS ref_inside;
DROP TABLE vpts;

-- arc columns: stored arcs are the query arcs and a second formula family.
CREATE TABLE arcs (id int PRIMARY KEY, lo numeric, hi numeric, inc bool, v arc);
INSERT INTO arcs SELECT qid, lo, hi, inc, q FROM qa;
INSERT INTO arcs SELECT 1000 + i, lo, lo + w, i % 4 <> 0, mk(lo, lo + w, i % 4 <> 0) FROM (
	SELECT i, ((i * 7919) % 11520 - 5760) / 16.0 AS lo, ((i * 104729) % 1441) / 16.0 * (i % 5) / 4 AS w
	  FROM generate_series(1, 1500) i) s;
INSERT INTO arcs VALUES (5000, 0, 0, false, 'empty'), (5001, 0, 360, true, 'full');
CREATE TEMP TABLE aref AS
	SELECT 'overlap' AS op, qid, id FROM qa, arcs WHERE ref_overlap(arcs.lo, arcs.hi, arcs.inc, qa.lo, qa.hi, qa.inc)
	UNION ALL SELECT 'contains', qid, id FROM qa, arcs WHERE ref_within(qa.lo, qa.hi, qa.inc, arcs.lo, arcs.hi, arcs.inc)
	UNION ALL SELECT 'within', qid, id FROM qa, arcs WHERE ref_within(arcs.lo, arcs.hi, arcs.inc, qa.lo, qa.hi, qa.inc)
	UNION ALL SELECT 'contains_pt', pid, id FROM qp, arcs WHERE ref_in(qp.n, arcs.lo, arcs.hi, arcs.inc);
SELECT op, count(*) FROM aref GROUP BY op ORDER BY op;
CREATE INDEX arcs_gist ON arcs USING gist (v);
EXPLAIN (COSTS OFF) SELECT id FROM arcs WHERE v && '[350°,10°]'::arc;
CREATE TEMP TABLE aidx AS
	SELECT 'overlap' AS op, qid, id FROM qa, LATERAL (SELECT id FROM arcs WHERE v && qa.q) s
	UNION ALL SELECT 'contains', qid, id FROM qa, LATERAL (SELECT id FROM arcs WHERE v @> qa.q) s
	UNION ALL SELECT 'within', qid, id FROM qa, LATERAL (SELECT id FROM arcs WHERE v <@ qa.q) s
	UNION ALL SELECT 'contains_pt', pid, id FROM qp, LATERAL (SELECT id FROM arcs WHERE v @> angle(qp.n::float8, 'deg')) s;
SELECT (SELECT count(*) FROM (TABLE aidx EXCEPT TABLE aref) d) AS idx_not_ref,
       (SELECT count(*) FROM (TABLE aref EXCEPT TABLE aidx) d) AS ref_not_idx;
-- = through the index
SELECT count(*) FILTER (WHERE (SELECT count(*) FROM arcs WHERE v = qa.q) <> (SELECT count(*) FROM arcs a2 WHERE a2.v::text = qa.q::text)) AS eq_mismatch FROM qa;
-- KNN on arcs
EXPLAIN (COSTS OFF) SELECT id FROM arcs ORDER BY v <-> '80°'::angle LIMIT 10;
SELECT count(*) FILTER (WHERE
       ARRAY(SELECT degrees(v <-> angle(qp.n::float8, 'deg')) FROM arcs ORDER BY v <-> angle(qp.n::float8, 'deg') LIMIT 40)
       = ARRAY(SELECT ref_dist(qp.n, lo, hi, inc)::float8 FROM arcs ORDER BY 1 LIMIT 40)) AS knn_ok_of_10
  FROM qp;
CREATE INDEX arcs_btree ON arcs (v);
SELECT bt_index_check('arcs_btree', true);

-- time and timearc: microseconds, 24:00 is midnight.
CREATE FUNCTION tpos(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
	AS $$ SELECT ((n % 86400000000) + 86400000000) % 86400000000 $$;
CREATE FUNCTION tin(x bigint, lo bigint, hi bigint) RETURNS bool LANGUAGE sql IMMUTABLE
	AS $$ SELECT CASE WHEN tpos(lo) = tpos(hi) THEN lo <> hi
	                  ELSE tpos(x - lo) < tpos(hi - lo) END $$;
CREATE FUNCTION us(t time) RETURNS bigint LANGUAGE sql IMMUTABLE
	AS $$ SELECT (extract(epoch FROM t) * 1000000)::bigint $$;
CREATE TABLE tpts (id int PRIMARY KEY, t time);
INSERT INTO tpts SELECT i, '00:00'::time + ((i::bigint * 982451653) % 86400000001) * interval '1 microsecond'
  FROM generate_series(1, 3000) i;
INSERT INTO tpts VALUES (4000, '24:00'), (4001, '00:00'), (4002, '23:59:59.999999');
CREATE TABLE tq (qid int, q timearc, lo bigint, hi bigint);
INSERT INTO tq SELECT i, timearc(lo, hi), us(lo), us(hi) FROM (
	SELECT i, '00:00'::time + ((i::bigint * 7919) % 1440) * interval '1 minute' AS lo,
	          '00:00'::time + ((i::bigint * 104729) % 1441) * interval '1 minute' AS hi
	  FROM generate_series(1, 60) i
	UNION ALL VALUES (100, '22:00'::time, '02:00'::time), (101, '00:00', '24:00'), (102, '22:00', '22:00'),
	                 (103, '22:00', '24:00'), (104, '24:00', '01:00')) s;
CREATE INDEX tpts_gist ON tpts USING gist (t time_arc_ops);
EXPLAIN (COSTS OFF) SELECT id FROM tpts WHERE t <@ '[22:00,02:00)'::timearc;
CREATE TEMP TABLE tref AS SELECT qid, id FROM tq, tpts WHERE tin(us(t), lo, hi);
CREATE TEMP TABLE tidx AS SELECT qid, id FROM tq, LATERAL (SELECT id FROM tpts WHERE t <@ tq.q) s;
SELECT (SELECT count(*) FROM tref) AS matches,
       (SELECT count(*) FROM (TABLE tidx EXCEPT TABLE tref) d) AS idx_not_ref,
       (SELECT count(*) FROM (TABLE tref EXCEPT TABLE tidx) d) AS ref_not_idx;
EXPLAIN (COSTS OFF) SELECT id FROM tpts ORDER BY t <-> '[08:00,08:00]'::timearc LIMIT 10;
SELECT count(*) FILTER (WHERE
       ARRAY(SELECT extract(epoch FROM t <-> tq.q) FROM tpts ORDER BY t <-> tq.q LIMIT 20)
       = ARRAY(SELECT CASE WHEN tin(us(t), lo, hi) THEN 0
                           ELSE least(tpos(us(t) - lo), tpos(lo - us(t)), tpos(us(t) - hi), tpos(hi - us(t))) / 1e6 END
                 FROM tpts ORDER BY 1 LIMIT 20)) AS knn_ok, count(*) AS queries
  FROM tq WHERE lo <> hi;
CREATE TABLE tarcs (id int, v timearc);
INSERT INTO tarcs SELECT qid, q FROM tq;
CREATE INDEX tarcs_gist ON tarcs USING gist (v);
SELECT count(*) FILTER (WHERE (SELECT array_agg(id ORDER BY id) FROM tarcs WHERE v && tq.q)
                     IS DISTINCT FROM (SELECT array_agg(id ORDER BY id) FROM (SELECT * FROM tarcs OFFSET 0) s WHERE v && tq.q)) AS overlap_mismatch
  FROM tq;
RESET enable_seqscan;
