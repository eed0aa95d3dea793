#!/usr/bin/env bash
# Instructions per row of the scalar angle functions against their float8
# baselines (angle_diff against a - b, text input and output of the angle
# type against float8's), counted by callgrind on a single-user backend as
# bench/profile.sh does; deterministic, unlike timings on a shared machine.
#   bash bench/profile_scalar.sh            (about 4 minutes)
#   BRANCHES=1 bash bench/profile_scalar.sh (mispredicted branches per row)
# Prints (Ir(query) - Ir(SELECT 1)) / rows per query and, for the angle
# rows, the ratio to the baseline above them.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
command -v valgrind >/dev/null || bash scripts/setup.sh
build_and_stage
rows=${ROWS:-100000}
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
CREATE TABLE t AS SELECT i, random() * 720 - 360 AS a, random() * 720 - 360 AS b, random() * 360 AS x FROM generate_series(1, $rows) i;
ALTER TABLE t ADD s text, ADD g angle;
UPDATE t SET s = x::text, g = angle(x, 'deg');
VACUUM FULL t;
VACUUM ANALYZE t;
SQL
single "$work/setup.sql" >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
grep -i error "$work/setup.log" && exit 1
# BRANCHES=1: count simulated mispredicted conditional branches (Bcm)
# instead of instructions; a wrap direction that is a coin toss shows here.
vg=(valgrind --tool=callgrind)
field=1
[ -z "${BRANCHES:-}" ] || { vg+=(--branch-sim=yes); field=3; }
count() {						# count SQL...: total instructions (or Bcm)
	printf '%s\n' "$@" >"$work/q.sql"
	chmod a+r "$work/q.sql"
	single "$work/q.sql" "${vg[@]}" --callgrind-out-file="$work/q.cg" 2>&1 |
		sed -n 's/.*Collected : //p' | awk -v f=$field '{print $f}'
}
base=$(count "SELECT 1;")
dms="SET angle.output_unit = dms;"
printf '%-52s %10s %7s\n' query "$([ -n "${BRANCHES:-}" ] && echo Bcm || echo Ir)/row" ratio
prev=0
while IFS='|' read -r kind q; do
	pre=
	case "$q" in *"(dms)"*) pre=$dms; q=${q% (dms)} ;; esac
	n=$(count ${pre:+"$pre"} "$q;")
	ir=$(awk -v n="$n" -v b="$base" -v r="$rows" -v f="$field" \
		'BEGIN { printf f == 1 ? "%d" : "%.3f", (n - b) / r }')
	if [ "$kind" = base ]; then
		prev=$ir
		printf '%-52s %10s\n' "$q" "$ir"
	else
		printf '%-52s %10s %7s\n' "$q${pre:+ (dms)}" "$ir" \
			"$(awk -v a="$ir" -v b="$prev" 'BEGIN { printf "%.2f", a / b }')"
	fi
	[ -z "${ANNOTATE:-}" ] || case "$q" in *$ANNOTATE*)
		callgrind_annotate "$work/q.cg" 2>/dev/null | awk -v r=$rows '
			/^ *[0-9,]+ .*:/ { n = $1; gsub(",", "", n); if (n / r >= 5) { $1 = ""; printf "%8.0f %s\n", n / r, $0 } }' |
			sed 's| \[[^]]*\]$||; s|/[^ ]*/||' | head -25 ;;
	esac
done <<'Q'
base|SELECT sum(a - b) FROM t
angle|SELECT sum(angle_diff(a, b, 360)) FROM t
base|SELECT count(s::float8) FROM t
angle|SELECT count(s::angle) FROM t
base|SELECT sum(octet_length(x::text)) FROM t
angle|SELECT sum(octet_length(g::text)) FROM t
angle|SELECT sum(octet_length(g::text)) FROM t (dms)
Q
