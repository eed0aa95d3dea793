#!/usr/bin/env bash
# Benchmark of the circular statistics aggregates (not a test).
#   bash bench/aggregates.sh            # 1M and 10M rows
# Prints the best of 3 runs of each query and the ratios against baselines
# measured in the same run (the machine is shared: compare ratios only).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	build_and_stage
	with_cluster bash bench/aggregates.sh --inside
	exit $?
fi

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
DROP TABLE IF EXISTS b1m, b10m;
CREATE TABLE b1m AS SELECT i, random() * 360 AS x FROM generate_series(1, 1000000) i;
CREATE TABLE b10m AS SELECT i, random() * 360 AS x FROM generate_series(1, 10000000) i;
VACUUM ANALYZE b1m;
VACUUM ANALYZE b10m;
SQL

# best of 3 wall-clock milliseconds of a query, with optional settings
best() {
	local settings=$1 q=$2 best=
	for _ in 1 2 3; do
		t=$(psql -X -q -At <<SQL | grep -oE 'Time: [0-9.]+' | awk '{print $2}'
SET max_parallel_workers_per_gather = 0;
SET jit = off;
$settings
\timing on
$q
SQL
		)
		if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
	done
	echo "$best"
}

PAR="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"
for t in b1m b10m; do
	sum=$(best "" "SELECT sum(x) FROM $t;")
	cm=$(best "" "SELECT circular_mean(x, 360) FROM $t;")
	sqlf=$(best "" "SELECT degrees(atan2(avg(sind(x)), avg(cosd(x)))) FROM $t;")
	echo "$t: sum(x) ${sum} ms; circular_mean ${cm} ms; SQL formula ${sqlf} ms"
	awk "BEGIN{printf \"$t: circular_mean / sum = %.2f (target <= 1.6); SQL formula / circular_mean = %.2f (target >= 2)\n\", $cm/$sum, $sqlf/$cm}"
done
ser=$(best "" "SELECT circular_mean(x, 360) FROM b10m;")
par=$(best "$PAR" "SELECT circular_mean(x, 360) FROM b10m;")
echo "b10m: serial ${ser} ms; 2 workers ${par} ms"
awk "BEGIN{printf \"b10m: serial / parallel = %.2f (target >= 1.4)\n\", $ser/$par}"
wsum=$(best "" "SELECT count(s) FROM (SELECT sum(x) OVER (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW) AS s FROM b1m) q;")
wcm=$(best "" "SELECT count(s) FROM (SELECT circular_mean(x, 360) OVER (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW) AS s FROM b1m) q;")
echo "b1m window (1000-row frame): sum ${wsum} ms; circular_mean ${wcm} ms"
awk "BEGIN{printf \"window: circular_mean / sum = %.2f (target <= 3)\n\", $wcm/$wsum}"
psql -X -q -c "DROP TABLE b1m, b10m;"
