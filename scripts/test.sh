#!/usr/bin/env bash
# The whole test suite on a fresh throwaway cluster: pg_regress and pgTAP.
# Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

if [ "${1:-}" != "--inside" ]; then
	bash scripts/setup.sh || exit 1
	build_and_stage || exit 1
	make -s refgen || exit 1
	with_cluster bash scripts/test.sh --inside
	exit $?
fi

# Inside the cluster.
log=$(mktemp -d)
make -s PG_CONFIG="$PG_CONFIG" installcheck >"$log/regress.out" 2>&1
rstatus=$?
cat "$log/regress.out"
# PostgreSQL 15 prints "test x ... ok"; 16 and later print TAP lines.
rp=$(grep -cE '\.\.\. ok|^ok [0-9]' "$log/regress.out")
rf=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$log/regress.out")
# pg_regress stops early on, e.g., a missing expected file.
[ "$rstatus" -ne 0 ] && [ "$rf" -eq 0 ] && rf=1
if [ -f regression.diffs ]; then
	echo "--- regression.diffs (head) ---"
	head -n 200 regression.diffs
fi

pg_prove -v test/*.sql >"$log/tap.out" 2>&1
sed -e '/^ok [0-9]/d' "$log/tap.out"
tp=$(grep -cE '^ok [0-9]' "$log/tap.out")
tf=$(grep -cE '^not ok [0-9]' "$log/tap.out")
# A pgTAP file that dies before its plan completes fails as a whole.
if ! grep -q '^Result: PASS' "$log/tap.out"; then
	bad=$(grep -cE 'Wstat|Bad plan|No subtests run|Parse errors' "$log/tap.out")
	tf=$((tf + (bad > 0 ? bad : 1)))
fi
# Shell tests (e.g. pg_dump round trips) print TAP lines themselves.
for t in test/*.sh; do
	[ -e "$t" ] || continue
	bash "$t" >"$log/sh.out" 2>&1
	sed -e '/^ok [0-9]/d' "$log/sh.out"
	tp=$((tp + $(grep -cE '^ok [0-9]' "$log/sh.out")))
	tf=$((tf + $(grep -cE '^not ok [0-9]' "$log/sh.out")))
	want=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$log/sh.out" | head -1)
	got=$(grep -cE '^(not )?ok [0-9]' "$log/sh.out")
	if [ -z "$want" ] || [ "$want" -ne "$got" ]; then
		echo "$t: planned ${want:-?} tests, ran $got"
		tf=$((tf + 1))
	fi
done
rm -rf "$log"

passed=$((rp + tp))
failed=$((rf + tf))
echo "pg_regress: $rp passed, $rf failed; pgTAP and shell TAP: $tp passed, $tf failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
