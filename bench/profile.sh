#!/usr/bin/env bash
# Instructions per row of the aggregates against their baselines, counted
# by callgrind on a single-user backend (deterministic, unlike timings on
# this shared machine), and the functions that execute them.
#   bash bench/profile.sh            (about 2 minutes)
#   ANGLE_PROFILE_ROWS=1000000 bash bench/profile.sh   (about 10 minutes)
#   ANGLE_PROFILE_ONLY=circular_mean bash bench/profile.sh   (those queries)
#   ANGLE_PROFILE_ANNOTATE='circular_mean(x, 360)': the query whose
#   functions are listed (default: the weighted circular_mean)
# Prints, per query, instructions per row: (Ir(query) - Ir(SELECT 1)) / rows.
# The weighted rows use w = random() * 10, the SQL weighted formula a
# user would write for circular_mean(x, w, 360) and the unweighted one of
# circular_mean(time), whose rows have period 24.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
command -v valgrind >/dev/null || bash scripts/setup.sh
build_and_stage
rows=${ANGLE_PROFILE_ROWS:-200000}
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
CREATE TABLE t AS SELECT i, random() * 360 AS x, random() * 10 AS w, time '00:00' + random() * interval '24 hours' AS tod FROM generate_series(1, $rows) i;
VACUUM ANALYZE t;
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
	"SELECT circular_mean(tod) FROM t" "SELECT circular_mean(tod, w) FROM t"; do
	[ -z "${ANGLE_PROFILE_ONLY:-}" ] || [[ "$q" == *$ANGLE_PROFILE_ONLY* ]] || continue
	n=$(count q "$q")
	printf '%-60s %12d\n' "$q" $(((n - base) / rows))
	[[ "$q" != *"$annotate"* ]] || cp "$work/q.cg" "$work/cm.cg"
done
echo
echo "$annotate: functions above 5 instructions per row (self; start-up included)"
callgrind_annotate "$work/cm.cg" 2>/dev/null | awk -v r=$rows '
	/^ *[0-9,]+ .*:/ { n = $1; gsub(",", "", n); if (n / r >= 5) { $1 = ""; printf "%8.0f %s\n", n / r, $0 } }' |
	sed 's| \[[^]]*\]$||; s|/[^ ]*/||' | head -20
