#!/usr/bin/env bash
# The pg_regress suite (and, with VG_TAP=1, the pgTAP files) with every
# backend under valgrind memcheck.  A private server is started as
# "valgrind ... postgres -D ..." (backends are forked, so they run under
# valgrind too); scripts/valgrind.supp suppresses the stock server's known
# false positives (see the comments there).  Reports the number of
# valgrind errors, those whose stack has a frame in angle.so, and the
# number suppressed; exits nonzero if any error is left.
#
#   bash scripts/valgrind.sh                  # pg_regress suite
#   VG_TAP=1 bash scripts/valgrind.sh         # and pg_prove test/*/tap/*.sql
#   VG_TESTS="bad_state circular" bash scripts/valgrind.sh   # a subset
#
# Environment: VG_PORT (54329), VG_KEEP=1 keeps the work directory,
# VG_ORIGINS=1 adds --track-origins=yes (slower).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
. scripts/private_server.sh

build_and_stage || exit 1
[ -n "${VG_TAP:-}" ] && { make -s refgen || exit 1; }
work=$(mktemp -d /tmp/angle-valgrind.XXXXXX)
chmod 755 "$work"
mkdir "$work/vg"
[ "$(id -u)" -eq 0 ] && chown postgres: "$work/vg"
private_server_init "$work" "${VG_PORT:-54329}" "$STAGE" || exit 1
# Slow backends: keep the suite's own timeouts meaningful, not the
# server's defaults.
cat >>"$work/data/postgresql.conf" <<EOF
shared_buffers = 64MB
max_parallel_workers_per_gather = 2
EOF

vgopts=(--tool=memcheck --trace-children=yes --num-callers=40
	--error-limit=no --read-var-info=no --leak-check=no
	--suppressions="$PWD/scripts/valgrind.supp" --gen-suppressions=all
	--error-markers=VALGRINDERROR-BEGIN,VALGRINDERROR-END
	--log-file="$work/vg/%p.log")
[ -n "${VG_ORIGINS:-}" ] && vgopts+=(--track-origins=yes)

start=$(date +%s)
private_server_start "$work" 600 valgrind "${vgopts[@]}" || exit 1
echo "valgrind server up after $(($(date +%s) - start)) s (logs in $work/vg)"

regress=()
[ -n "${VG_TESTS:-}" ] && regress=(REGRESS_TESTS="$VG_TESTS")
make -s PG_CONFIG="$PG_CONFIG" installcheck "${regress[@]}" 2>&1 | tee "$work/regress.out" |
	grep -E '^(test |ok |not ok |#|=+|All| [0-9]+ of)'
if [ -n "${VG_TAP:-}" ]; then
	pg_prove test/*/tap/*.sql >"$work/tap.out" 2>&1
	grep -vE '^test/.* ok$' "$work/tap.out"
fi
private_server_stop "$work"
secs=$(($(date +%s) - start))

# Each error is between the markers; our frames name angle.so (or one of
# our source files when the line table is read).
ours_re="angle\\.so|\\(($(find src -name '*.c' -printf '%f\n' | sed 's|\.c$||' | paste -sd'|'))\\.c:"
# valgrind prints each distinct error (context) once per process, and
# counts every occurrence in its ERROR SUMMARY.
contexts=$(cat "$work"/vg/*.log | grep -c 'VALGRINDERROR-BEGIN')
total=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$work"/vg/*.log |
	awk '{ s += $1 } END { print s + 0 }')
ours=$(awk -v re="$ours_re" '/VALGRINDERROR-BEGIN/ { inerr = 1; hit = 0; next }
	/VALGRINDERROR-END/ { if (hit) n++; inerr = 0; next }
	inerr && $0 ~ re { hit = 1 } END { print n + 0 }' "$work"/vg/*.log)
suppressed=$(sed -n 's/.*ERROR SUMMARY:.*(suppressed: \([0-9]*\) from.*/\1/p' "$work"/vg/*.log |
	awk '{ s += $1 } END { print s + 0 }')
procs=$(ls "$work"/vg/*.log | wc -l)
rp=$(grep -cE '\.\.\. ok|^ok [0-9]' "$work/regress.out")
rf=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$work/regress.out")
echo "pg_regress under valgrind: $rp passed, $rf failed"
if [ -n "${VG_TAP:-}" ]; then
	grep -q '^Result: PASS' "$work/tap.out" || rf=$((rf + 1))
	echo "pgTAP under valgrind: $(grep -E '^(Files=|Result:)' "$work/tap.out" | paste -sd' ')"
fi
echo "valgrind: $procs processes, $secs s; errors: $total in $contexts contexts (contexts with an angle.so frame: $ours); suppressed: $suppressed"
if [ "$total" -gt 0 ]; then
	echo "--- first errors ---"
	awk '/VALGRINDERROR-BEGIN/,/VALGRINDERROR-END/' "$work"/vg/*.log | head -80
fi
[ -n "${VG_KEEP:-}" ] || [ "$total" -gt 0 ] || rm -rf "$work"
[ "$total" -eq 0 ] && [ "$rf" -eq 0 ]
