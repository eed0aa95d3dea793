#!/usr/bin/env bash
# make bench: every benchmark on a fresh throwaway cluster, then the table.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	bash scripts/setup.sh
	build_and_stage
	make -s -C bench PG_CONFIG="$PG_CONFIG"
	with_cluster bash bench/run.sh --inside
	exit $?
fi

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c "SET client_min_messages = warning; CREATE EXTENSION angle CASCADE"
psql -c "CREATE FUNCTION naive_angle(float8[], float8[]) RETURNS float8
	AS '$ROOT/bench/naive', 'naive_angle' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE"
psql -f bench/lib.sql
for f in bench/[a-z]*.sql; do
	case "$f" in bench/lib.sql|bench/report.sql) continue ;; esac
	echo "bench: $f" >&2
	psql -f "$f" >/dev/null
done
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), PostgreSQL $("$PG_CONFIG" --version | awk '{print $2}')"
psql -f bench/report.sql
