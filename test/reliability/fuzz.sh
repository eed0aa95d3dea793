#!/usr/bin/env bash
# Mutation fuzzing of angle_in, circular_stats_in, angle_recv,
# circular_stats_recv, watson_williams_from_serial, circular_mean_ci_from_serial
# and the vector functions (float8[], float4[], cube
# with random arrays and cubes): FUZZ_N inputs per function (default 3000
# in the test suite; e.g. FUZZ_N=100000 for the long run), deterministic
# seed FUZZ_SEED.  Run inside a cluster (PG* set).  Prints TAP lines:
# every SQLSTATE is an expected one, and no backend crashed.
set -uo pipefail
cd "$(dirname "$0")/../.."
n=${FUZZ_N:-3000}
seed=${FUZZ_SEED:-0.42}
db=angle_fuzz
out=$(mktemp)
log=${PG_SERVER_LOG:-}
if [ -z "$log" ] && [ -n "${PG_CLUSTER_CONF_ROOT:-}" ]; then
	log=$(ls "$(dirname "$PG_CLUSTER_CONF_ROOT")"/log/*.log 2>/dev/null | head -1)
fi
crashes() { if [ -n "$log" ]; then grep -c 'was terminated by signal' "$log"; else echo 0; fi; }
before=$(crashes)

echo "1..17"
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
createdb "$db"
start=$(date +%s)
psql -X -q -d "$db" -v n="$n" -v seed="$seed" -f test/reliability/fuzz.sql >"$out" 2>&1
secs=$(( $(date +%s) - start ))

# Expected SQLSTATEs per function ("ok": a value).  22P02 for the
# vector functions comes from core's array and cube text input of the
# random literals, 08P01 from core's pq_getmsg* on short payloads.
declare -A allowed=(
	[angle_in]="ok 22P02 22003"
	[circular_stats_in]="ok 22P02"
	[angle_recv]="ok 22P03 08P01"
	[circular_stats_recv]="ok 22P03"
	[vector_float8]="ok 22000 22003 22004 22P02"
	[vector_float4]="ok 22000 22003 22004 22P02"
	[vector_cube]="ok 22000 22003 22023 22P02"
	[arc_in]="ok 22P02 22003"
	[timearc_in]="ok 22P02 22007 22008 22023"
	[arc_recv]="ok 22P03"
	[timearc_recv]="ok 22P03"
	[circular_corr_state_in]="ok 22P02"
	[circular_corr_state_recv]="ok 22P03"
	[watson_williams_from_serial]="ok 22P03"
	[circular_mean_ci_from_serial]="ok 22P03"
)
i=0
for f in angle_in circular_stats_in angle_recv circular_stats_recv vector_float8 vector_float4 vector_cube \
	arc_in timearc_in arc_recv timearc_recv circular_corr_state_in circular_corr_state_recv \
	watson_williams_from_serial circular_mean_ci_from_serial; do
	i=$((i + 1))
	total=$(awk -v f="$f" '$1 == f { s += $3 } END { print s + 0 }' "$out")
	bad=$(awk -v f="$f" -v ok="${allowed[$f]}" 'BEGIN { split(ok, a, " "); for (k in a) A[a[k]] = 1 }
		$1 == f && !($2 in A) { printf "%s=%s ", $2, $3 }' "$out")
	hist=$(awk -v f="$f" '$1 == f { printf "%s=%s ", $2, $3 }' "$out")
	if [ "$total" -eq "$n" ] && [ -z "$bad" ]; then
		echo "ok $i - $f: $n mutated inputs, only expected SQLSTATEs ($hist)"
	else
		echo "not ok $i - $f: ran $total of $n; unexpected: ${bad:-none} ($hist)"
	fi
done
psql -XAtq -d "$db" -c 'SELECT 1' >/dev/null 2>&1; r=$?
after=$(crashes)
i=$((i + 1))
if [ "$r" -eq 0 ] && [ "$after" -eq "$before" ]; then
	echo "ok $i - server up, no backend crash in the log (${log:-no log found}; $secs s)"
else
	echo "not ok $i - server crashed ($((after - before)) crash(es) in the log)"
	sed 's/^/# /' "$out" | tail -20
fi
i=$((i + 1))
if grep -q 'XX000' "$out"; then echo "not ok $i - an XX000 internal error"; grep XX000 "$out" | sed 's/^/# /'; else echo "ok $i - no XX000"; fi
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
rm -f "$out"
