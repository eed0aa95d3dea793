# A Citus cluster of three private servers on Unix sockets: a coordinator
# (coord) and two workers (w1, w2), for test/citus/citus.sh and
# bench/citus.sh.  The servers run a private copy of the PostgreSQL
# installation of $PG_CONFIG (its lib and share trees, which PostgreSQL
# finds relative to its binaries) into which the staged angle ($STAGE, a
# make install DESTDIR) and the cached Citus build (scripts/citus.sh, also
# a DESTDIR) are copied; nothing is installed into the system's
# PostgreSQL.  Debian's extension_destdir is not enough for Citus: its
# CREATE EXTENSION looks itself up in pg_available_extensions, which lists
# only the control files of the system's share directory.  Needs
# scripts/private_server.sh.  Not a test itself (no .sh suffix).
# shellcheck shell=bash

declare -A CITUS_PORT=([coord]=5433 [w1]=5434 [w2]=5435)
declare -F stage_settings >/dev/null || stage_settings() { :; }

# citus_cluster_start WORK CITUS_DESTDIR: copy the server to WORK/pg, add
# angle and Citus, start the three servers under WORK (readable by the
# postgres user), join the workers, CREATE EXTENSION citus everywhere.
# Exports PG_CONFIG (the copy's) and PGHOST, PGPORT, PGUSER, PGDATABASE
# for the coordinator.  Output in WORK/*.init.
citus_cluster_start() {
	local work=$1 citus=$2 d libroot shareroot
	CITUS_WORK=$work
	libroot=$(dirname "$("$PG_CONFIG" --bindir)")
	shareroot=$("$PG_CONFIG" --sharedir)
	mkdir -p "$work/pg$(dirname "$libroot")" "$work/pg$(dirname "$shareroot")"
	cp -a "$libroot" "$work/pg$(dirname "$libroot")/" || return 1
	cp -a "$shareroot" "$work/pg$(dirname "$shareroot")/" || return 1
	cp -a "$STAGE/." "$work/pg/" || return 1
	cp -a "$citus/." "$work/pg/" || return 1
	chmod -R a+rX "$work/pg"
	export PG_CONFIG=$work/pg$libroot/bin/pg_config
	for d in coord w1 w2; do
		mkdir -p "$work/$d"
		chmod 755 "$work/$d"
		STAGE='' private_server_init "$work/$d" "${CITUS_PORT[$d]}" >"$work/$d.init" 2>&1 || return 1
		cat >>"$work/$d/data/postgresql.conf" <<-EOC
			shared_preload_libraries = 'citus'
			wal_level = logical
			max_worker_processes = 16
			max_connections = 60
			${CITUS_EXTRA_CONF:-}
		EOC
		private_server_start "$work/$d" 60 env >>"$work/$d.init" 2>&1 || return 1
	done
	export PGHOST=$work/coord PGPORT=${CITUS_PORT[coord]} PGUSER=postgres PGDATABASE=postgres
	for d in coord w1 w2; do
		citus_on "$d" -c "SET client_min_messages = warning" -c "CREATE EXTENSION citus" >>"$work/$d.init" 2>&1 || return 1
	done
	citus_on coord -c "SELECT citus_set_coordinator_host('$work/coord', ${CITUS_PORT[coord]})" \
		-c "SELECT citus_add_node('$work/w1', ${CITUS_PORT[w1]})" \
		-c "SELECT citus_add_node('$work/w2', ${CITUS_PORT[w2]})" >>"$work/coord.init" 2>&1
}

# citus_on NODE PSQL-ARGS...: psql on one of the servers.
citus_on() {
	local d=$1
	shift
	psql -XAtq -v ON_ERROR_STOP=1 -h "$CITUS_WORK/$d" -p "${CITUS_PORT[$d]}" -d postgres "$@"
}

# citus_cluster_stop: stop the servers (fast, then immediate; bounded).
citus_cluster_stop() {
	local d bindir
	[ -n "${CITUS_WORK:-}" ] || return 0
	bindir=$("$PG_CONFIG" --bindir)
	for d in w2 w1 coord; do
		[ -f "$CITUS_WORK/$d/data/postmaster.pid" ] || continue
		as_pg timeout 60 "$bindir/pg_ctl" -D "$CITUS_WORK/$d/data" -m fast -t 50 -w stop >/dev/null 2>&1 ||
			as_pg "$bindir/pg_ctl" -D "$CITUS_WORK/$d/data" -m immediate -w stop >/dev/null 2>&1
	done
}
