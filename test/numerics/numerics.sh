#!/usr/bin/env bash
# The C unit tests of src/numerics/ (no server): builds
# test/numerics/numerics_test with the Makefile (only src/numerics/*.c and
# libm) and runs it; prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
PG_CONFIG=${PG_CONFIG:-pg_config}
if ! out=$(make -s PG_CONFIG="$PG_CONFIG" test/numerics/numerics_test 2>&1); then
	echo "1..1"
	echo "not ok 1 - build test/numerics/numerics_test"
	printf '%s\n' "$out" | sed 's/^/# /' | tail -20
	exit 1
fi
exec test/numerics/numerics_test test/numerics/trig_ref.txt test/numerics/tests_ref.txt
