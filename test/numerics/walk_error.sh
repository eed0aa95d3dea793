#!/usr/bin/env bash
# The accuracy of the exact random-walk tails of src/numerics/walk.c (the
# Rayleigh test and V-test p-values at n <= 30) against a build with finer
# discretization, the error of the asymptotic formulas of tests.c beyond
# n = 30 against the exact tail, and the first-call cost
# (test/numerics/walk_error.c).  No server.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc=${CC:-cc}
flags="-O2 -std=gnu99 -Wall -Wextra -Werror -fno-fast-math -ffp-contract=off -Isrc/numerics"
if ! out=$($cc $flags -c src/numerics/walk.c -o "$tmp/walk.o" 2>&1 &&
	$cc $flags -DWALK_NMAX=60 -DKSCALE=1.5 -DKCHEB=56 -DGAUSS=32 -DGAUSS2=20 -DDELTA0=1e-14 \
		-Dwalk_planar_tail=ref_planar_tail -Dwalk_linear_tail=ref_linear_tail \
		-c src/numerics/walk.c -o "$tmp/ref.o" 2>&1 &&
	$cc $flags -o "$tmp/walk_error" test/numerics/walk_error.c src/numerics/tests.c \
		"$tmp/walk.o" "$tmp/ref.o" -lm 2>&1); then
	echo "1..1"
	echo "not ok 1 - build test/numerics/walk_error"
	printf '%s\n' "$out" | sed 's/^/# /' | tail -20
	exit 0
fi
"$tmp/walk_error"
