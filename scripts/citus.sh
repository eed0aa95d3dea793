#!/usr/bin/env bash
# Build Citus 13.2.2 from ../shared/citus/ (beside the checkout) for the
# PostgreSQL of $PG_CONFIG (default Debian's 15) into a cache outside the
# checkout, once; later runs reuse it.  The cache is keyed by the tarball's
# sha256 and the PostgreSQL version, and holds a "make install DESTDIR="
# tree (usr/lib/postgresql/15/lib/citus*.so, usr/share/postgresql/15/
# extension/citus*): nothing is installed into the system's PostgreSQL.
# Prints the DESTDIR on the last line, or "skipped: ..." and exits 2 when
# the source is absent or the PostgreSQL version is not supported by
# Citus 13.2.2 (14 to 17).  Citus is a test dependency only.
# Build: ./configure --without-libcurl --without-lz4, make -j2 with_llvm=no.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC=${CITUS_SOURCE:-$ROOT/../shared/citus}
VERSION=13.2.2
TARBALL=$SRC/citus-$VERSION.tar.xz
PATCH=$SRC/citus-$VERSION-pg15.20.patch
SHA=156554a47de7fa92bff11d4a3d07ade9cd4b2ad4d158fb6472b0151efb51e882
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
CACHE=${ANGLE_CACHE:-/var/cache/angle}

if [ ! -r "$TARBALL" ]; then
	echo "skipped: Citus $VERSION source not found at $TARBALL"
	exit 2
fi
if [ ! -x "$PG_CONFIG" ]; then
	echo "skipped: no pg_config at $PG_CONFIG"
	exit 2
fi
pgfull=$("$PG_CONFIG" --version | sed -n 's/^PostgreSQL \([0-9][0-9.]*\).*/\1/p')
pgmajor=${pgfull%%.*}
case "$pgmajor" in
14 | 15 | 16 | 17) ;;
*)
	echo "skipped: Citus $VERSION supports PostgreSQL 14 to 17, not $pgfull"
	exit 2
	;;
esac
# Keyed by the source (first 16 hex digits of its sha256) and the server's
# full version: a minor update of PostgreSQL rebuilds.
DEST=$CACHE/citus-$VERSION-pg$pgmajor-${SHA:0:16}-$pgfull
if [ -f "$DEST/.complete" ]; then
	echo "$DEST"
	exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
need=
# libzstd-dev: Debian's pg_config.h defines HAVE_LIBZSTD, which makes
# Citus's columnar code include <zstd.h> even with --without-zstd; so
# zstd stays on (the server links libzstd anyway) and lz4, curl are off.
# libkrb5-dev: libpq-be.h includes <gssapi/gssapi.h> (ENABLE_GSS).
for p in build-essential pkg-config libssl-dev libzstd-dev libkrb5-dev "postgresql-server-dev-$pgmajor" xz-utils patch; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need="$need $p"
done
if [ -n "$need" ]; then
	echo "citus: installing$need" >&2
	$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends $need >/dev/null
fi
echo "$SHA  $TARBALL" | sha256sum -c --quiet - >&2
$SUDO mkdir -p "$CACHE"
$SUDO chmod 755 "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "citus: building Citus $VERSION for PostgreSQL $pgfull into $DEST (about 4 minutes, once)" >&2
start=$(date +%s)
tar -xJf "$TARBALL" -C "$work"
(
	cd "$work/citus-$VERSION"
	# The patch is needed for 15.20 (Debian's headers declare
	# have_createdb_privilege()); apply it where it applies.
	if [ "$pgmajor" = 15 ] && [ -r "$PATCH" ]; then
		patch -s -p1 <"$PATCH" || exit 1
	fi
	./configure PG_CONFIG="$PG_CONFIG" --without-libcurl --without-lz4 \
		>"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log" >&2; exit 1; }
	make -s -j2 with_llvm=no >"$work/make.log" 2>&1 || { tail -30 "$work/make.log" >&2; exit 1; }
	$SUDO rm -rf "$DEST.tmp"
	$SUDO make -s with_llvm=no install DESTDIR="$DEST.tmp" >"$work/install.log" 2>&1 ||
		{ tail -30 "$work/install.log" >&2; exit 1; }
) >&2
$SUDO chmod -R a+rX "$DEST.tmp"
$SUDO rm -rf "$DEST"
$SUDO mv "$DEST.tmp" "$DEST"
$SUDO touch "$DEST/.complete"
echo "citus: built in $(($(date +%s) - start)) s" >&2
echo "$DEST"
