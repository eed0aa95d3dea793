#!/usr/bin/env bash
# make bench: every benchmark on a fresh throwaway cluster, then the table.
# bash bench/run.sh [NAME ...] runs only bench/NAME.sql.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	bash scripts/setup.sh
	build_and_stage
	# the baseline module, built for this server in the private build copy
	make -s -C "$ANGLE_RUN/build/bench" PG_CONFIG="$PG_CONFIG"
	chmod -R a+rX "$ANGLE_RUN/build/bench"
	export ANGLE_NAIVE=$ANGLE_RUN/build/bench/naive
	# pgvector 0.8.6 from ../shared/pgvector, a peer for bench/targets.sql,
	# built at bench time into the private stage (never the system's).
	pgv_tar=$ROOT/../shared/pgvector/pgvector-0.8.6.tar.xz
	if [ -f "$pgv_tar" ]; then
		rm -rf "$ANGLE_RUN/pgvector"
		mkdir -p "$ANGLE_RUN/pgvector"
		tar -xJf "$pgv_tar" -C "$ANGLE_RUN/pgvector"
		if make -s -C "$ANGLE_RUN/pgvector/pgvector-0.8.6" PG_CONFIG="$PG_CONFIG" >"$ANGLE_RUN/pgvector.log" 2>&1 &&
			make -s -C "$ANGLE_RUN/pgvector/pgvector-0.8.6" PG_CONFIG="$PG_CONFIG" install ${STAGE:+DESTDIR="$STAGE"} >>"$ANGLE_RUN/pgvector.log" 2>&1; then
			chmod -R a+rX "$ANGLE_RUN"
			export ANGLE_PGVECTOR=1
		else
			echo "bench: pgvector did not build (see $ANGLE_RUN/pgvector.log): its rows are skipped" >&2
		fi
	else
		echo "bench: $pgv_tar is absent: the pgvector rows are skipped" >&2
	fi
	with_cluster bash bench/run.sh --inside "$@"
	exit $?
fi

# JIT compilation time would blur per-row costs: every query runs without
# it, and serially unless its settings say otherwise.
export PGOPTIONS="-c jit=off -c max_parallel_workers_per_gather=0"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c "SET client_min_messages = warning; CREATE EXTENSION angle CASCADE"
for sig in "float8[], float8[]:naive_angle" "float4[], float4[]:naive_angle_f4" \
	"cube, cube:naive_angle_cube"; do
	psql -c "CREATE FUNCTION naive_angle(${sig%%:*}) RETURNS float8
		AS '$ANGLE_NAIVE', '${sig##*:}' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE"
done
psql -c "CREATE FUNCTION bench_cpu_ns() RETURNS float8
	AS '$ANGLE_NAIVE', 'bench_cpu_ns' LANGUAGE C VOLATILE STRICT PARALLEL SAFE"
psql -f bench/lib.sql
shift
files=()
for name in "$@"; do files+=("bench/$name.sql"); done
[ ${#files[@]} -gt 0 ] || files=(bench/[a-z]*.sql)
for f in "${files[@]}"; do
	case "$f" in bench/lib.sql|bench/report.sql) continue ;; esac
	echo "bench: $f" >&2
	psql -f "$f" >/dev/null
	psql -c "CALL bench.flush()"
done
echo "Settings: jit = off; serial unless a row says otherwise; ratio = this row's median / the median of the row named under vs."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), PostgreSQL $("$PG_CONFIG" --version | awk '{print $2}')"
psql -f bench/report.sql
