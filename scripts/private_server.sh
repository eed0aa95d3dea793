# A private PostgreSQL server, for the suite's throwaway clusters (with_cluster
# in scripts/common.sh) and the memory checks (scripts/valgrind.sh,
# scripts/asan.sh, scripts/memcheck.sh): initdb into a fresh directory,
# start the postmaster under a wrapper command (valgrind, an LD_PRELOAD
# environment), wait for it, stop it.  Unlike pg_virtualenv, the wrapper
# and its environment reach every backend.
# shellcheck shell=bash

# As root, the server runs as the postgres user.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# private_server_init DIR PORT [STAGE]: initdb DIR/data loading angle from
# STAGE (a make install DESTDIR, for Debian's extension_destdir) or, by
# default, as stage_settings of scripts/common.sh says; listening only on
# a socket in DIR.  Exports PGHOST, PGPORT, PGUSER.
private_server_init() {
	local dir=$1 port=$2 stage=${3:-} bindir libdir
	bindir=$("$PG_CONFIG" --bindir)
	libdir=$("$PG_CONFIG" --pkglibdir)
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync \
		>"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
	cat >>"$dir/data/postgresql.conf" <<-EOF
		port = $port
		listen_addresses = ''
		unix_socket_directories = '$dir'
		max_worker_processes = 8
		jit = off
		fsync = off
		autovacuum = off
		log_line_prefix = '%m [%p] %e '
	EOF
	if [ -n "$stage" ]; then
		cat >>"$dir/data/postgresql.conf" <<-EOF
			extension_destdir = '$stage'
			dynamic_library_path = '$stage$libdir:\$libdir'
		EOF
	else
		stage_settings >>"$dir/data/postgresql.conf"
	fi
	export PGHOST=$dir PGPORT=$port PGUSER=postgres
}

# private_server_start DIR TIMEOUT WRAPPER...: start DIR/data's postmaster
# as "WRAPPER... postgres -D DIR/data" in the background (log in
# DIR/server.log) and wait until it accepts connections.
private_server_start() {
	local dir=$1 timeout=$2 bindir i
	shift 2
	bindir=$("$PG_CONFIG" --bindir)
	as_pg "$@" "$bindir/postgres" -D "$dir/data" >"$dir/server.log" 2>&1 &
	for ((i = 0; i < timeout; i++)); do
		"$bindir/pg_isready" -q -h "$dir" -p "$PGPORT" && return 0
		sleep 1
	done
	echo "server did not start; log:" >&2
	tail -20 "$dir/server.log" >&2
	return 1
}

# private_server_stop DIR: fast shutdown, waiting up to 10 minutes.
private_server_stop() {
	local bindir
	bindir=$("$PG_CONFIG" --bindir)
	as_pg "$bindir/pg_ctl" -D "$1/data" -m fast -t 600 -w stop >/dev/null
}
