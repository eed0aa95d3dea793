#!/usr/bin/env bash
# The code paths of CPUs without AVX or FMA give the same bits: angle is
# built again with -DANGLE_NO_SIMD -DANGLE_NO_CLONES (scalar batches, libm's
# fma() everywhere), loaded by a private server, and the pg_regress suite,
# whose expected outputs hold exact states and results, must pass on it.
# The C unit tests of src/numerics/ are built and run with the same flags.
# Run by scripts/test.sh inside its cluster (this one is separate); prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/common.sh

echo "1..3"
work=$(mktemp -d /tmp/angle-scalar.XXXXXX)
chmod 755 "$work"
trap 'private_server_stop "$work" 2>/dev/null; rm -rf "$work"' EXIT
copy_source "$work/src"
# Where the suite's server loads angle from a DESTDIR (Debian's
# extension_destdir), stage there; else install into a private copy of
# the server (PostgreSQL 18 built from source).
if [ -n "${STAGE:-}" ]; then
	dest=(DESTDIR="$work/stage")
else
	cp -a "$(dirname "$("$PG_CONFIG" --bindir)")" "$work/server"
	PG_CONFIG=$work/server/bin/pg_config
	dest=()
fi
# The same flags for the install step: the Makefile rebuilds the objects
# when the compile flags change.
scalar=(PG_CPPFLAGS="-DANGLE_NO_SIMD -DANGLE_NO_CLONES")
if make -C "$work/src" -s PG_CONFIG="$PG_CONFIG" "${scalar[@]}" >"$work/build.log" 2>&1 &&
	make -C "$work/src" -s PG_CONFIG="$PG_CONFIG" "${scalar[@]}" install \
		"${dest[@]}" >>"$work/build.log" 2>&1 &&
	! nm "$work/src/angle.so" | grep -qE 'circ_batch_fma|\.fma'; then
	echo "ok 1 - scalar build (no vector kernel, no FMA clones)"
else
	echo "not ok 1 - scalar build"
	sed 's/^/# /' "$work/build.log" | tail -20
	nm "$work/src/angle.so" 2>&1 | grep -E 'circ_batch_fma|\.fma' | head -5 | sed 's/^/# SIMD or FMA symbol left: /'
	echo "not ok 2 - C unit tests on the scalar build # not run"
	echo "not ok 3 - pg_regress on the scalar build # not run"
	exit 0
fi
# The numerics' own tests, without the vector kernels and the FMA clones.
rm -f "$work/src/test/numerics/numerics_test"
if make -C "$work/src" -s PG_CONFIG="$PG_CONFIG" \
	NUMERICS_DEFS="-DANGLE_NO_SIMD -DANGLE_NO_CLONES" \
	test/numerics/numerics_test >"$work/unit.log" 2>&1 &&
	(cd "$work/src" && test/numerics/numerics_test test/numerics/trig_ref.txt \
		test/numerics/tests_ref.txt) >>"$work/unit.log" 2>&1 &&
	unit_ok=$(grep -c '^ok ' "$work/unit.log") &&
	! grep -q '^not ok' "$work/unit.log" && [ "$unit_ok" -gt 0 ]; then
	unit_skip=$(grep -ciE '^ok .*# *skip' "$work/unit.log")
	echo "ok 2 - C unit tests on the scalar build: $((unit_ok - unit_skip)) passed, $unit_skip skipped"
else
	echo "not ok 2 - C unit tests on the scalar build"
	grep -v '^ok ' "$work/unit.log" | tail -20 | sed 's/^/# /'
fi
chmod -R a+rX "$work"
mkdir "$work/pg"
chmod 755 "$work/pg"
STAGE=${STAGE:+$work/stage}
private_server_init "$work/pg" "${SCALAR_PORT:-54331}" "$STAGE" &&
	private_server_start "$work/pg" 60 env >/dev/null || {
	echo "not ok 3 - pg_regress on the scalar build # server did not start"
	exit 0
}
make -C "$work/src" -s PG_CONFIG="$PG_CONFIG" installcheck >"$work/regress.out" 2>&1
status=$?
passed=$(grep -cE '\.\.\. ok|^ok [0-9]' "$work/regress.out")
failed=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$work/regress.out")
if [ $status -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]; then
	echo "ok 3 - pg_regress on the scalar build: $passed passed"
else
	echo "not ok 3 - pg_regress on the scalar build: $passed passed, $failed failed"
	sed 's/^/# /' "$work/regress.out" | tail -20
	cat "$work"/src/results/*/regression.diffs 2>/dev/null | head -60 | sed "s/^/# /"
fi
