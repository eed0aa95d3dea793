#!/usr/bin/env bash
# Both README commands work from a checkout the server cannot read: a
# clone in a directory of mode 700 owned by root, on a path with a space
# (as in /root or a private home directory).  Runs the demo and a short
# part of the suite (the angle feature) from that clone, each on its own
# throwaway cluster, and checks that neither changed the permissions.
# Run by scripts/test.sh as root; prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "1..4"
if [ "$(id -u)" -ne 0 ]; then
	for i in 1 2 3 4; do echo "ok $i # SKIP needs root (the server runs as postgres)"; done
	exit 0
fi
home=$(mktemp -d /tmp/angle-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
chmod 700 "$home"
clone="$home/my checkout/angle"
mkdir -p "$(dirname "$clone")"
chmod 700 "$(dirname "$clone")"
if git rev-parse --git-dir >/dev/null 2>&1; then
	# A clone of the working tree as it is: uncommitted changes are in a
	# stash commit, untracked files are copied over.
	rev=$(git stash create 2>/dev/null)
	git clone -q --no-checkout "$PWD" "$clone" 2>"$home/clone.err"
	git -C "$clone" checkout -q "${rev:-HEAD}" 2>>"$home/clone.err"
	git ls-files -z --others --exclude-standard | tar --null -T - -cf - | tar -C "$clone" -xf -
else
	mkdir -p "$clone" && tar --exclude=./results -cf - . | tar -C "$clone" -xf -
fi
chmod 700 "$clone"
# Tests that read ../shared/ beside the checkout see the same one.
[ -d ../shared ] && ln -s "$(cd ../shared && pwd)" "$home/my checkout/shared"
before=$(stat -c '%a %U' "$home" "$clone")

if ! runuser -u postgres -- test -r "$clone/README.md" 2>/dev/null; then
	echo "ok 1 - the postgres user cannot read the clone (the case to test)"
else
	echo "not ok 1 - the postgres user can read $clone: the test would prove nothing"
fi

# A clean environment: none of the outer suite's cluster or stage.
clean_env=(env -u ANGLE_RUN -u STAGE -u PG_CONFIG -u PGHOST -u PGPORT -u PGUSER
	-u PGDATABASE -u PG_SERVER_LOG -u ANGLE_FEATURES -u ANGLE_PG -u PGV)
(cd "$clone" && timeout 600 "${clean_env[@]}" bash scripts/demo.sh) >"$home/demo.out" 2>&1
rc=$?
if [ $rc -eq 0 ] && grep -q 'circular_mean' "$home/demo.out"; then
	echo "ok 2 - bash scripts/demo.sh from the private clone"
else
	echo "not ok 2 - bash scripts/demo.sh from the private clone (exit $rc)"
	tail -15 "$home/demo.out" | sed 's/^/# /'
fi

(cd "$clone" && timeout 900 "${clean_env[@]}" ANGLE_PG="${PGV:-15}" ANGLE_FEATURES=angle \
	bash scripts/test.sh) >"$home/test.out" 2>&1
rc=$?
last=$(tail -1 "$home/test.out")
if [ $rc -eq 0 ] && echo "$last" | grep -qE '^[1-9][0-9]* passed, 0 failed'; then
	echo "ok 3 - bash scripts/test.sh (angle feature) from the private clone: $last"
else
	echo "not ok 3 - bash scripts/test.sh (angle feature) from the private clone (exit $rc): $last"
	grep -E 'not ok|FAILED|ERROR|error' "$home/test.out" | head -15 | sed 's/^/# /'
fi

after=$(stat -c '%a %U' "$home" "$clone")
if [ "$before" = "$after" ] && [ ! -e "$clone/.stage" ]; then
	echo "ok 4 - permissions unchanged ($(echo $after | tr '\n' ' '))"
else
	echo "not ok 4 - permissions changed: $before -> $after"
fi
