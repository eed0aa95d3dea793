#!/usr/bin/env bash
# The dependency graph between the C files is acyclic: from nm on the built
# objects, file A depends on file B when A uses a symbol B defines; no two
# files may depend on each other, nor any longer cycle exist (tsort).
# Uses the suite's build ($ANGLE_RUN/build, scripts/common.sh) or else the
# objects of the last make in the tree.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -n "${ANGLE_RUN:-}" ] && [ -d "$ANGLE_RUN/build/src" ] && cd "$ANGLE_RUN/build"
echo "1..1"
mapfile -t objs < <(find src -name '*.o' | sort)
if [ "${#objs[@]}" -eq 0 ]; then
	echo "not ok 1 - acyclic dependencies between the C files # no objects (run make)"
	exit 0
fi
declare -A def
for o in "${objs[@]}"; do
	for s in $(nm --defined-only "$o" | awk '$2 ~ /[TDBRCiVW]/ {print $3}'); do
		def[$s]=$o
	done
done
edges=$(for o in "${objs[@]}"; do
	for s in $(nm -u "$o" | awk '{print $2}'); do
		d=${def[$s]:-}
		[ -n "$d" ] && [ "$d" != "$o" ] && echo "$o $d"
	done
done | sort -u)
pairs=$(echo "$edges" | awk '{e[$1 " " $2] = 1}
	END {for (k in e) {split(k, p, " "); if ((p[2] " " p[1]) in e) print k}}')
if [ -z "$pairs" ] && echo "$edges" | tsort >/dev/null 2>&1; then
	echo "ok 1 - acyclic dependencies between the C files: $(echo "$edges" | grep -c .) edges"
else
	echo "not ok 1 - acyclic dependencies between the C files"
	echo "$pairs" | sed 's/^/# both ways: /'
	echo "$edges" | tsort 2>&1 >/dev/null | sed 's/^/# /'
fi
