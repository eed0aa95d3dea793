# Shared by the demo, test and bench scripts: build angle and install it
# into a private staging directory that a throwaway cluster loads from.
# shellcheck shell=bash

PGV=${PGV:-15}
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PGV/bin/pg_config}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STAGE=$ROOT/.stage

# Build the extension and stage it under $STAGE.
build_and_stage() {
	make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG"
	rm -rf "$STAGE"
	make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$STAGE" >/dev/null
	chmod -R a+rX "$STAGE"
}

# Run a command against a throwaway cluster that loads angle from $STAGE.
with_cluster() {
	local libdir
	libdir=$("$PG_CONFIG" --pkglibdir)
	pg_virtualenv -t -v "$PGV" \
		-o "extension_destdir=$STAGE" \
		-o "dynamic_library_path=$STAGE$libdir:\$libdir" \
		-o "max_worker_processes=8" \
		"$@"
}
