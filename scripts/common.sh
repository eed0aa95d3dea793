# Shared by the demo, test and bench scripts: build angle in a private run
# directory and stage it where a throwaway cluster, run by the postgres
# user, can read it, wherever the checkout lives (/root, a home directory
# of mode 700, a path with spaces).
#
#   PGV=15 (default)  Debian's PostgreSQL 15; angle is staged with
#                     make install DESTDIR=... and loaded through Debian's
#                     extension_destdir setting.
#   PGV=18            PostgreSQL 18.6 built from ../shared/postgresql by
#                     scripts/pg18.sh (cached outside the checkout); each
#                     run installs angle into a private copy of that build.
#
# The run directory (ANGLE_RUN, mode 755 under /tmp) is created on first
# use and removed when the calling shell exits.
# shellcheck shell=bash

PGV=${PGV:-15}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/private_server.sh"

case "$PGV" in
15 | 16 | 17)
	export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PGV/bin/pg_config}
	ANGLE_STAGE_MODE=destdir
	;;
18)
	ANGLE_STAGE_MODE=copy
	;;
*)
	echo "PGV=$PGV: only 15 (Debian) and 18 (built from ../shared/postgresql) are supported" >&2
	exit 2
	;;
esac

# angle_run_dir: create the private run directory once.
angle_run_dir() {
	if [ -z "${ANGLE_RUN:-}" ] || [ ! -d "$ANGLE_RUN" ]; then
		ANGLE_RUN=$(mktemp -d "/tmp/angle-run.XXXXXX") || return 1
		chmod 755 "$ANGLE_RUN"
		export ANGLE_RUN
		# shellcheck disable=SC2064
		trap "angle_cleanup" EXIT
	fi
}

# angle_cleanup: stop a cluster left running, remove the run directory.
angle_cleanup() {
	if [ -n "${ANGLE_RUN:-}" ] && [ -d "$ANGLE_RUN" ]; then
		[ -f "$ANGLE_RUN/cluster/data/postmaster.pid" ] &&
			private_server_stop "$ANGLE_RUN/cluster" >/dev/null 2>&1
		[ -z "${ANGLE_KEEP:-}" ] && rm -rf "$ANGLE_RUN"
	fi
}

# copy_source DEST: the checkout's files, without git metadata and build
# or test output, into DEST (which must not exist).
copy_source() {
	mkdir -p "$1"
	tar -C "$ROOT" --exclude=.git --exclude=./results --exclude=./log \
		--exclude='*.o' --exclude='*.bc' --exclude='*.so' \
		--exclude=./regression.diffs --exclude=./regression.out -cf - . |
		tar -C "$1" -xf -
}

# check_server_access: refuse early, with a clear message, when the
# postgres user could not read the run directory.
check_server_access() {
	[ "$(id -u)" -eq 0 ] || return 0
	if ! runuser -u postgres -- test -r "$ANGLE_RUN" -a -x "$ANGLE_RUN"; then
		echo "error: the postgres user cannot enter $ANGLE_RUN: /tmp must be readable by it (mode 1777, the default)" >&2
		return 1
	fi
}

# build_and_stage: build angle in $ANGLE_RUN/build and stage it.  Sets
# PG_CONFIG (for PGV=18, the private copy's) and STAGE (the DESTDIR, or
# empty when angle is installed into the private copy).
build_and_stage() {
	angle_run_dir || return 1
	check_server_access || return 1
	if [ "$ANGLE_STAGE_MODE" = copy ]; then
		local base
		base=$(bash "$ROOT/scripts/pg18.sh" | tail -1) || return 1
		rm -rf "$ANGLE_RUN/pg"
		cp -a "$(dirname "$(dirname "$base")")" "$ANGLE_RUN/pg"
		export PG_CONFIG=$ANGLE_RUN/pg/bin/pg_config
	fi
	rm -rf "$ANGLE_RUN/build"
	copy_source "$ANGLE_RUN/build"
	make -C "$ANGLE_RUN/build" -s -j2 PG_CONFIG="$PG_CONFIG" >"$ANGLE_RUN/build.log" 2>&1 ||
		{ tail -40 "$ANGLE_RUN/build.log" >&2; return 1; }
	if [ "$ANGLE_STAGE_MODE" = copy ]; then
		STAGE=
		make -C "$ANGLE_RUN/build" -s PG_CONFIG="$PG_CONFIG" install >/dev/null || return 1
	else
		STAGE=$ANGLE_RUN/stage
		rm -rf "$STAGE"
		make -C "$ANGLE_RUN/build" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$STAGE" >/dev/null ||
			return 1
	fi
	chmod -R a+rX "$ANGLE_RUN"
	export STAGE PATH="$("$PG_CONFIG" --bindir):$PATH"
}

# stage_settings: postgresql.conf lines that make a server load the staged
# angle (none when it is installed into a private copy of the server).
stage_settings() {
	if [ -n "${STAGE:-}" ]; then
		local libdir
		libdir=$("$PG_CONFIG" --pkglibdir)
		echo "extension_destdir = '$STAGE'"
		echo "dynamic_library_path = '$STAGE$libdir:\$libdir'"
	fi
}

# with_cluster CMD...: run CMD against a throwaway cluster that loads the
# staged angle (PGHOST, PGPORT, PGUSER, PGDATABASE and PG_SERVER_LOG are
# set for it), then stop and remove the cluster.  Returns CMD's status.
with_cluster() {
	local dir=$ANGLE_RUN/cluster rc
	rm -rf "$dir"
	mkdir -p "$dir"
	chmod 755 "$dir"
	private_server_init "$dir" 5432 || return 1
	private_server_start "$dir" 60 env >/dev/null || return 1
	export PGDATABASE=postgres PG_SERVER_LOG=$dir/server.log
	"$@"
	rc=$?
	private_server_stop "$dir" >/dev/null 2>&1
	rm -rf "$dir"
	return $rc
}
