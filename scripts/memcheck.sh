#!/usr/bin/env bash
# Flat memory of the circular statistics aggregates: the peak resident
# memory (VmHWM) of a fresh backend after aggregating 10^6 and 10^7 rows,
# serial, as a moving window (inverse transition), grouped (1000 hash
# groups of circular_stats_agg) and in sorted groups of 1000 rows (each
# group's state is expanded and freed in turn).  The rows are streamed from
# generate_series in the select list (no table, no tuplestore), so the
# backend's peak is what the aggregate itself holds.  The peak must not
# grow by more than MEM_SLACK_KB (default 1024) from 10^6 to 10^7 rows.
#
#   bash scripts/memcheck.sh          # builds, stages, runs in a throwaway cluster
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	build_and_stage || exit 1
	with_cluster bash scripts/memcheck.sh --inside
	exit $?
fi

slack=${MEM_SLACK_KB:-1024}
db=angle_mem
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
createdb "$db"
psql -Xq -d "$db" -c "SET client_min_messages = warning; CREATE EXTENSION angle CASCADE" || exit 1

declare -A sql=(
	[serial]="SELECT circular_mean(x, 360)::text FROM (SELECT generate_series(1, :n)::float8 * 0.7 AS x) s"
	[window]="SELECT max(m)::text FROM (SELECT circular_mean(x, 360) OVER (ROWS BETWEEN 100 PRECEDING AND CURRENT ROW) m
		FROM (SELECT generate_series(1, :n)::float8 * 0.7 AS x) s) w"
	[grouped]="SELECT count(circular_stats_count(s))::text FROM (SELECT g::bigint % 1000 AS k, circular_stats_agg(g * 0.7, 360) s
		FROM (SELECT generate_series(1, :n)::float8 AS g) s GROUP BY 1) q"
	[sorted]="SET enable_hashagg = off; SELECT count(circular_stats_count(s))::text FROM (SELECT floor(g / 1000) AS k, circular_stats_agg(g * 0.7, 360) s
		FROM (SELECT generate_series(1, :n)::float8 AS g) s GROUP BY 1) q"
)

# Peak and current resident memory (kB) of a fresh backend after one query.
measure() {
	psql -XAtq -d "$db" -v n="$2" <<-EOF
		SET max_parallel_workers_per_gather = 0;
		SET jit = off;
		\\o /dev/null
		${sql[$1]};
		\\o
		SELECT (regexp_match(st, 'VmHWM:\\s+(\\d+)'))[1] || ' ' || (regexp_match(st, 'VmRSS:\\s+(\\d+)'))[1]
		  FROM pg_read_file('/proc/self/status') st;
	EOF
}

echo "query    rows        peak_kB  rss_kB  seconds"
fail=0
for q in serial window grouped sorted; do
	prev=
	for n in 1000 1000000 10000000; do
		start=$(date +%s.%N)
		read -r hwm rss < <(measure "$q" "$n")
		secs=$(echo "$(date +%s.%N) - $start" | bc)
		printf '%-8s %-10s %8s %7s %8.1f\n' "$q" "$n" "$hwm" "$rss" "$secs"
		[ "$n" -eq 1000000 ] && prev=$hwm
		if [ "$n" -eq 10000000 ] && [ -n "$prev" ] && [ $((hwm - prev)) -gt "$slack" ]; then
			echo "  $q: peak grew by $((hwm - prev)) kB from 10^6 to 10^7 rows"
			fail=1
		fi
	done
done
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
[ "$fail" -eq 0 ] && echo "flat: the peak grows by at most $slack kB from 10^6 to 10^7 rows"
exit "$fail"
