#!/usr/bin/env bash
# Install the Debian packages that building, testing and demonstrating angle
# need, when they are missing.  Runs as root, or as a user with sudo.
set -euo pipefail

PGV=${PGV:-15}
# PostgreSQL 18 is built from source (scripts/pg18.sh); Debian's 15 packages
# still provide the postgres user, pgTAP and pg_prove for it.
[ "$PGV" = 18 ] && PGV=15
PACKAGES="make gcc libc6-dev postgresql-$PGV postgresql-server-dev-$PGV
	postgresql-$PGV-pgtap libtap-parser-sourcehandler-pgtap-perl
	libmpfr-dev libgmp-dev python3 python3-mpmath python3-scipy python3-astropy
	sqlsmith valgrind gnuplot-nox"

if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi

missing=
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	echo "setup: installing$missing"
	$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
	$SUDO env DEBIAN_FRONTEND=noninteractive \
		apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
fi
