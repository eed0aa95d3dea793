#!/usr/bin/env bash
# Benchmark (not a test): angle's aggregates on a Citus cluster of a
# coordinator and two workers on this machine (test/citus/cluster.bash,
# Citus 13.2.2 built once by scripts/citus.sh), on ROWS rows (default
# 10^7) in a distributed table (8 shards) and in a local copy on the
# coordinator.  Queries:
#   one    SELECT circular_mean(x, 360) FROM T
#   three  SELECT circular_mean(x, 360), mean_resultant_length(x, 360),
#                 circular_stddev(x, 360) FROM T             (3 aggregates)
#   state  the same three read from one circular_stats_agg(x, 360) in a
#          subquery (FROM (SELECT circular_stats_agg(x, 360) s FROM T) q)
#   inline the same three on circular_stats_agg(x, 360) written three
#          times in one SELECT (PostgreSQL computes it once; Citus ships
#          one partial state per call)
# each without GROUP BY and grouped by a column that is not the
# distribution column (g, 16 groups).  Round-robin over every (query,
# table) for ROUNDS rounds (default 5); medians; the ratios are within
# this run.  Prints the CPU model with the figures.
#
#   bash bench/citus.sh                 10^7 rows, 5 rounds
#   ROWS=1000000 ROUNDS=7 bash bench/citus.sh
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROWS=${ROWS:-10000000}
ROUNDS=${ROUNDS:-5}
export PGV=15
. scripts/common.sh
bash scripts/setup.sh >/dev/null || exit 1
build_and_stage || exit 1
citus=$(bash scripts/citus.sh | tail -1)
case "$citus" in /*) ;; *) echo "no Citus: $citus" >&2; exit 1 ;; esac
. test/citus/cluster.bash
work=$ANGLE_RUN/citus
mkdir -p "$work"
chmod 755 "$work"
trap 'citus_cluster_stop; angle_cleanup' EXIT
trap 'exit 143' TERM INT
# The servers' parallel workers: the local copy may use 2 per query as
# PostgreSQL's default does; the workers' shard queries run concurrently.
CITUS_EXTRA_CONF="shared_buffers = 512MB" citus_cluster_start "$work" "$citus" ||
	{ tail "$work"/*.init >&2; exit 1; }
S() { psql -XAtq -v ON_ERROR_STOP=1 "$@"; }
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
echo "CPU: $cpu ($(nproc) cores, shared; load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "rows: $ROWS, rounds: $ROUNDS, PostgreSQL $("$PG_CONFIG" --version | cut -d' ' -f2), Citus $(citus_on coord -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'")"
t0=$(date +%s)
S -c "SET client_min_messages = warning" -c "CREATE EXTENSION angle CASCADE" \
	-c "CREATE TABLE l (k int, g int, x float8)" \
	-c "INSERT INTO l SELECT i % 1000, i % 16, (i * 0.6180339887498949 - floor(i * 0.6180339887498949)) * 360 FROM generate_series(1, $ROWS) i" \
	-c "CREATE TABLE d (LIKE l)" -c "SET citus.shard_count = 8" \
	-c "SELECT create_distributed_table('d', 'k')" -c "INSERT INTO d SELECT * FROM l" \
	-c "VACUUM ANALYZE l" -c "VACUUM ANALYZE d" >/dev/null || exit 1
echo "load: $(($(date +%s) - t0)) s"

declare -A Q=(
	[one]="SELECT circular_mean(x, 360) FROM @T"
	[three]="SELECT circular_mean(x, 360), mean_resultant_length(x, 360), circular_stddev(x, 360) FROM @T"
	[state]="SELECT circular_mean(s), mean_resultant_length(s), circular_stddev(s) FROM (SELECT circular_stats_agg(x, 360) s FROM @T) q"
	[one_g]="SELECT g, circular_mean(x, 360) FROM @T GROUP BY g"
	[three_g]="SELECT g, circular_mean(x, 360), mean_resultant_length(x, 360), circular_stddev(x, 360) FROM @T GROUP BY g"
	[state_g]="SELECT g, circular_mean(s), mean_resultant_length(s), circular_stddev(s) FROM (SELECT g, circular_stats_agg(x, 360) s FROM @T GROUP BY g) q"
	[inline]="SELECT circular_mean(circular_stats_agg(x, 360)), mean_resultant_length(circular_stats_agg(x, 360)), circular_stddev(circular_stats_agg(x, 360)) FROM @T"
	[inline_g]="SELECT g, circular_mean(circular_stats_agg(x, 360)), mean_resultant_length(circular_stats_agg(x, 360)), circular_stddev(circular_stats_agg(x, 360)) FROM @T GROUP BY g"
)
NAMES="one three state inline one_g three_g state_g inline_g"
# The results must agree between the tables (the figures compare equal work).
for q in $NAMES; do
	a=$(S -c "${Q[$q]//@T/d} ORDER BY 1" 2>&1) b=$(S -c "${Q[$q]//@T/l} ORDER BY 1" 2>&1)
	[ "$a" = "$b" ] || { echo "results differ for $q" >&2; exit 1; }
done
ms() { S -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1; }
declare -A T=()
for ((r = 1; r <= ROUNDS; r++)); do
	for q in $NAMES; do
		for tb in d l; do
			T[$q.$tb]="${T[$q.$tb]:-} $(ms "${Q[$q]//@T/$tb}")"
		done
	done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
declare -A M=()
printf '%-8s %14s %14s %10s   %s\n' query "distributed ms" "local ms" "dist/local" "(all rounds, ms: distributed | local)"
for q in $NAMES; do
	for tb in d l; do M[$q.$tb]=$(echo "${T[$q.$tb]}" | median); done
	printf '%-8s %14.0f %14.0f %10.2f   %s |%s\n' "$q" "${M[$q.d]}" "${M[$q.l]}" \
		"$(echo "${M[$q.d]} ${M[$q.l]}" | awk '{ print $1 / $2 }')" "${T[$q.d]}" "${T[$q.l]}"
done
for s in "" _g; do
	for tb in d l; do
		label=distributed
		[ "$tb" = l ] && label=local
		echo "3 aggregates / 1 state read by 3 accessors (subquery), $label${s:+, GROUP BY g}: $(echo "${M[three$s.$tb]} ${M[state$s.$tb]}" | awk '{ printf "%.2f", $1 / $2 }'); 3 aggregates / inline state: $(echo "${M[three$s.$tb]} ${M[inline$s.$tb]}" | awk '{ printf "%.2f", $1 / $2 }')"
	done
done
echo "CPU: $cpu"
