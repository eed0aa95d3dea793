#!/usr/bin/env bash
# angle on a Citus cluster: a coordinator and two workers (three private
# clusters on Unix sockets, separate from the suite's), Citus 13.2.2 built
# once by scripts/citus.sh from ../shared/citus/ into a cache outside the
# checkout.  Every aggregate and every accessor of circular_stats, listed
# from the catalogue (members of the extension), is run on a distributed
# table and on a local copy of the same rows on the coordinator; the
# results must be identical as text (float8 shortest round-trip text,
# circular_stats text, which is exact), with no GROUP BY, grouped by the
# distribution column and by another column, with FILTER, HAVING, moving
# windows, DISTINCT and ORDER BY inside the call, empty input, NaN and
# undefined means.  Also: EXPLAIN shows partial aggregation on the workers,
# an angle distribution column, a distributed rollup upserted with
# circular_stats_combine, and the SQLSTATE of errors raised while the
# coordinator combines the workers' states.  A self-check shows that the
# comparison sees a one-ulp change in one row.
#
# Skips (every planned line) where the Citus source is absent or the
# server is not PostgreSQL 14 to 17 (PGV=18).  Runs inside the suite (it
# needs PG_CONFIG and STAGE, the make install DESTDIR of angle).  Prints
# TAP.  ANGLE_CITUS_PERTURB=1 perturbs the local reference (one row, one
# ulp) for the whole run, to watch the comparisons fail.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. scripts/private_server.sh
PLAN=26
MIN_AGGREGATES=37
MIN_ACCESSORS=14

n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; [ -s "${2:-/dev/null}" ] && sed 's/^/# /' "$2" | head -"${3:-40}"; }
check() { if [ "$1" = 0 ]; then ok "$2"; else notok "$2" "${3:-}"; fi; }
skip_all() {
	echo "1..$PLAN"
	for ((i = 1; i <= PLAN; i++)); do echo "ok $i # SKIP $1"; done
	exit 0
}

# 0. Citus, built once (cached).
t0=$(date +%s)
citus=$(PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config} bash scripts/citus.sh 2>/tmp/angle-citus-build.$$.log | tail -1)
rc=$?
build_s=$(($(date +%s) - t0))
case "$citus" in
skipped:*) rm -f /tmp/angle-citus-build.$$.log; skip_all "${citus#skipped: }" ;;
esac
if [ "$rc" -ne 0 ] || [ ! -f "$citus/.complete" ]; then
	echo "1..$PLAN"
	notok "Citus build (scripts/citus.sh)" /tmp/angle-citus-build.$$.log
	rm -f /tmp/angle-citus-build.$$.log
	exit 0
fi
rm -f /tmp/angle-citus-build.$$.log
{ [ -n "${STAGE:-}" ] && [ -d "$STAGE" ]; } || skip_all "no staged angle (STAGE): run through scripts/test.sh on PostgreSQL 15"
echo "1..$PLAN"
echo "# Citus: $citus ($build_s s, cached after the first build)"

# The cluster (test/citus/cluster.bash), under a private directory.
work=$(mktemp -d /tmp/angle-citus.XXXXXX)
chmod 755 "$work"
. test/citus/cluster.bash
trap 'citus_cluster_stop; [ -z "${ANGLE_KEEP:-}" ] && rm -rf "$work"' EXIT
trap 'exit 143' TERM INT
citus_cluster_start "$work" "$citus"
started=$?
S() { psql -XAtq -v ON_ERROR_STOP=1 "$@"; }
on() { citus_on "$@"; }
tmp=$work/out
mkdir -p "$tmp"

# 1. The cluster.
(
	[ "$started" = 0 ] || { tail -n 20 "$work"/*.init; exit 1; }
	[ "$(S -c "SELECT count(*) FROM citus_get_active_worker_nodes()")" = 2 ] || exit 1
) >"$tmp/cluster" 2>&1
check $? "a Citus $(S -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'" 2>/dev/null) coordinator with two active workers, each loading the staged angle and the cached Citus" "$tmp/cluster"
[ "$started" = 0 ] || { for ((i = n + 1; i <= PLAN; i++)); do echo "not ok $i - no cluster"; done; exit 0; }

# 2. CREATE EXTENSION angle CASCADE propagates.
(
	S -c "SET client_min_messages = warning" -c "CREATE EXTENSION angle CASCADE" || exit 1
	want=$(S -c "SELECT extversion FROM pg_extension WHERE extname = 'angle'")
	[ -n "$want" ] || exit 1
	for d in w1 w2; do
		got=$(on "$d" -c "SELECT string_agg(extname || ' ' || extversion, ', ' ORDER BY extname) FROM pg_extension WHERE extname IN ('angle', 'cube')")
		echo "$d: $got"
		case "$got" in "angle $want, cube "*) ;; *) exit 1 ;; esac
	done
) >"$tmp/ext" 2>&1
check $? "CREATE EXTENSION angle CASCADE on the coordinator creates cube and angle on both workers" "$tmp/ext"

# 3. The aggregates and the accessors, from the catalogue.  Each argument
# maps to a column by its name or type: weight w, period p, a float8 value
# x, a time t, an angle a, a circular_stats s; the report statistics'
# parameters (fractions, bins, offsets, sectors, speed breaks) to
# constants, their speeds to w.
members="FROM pg_depend dep JOIN pg_extension e ON e.oid = dep.refobjid AND e.extname = 'angle'
	JOIN pg_proc p ON p.oid = dep.objid
	WHERE dep.classid = 'pg_proc'::regclass AND dep.refclassid = 'pg_extension'::regclass AND dep.deptype = 'e'"
S -F $'\t' -c "
SELECT p.oid::regprocedure, p.proname,
       string_agg(CASE WHEN a.name = 'weight' THEN 'w'
                       WHEN a.name = 'period' THEN 'p'
                       -- the order of circular_moment (0.10.0): a constant
                       WHEN a.name = 'p' AND a.typ = 'int4'::regtype THEN '3'
                       -- the V-test's mean direction (0.10.0): a constant
                       WHEN a.name = 'mu' AND a.typ = 'float8'::regtype THEN '40'
                       WHEN a.name = 'mu' AND a.typ = 'time'::regtype THEN '''06:00''::time'
                       WHEN a.name = 'mu' THEN '''40°''::angle'
                       -- the confidence level of circular_mean_ci (0.11.0): a constant
                       WHEN a.name = 'level' THEN '0.95'
                       -- the report statistics' parameters: constants
                       WHEN a.name = 'fraction' THEN '0.25'
                       WHEN a.name = 'fractions' THEN '''{0,0.25,0.5,0.75,1}''::float8[]'
                       WHEN a.name IN ('bins', 'sectors') THEN '16'
                       WHEN a.name = 'offset' AND a.typ = 'interval'::regtype THEN '''00:45''::interval'
                       WHEN a.name = 'offset' THEN '11.25'
                       WHEN a.name = 'speed' THEN 'w'
                       WHEN a.name = 'speed_breaks' THEN '''{0.5,2,5}''::float8[]'
                       -- timestamps in a named zone: the time column on a day
                       -- of summer time in that zone
                       WHEN a.typ = 'timestamptz'::regtype THEN '((date ''2026-07-01'' + t) AT TIME ZONE ''UTC'')'
                       WHEN a.name = 'zone' THEN '''Europe/Paris'''
                       -- a count cannot take a NaN (22023): those rows are left out
                       WHEN p.proname IN ('circular_histogram', 'wind_rose')
                            AND a.typ = 'float8'::regtype THEN 'nullif(x, ''NaN'')'
                       -- circular_corr's second angle and circular_linear_corr's
                       -- x: the weight column, for a correlation that is not trivial
                       WHEN a.name IN ('b', 'x') AND a.typ = 'float8'::regtype THEN 'w'
                       WHEN a.typ = 'float8'::regtype THEN 'x'
                       WHEN a.typ = 'time'::regtype THEN 't'
                       WHEN a.typ = 'angle'::regtype THEN 'a'
                       WHEN a.typ = 'circular_stats'::regtype THEN 's'
                       -- circular_corr_merge: one row's state, from the transition function
                       WHEN a.typ = 'circular_corr_state'::regtype THEN 'circular_corr_accum(NULL, x, w, p)'
                       ELSE '?' END, ', ' ORDER BY a.ord),
       p.prorettype = 'circular_stats'::regtype, g.aggfinalmodify
  FROM pg_depend dep JOIN pg_extension e ON e.oid = dep.refobjid AND e.extname = 'angle'
  JOIN pg_proc p ON p.oid = dep.objid
  JOIN pg_aggregate g ON g.aggfnoid = p.oid
  CROSS JOIN LATERAL unnest(p.proargtypes::oid[], p.proargnames) WITH ORDINALITY a(typ, name, ord)
 WHERE dep.classid = 'pg_proc'::regclass AND dep.refclassid = 'pg_extension'::regclass AND dep.deptype = 'e'
 GROUP BY p.oid, g.aggfinalmodify ORDER BY 1" >"$tmp/aggs" 2>"$tmp/cat.err"
S -F $'\t' -c "
SELECT p.oid::regprocedure, p.proname $members
   AND p.prokind = 'f' AND p.pronargs = 1 AND p.proargtypes[0] = 'circular_stats'::regtype
   AND p.prorettype <> 'cstring'::regtype
 ORDER BY 1" >"$tmp/accs" 2>>"$tmp/cat.err"
nagg=$(grep -c . "$tmp/aggs")
nacc=$(grep -c . "$tmp/accs")
nstate=$(awk -F'\t' '$4 == "t"' "$tmp/aggs" | grep -c .)
(
	cat "$tmp/cat.err"
	grep '?' "$tmp/aggs" | sed 's/^/argument not mapped to a column: /'
	echo "aggregates: $(cut -f1 "$tmp/aggs" | paste -sd' ')"
	echo "accessors: $(cut -f1 "$tmp/accs" | paste -sd' ')"
) >"$tmp/cat"
[ ! -s "$tmp/cat.err" ] && ! grep -q '?' "$tmp/aggs" && [ "$nagg" -ge $MIN_AGGREGATES ] &&
	[ "$nacc" -ge $MIN_ACCESSORS ] && [ "$nstate" -ge 7 ]
check $? "the catalogue lists $nagg aggregates ($nstate returning circular_stats) and $nacc accessors of circular_stats (at least $MIN_AGGREGATES, 7 and $MIN_ACCESSORS)" "$tmp/cat"

# 4. The rows: a local table l and a distributed copy d (8 shards over
# the two workers), distributed by k; g is another column.  Special
# groups: g = 100 has no mean ({0, 180} degrees, {00:00, 12:00}), g = 101
# has NaN values, g = 102 only weights 0; some values and weights are
# NULL or 0.
cat >"$tmp/data.sql" <<'EOF'
SET client_min_messages = warning;
CREATE TABLE l (id int PRIMARY KEY, k int NOT NULL, g int, x float8, w float8, p float8,
                t time, a angle, f bool, s circular_stats);
CREATE FUNCTION pg_temp.fr(float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT $1 - floor($1)';
INSERT INTO l (id, k, g, x, w, p, t, a, f)
SELECT i, i % 50, i % 7,
       CASE WHEN i % 97 = 0 THEN NULL ELSE pg_temp.fr(i * 0.6180339887498949) * 720 - 180 END,
       CASE WHEN i % 89 = 0 THEN 0 WHEN i % 101 = 0 THEN NULL ELSE pg_temp.fr(i * 0.7548776662466927) * 10 END,
       360,
       time '00:00' + floor(pg_temp.fr(i * 0.5698402909980532) * 86400e6) * interval '1 microsecond',
       angle(pg_temp.fr(i * 0.4142135623730951) * 720 - 360, 'deg'),
       i % 3 = 0
  FROM generate_series(1, 10000) i;
INSERT INTO l (id, k, g, x, w, p, t, a, f)
SELECT 10000 + i, i % 50, 100, 180 * (i % 2), 1, 360, time '00:00' + (i % 2) * interval '12 hours',
       angle(180 * (i % 2), 'deg'), i % 3 = 0
  FROM generate_series(1, 200) i;
INSERT INTO l (id, k, g, x, w, p, t, a, f)
SELECT 10200 + i, i % 50, 101, CASE WHEN i % 2 = 0 THEN 'NaN'::float8 ELSE i END, i, 360,
       time '00:00' + i * interval '1 minute', angle(i, 'deg'), i % 3 = 0
  FROM generate_series(1, 100) i;
INSERT INTO l (id, k, g, x, w, p, t, a, f)
SELECT 10300 + i, i % 50, 102, i * 3.5, 0, 360, time '00:00' + i * interval '7 minutes',
       angle(i * 3.5, 'deg'), i % 3 = 0
  FROM generate_series(1, 100) i;
UPDATE l SET s = (SELECT circular_stats_agg(v.x, v.w, v.p) FROM (SELECT l.x, l.w, l.p) v);
CREATE TABLE d (LIKE l);
SET citus.shard_count = 8;
SELECT create_distributed_table('d', 'k');
INSERT INTO d SELECT * FROM l;
EOF
(
	S -f "$tmp/data.sql" >/dev/null || exit 1
	S -c "SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'd'::regclass" | grep -qx 2 || exit 1
	for tb in l d; do
		S -c "SELECT count(*), md5(string_agg((id, k, g, x, w, p, t, a, f, s)::text, ';' ORDER BY id)) FROM $tb"
	done >"$tmp/rows"
	cat "$tmp/rows"
	[ "$(sort -u "$tmp/rows" | wc -l)" = 1 ] && grep -q '^10400|' "$tmp/rows"
) >"$tmp/data" 2>&1
check $? "a distributed table (8 shards on both workers) holds the same 10400 rows as the local copy" "$tmp/data"
if [ -n "${ANGLE_CITUS_PERTURB:-}" ]; then
	# Rows in every subset the checks read: 1240 is in the window and
	# DISTINCT subsets, 10203 in the NaN group.
	S -c "UPDATE l SET x = x * (1 + 2 ^ (-52)) WHERE id IN (1234, 1240, 10203)"
	echo "# ANGLE_CITUS_PERTURB: local rows 1234, 1240, 10203 perturbed by about one ulp"
fi

# compare NAME FILE [LOCAL [DIST]]: run every query of FILE (one a line,
# @T for the table) on DIST (default d) and on LOCAL (default l); the
# outputs, with each query's SQLSTATE, must be identical, one result block
# per query.  Errors are refused unless ALLOW_ERRORS is set (then they
# must carry the same SQLSTATE on both sides).
compare() {
	local name=$1 file=$2 loc=${3:-l} dist=${4:-d} nq tb
	nq=$(grep -c . "$file")
	for tb in "$dist" "$loc"; do
		awk -v T="$tb" '{ gsub(/@T/, T); printf "%s;\n\\echo @@ %d :SQLSTATE\n", $0, NR }' "$file" >"$tmp/$name.$tb.sql"
		psql -XAtq -P null='<NULL>' -v VERBOSITY=terse -f "$tmp/$name.$tb.sql" >"$tmp/$name.$tb.out" 2>"$tmp/$name.$tb.err"
	done
	(
		for tb in "$dist" "$loc"; do
			[ -s "$tmp/$name.$tb.err" ] && [ -z "${ALLOW_ERRORS:-}" ] && { echo "errors on $tb:"; head -5 "$tmp/$name.$tb.err"; }
			[ "$(grep -c '^@@ ' "$tmp/$name.$tb.out")" = "$nq" ] || echo "$tb: not $nq result blocks"
		done
		diff "$tmp/$name.$dist.out" "$tmp/$name.$loc.out" >"$tmp/$name.diff" ||
			{ echo "differences (< distributed, > local):"; head -12 "$tmp/$name.diff"; }
	) >"$tmp/$name.report"
	echo "$nq queries, $(grep -vc '^@@ ' "$tmp/$name.$dist.out") result lines$(grep -c '^@@ [0-9]* [^0]' "$tmp/$name.$dist.out" | awk '$1 > 0 { printf ", %d errors with the same SQLSTATE", $1 }')" >"$tmp/$name.size"
	[ ! -s "$tmp/$name.report" ]
}
aggs() { cut -f2,3 "$tmp/aggs"; }  # name <tab> arguments
states() { awk -F'\t' '$4 == "t" { print $2 "\t" $3 }' "$tmp/aggs"; }

# 5-7. Every aggregate, three groupings.
aggs | awk -F'\t' '{ print "SELECT " $1 "(" $2 ") FROM @T" }' >"$tmp/q_none"
aggs | awk -F'\t' '{ print "SELECT k, " $1 "(" $2 ") FROM @T GROUP BY k ORDER BY k" }' >"$tmp/q_dist"
aggs | awk -F'\t' '{ print "SELECT g, " $1 "(" $2 ") FROM @T GROUP BY g ORDER BY g" }' >"$tmp/q_other"
compare none "$tmp/q_none"
check $? "every aggregate ($nagg), no GROUP BY: distributed = local bit for bit ($(cat "$tmp/none.size"))" "$tmp/none.report"
compare dist "$tmp/q_dist"
check $? "every aggregate, GROUP BY the distribution column: distributed = local ($(cat "$tmp/dist.size"))" "$tmp/dist.report"
compare other "$tmp/q_other"
check $? "every aggregate, GROUP BY another column: distributed = local ($(cat "$tmp/other.size"))" "$tmp/other.report"

# 8-10. Every accessor on the state of every aggregate returning one.
acc_list() {  # KEY: one query per accessor, reading every state
	local key=$1 sel grp
	sel=${key:+$key, } grp=${key:+ GROUP BY $key ORDER BY $key}
	cut -f2 "$tmp/accs" | while read -r f; do
		echo "SELECT $sel$(states | awk -F'\t' -v f="$f" '{ printf "%s%s(%s(%s))", (NR > 1 ? ", " : ""), f, $1, $2 }') FROM @T$grp"
	done
}
# Without the NaN group (the time and angle accessors refuse a NaN
# state, which the NaN check below covers).
acc_list "" | sed 's/ FROM @T/ FROM @T WHERE g <> 101/' >"$tmp/q_anone"
acc_list k | sed 's/ FROM @T/ FROM @T WHERE g <> 101/' >"$tmp/q_adist"
acc_list g | sed 's/ FROM @T/ FROM @T WHERE g <> 101/' >"$tmp/q_aother"
compare anone "$tmp/q_anone"
check $? "every accessor ($nacc) on every state ($nstate), no GROUP BY: distributed = local ($(cat "$tmp/anone.size"))" "$tmp/anone.report"
compare adist "$tmp/q_adist"
check $? "every accessor on every state, GROUP BY the distribution column: distributed = local ($(cat "$tmp/adist.size"))" "$tmp/adist.report"
compare aother "$tmp/q_aother"
check $? "every accessor on every state, GROUP BY another column: distributed = local ($(cat "$tmp/aother.size"))" "$tmp/aother.report"

# 11. FILTER (a subset, and nothing: empty states).
aggs | awk -F'\t' '{
	a = $1 "(" $2 ")"
	print "SELECT " a " FILTER (WHERE f), " a " FILTER (WHERE false) FROM @T"
	print "SELECT g, " a " FILTER (WHERE f), " a " FILTER (WHERE false) FROM @T GROUP BY g ORDER BY g"
	print "SELECT k, " a " FILTER (WHERE NOT f) FROM @T GROUP BY k ORDER BY k" }' >"$tmp/q_filter"
compare filter "$tmp/q_filter"
check $? "every aggregate with FILTER (a subset; nothing), three groupings: distributed = local ($(cat "$tmp/filter.size"))" "$tmp/filter.report"

# 12. HAVING, on the aggregate itself and on another statistic.
aggs | awk -F'\t' '{
	a = $1 "(" $2 ")"
	print "SELECT g, " a " FROM @T GROUP BY g HAVING " a " IS NOT NULL AND circular_mean(x, p) < 180 ORDER BY g"
	print "SELECT k, " a " FROM @T GROUP BY k HAVING circular_stats_count(circular_stats_agg(x, w, p)) % 3 <> 0 ORDER BY k" }' >"$tmp/q_having"
compare having "$tmp/q_having"
check $? "every aggregate with HAVING: distributed = local ($(cat "$tmp/having.size"))" "$tmp/having.report"

# 13. Moving windows (the inverse transition), partitioned by the
# distribution column, and a whole-partition window: every aggregate that
# can be a window function (not those whose final function sorts the
# state, aggfinalmodify other than 'r': the sort-based report statistics).
awk -F'\t' '$5 == "r" { print $2 "\t" $3 }' "$tmp/aggs" | awk -F'\t' '{
	a = $1 "(" $2 ")"
	print "SELECT id, " a " OVER (PARTITION BY k ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) FROM @T WHERE id % 20 < 3 ORDER BY id"
	print "SELECT id, " a " OVER (PARTITION BY k) FROM @T WHERE id % 97 < 2 ORDER BY id" }' >"$tmp/q_window"
compare window "$tmp/q_window"
check $? "every aggregate as a moving window and a partition window: distributed = local ($(cat "$tmp/window.size"))" "$tmp/window.report"

# 14. Empty input.
aggs | awk -F'\t' '{
	a = $1 "(" $2 ")"
	print "SELECT " a " FROM @T WHERE false"
	print "SELECT " a " FROM @T WHERE k = 7 AND id < 0"
	print "SELECT g, " a " FROM @T WHERE x > 1e300 GROUP BY g" }' >"$tmp/q_empty"
compare empty "$tmp/q_empty"
check $? "every aggregate on empty input (none; one shard; grouped): distributed = local ($(cat "$tmp/empty.size"))" "$tmp/empty.report"

# 15. NaN and undefined means: the local reference really has them, and
# the distributed results agree (on every aggregate, per group).
(
	S -c "SELECT g, circular_mean(x, p) IS NULL, circular_mean(t) IS NULL, circular_mean(a) IS NULL,
	             circular_mean(x, p)::text = 'NaN', circular_mean(x, w, p) IS NULL, circular_stats_count(circular_stats_agg(x, p))
	        FROM l WHERE g >= 100 GROUP BY g ORDER BY g" >"$tmp/special.ref"
	cat "$tmp/special.ref"
	printf '%s\n' "100|t|t|t||t|200" "101|f|f|f|t|f|100" "102|f|f|f|f|t|100" | diff - "$tmp/special.ref" || exit 1
	aggs | awk -F'\t' '{ print "SELECT g, " $1 "(" $2 ") FROM @T WHERE g >= 100 GROUP BY g ORDER BY g" }' >"$tmp/q_special"
	compare special "$tmp/q_special" || { cat "$tmp/special.report"; exit 1; }
	# Every accessor on every state of the NaN group: NaN, or the same error.
	cut -f2 "$tmp/accs" | while read -r f; do
		states | awk -F'\t' -v f="$f" '{ print "SELECT k, " f "(" $1 "(" $2 ")) FROM @T WHERE g = 101 GROUP BY k ORDER BY k" }'
	done >"$tmp/q_nanacc"
	ALLOW_ERRORS=1 compare nanacc "$tmp/q_nanacc" || { cat "$tmp/nanacc.report"; exit 1; }
	echo "accessors on NaN states: $(cat "$tmp/nanacc.size")"
	grep -q '^@@ .* 22003$' "$tmp/nanacc.l.out" && grep -qx '[0-9]*|NaN' "$tmp/nanacc.l.out" || exit 1
) >"$tmp/special" 2>&1
check $? "groups with no mean (NULL), NaN values (NaN) and only zero weights: distributed = local on every aggregate, and every accessor on NaN states ($(sed -n 's/^accessors on NaN states: //p' "$tmp/special"))" "$tmp/special"

# 16. DISTINCT and ORDER BY inside the call (raw rows travel), the state
# types too (circular_stats has = since 0.6.0, circular_corr_state since
# 0.11.0).
aggs | awk -F'\t' '{
	a = $1 "(DISTINCT " $2 ")"; o = $1 "(" $2 " ORDER BY id DESC)"
	print "SELECT g, " a ", " o " FROM @T WHERE id % 4 = 0 GROUP BY g ORDER BY g"
	print "SELECT " a ", " o " FROM @T WHERE id % 4 = 0"
	print "SELECT k, " a ", " o " FROM @T WHERE id % 4 = 0 GROUP BY k ORDER BY k" }' >"$tmp/q_distinct"
compare distinct "$tmp/q_distinct"
check $? "DISTINCT and ORDER BY inside every aggregate: distributed = local ($(cat "$tmp/distinct.size"))" "$tmp/distinct.report"

# 17-19. EXPLAIN.
ex() { S -c "EXPLAIN (VERBOSE, COSTS OFF) $1" 2>&1; }
ex "SELECT g, circular_mean(x, p), circular_stats_agg(t) FROM d GROUP BY g" >"$tmp/ex_other"
grep -q 'coord_combine_agg' "$tmp/ex_other" && grep -q 'worker_partial_agg' "$tmp/ex_other" &&
	[ "$(grep -c 'worker_partial_agg' "$tmp/ex_other")" -ge 1 ]
check $? "EXPLAIN, GROUP BY another column: worker_partial_agg on the workers, coord_combine_agg on the coordinator" "$tmp/ex_other" 80
ex "SELECT k, circular_mean(x, p), circular_stats_agg(t) FROM d GROUP BY k" >"$tmp/ex_dist"
! grep -q 'coord_combine_agg\|worker_partial_agg' "$tmp/ex_dist" && grep -q 'circular_mean(.*x.*p' "$tmp/ex_dist" &&
	grep -q 'GROUP BY' "$tmp/ex_dist"
check $? "EXPLAIN, GROUP BY the distribution column: the whole aggregate runs on the workers" "$tmp/ex_dist" 80
ex "SELECT g, circular_mean(DISTINCT x, p) FROM d GROUP BY g" >"$tmp/ex_distinct"
ex "SELECT circular_mean(x, p ORDER BY id) FROM d" >"$tmp/ex_order"
cat "$tmp/ex_distinct" "$tmp/ex_order" >"$tmp/ex_raw"
! grep -q 'worker_partial_agg' "$tmp/ex_distinct" "$tmp/ex_order" && grep -q 'circular_mean(DISTINCT' "$tmp/ex_distinct" &&
	grep -q 'circular_mean(.*ORDER BY' "$tmp/ex_order"
check $? "EXPLAIN: DISTINCT (grouped by another column) and ORDER BY inside the call are not partially aggregated (the coordinator aggregates raw rows)" "$tmp/ex_raw" 80
sed 's/^/# /' "$tmp/ex_other" | grep -E 'Query:|Aggregate|Custom Scan|Task Count' | head -8

# 20. An angle distribution column.
cat >"$tmp/angle.sql" <<'EOF'
SET client_min_messages = warning;
CREATE TABLE la (a angle, x float8, p float8);
INSERT INTO la SELECT angle(i * 0.37 - 180, 'deg'), i * 1.25, 360 FROM generate_series(0, 1999) i;
INSERT INTO la VALUES ('0'::angle, 1, 360), ('-0'::angle, 2, 360);
CREATE TABLE da (a angle, x float8, p float8);
SET citus.shard_count = 8;
SELECT create_distributed_table('da', 'a');
INSERT INTO da VALUES ('0'::angle, 1, 360), ('-0'::angle, 2, 360);
INSERT INTO da SELECT angle(i * 0.37 - 180, 'deg'), i * 1.25, 360 FROM generate_series(0, 1999) i;
EOF
(
	S -f "$tmp/angle.sql" >/dev/null || exit 1
	[ -n "${ANGLE_CITUS_PERTURB:-}" ] && S -c "UPDATE la SET x = x * (1 + 2 ^ (-52)) WHERE x = 31.25"
	S -c "SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'da'::regclass" | grep -qx 2 || exit 1
	S -c "EXPLAIN (COSTS OFF) SELECT * FROM da WHERE a = angle(12.5 * 0.37 - 180, 'deg')" >"$tmp/route"
	grep -q 'Task Count: 1$' "$tmp/route" || { cat "$tmp/route"; exit 1; }
	printf '%s\n' \
		"SELECT a, x FROM @T WHERE a = angle(25 * 0.37 - 180, 'deg') ORDER BY x" \
		"SELECT x FROM @T WHERE a = '-0'::angle ORDER BY x" \
		"SELECT count(*), circular_mean(a), circular_stats_agg(a)::text, circular_stats_agg(x, p)::text FROM @T" \
		"SELECT a, circular_mean(x, p), circular_stats_agg(a) FROM @T GROUP BY a ORDER BY a" \
		"SELECT round(x)::int % 5 AS b, circular_mean(a), circular_stddev(a), circular_stats_agg(a, x) FROM @T GROUP BY 1 ORDER BY 1" >"$tmp/q_angle"
	compare angle "$tmp/q_angle" la da || { cat "$tmp/angle.report"; exit 1; }
	# Query 2's rows: both the row stored as 0 and the one stored as -0.
	[ "$(awk '/^@@ 1 /{ on = 1; next } /^@@ 2 /{ on = 0 } on' "$tmp/angle.da.out" | paste -sd,)" = 1,2 ] ||
		{ echo "-0 did not find both 0 and -0"; exit 1; }
) >"$tmp/angle" 2>&1
check $? "an angle distribution column: inserts, routing by equality to one shard (-0 finds 0), aggregates = local" "$tmp/angle"

# 21. A distributed rollup upserted with circular_stats_combine.
cat >"$tmp/rollup.sql" <<'EOF'
SET client_min_messages = warning;
CREATE TABLE rl (k int, g int, s circular_stats, PRIMARY KEY (k, g));
CREATE TABLE rd (k int, g int, s circular_stats, PRIMARY KEY (k, g));
SELECT create_distributed_table('rd', 'k', colocate_with => 'd');
EOF
(
	S -f "$tmp/rollup.sql" >/dev/null || exit 1
	for b in "id <= 3000" "id > 3000 AND id <= 7000" "id > 7000"; do
		for pair in "rd d" "rl l"; do
			# shellcheck disable=SC2086
			set -- $pair
			S -c "INSERT INTO $1 AS t SELECT k, g, circular_stats_agg(x, w, p) FROM $2 WHERE $b GROUP BY k, g
			      ON CONFLICT (k, g) DO UPDATE SET s = circular_stats_combine(t.s, excluded.s)" || exit 1
		done
	done
	S -c "SELECT k, g, s FROM rd ORDER BY k, g" >"$tmp/rollup.d"
	S -c "SELECT k, g, s FROM rl ORDER BY k, g" >"$tmp/rollup.l"
	S -c "SELECT k, g, circular_stats_agg(x, w, p) FROM l GROUP BY k, g ORDER BY k, g" >"$tmp/rollup.once"
	wc -l <"$tmp/rollup.d"
	diff "$tmp/rollup.d" "$tmp/rollup.l" | head -5 && diff "$tmp/rollup.d" "$tmp/rollup.once" | head -5 || exit 1
	[ "$(grep -c . "$tmp/rollup.d")" -ge 300 ] || exit 1
	cmp -s "$tmp/rollup.d" "$tmp/rollup.l" && cmp -s "$tmp/rollup.d" "$tmp/rollup.once"
) >"$tmp/rollup" 2>&1
check $? "a distributed rollup upserted in 3 batches with circular_stats_combine = the local rollup = one aggregate over all rows" "$tmp/rollup"

# 22-24. Errors while the coordinator combines the shards' states: the
# same SQLSTATE as locally.  The rows are placed so that each shard's
# state is valid and only the combination is not.
sqlstate() { psql -XAtq -v VERBOSITY=verbose -c "$1" 2>&1 | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\): .*/\1/p' | head -1; }
errcase() {  # DESCRIPTION SETUP_SQL QUERY(@T)
	local desc=$1 setup=$2 q=$3 dq lq ds ls
	dq=${q//@T/${4:-dm}} lq=${q//@T/${5:-lm}}
	(
		S -c "SET client_min_messages = warning" -c "$setup" >/dev/null || exit 1
		ds=$(sqlstate "$dq") ls=$(sqlstate "$lq")
		psql -XAtq -v VERBOSITY=verbose -c "$dq" 2>&1 | grep -E 'ERROR|LOCATION' | sed 's/^/distributed: /'
		psql -XAtq -v VERBOSITY=verbose -c "$lq" 2>&1 | grep -E 'ERROR|LOCATION' | sed 's/^/local: /'
		echo "SQLSTATE distributed ${ds:-none}, local ${ls:-none}"
		[ -n "$ds" ] && [ "$ds" = "$ls" ]
	) >"$tmp/err.$n" 2>&1
	check $? "$desc: SQLSTATE $(tail -1 "$tmp/err.$n" | sed 's/SQLSTATE //')" "$tmp/err.$n"
	grep -E '^(distributed|local): (ERROR|LOCATION)' "$tmp/err.$((n - 1))" 2>/dev/null | sed 's/^/# /' | head -4
}
shard_keys="SELECT k FROM generate_series(0, 49) k
	WHERE get_shard_id_for_distribution_column('@D', k) = (SELECT min(shardid) FROM pg_dist_shard WHERE logicalrelid = '@D'::regclass)"
errcase "mixed periods in different shards (360 and 24)" "
CREATE TABLE lm (k int, x float8, p float8);
CREATE TABLE dm (k int, x float8, p float8);
SET citus.shard_count = 8;
SELECT create_distributed_table('dm', 'k');
INSERT INTO lm SELECT i % 50, i, CASE WHEN i % 50 IN (${shard_keys//@D/dm}) THEN 24 ELSE 360 END FROM generate_series(1, 1000) i;
INSERT INTO dm SELECT * FROM lm;" \
	"SELECT circular_mean(x, p) FROM @T"
errcase "the total weight of the shards out of the exact range (20000 rows of weight 1e29)" "
CREATE TABLE lw (k int, x float8, w float8);
CREATE TABLE dw (k int, x float8, w float8);
SET citus.shard_count = 8;
SELECT create_distributed_table('dw', 'k');
INSERT INTO lw SELECT i % 50, i, 1e29 FROM generate_series(1, 20000) i;
INSERT INTO dw SELECT * FROM lw;
SELECT CASE WHEN max(c) * 1e29 < 2 ^ 110 THEN 1 ELSE 1 / (max(c) - max(c)) END FROM (SELECT count(*) c FROM lw GROUP BY get_shard_id_for_distribution_column('dw', k)) q;" \
	"SELECT circular_mean(x, w, 360) FROM @T" dw lw
errcase "the row count of the shards out of range (circular_stats_merge of 2^63 - 1 rows and 1 row)" "
CREATE TABLE ls (k int, s circular_stats);
CREATE TABLE ds (k int, s circular_stats);
SET citus.shard_count = 8;
SELECT create_distributed_table('ds', 'k');
INSERT INTO ls VALUES (0, ('(1,9223372036854775807,0,360,0x0,0x0,0x8000000000000000' || repeat('0', 16) || ')')::circular_stats);
INSERT INTO ls SELECT k, (SELECT circular_stats_agg(10, 360)) FROM generate_series(1, 49) k
	WHERE get_shard_id_for_distribution_column('ds', k) <> get_shard_id_for_distribution_column('ds', 0) LIMIT 1;
INSERT INTO ds SELECT * FROM ls;" \
	"SELECT circular_stats_merge(s) FROM @T" ds ls

# 25. Self-check: the comparison sees one row changed by about one ulp.
(
	S -c "CREATE TABLE lp AS SELECT * FROM l" -c "UPDATE lp SET x = x * (1 + 2 ^ (-52)) WHERE id = 1234" >/dev/null || exit 1
	sed -n '/circular_stats_agg(x, p)/p' "$tmp/q_other" >"$tmp/q_self"
	grep -q . "$tmp/q_self" || exit 1
	compare self "$tmp/q_self" lp && { echo "the perturbed copy was not told apart"; exit 1; }
	cat "$tmp/self.report"
	compare self2 "$tmp/q_self" l || { echo "the unperturbed copy differs"; exit 1; }
) >"$tmp/selfcheck" 2>&1
check $? "self-check: a local copy with one row perturbed by one ulp differs from the distributed result (and the copy itself does not)" "$tmp/selfcheck"
grep -A3 '^differences' "$tmp/self.report" | sed 's/^/#   /'

# 26. The one-state pattern: one circular_stats_agg read by three
# accessors = three separate aggregates.
printf '%s\n' \
	"SELECT g, circular_mean(s), mean_resultant_length(s), circular_stddev(s) FROM (SELECT g, circular_stats_agg(x, w, p) s FROM @T GROUP BY g) q ORDER BY g" \
	"SELECT g, circular_mean(circular_stats_agg(x, w, p)), mean_resultant_length(circular_stats_agg(x, w, p)), circular_stddev(circular_stats_agg(x, w, p)) FROM @T GROUP BY g ORDER BY g" >"$tmp/q_one"
printf '%s\n' \
	"SELECT g, circular_mean(x, w, p), mean_resultant_length(x, w, p), circular_stddev(x, w, p) FROM @T GROUP BY g ORDER BY g" \
	"SELECT g, circular_mean(x, w, p), mean_resultant_length(x, w, p), circular_stddev(x, w, p) FROM @T GROUP BY g ORDER BY g" >"$tmp/q_three"
(
	compare one "$tmp/q_one" || { cat "$tmp/one.report"; exit 1; }
	compare three "$tmp/q_three" || { cat "$tmp/three.report"; exit 1; }
	diff "$tmp/one.d.out" "$tmp/three.d.out"
) >"$tmp/onestate" 2>&1
check $? "one circular_stats_agg state read by three accessors = three aggregates, distributed and local" "$tmp/onestate"

[ "$n" = "$PLAN" ] || echo "# ran $n of $PLAN"
