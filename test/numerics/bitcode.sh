#!/usr/bin/env bash
# The clang bitcode installed for JIT inlining must be compiled without FMA
# contraction like the gcc objects: builds and installs angle into a
# temporary directory with the Makefile and fails if any installed .bc
# calls llvm.fmuladd.  Prints TAP.
#   BITCODE_MAKE_ARGS='ANGLE_FP_CFLAGS=' bash test/numerics/bitcode.sh   (positive control: fails)
set -uo pipefail
cd "$(dirname "$0")/../.."
PG_CONFIG=${PG_CONFIG:-pg_config}
echo "1..2"
pgxs_global=$(dirname "$("$PG_CONFIG" --pgxs)")/../Makefile.global
if ! grep -qE '^with_llvm[[:space:]]*=[[:space:]]*yes' "$pgxs_global" 2>/dev/null; then
	echo "ok 1 - bitcode build # SKIP PostgreSQL built without LLVM"
	echo "ok 2 - no llvm.fmuladd in the bitcode # SKIP PostgreSQL built without LLVM"
	exit 0
fi
llvm_bin=$(sed -n 's/^LLVM_BINPATH[[:space:]]*=[[:space:]]*//p' "$pgxs_global")
dis=$(command -v llvm-dis-14 || command -v "$llvm_bin/llvm-dis" || command -v llvm-dis)
if [ -z "$dis" ]; then
	echo "ok 1 - bitcode build # SKIP no llvm-dis (package llvm-14)"
	echo "ok 2 - no llvm.fmuladd in the bitcode # SKIP no llvm-dis (package llvm-14)"
	exit 0
fi
work=$(mktemp -d /tmp/angle-bitcode.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/src"
cp -r Makefile angle.control sql src "$work/src/"
find "$work/src/src" \( -name '*.o' -o -name '*.bc' -o -name '.build-flags' \) -delete
# shellcheck disable=SC2086
if make -C "$work/src" -s PG_CONFIG="$PG_CONFIG" ${BITCODE_MAKE_ARGS:-} install \
	DESTDIR="$work/stage" >"$work/build.log" 2>&1; then
	mapfile -t bcs < <(find "$work/stage" -path '*/bitcode/angle/*' -name '*.bc' | sort)
else
	bcs=()
fi
if [ "${#bcs[@]}" -gt 0 ]; then
	echo "ok 1 - bitcode build: ${#bcs[@]} .bc files installed"
else
	echo "not ok 1 - bitcode build"
	tail -20 "$work/build.log" | sed 's/^/# /'
	echo "not ok 2 - no llvm.fmuladd in the bitcode # not run"
	exit 0
fi
bad=()
for bc in "${bcs[@]}"; do
	# (not a pipe into grep -q: with pipefail, llvm-dis's SIGPIPE would hide a match)
	"$dis" -o "$work/ir.ll" "$bc" && grep -q 'llvm\.fmuladd' "$work/ir.ll"
	if [ $? -eq 0 ]; then
		bad+=("${bc#"$work"/stage}")
	fi
done
if [ "${#bad[@]}" -eq 0 ]; then
	echo "ok 2 - no llvm.fmuladd in the bitcode"
else
	echo "not ok 2 - no llvm.fmuladd in the bitcode: ${#bad[@]} files contract"
	printf '# %s\n' "${bad[@]}"
fi
