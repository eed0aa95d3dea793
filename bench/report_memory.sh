#!/usr/bin/env bash
# Time and backend peak memory (VmHWM) of the sort-based report statistics
# at 10^7 rows against percentile_cont and sum, serial, on a throwaway
# cluster.  Not part of the tests.   bash bench/report_memory.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
if [ "${1:-}" != --inside ]; then
	build_and_stage
	with_cluster bash bench/report_memory.sh --inside "${1:-10000000}"
	exit
fi
rows=$2
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), PostgreSQL $("$PG_CONFIG" --version | awk '{print $2}'), $rows rows"
psql -Xq -c "SET client_min_messages = warning" -c "CREATE EXTENSION IF NOT EXISTS angle CASCADE" \
	-c "SELECT setseed(0.12)" -o /dev/null -c "DROP TABLE IF EXISTS r" \
	-c "CREATE TABLE r AS SELECT random() * 360 AS x FROM generate_series(1, $rows)" -c "VACUUM ANALYZE r"
hwm=$(mktemp /tmp/angle-hwm.XXXXXX)
chmod 666 "$hwm"
for q in "SELECT sum(x) FROM r" \
	"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM r" \
	"SELECT circular_median(x, 360) FROM r" \
	"SELECT circular_quantiles(x, ARRAY[0.25, 0.5, 0.75], 360) FROM r" \
	"SELECT circular_range(x, 360) FROM r"; do
	t=$(psql -XAt -v ON_ERROR_STOP=1 <<-SQL 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
		SET max_parallel_workers_per_gather = 0;
		SET work_mem = '4GB';
		\timing on
		$q;
		\timing off
		DO \$\$BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
			'grep VmHWM /proc/' || pg_backend_pid() || '/status > $hwm'); END\$\$;
	SQL
	)
	printf '%-65s %9.0f ms  %s\n' "$q" "$t" "$(tr -s ' \t' ' ' <"$hwm")"
done
rm -f "$hwm"
