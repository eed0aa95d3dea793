#!/usr/bin/env bash
# sqlsmith against a database holding angle, float8[], float4[], cube,
# time and circular_stats columns, run as an unprivileged role.  Run
# inside a cluster (PG* set, superuser), e.g. with_cluster from
# scripts/common.sh.  Prints TAP:
#   1. sqlsmith ran its queries;
#   2. the server survived: no "terminated by signal" in the server log
#      during the run, and a fresh connection works;
#   3. no XX000 (internal error) raised from angle's C code;
#   4. the classification worked: errors were logged, each with the C
#      file that raised it (else test 3 would pass vacuously).
# XX000 raised by core (e.g. float8_accum called directly with a wrong
# array, intervaltypmodout with a random typmod: known core behaviour on
# direct calls of its internal support functions) are listed, not failed.
# and, as comments, the SQLSTATE histogram of every error and of the
# errors raised from angle's code.  Errors are classified from the server
# log: for the run the test sets (ALTER SYSTEM, reset afterwards)
# log_line_prefix to one with the SQLSTATE (%e) and log_error_verbosity
# to verbose, whose LOCATION line names the C file that raised the error.
#
#   SQLSMITH_N      queries (default 2000; test/reliability/sqlsmith.sh runs this)
#   SQLSMITH_SEED   seed (default 42)
#   SQLSMITH_SECS   wall-clock cap in seconds (default: none)
#   SQLSMITH_JOBS   concurrent sqlsmith processes (default 1), seeds
#                   SEED, SEED + 1, ..., sharing the N queries
#   SQLSMITH_KEEP   keep the database, the role and the logs
#
# The long run (docs/reliability.md):
#   . scripts/common.sh; build_and_stage
#   with_cluster env SQLSMITH_N=1000000 SQLSMITH_JOBS=2 bash scripts/sqlsmith.sh
set -uo pipefail
cd "$(dirname "$0")/.."
n=${SQLSMITH_N:-2000}
seed=${SQLSMITH_SEED:-42}
db=angle_smith
echo "1..4"
if ! command -v sqlsmith >/dev/null; then
	for i in 1 2 3 4; do echo "ok $i # SKIP sqlsmith not installed (scripts/setup.sh installs it)"; done
	exit 0
fi
log=${PG_SERVER_LOG:-}
if [ -z "$log" ] && [ -n "${PG_CLUSTER_CONF_ROOT:-}" ]; then
	log=$(ls "$(dirname "$PG_CLUSTER_CONF_ROOT")"/log/*.log 2>/dev/null | head -1)
fi
if [ -z "$log" ]; then
	log=$(psql -XAtq -d postgres -c "SELECT current_setting('data_directory') || '/' || pg_current_logfile()" 2>/dev/null)
fi
work=$(mktemp -d)
q() { psql -XAtq -v ON_ERROR_STOP=1 -d "${2:-postgres}" -c "$1"; }

q "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
q "DROP ROLE IF EXISTS angle_smith" >/dev/null 2>&1
q "CREATE ROLE angle_smith LOGIN PASSWORD 'smith'" >/dev/null
q "CREATE DATABASE $db OWNER angle_smith" >/dev/null
# The tables: special values of every type, owned by the unprivileged
# role.  (The angle table must not get NaN: an angle is finite.)
if ! psql -Xq -v ON_ERROR_STOP=1 -d "$db" >"$work/setup.out" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
SET ROLE angle_smith;
CREATE TABLE t_angle (a angle, b angle, x float8, p float8, t time, w float8);
INSERT INTO t_angle
SELECT CASE WHEN v = 'NaN' THEN NULL ELSE angle(v, 'deg') END, angle(i * 7.5, 'deg'), v,
       (ARRAY[360, 24, 0, -1, 'NaN', 6.283185307179586, 5e-324])[1 + i % 7],
       (i * interval '17 min')::time, (ARRAY[1, 0, 2.5, -1, 1e-30, 'Infinity'])[1 + i % 6]
  FROM (SELECT i, (ARRAY[0, '-0', 5e-324, 359.9999, 1e300, -720, 12.5, 'NaN', 1.7976931348623157e308])[1 + i % 9]::float8 AS v
          FROM generate_series(1, 90) i) s;
CREATE TABLE t_vec (a float8[], b float4[], c cube, d cube);
INSERT INTO t_vec VALUES ('{1,0}', '{0,1}', '(1,0)', '(0,1)'), ('{0,0}', '{1,2,3}', '(1,2),(3,4)', '(1,2,3)'),
	('{NaN,1}', '{}', '(0)', '(1)'), ('{1.7976931348623157e308,5e-324}', '{1e-45,3e38}', '(-0,0)', '(1,1)'),
	('{{1,2},{3,4}}', '{NULL,1}', '(1,2,3)', '(3,2,1)'), (NULL, NULL, NULL, NULL),
	('[0:2]={1,2,3}', '{3,2,1}', '(5)', '(-5)'), ('{Infinity,-Infinity}', '{NaN,0}', '(1e308,1e308)', '(0,0)');
CREATE TABLE t_stats (s circular_stats, k int);
INSERT INTO t_stats SELECT circular_stats_agg(x, 360), i FROM generate_series(1, 5) i,
	LATERAL (VALUES (i * 10.0::float8), (i * 90), ('NaN')) v(x) GROUP BY i;
INSERT INTO t_stats SELECT circular_stats_agg(t), 6 FROM (VALUES ('23:00'::time), ('01:00')) v(t);
INSERT INTO t_stats SELECT circular_stats_agg(1, 5e-324), 7;
INSERT INTO t_stats VALUES ('(1,0,0,0,0x0,0x0,0x0)', 8), (NULL, 9),
	('(1,9223372036854775807,0,360,0x0,0x0,0x80000000000000000000000000000000)', 10);
CREATE INDEX ON t_angle (a);
-- The 0.6.0 forms: integer and numeric vectors, timestamps with a zone.
CREATE TABLE t_more (e int4[], f int8[], g numeric[], ts timestamptz, z text);
INSERT INTO t_more VALUES ('{1,0}', '{0,1}', '{1.5,2}', '2026-03-29 01:30+00', 'Europe/Paris'),
	('{0,0}', '{9223372036854775807,1}', '{1e300,-1e-300}', 'infinity', 'UTC'),
	('{1,2,3}', NULL, '{NaN,1}', '2026-07-01 23:30+02', 'no/such_zone'),
	(NULL, '{-1,-1}', '{}', NULL, NULL);
CREATE TABLE t_arc (r arc, q timearc, a angle, t time);
INSERT INTO t_arc VALUES ('[350°,10°]', '[22:00,02:00)', '370°', '24:00'), ('full', 'full', '-0', '00:00'),
	('empty', 'empty', '1e300', '23:59:59.999999'), ('[5°,5°]', '[08:00,08:00]', '-8.881784197001252e-16', '12:00'),
	('NE', '[00:00,24:00)', '180', NULL), (NULL, NULL, NULL, '01:00'), ('[0°,180°)', '[12:00,00:00)', '5e-324', '06:00');
CREATE TABLE t_corr (s circular_corr_state, k int);
INSERT INTO t_corr SELECT circular_corr_agg(x, p, 360), 1 FROM t_angle;
INSERT INTO t_corr SELECT circular_linear_corr_agg(a, x), 2 FROM t_angle WHERE abs(x) < 1e100;
INSERT INTO t_corr SELECT circular_corr_agg(t, t), 3 FROM t_angle;
INSERT INTO t_corr VALUES (NULL, 4);
CREATE INDEX ON t_arc USING gist (r);
CREATE INDEX ON t_arc USING gist (a);
CREATE INDEX ON t_arc USING gist (q);
CREATE INDEX ON t_arc USING gist (t time_arc_ops);
CREATE VIEW v_stats AS SELECT k, circular_mean(s) AS m, circular_stats_count(s) AS c FROM t_stats;
ANALYZE;
SQL
then
	# A failed setup fails fast: sqlsmith against a database without
	# angle's objects would only spin.
	echo "# setup failed:"; sed 's/^/# /' "$work/setup.out" | head -20
	for i in 1 2 3 4; do echo "not ok $i - sqlsmith not run: the setup failed"; done
	exit 0
fi
ntables=$(q "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" "$db")

# Server log: SQLSTATE in the prefix, LOCATION lines.
q "ALTER SYSTEM SET log_line_prefix = '%m [%p] %e %u@%d '" >/dev/null
q "ALTER SYSTEM SET log_error_verbosity = verbose" >/dev/null
# How often sqlsmith reached angle's functions (pg_stat_user_functions).
q "ALTER SYSTEM SET track_functions = 'all'" >/dev/null
q "SELECT pg_reload_conf()" >/dev/null
sleep 1
offset=$(stat -c %s "$log" 2>/dev/null || echo 0)

host=${PGHOST:-localhost}
case "$host" in /*) ;; *) [ -n "$host" ] || host=localhost ;; esac
cap=()
[ -n "${SQLSMITH_SECS:-}" ] && cap=(timeout -k 10 --signal=INT "$SQLSMITH_SECS")
start=$(date +%s)
# SQLSMITH_JOBS sqlsmith processes share the queries, seeds seed,
# seed + 1, ...; one job (the default) is the plain run.
jobs=${SQLSMITH_JOBS:-1}
per=$(((n + jobs - 1) / jobs))
pids=()
for j in $(seq 1 "$jobs"); do
	"${cap[@]}" sqlsmith --target="host=$host port=${PGPORT:-5432} dbname=$db user=angle_smith password=smith" \
		--seed="$((seed + j - 1))" --max-queries="$per" --exclude-catalog --verbose \
		>"$work/smith.$j.out" 2>"$work/smith.$j.err" &
	pids+=($!)
done
rc=0
for p in "${pids[@]}"; do
	wait "$p" || rc=$?
done
secs=$(($(date +%s) - start))
[ "$secs" -gt 0 ] || secs=1

tail -c +$((offset + 1)) "$log" >"$work/run.log" 2>/dev/null
q "ALTER SYSTEM RESET log_line_prefix" >/dev/null
q "ALTER SYSTEM RESET log_error_verbosity" >/dev/null
q "ALTER SYSTEM RESET track_functions" >/dev/null
q "SELECT pg_reload_conf()" >/dev/null
sleep 1
calls=$(q "SELECT count(*) || ' of angle''s functions called ' || coalesce(sum(calls), 0) || ' times'
	FROM pg_stat_user_functions s JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = s.funcid
	 AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'angle'" "$db")

# Queries run: sqlsmith prints one character per query on its progress
# lines ('.' ok, 'e' error, 't' timeout, 'C' lost connection, ...).
ran=0
for j in $(seq 1 "$jobs"); do
	r=$(sed -n 's/^queries: \([0-9]*\).*/\1/p' "$work/smith.$j.err" | tail -1)
	[ -n "$r" ] || r=$(grep -E '^[.a-zA-Z]+$' "$work/smith.$j.err" | tr -d '\n' | wc -c)
	ran=$((ran + r))
done
if [ "$ran" -gt 0 ] && [ "$ntables" -ge 3 ]; then
	echo "ok 1 - sqlsmith ran $ran queries ($jobs job(s)) on $ntables tables as an unprivileged role in ${secs}s ($((ran / secs)) queries/s, rc $rc)"
else
	echo "not ok 1 - sqlsmith ran $ran queries on $ntables tables (rc $rc)"
	tail -5 "$work/smith.1.err" | sed 's/^/# /'
fi

crashes=$(grep -c 'terminated by signal' "$work/run.log")
if q "SELECT 1" "$db" >/dev/null 2>&1 && [ "$crashes" -eq 0 ]; then
	echo "ok 2 - server up after sqlsmith: no backend crash, a new connection works"
else
	echo "not ok 2 - server crashed during sqlsmith: $crashes crashes"
	grep -B2 -A8 'terminated by signal' "$work/run.log" | head -40 | sed 's/^/# /'
fi

# Errors of angle_smith's queries: "<ts> [pid] SQLSTATE angle_smith@db
# ERROR:  ..." then "LOCATION:  function, file.c:line".
ours_re="^($(find src -name '*.c' -printf '%f\n' | sed 's|\.c$||' | sort | paste -sd'|'))\\.c:"
awk -v re="$ours_re" '
	/ angle_smith@/ && / ERROR: / { for (i = 1; i <= NF; i++) if ($i ~ /@/) { st = $(i - 1); break }
		pending = 1; next }
	pending && /LOCATION: / { split($0, a, ", "); f = a[length(a)]; sub(/^ +/, "", f)
		print st, (f ~ re ? "ours" : "core"), f; pending = 0; next }
	pending && / (ERROR|LOG|STATEMENT|FATAL|WARNING): / && !/DETAIL|HINT|CONTEXT/ { if (!/STATEMENT/) { print st, "core", "?"; pending = 0 } }
' "$work/run.log" >"$work/errors.txt"
nerr=$(wc -l <"$work/errors.txt")
hist=$(awk '{ c[$1]++ } END { for (s in c) printf "%s=%d\n", s, c[s] }' "$work/errors.txt" | sort -t= -k2 -nr | paste -sd' ')
ours=$(awk '$2 == "ours" { c[$1]++ } END { for (s in c) printf "%s=%d\n", s, c[s] }' "$work/errors.txt" | sort -t= -k2 -nr | paste -sd' ')
echo "# $nerr errors by SQLSTATE: ${hist:-none}"
echo "# raised from angle's C code: ${ours:-none}"
echo "# $calls (operators and functions; type input and output are not counted)"
awk '$2 == "ours" { c[$1 " " $3]++ } END { for (k in c) printf "#   %6d %s\n", c[k], k }' "$work/errors.txt" | sort -k2 | head -30

xx_ours=$(awk '$1 == "XX000" && $2 == "ours"' "$work/errors.txt" | wc -l)
xx_all=$(awk '$1 == "XX000"' "$work/errors.txt" | wc -l)
if [ "$xx_ours" -eq 0 ]; then
	echo "ok 3 - no XX000 raised from angle's code"
else
	echo "not ok 3 - $xx_ours XX000 raised from angle's code"
fi
unknown=$(awk '$3 == "?"' "$work/errors.txt" | wc -l)
if [ "$nerr" -gt 0 ] && [ "$unknown" -eq 0 ]; then
	echo "ok 4 - all $nerr errors classified by SQLSTATE and raising file"
else
	echo "not ok 4 - $unknown of $nerr errors without a LOCATION (log settings not applied?)"
fi
if [ "$xx_all" -gt 0 ]; then
	echo "# $xx_all XX000 raised by core, by message and location:"
	grep -A1 ' XX000 angle_smith@[^ ]* ERROR: ' "$work/run.log" | awk '
		/ ERROR: / { sub(/.* ERROR: +XX000: /, ""); m = $0; gsub(/0x[0-9a-f]+|[0-9]+/, "N", m); next }
		/ LOCATION: / { sub(/.* LOCATION: +/, ""); c[m " (" $0 ")"]++ }
		END { for (k in c) printf "#   %5d %s\n", c[k], k }' | sort -k2 | head -40
fi

if [ -n "${SQLSMITH_KEEP:-}" ]; then
	echo "# kept: database $db, logs in $work"
else
	q "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	q "DROP ROLE IF EXISTS angle_smith" >/dev/null 2>&1
	rm -rf "$work"
fi
exit 0
