#!/usr/bin/env bash
# The whole test suite, on PostgreSQL 15 (Debian's) and 18 (built once from
# ../shared/postgresql into a cache outside the checkout), each on a fresh
# throwaway cluster: pg_regress (test/*/sql), pgTAP (test/*/tap) and the
# shell tests (test/*/*.sh, which print TAP).  Installs what is missing.
# Ends with the line "N passed, N failed, N skipped".
#
#   bash scripts/test.sh                both versions
#   ANGLE_PG="15" bash scripts/test.sh  only those versions
#   ANGLE_FEATURES="vector angle" ...   only those test/FEATURE folders
#   ANGLE_TEST_TIMEOUT=900              seconds any one test file may take
set -uo pipefail
cd "$(dirname "$0")/.."
TIMEOUT=${ANGLE_TEST_TIMEOUT:-900}

# The tests of the selected features: test/FEATURE/$1.
selected() {
	local d f
	for d in test/*/; do
		f=$(basename "$d")
		[ "$f" = lib ] && continue
		if [ -n "${ANGLE_FEATURES:-}" ]; then
			case " $ANGLE_FEATURES " in *" $f "*) ;; *) continue ;; esac
		fi
		compgen -G "$d$1" || true
	done
}

# Counts TAP lines of file $1 into the globals p, f, s.
count_tap() {
	local sk
	sk=$(grep -ciE '^ok [0-9]+.*# *skip' "$1")
	p=$((p + $(grep -cE '^ok [0-9]' "$1") - sk))
	s=$((s + sk))
	f=$((f + $(grep -cE '^not ok [0-9]' "$1")))
}

if [ "${1:-}" = --inside ]; then
	# Inside one version's cluster.  First make sure the server loads the
	# build under test, not an angle installed into the system by hand.
	want=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" angle.control)
	# (pg_available_extensions is no help: Debian's lists only the system
	# directory's control files, never extension_destdir's.)
	have=$(psql -XAtq -v ON_ERROR_STOP=1 2>&1 <<-'SQL'
		SET client_min_messages = warning;
		BEGIN;
		CREATE EXTENSION angle CASCADE;
		SELECT extversion FROM pg_extension WHERE extname = 'angle';
		ROLLBACK;
	SQL
	)
	if [ "$have" != "$want" ]; then
		echo "not ok - the server offers angle ${have:-(none)}, not the staged $want: staging failed"
		echo "COUNTS 0 1 0"
		exit 0
	fi
	log=$(mktemp -d)
	p=0 f=0 s=0
	mapfile -t reg < <(selected 'sql/*.sql')
	if [ ${#reg[@]} -gt 0 ]; then
		names=$(for r in "${reg[@]}"; do basename "$r" .sql; done | paste -sd' ')
		rm -rf results
		timeout "$TIMEOUT" bash scripts/regress.sh $names >"$log/regress.out" 2>&1
		rstatus=$?
		cat "$log/regress.out"
		# PostgreSQL 15 prints "test x ... ok"; 16 and later print TAP lines.
		rp=$(grep -cE '\.\.\. ok|^ok [0-9]' "$log/regress.out")
		rf=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$log/regress.out")
		# pg_regress stops early on, e.g., a missing expected file.
		[ "$rstatus" -ne 0 ] && [ "$rf" -eq 0 ] && rf=1
		for d in results/*/regression.diffs; do
			[ -f "$d" ] || continue
			echo "--- $d (head) ---"
			head -n 200 "$d"
		done
		p=$rp f=$rf
	fi
	mapfile -t tap < <(selected 'tap/*.sql')
	if [ ${#tap[@]} -gt 0 ]; then
		timeout "$TIMEOUT" pg_prove -v "${tap[@]}" >"$log/tap.out" 2>&1
		sed -e '/^ok [0-9]/d' "$log/tap.out"
		count_tap "$log/tap.out"
		# A pgTAP file that dies before its plan completes fails as a whole.
		if ! grep -q '^Result: PASS' "$log/tap.out"; then
			bad=$(grep -cE 'Wstat|Bad plan|No subtests run|Parse errors' "$log/tap.out")
			f=$((f + (bad > 0 ? bad : 1)))
		fi
	fi
	tp=$p tf=$f
	mapfile -t shs < <(selected '*.sh')
	for t in "${shs[@]}"; do
		start=$(date +%s)
		timeout -k 10 "$TIMEOUT" bash "$t" >"$log/sh.out" 2>&1
		rc=$?
		sed -e '/^ok [0-9]/d' "$log/sh.out"
		count_tap "$log/sh.out"
		want=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$log/sh.out" | head -1)
		got=$(grep -cE '^(not )?ok [0-9]' "$log/sh.out")
		if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
			echo "not ok - $t: timed out after ${TIMEOUT}s"
			f=$((f + 1))
		elif [ -z "$want" ] || [ "$want" -ne "$got" ]; then
			echo "not ok - $t: planned ${want:-?} tests, ran $got"
			f=$((f + 1))
		fi
		echo "# $t: $(($(date +%s) - start)) s"
	done
	rm -rf "$log"
	echo "pgTAP+pg_regress: $tp passed, $tf failed; shell tests: $((p - tp)) passed, $((f - tf)) failed"
	echo "COUNTS $p $f $s"
	exit 0
fi

if [ "${1:-}" = --version ]; then
	# One version: install, build, stage, run inside a fresh cluster.
	export PGV=$2
	. scripts/common.sh
	if [ "$PGV" = 18 ]; then
		out=$(bash scripts/pg18.sh 2>&1 | tail -1)
		case "$out" in skipped:*)
			echo "$out"
			echo "COUNTS 0 0 1"
			exit 0
			;;
		esac
	fi
	# Debian's 15 packages serve 18 too: the postgres user, pgTAP, pg_prove.
	PGV=15 bash scripts/setup.sh || { echo "COUNTS 0 1 0"; exit 0; }
	build_and_stage || { echo "not ok - build failed"; echo "COUNTS 0 1 0"; exit 0; }
	make -s refgen || { echo "not ok - refgen failed"; echo "COUNTS 0 1 0"; exit 0; }
	with_cluster bash scripts/test.sh --inside ||
		{ echo "not ok - the cluster did not start"; echo "COUNTS 0 1 0"; }
	exit 0
fi

total_p=0 total_f=0 total_s=0
summary=()
for v in ${ANGLE_PG:-15 18}; do
	start=$(date +%s)
	echo "=== PostgreSQL $v ==="
	bash scripts/test.sh --version "$v" 2>&1 | tee "/tmp/angle-test-$$.out"
	read -r _ vp vf vs < <(grep '^COUNTS ' "/tmp/angle-test-$$.out" | tail -1)
	rm -f "/tmp/angle-test-$$.out"
	vp=${vp:-0} vf=${vf:-1} vs=${vs:-0}
	summary+=("PostgreSQL $v: $vp passed, $vf failed, $vs skipped in $(($(date +%s) - start)) s")
	total_p=$((total_p + vp)) total_f=$((total_f + vf)) total_s=$((total_s + vs))
done
printf '%s\n' "${summary[@]}"
echo "$total_p passed, $total_f failed, $total_s skipped"
[ "$total_f" -eq 0 ] && [ "$total_p" -gt 0 ]
