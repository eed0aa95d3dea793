#!/usr/bin/env bash
# Instructions per row of the aggregates against their baselines, counted
# by callgrind on a single-user backend (deterministic, unlike timings on
# this shared machine), and the functions that execute them.
#   bash bench/profile.sh            (about 4 minutes)
#   ANGLE_PROFILE_ROWS=1000000 bash bench/profile.sh   (about 10 minutes)
#   ANGLE_PROFILE_ONLY=circular_mean bash bench/profile.sh   (those queries)
#   ANGLE_PROFILE_ANNOTATE='circular_mean(x, 360)': the query whose
#   functions are listed (default: the weighted circular_mean)
# Prints, per query, instructions per row: (Ir(query) - Ir(SELECT 1)) / rows.
# The weighted rows use w = random() * 10, the SQL weighted formula a
# user would write for circular_mean(x, w, 360) and the unweighted one of
# circular_mean(time), whose rows have period 24.  Then the hashed and
# sorted GROUP BY of 1,000 groups (g = i % 1000) and the moving window of
# 1,000 rows of bench/targets.sql, each with its baseline; last, 100-D
# vector_angle on float8[] and float4[] and 3-D on cube, per pair of
# rows / 10 pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
command -v valgrind >/dev/null || bash scripts/setup.sh
build_and_stage
rows=${ANGLE_PROFILE_ROWS:-200000}
vrows=$((rows / 10))				# rows of the vector tables
bin=$("$PG_CONFIG" --bindir)
libdir=$("$PG_CONFIG" --pkglibdir)
work=$(mktemp -d)
trap 'rm -rf "$work"; angle_cleanup' EXIT
chmod 755 "$work"
as_pg=()
[ "$(id -u)" -eq 0 ] && { chown postgres "$work"; as_pg=(runuser -u postgres --); }
"${as_pg[@]}" "$bin/initdb" -D "$work/data" >/dev/null
single() {						# single SQLFILE [valgrind args...]
	local sql=$1
	shift
	"${as_pg[@]}" "$@" "$bin/postgres" --single -D "$work/data" \
		-c "extension_destdir=$STAGE" -c "dynamic_library_path=$STAGE$libdir:\$libdir" \
		-c jit=off -c max_parallel_workers_per_gather=0 postgres <"$sql"
}
cat >"$work/setup.sql" <<SQL
CREATE EXTENSION angle CASCADE;
SELECT setseed(0.42);
CREATE TABLE t AS SELECT i, i % 1000 AS g, random() * 360 AS x, random() * 10 AS w, time '00:00' + random() * interval '24 hours' AS tod FROM generate_series(1, $rows) i;
VACUUM ANALYZE t;
CREATE FUNCTION vec(d int) RETURNS float8[] LANGUAGE sql VOLATILE RETURN (SELECT array_agg(random() - 0.5) FROM generate_series(1, d));
CREATE TABLE v100 AS SELECT vec(100 + 0 * i) AS a, vec(100 + 0 * i) AS b FROM generate_series(1, $vrows) i;
CREATE TABLE v100f4 AS SELECT a::float4[] AS a, b::float4[] AS b FROM v100;
CREATE TABLE v3cube AS SELECT cube(vec(3 + 0 * i)) AS a, cube(vec(3 + 0 * i)) AS b FROM generate_series(1, $vrows) i;
VACUUM ANALYZE v100;
VACUUM ANALYZE v100f4;
VACUUM ANALYZE v3cube;
SQL
single "$work/setup.sql" >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
grep -A3 ERROR "$work/setup.log" && exit 1
count() {						# count NAME QUERY: total instructions
	echo "$2;" >"$work/$1.sql"
	chmod a+r "$work/$1.sql"
	single "$work/$1.sql" valgrind --tool=callgrind --callgrind-out-file="$work/$1.cg" 2>&1 |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
annotate=${ANGLE_PROFILE_ANNOTATE:-circular_mean(x, w, 360)}
base=$(count base "SELECT 1")
printf '%-60s %12s\n' query "Ir/row"
for q in "SELECT sum(x) FROM t" "SELECT avg(x) FROM t" "SELECT circular_mean(x, 360) FROM t" \
	"SELECT degrees(atan2(avg(sind(x)), avg(cosd(x)))) FROM t" \
	"SELECT circular_mean(x, w, 360) FROM t" \
	"SELECT degrees(atan2(sum(w * sin(radians(x))), sum(w * cos(radians(x))))) FROM t" \
	"SELECT circular_stats_agg(x, w, 360) FROM t" \
	"SELECT circular_mean(tod) FROM t" "SELECT circular_mean(tod, w) FROM t" \
	"SET enable_sort = off; SELECT count(m) FROM (SELECT g, sum(x) m FROM t GROUP BY g) q" \
	"SET enable_sort = off; SELECT count(m) FROM (SELECT g, circular_mean(x, 360) m FROM t GROUP BY g) q" \
	"SET enable_sort = off; SELECT count(m) FROM (SELECT g, degrees(atan2(avg(sind(x)), avg(cosd(x)))) m FROM t GROUP BY g) q" \
	"SET enable_hashagg = off; SELECT count(m) FROM (SELECT g, sum(x) m FROM t GROUP BY g) q" \
	"SET enable_hashagg = off; SELECT count(m) FROM (SELECT g, circular_mean(x, 360) m FROM t GROUP BY g) q" \
	"SET enable_hashagg = off; SELECT count(m) FROM (SELECT g, degrees(atan2(avg(sind(x)), avg(cosd(x)))) m FROM t GROUP BY g) q" \
	"SELECT count(s) FROM (SELECT count(x) OVER w AS s FROM t WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q" \
	"SELECT count(s) FROM (SELECT circular_mean(x, 360) OVER w AS s FROM t WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q"; do
	[ -z "${ANGLE_PROFILE_ONLY:-}" ] || [[ "$q" == *$ANGLE_PROFILE_ONLY* ]] || continue
	n=$(count q "$q")
	printf '%-60s %12d\n' "$q" $(((n - base) / rows))
	[[ "$q" != *"$annotate"* ]] || cp "$work/q.cg" "$work/cm.cg"
done
# vector angles, on tables of rows / 10 pairs
for q in "SELECT sum(vector_angle(a, b)) FROM v100" "SELECT sum(vector_angle(a, b)) FROM v100f4" \
	"SELECT sum(vector_angle(a, b)) FROM v3cube"; do
	[ -z "${ANGLE_PROFILE_ONLY:-}" ] || [[ "$q" == *$ANGLE_PROFILE_ONLY* ]] || continue
	n=$(count q "$q")
	printf '%-60s %12d\n' "$q" $(((n - base) / vrows))
done
echo
echo "$annotate: functions above 5 instructions per row (self; start-up included)"
callgrind_annotate "$work/cm.cg" 2>/dev/null | awk -v r=$rows '
	/^ *[0-9,]+ .*:/ { n = $1; gsub(",", "", n); if (n / r >= 5) { $1 = ""; printf "%8.0f %s\n", n / r, $0 } }' |
	sed 's| \[[^]]*\]$||; s|/[^ ]*/||' | head -20
