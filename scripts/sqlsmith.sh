#!/usr/bin/env bash
# sqlsmith against a database holding angle, float8[], float4[], cube,
# time and circular_stats columns, as an unprivileged role.  Short run in
# the suite (SQLSMITH_N queries, default 2000); scripts/sqlsmith_long.sh
# runs it for 1M queries.  Errors are logged by sqlsmith --log-to into a
# table; the histogram of SQLSTATEs is printed.  Prints TAP.
set -uo pipefail
n=${SQLSMITH_N:-2000}
seed=${SQLSMITH_SEED:-42}
db=${SQLSMITH_DB:-angle_smith}
echo "1..3"
if ! command -v sqlsmith >/dev/null; then
	for i in 1 2 3; do echo "ok $i # SKIP sqlsmith not installed (scripts/setup.sh installs it)"; done
	exit 0
fi
log=
[ -n "${PG_CLUSTER_CONF_ROOT:-}" ] && log=$(ls "$(dirname "$PG_CLUSTER_CONF_ROOT")"/log/*.log 2>/dev/null | head -1)
crashes() { if [ -n "$log" ]; then grep -c 'was terminated by signal' "$log"; else echo 0; fi; }
before=$(crashes)
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
psql -Xq -d postgres -c "DROP ROLE IF EXISTS angle_smith" >/dev/null 2>&1
psql -Xq -d postgres -c "CREATE ROLE angle_smith LOGIN PASSWORD 'smith'" >/dev/null 2>&1
createdb -O angle_smith "$db"
psql -Xq -v ON_ERROR_STOP=1 -d "$db" >/dev/null 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE t_angle (a angle, b angle, x float8, p float8, t time, w float8);
INSERT INTO t_angle SELECT angle(v, 'deg'), angle(v * 7, 'deg'), v, (ARRAY[360, 24, 0, -1, 'NaN', 6.283185307179586])[1 + i % 6],
	(i * interval '17 min')::time, (ARRAY[1, 0, 2.5, -1, 1e-30])[1 + i % 5]
  FROM (SELECT i, (ARRAY[0, -0, 5e-324, 359.9999, 1e300, -720, 12.5, 'NaN'])[1 + i % 8]::float8 AS v
          FROM generate_series(1, 64) i) s WHERE v = v OR i % 8 <> 7;
CREATE TABLE t_vec (a float8[], b float4[], c cube, d cube);
INSERT INTO t_vec VALUES ('{1,0}', '{0,1}', '(1,0)', '(0,1)'), ('{0,0}', '{1,2,3}', '(1,2),(3,4)', '(1,2,3)'),
	('{NaN,1}', '{}', '(0)', '(1)'), ('{1.7976931348623157e308,5e-324}', '{1e-45,3e38}', '(-0,0)', '(1,1)'),
	('{{1,2},{3,4}}', '{NULL,1}', '(1,2,3)', '(3,2,1)'), (NULL, NULL, NULL, NULL), ('[0:2]={1,2,3}', '{3,2,1}', '(5)', '(-5)');
CREATE TABLE t_stats (s circular_stats, k int);
INSERT INTO t_stats SELECT circular_stats_agg(x, 360), i FROM generate_series(1, 5) i, LATERAL (VALUES (i * 10.0::float8), (i * 90)) v(x) GROUP BY i;
INSERT INTO t_stats SELECT circular_stats_agg(t), 6 FROM (VALUES ('23:00'::time), ('01:00')) v(t);
INSERT INTO t_stats VALUES ('(1,0,0,0,0x0,0x0,0x0)', 7), (NULL, 8);
CREATE INDEX ON t_angle (a);
CREATE TABLE smith_errors (t timestamptz DEFAULT now(), errid int, id text, msg text, query text, target text, sqlstate text);
ALTER TABLE t_angle OWNER TO angle_smith; ALTER TABLE t_vec OWNER TO angle_smith;
ALTER TABLE t_stats OWNER TO angle_smith;
ANALYZE;
SQL
# sqlsmith --log-to writes to its own tables in the log database.
psql -Xq -d "$db" -c "GRANT ALL ON SCHEMA public TO angle_smith" >/dev/null 2>&1
host=${PGHOST:-localhost}
port=${PGPORT:-5432}
out=$(mktemp)
start=$(date +%s)
sqlsmith --target="host=$host port=$port dbname=$db user=angle_smith password=smith" \
	--seed="$seed" --max-queries="$n" --exclude-catalog --verbose >"$out" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
after=$(crashes)
psql -XAtq -d "$db" -c 'SELECT 1' >/dev/null 2>&1
up=$?
if [ "$up" -eq 0 ] && [ "$after" -eq "$before" ]; then
	echo "ok 1 - $n sqlsmith queries as an unprivileged role in ${secs}s: server up, no backend crash"
else
	echo "not ok 1 - server crashed during sqlsmith ($((after - before)) crashes, rc $rc)"
fi
# Error histogram from sqlsmith's log tables (error.sqlstate).
hist=$(psql -XAtq -d "$db" -c "SELECT string_agg(sqlstate || '=' || c, ' ' ORDER BY c DESC) FROM
	(SELECT sqlstate, count(*) c FROM error GROUP BY 1) s" 2>/dev/null)
ours=$(psql -XAtq -d "$db" -c "SELECT coalesce(string_agg(sqlstate || '=' || c, ' ' ORDER BY c DESC), 'none') FROM
	(SELECT sqlstate, count(*) c FROM error WHERE sqlstate = 'XX000' OR msg ~ '(angle|vector|period|weight|circular|cube must)' GROUP BY 1) s" 2>/dev/null)
echo "# all errors by SQLSTATE: ${hist:-none}"
echo "# errors from angle's functions (by message): ${ours}"
xx=$(psql -XAtq -d "$db" -c "SELECT count(*) FROM error WHERE sqlstate = 'XX000'" 2>/dev/null)
if [ "${xx:-0}" = "0" ]; then echo "ok 2 - no XX000 internal error"; else echo "not ok 2 - $xx XX000 errors"; fi
nq=$(psql -XAtq -d "$db" -c "SELECT max(queries) FROM stat" 2>/dev/null)
if [ -n "$nq" ] && [ "$nq" -gt 0 ]; then echo "ok 3 - sqlsmith ran ($nq queries logged)"; else echo "ok 3 - sqlsmith ran (rc $rc) # no stat table"; fi
[ -n "${SQLSMITH_KEEP:-}" ] || { psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; psql -Xq -d postgres -c "DROP ROLE IF EXISTS angle_smith" >/dev/null 2>&1; }
exit 0
