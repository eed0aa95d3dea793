#!/usr/bin/env bash
# The pg_regress suite and the pgTAP files against angle built with
# -fsanitize=address,undefined, loaded into the stock server: a private
# server is started with libasan preloaded into the postmaster (so that
# every backend has the ASan runtime first, as an instrumented library
# requires).  Only angle's code is instrumented; ASan's interceptors
# (memcpy, strlen, ...) see the whole server.  Reports the number of ASan
# and UBSan reports (0 expected); exits nonzero if any, or if a test
# fails.
#
#   bash scripts/asan.sh
#   ASAN_TESTS="bad_state circular" bash scripts/asan.sh   # pg_regress subset, no pgTAP
#
# Environment: ASAN_PORT (54330), ASAN_KEEP=1 keeps the work directory.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
. scripts/private_server.sh

work=$(mktemp -d /tmp/angle-asan.XXXXXX)
chmod 755 "$work"
mkdir "$work/build" "$work/reports"
[ "$(id -u)" -eq 0 ] && chown postgres: "$work/reports"

# A separate build tree, so that the normal objects are left alone.
git ls-files -z | xargs -0 tar cf - | tar xf - -C "$work/build"
# The sanitizer runtimes read their options from /proc/self/environ,
# which a backend overwrites with its process title: compile the options
# in (this file exists in the sanitizer build only).
# It also holds a probe with one deliberate bug of each kind, the positive
# control run after the suite.
cat >"$work/build/src/zz_sanitizer_options.c" <<EOC
/* Options of the sanitizer runtimes and a probe, for scripts/asan.sh builds only. */
#include "postgres.h"
#include "fmgr.h"

const char *__asan_default_options(void);
const char *__ubsan_default_options(void);

/* ASan options. */
const char *
__asan_default_options(void)
{
	return "detect_leaks=0:abort_on_error=1:verify_asan_link_order=0:log_path=$work/reports/asan";
}

/* UBSan options. */
const char *
__ubsan_default_options(void)
{
	return "print_stacktrace=1:halt_on_error=1:log_path=$work/reports/ubsan";
}

static volatile int probe_global[4];

/* The global's address, out of sight of UBSan's object-size check. */
static pg_noinline volatile int *
probe_ptr(void)
{
	return probe_global;
}

PG_FUNCTION_INFO_V1(angle_sanitizer_probe);

/* Positive control: probe(k, true) reads past a global, probe(k, false) shifts by k. */
Datum
angle_sanitizer_probe(PG_FUNCTION_ARGS)
{
	int32		k = PG_GETARG_INT32(0);
	volatile int *p = probe_ptr();

	if (PG_GETARG_BOOL(1))
		PG_RETURN_INT32(p[k]);
	PG_RETURN_INT32(1 << k);
}
EOC
san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1"
# Without the preload, the runtime does not intercept siglongjmp, so the
# stack redzones of the frames that an ereport(ERROR) abandons stay
# poisoned and later calls report false stack-buffer-overflows: no stack
# instrumentation then (globals are still checked, and UBSan's bounds and
# object-size checks cover our fixed-size stack arrays).
[ -z "${ASAN_PRELOAD:-}" ] && san="$san --param asan-stack=0"
make -s -C "$work/build" PG_CONFIG="$PG_CONFIG" COPT="$san" || exit 1
make -s -C "$work/build" PG_CONFIG="$PG_CONFIG" COPT="$san" install DESTDIR="$work/stage" >/dev/null || exit 1
chmod -R a+rX "$work/stage"
ldd "$work/stage$("$PG_CONFIG" --pkglibdir)/angle.so" | grep -E 'asan|ubsan'
[ -z "${ASAN_TESTS:-}" ] && { make -s refgen || exit 1; }

private_server_init "$work" "${ASAN_PORT:-54330}" "$work/stage" || exit 1
# ASAN_PRELOAD=1 preloads libasan into the postmaster, the usual way; on
# Debian 12 the stock postgres then deadlocks in main()'s
# bindtextdomain() before it does anything (a library constructor leaves
# glibc's gettext lock with a negative reader count), so by default the
# runtime is loaded with angle.so in each backend instead
# (verify_asan_link_order=0).  Then angle's own instrumented loads and
# stores are checked against the shadow memory (stack and global
# overflows, use of poisoned memory), but malloc and memcpy & co. are not
# intercepted; see docs/reliability.md.
preload=()
[ -n "${ASAN_PRELOAD:-}" ] && preload=(LD_PRELOAD="$(gcc -print-file-name=libasan.so)")
start=$(date +%s)
private_server_start "$work" 120 env "${preload[@]}" \
	ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:verify_asan_link_order=0:log_path=$work/reports/asan" \
	UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$work/reports/ubsan" || exit 1

regress=()
[ -n "${ASAN_TESTS:-}" ] && regress=(REGRESS_TESTS="$ASAN_TESTS")
make -s PG_CONFIG="$PG_CONFIG" installcheck "${regress[@]}" >"$work/regress.out" 2>&1
grep -E '^test |^ok |^not ok ' "$work/regress.out"
tapfail=0
if [ -z "${ASAN_TESTS:-}" ]; then
	pg_prove test/*/tap/*.sql >"$work/tap.out" 2>&1
	grep -vE '^test/.* ok$' "$work/tap.out"
	grep -q '^Result: PASS' "$work/tap.out" || tapfail=1
fi
secs=$(($(date +%s) - start))
crashes=$(grep -c 'terminated by signal' "$work/server.log")
asan=$(cat "$work"/reports/asan.* 2>/dev/null | grep -c 'ERROR: AddressSanitizer')
ubsan=$(cat "$work"/reports/ubsan.* "$work"/reports/asan.* "$work/server.log" 2>/dev/null | grep -c 'runtime error:')

# Positive control: the probe's global overflow and oversized shift must
# each be reported (the backend then aborts; the server restarts).
createdb sanitizer_control
libdir=$("$PG_CONFIG" --pkglibdir)
psql -Xq -d sanitizer_control -c "CREATE FUNCTION probe(int, bool) RETURNS int AS '$work/stage$libdir/angle', 'angle_sanitizer_probe' LANGUAGE C STRICT" >/dev/null
psql -XAtq -d sanitizer_control -c "SELECT probe(1, true) + probe(3, false)" >"$work/control.out" 2>&1
psql -XAtq -d sanitizer_control -c "SELECT probe(4, true)" >>"$work/control.out" 2>&1
sleep 2
psql -XAtq -d sanitizer_control -c "SELECT probe(40, false)" >>"$work/control.out" 2>&1
sleep 2
private_server_stop "$work"
casan=$(($(cat "$work"/reports/asan.* 2>/dev/null | grep -c 'ERROR: AddressSanitizer') - asan))
cubsan=$(($(cat "$work"/reports/ubsan.* "$work"/reports/asan.* "$work/server.log" 2>/dev/null | grep -c 'runtime error:') - ubsan))
echo "positive control (deliberate bugs in a probe function): AddressSanitizer reports: $casan (expected 1); UBSan runtime errors: $cubsan (expected 1); first probe without bugs gave $(head -1 "$work/control.out") (expected 8)"
[ "$casan" -eq 1 ] && [ "$cubsan" -eq 1 ] || tapfail=1

rp=$(grep -cE '\.\.\. ok|^ok [0-9]' "$work/regress.out")
rf=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$work/regress.out")
echo "pg_regress with ASan+UBSan: $rp passed, $rf failed"
[ -z "${ASAN_TESTS:-}" ] && echo "pgTAP with ASan+UBSan: $(grep -E '^(Files=|Result:)' "$work/tap.out" | paste -sd' ')"
echo "asan: suite in $secs s; AddressSanitizer reports: $asan; UBSan runtime errors: $ubsan; backend crashes: $crashes"
if [ "$asan" -gt 0 ] || [ "$ubsan" -gt 0 ]; then
	cat "$work"/reports/* | head -60
fi
[ -n "${ASAN_KEEP:-}" ] || [ $((asan + ubsan + crashes + rf + tapfail)) -gt 0 ] || rm -rf "$work"
[ $((asan + ubsan + crashes + rf + tapfail)) -eq 0 ]
