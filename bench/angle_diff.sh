#!/usr/bin/env bash
# Benchmark (not a test): angle_diff(a, b, 360) on float8 against a plain
# a - b and against the SQL formula mod(mod(a-b+180,360)+360,360)-180 (which
# needs a numeric cast, as mod has no float8 form), over
# 1M rows, serial plans, best of 11 runs each, ratios against the same run.
#   bash bench/angle_diff.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
if [ "${1:-}" != "--inside" ]; then
	build_and_stage
	with_cluster bash bench/angle_diff.sh --inside
	exit $?
fi
psql -Xq <<'SQL' >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
DROP TABLE IF EXISTS bench_t;
CREATE TABLE bench_t AS
SELECT random() * 720 - 360 AS a, random() * 720 - 360 AS b FROM generate_series(1, 1000000);
VACUUM ANALYZE bench_t;
SQL
# Best execution time of a query in ms, from EXPLAIN ANALYZE.
best() {
	local q=$1 t bestt=
	for _ in 1 2 3 4 5 6 7 8 9 10 11; do
		t=$(psql -XAtq -c "SET max_parallel_workers_per_gather = 0" -c "SET jit = ${JIT:-on}" \
			-c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $q" |
			sed -n 's/.*"Execution Time": \([0-9.]*\).*/\1/p')
		if [ -z "$bestt" ] || awk "BEGIN{exit !($t < $bestt)}"; then bestt=$t; fi
	done
	echo "$bestt"
}
base=$(best "SELECT sum(a - b) FROM bench_t")
ours=$(best "SELECT sum(angle_diff(a, b, 360)) FROM bench_t")
formula=$(best "SELECT sum(mod(mod((a-b+180)::numeric,360)+360,360)-180) FROM bench_t")
echo "a - b:                 ${base} ms"
echo "angle_diff(a, b, 360): ${ours} ms"
echo "mod formula (numeric):       ${formula} ms"
awk -v b="$base" -v o="$ours" -v f="$formula" 'BEGIN {
	printf "angle_diff / (a - b) = %.2f (goal <= 1.3)\n", o / b;
	printf "formula / angle_diff = %.2f (goal >= 3)\n", f / o }'
