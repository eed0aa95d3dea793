#!/usr/bin/env bash
# pg_dump -> pg_restore of a database with every type of the extension
# (angle, circular_stats) including special values, and tables using
# float8[] / float4[] / cube with our functions in defaults, expression
# indexes, views and a generated column, gives identical send() bytes.
# Run inside a cluster; prints TAP.
set -uo pipefail
src=angle_dr_src
dst=angle_dr_dst
tmp=$(mktemp -d)
echo "1..5"
for d in $src $dst; do psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; createdb "$d"; done
psql -Xq -v ON_ERROR_STOP=1 -d $src >"$tmp/err" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE a (id int PRIMARY KEY, x angle DEFAULT angle(1, 'turn'),
                w angle GENERATED ALWAYS AS (angle_wrap(x)) STORED);
INSERT INTO a (id, x) VALUES (1, '-0'), (2, '0'), (3, '5e-324'), (4, '-5e-324'),
	(5, '1.7976931348623157e308'), (6, '-1.7976931348623157e308'), (7, '12°30''36"'),
	(8, '2.2250738585072014e-308'), (9, '1e300grad'), (10, 'NNW');
INSERT INTO a (id) VALUES (11);
CREATE INDEX a_wrap ON a (angle_wrap(x));
CREATE TABLE s (id int PRIMARY KEY, st circular_stats);
INSERT INTO s SELECT 1, circular_stats_agg(v, 360) FROM (VALUES (10.0::float8), (20)) t(v);
INSERT INTO s SELECT 2, circular_stats_agg(v, 24) FROM (VALUES (1.0::float8), ('NaN')) t(v);
INSERT INTO s SELECT 3, circular_stats_agg(v, w, 6.283185307179586) FROM (VALUES (1.0::float8, 1e-20::float8), (-3, 1e29)) t(v, w);
INSERT INTO s SELECT 4, circular_stats_agg(t) FROM (VALUES ('23:59:59.999999'::time)) v(t);
INSERT INTO s VALUES (5, '(1,0,0,0,0x0,0x0,0x0)');
CREATE TABLE v (id int PRIMARY KEY, a float8[], b float4[], c cube,
                d float8 DEFAULT vector_angle('{1,0}'::float8[], '{0,1}'::float8[]));
INSERT INTO v (id, a, b, c) VALUES (1, '{1,0,-0}', '{1e-45,3.4028235e38}', '(1,2,3)'),
	(2, '{5e-324,1.7976931348623157e308}', '{0,1}', '(0,1)'), (3, '{NaN,1}', '{1,NaN}', '(-0,0)');
CREATE INDEX v_angle ON v (vector_angle(a, a)) WHERE id < 3;
CREATE VIEW vv AS SELECT id, angle_between(c, c) AS ab, vector_angled(b, b) AS vd FROM v WHERE id < 3;
CREATE VIEW sv AS SELECT id, circular_mean(st), circular_stats_count(st) FROM s;
CREATE TABLE r (id int PRIMARY KEY, a arc, ta timearc, t time);
INSERT INTO r VALUES (1, '[350°,10°]', '[22:00,02:00)', '24:00'), (2, 'full', 'full', '00:00'),
	(3, 'empty', 'empty', '23:59:59.999999'), (4, '[-8.881784197001252e-16°,0°)', '[08:00,08:00]', '12:00'),
	(5, 'NE', '[00:00,24:00)', NULL), (6, NULL, NULL, '01:00');
CREATE INDEX a_gist ON a USING gist (x);
CREATE INDEX r_gist ON r USING gist (a);
CREATE INDEX r_tgist ON r USING gist (t time_arc_ops);
SQL
r0=$?
digest() {
	psql -XAtq -d "$1" 2>&1 <<'SQL'
SELECT md5(string_agg(coalesce(encode(angle_send(x), 'hex'), '-') || coalesce(encode(angle_send(w), 'hex'), '-'), ',' ORDER BY id)) FROM a;
SELECT md5(string_agg(encode(circular_stats_send(st), 'hex'), ',' ORDER BY id)) FROM s;
SELECT md5(string_agg(encode(float8_send(x), 'hex'), ',' ORDER BY id, o)) FROM v, unnest(a) WITH ORDINALITY u(x, o);
SELECT md5(string_agg(encode(cube_send(c), 'hex') || encode(float8send(d), 'hex'), ',' ORDER BY id)) FROM v;
SELECT md5(string_agg(vv::text, ',' ORDER BY id)) FROM vv;
SELECT md5(string_agg(sv::text, ',' ORDER BY id)) FROM sv;
SELECT md5(string_agg(coalesce(encode(arc_send(a), 'hex'), '-') || coalesce(encode(timearc_send(ta), 'hex'), '-'), ',' ORDER BY id)) FROM r;
SQL
}
want=$(digest $src)
[ $r0 -eq 0 ] && [ -n "$want" ] && ! grep -q ERROR <<<"$want"
n=1; if [ $? -eq 0 ]; then echo "ok $n - source database with every type built"; else echo "not ok $n - source database"; sed 's/^/# /' "$tmp/err"; echo "$want" | sed 's/^/# /'; fi
pg_dump -Fc -d $src -f "$tmp/d.custom" 2>"$tmp/err" && pg_restore -d $dst --exit-on-error "$tmp/d.custom" 2>>"$tmp/err"
r=$?
n=2; if [ $r -eq 0 ]; then echo "ok $n - pg_dump -Fc | pg_restore without errors"; else echo "not ok $n - dump/restore errors"; sed 's/^/# /' "$tmp/err" | head; fi
got=$(digest $dst)
n=3; if [ "$got" = "$want" ]; then echo "ok $n - identical send() bytes for angle, circular_stats, float8[], cube, arc, timearc; same views"; else echo "not ok $n - values differ"; diff <(echo "$want") <(echo "$got") | sed 's/^/# /'; fi
psql -Xq -d $dst -c "SET enable_seqscan = off; SELECT count(*) FROM a WHERE angle_wrap(x) = '0'" -At >"$tmp/idx" 2>&1
n=4; if [ "$(cat "$tmp/idx")" = "3" ]; then echo "ok $n - restored expression index answers (-0, 0, 360)"; else echo "not ok $n - expression index: $(cat "$tmp/idx")"; fi
idx=$(psql -XAtq -d $dst -c "SET enable_seqscan = off" -c "SELECT count(*) FROM a WHERE x <@ '[350°,10°]'::arc" \
	-c "SELECT count(*) FROM r WHERE a && '[5°,40°]'::arc" -c "SELECT count(*) FROM r WHERE t <@ '[22:00,02:00)'::timearc" 2>&1 | paste -sd' ')
seq=$(psql -XAtq -d $dst -c "SET enable_indexscan = off" -c "SET enable_bitmapscan = off" -c "SELECT count(*) FROM a WHERE x <@ '[350°,10°]'::arc" \
	-c "SELECT count(*) FROM r WHERE a && '[5°,40°]'::arc" -c "SELECT count(*) FROM r WHERE t <@ '[22:00,02:00)'::timearc" 2>&1 | paste -sd' ')
n=5; if [ "$idx" = "$seq" ] && [[ "$seq" =~ ^[0-9]+\ [0-9]+\ [0-9]+$ ]] && [ "$seq" != "0 0 0" ]; then echo "ok $n - restored GiST indexes on angle, arc and time answer as a scan ($idx)"; else echo "not ok $n - GiST after restore: index $idx, scan $seq"; fi
for d in $src $dst; do psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
rm -rf "$tmp"
