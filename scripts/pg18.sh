#!/usr/bin/env bash
# Build PostgreSQL 18.6 from ../shared/postgresql/ (beside the checkout) into
# a cache outside the checkout, once; later runs reuse it.  Prints the path
# of its pg_config on the last line, or "skipped: ..." and exits 2 when the
# source is absent.  Installs contrib/cube, contrib/amcheck and Debian's
# pgTAP (plain SQL) into the build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC=${PG18_SOURCE:-$ROOT/../shared/postgresql}
TARBALL=$SRC/postgresql-18_18.6.orig.tar.bz2
SHA=555610c24d53e4316da5b7d3fc25c279d96856d5e0e23ee308c328c5fa881d9f
CACHE=${ANGLE_CACHE:-/var/cache/angle}
PREFIX=$CACHE/pg-18.6

if [ ! -r "$TARBALL" ]; then
	echo "skipped: PostgreSQL 18.6 source not found at $TARBALL"
	exit 2
fi
if [ -x "$PREFIX/bin/pg_config" ] && [ -f "$PREFIX/.complete" ]; then
	echo "$PREFIX/bin/pg_config"
	exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
need=
for p in bison flex build-essential pkg-config libssl-dev postgresql-15-pgtap; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need="$need $p"
done
if [ -n "$need" ]; then
	echo "pg18: installing$need" >&2
	$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends $need >/dev/null
fi
echo "$SHA  $TARBALL" | sha256sum -c --quiet - >&2
$SUDO mkdir -p "$CACHE"
$SUDO chmod 755 "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "pg18: building PostgreSQL 18.6 into $PREFIX (about 4 minutes, once)" >&2
tar -xjf "$TARBALL" -C "$work"
(
	cd "$work/postgresql-18.6"
	./configure --prefix="$PREFIX" --without-icu --without-readline \
		--without-zlib --with-openssl >"$work/configure.log" 2>&1 ||
		{ tail -30 "$work/configure.log" >&2; exit 1; }
	make -s -j"$(nproc)" >"$work/make.log" 2>&1 || { tail -30 "$work/make.log" >&2; exit 1; }
	$SUDO rm -rf "$PREFIX"
	$SUDO make -s install >"$work/install.log" 2>&1 || { tail -30 "$work/install.log" >&2; exit 1; }
	for c in cube amcheck; do
		$SUDO make -s -C "contrib/$c" install >>"$work/install.log" 2>&1
	done
) >&2
$SUDO cp /usr/share/postgresql/15/extension/pgtap* "$("$PREFIX/bin/pg_config" --sharedir)/extension/"
$SUDO chmod -R a+rX "$PREFIX"
$SUDO touch "$PREFIX/.complete"
echo "$PREFIX/bin/pg_config"
