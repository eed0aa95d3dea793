#!/usr/bin/env bash
# make accuracy: the accuracy report.  Builds angle and the MPFR reference
# generators, starts a throwaway cluster, measures, and writes
# docs/accuracy.md with its figures docs/accuracy.png,
# docs/accuracy-supplement.png and docs/accuracy-circmean.png.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	bash scripts/setup.sh
	build_and_stage
	make -s refgen
	with_cluster bash scripts/accuracy.sh --inside
	exit $?
fi

# Inside the cluster.
export PGOPTIONS="-c jit=off -c max_parallel_workers_per_gather=0"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
N_MAX=10000000

# The exact circular means take a minute or two: start them first.
test/stats/ref/circref ref 1000 3000 10000 30000 100000 300000 1000000 3000000 $N_MAX >"$tmp/circref.tsv" &
ref_pid=$!

echo "accuracy: vector angle sweep" >&2
test/vector/ref/refgen sweep >"$tmp/sweep.tsv"
(cd "$tmp" && psql -f "$ROOT/scripts/accuracy/vector.sql")

echo "accuracy: circular means of up to $N_MAX values" >&2
psql -c "CREATE TABLE circ (i bigint GENERATED ALWAYS AS IDENTITY, x float8)"
test/stats/ref/circref data $N_MAX | psql -c "\\copy circ (x) FROM pstdin"
psql -c "VACUUM ANALYZE circ"
psql -f scripts/accuracy/circmean.sql
wait "$ref_pid"
(cd "$tmp" && psql -f "$ROOT/scripts/accuracy/circmean_report.sql")

echo "accuracy: figures and docs/accuracy.md" >&2
mkdir -p docs
(cd "$tmp" && gnuplot -e "out='$ROOT/docs'" "$ROOT/scripts/accuracy/plot.gp")
machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -m), glibc $(ldd --version | head -1 | awk '{print $NF}'), MPFR $(dpkg-query -W -f='${Version}' libmpfr6 2>/dev/null || echo '?'), PostgreSQL $("$PG_CONFIG" --version | awk '{print $2}')"
# A line @NAME@ in the template is replaced by $tmp/NAME.md; @MACHINE@ by
# the machine's description.
awk -v dir="$tmp" -v machine="$machine" '
	/^@[a-z_]+@$/ { f = dir "/" substr($0, 2, length($0) - 2) ".md"
		while ((getline l < f) > 0) print l; close(f); next }
	{ gsub(/@MACHINE@/, machine); print }' \
	scripts/accuracy/accuracy.md.in >docs/accuracy.md
echo "accuracy: wrote docs/accuracy.md, docs/accuracy.png, docs/accuracy-supplement.png, docs/accuracy-circmean.png" >&2
