#!/usr/bin/env bash
# Upgrades against an independent reference.  For every released version X
# (0.1.0 ... 0.5.0): CREATE EXTENSION angle VERSION 'X', ALTER EXTENSION
# angle UPDATE, and the catalogue of every member of the extension
# (catalog_dump.sql: functions, aggregates, types, operators, operator
# classes and families with their members, casts, comments; OIDs as names)
# must equal that of a fresh CREATE EXTENSION angle, which runs the
# generated install script alone.  A self-check shows that the comparison
# sees small divergences, and the pg_regress suite runs on a database
# updated from 0.1.0.
#
# Run inside a cluster (PGHOST/PGPORT/PGUSER set; psql, createdb, dropdb
# on PATH); the extension must be installed.  PG_CONFIG, when set, names
# the pg_config for the pg_regress run.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
here=test/extension
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OLD="0.1.0 0.2.0 0.3.0 0.4.0 0.5.0 0.6.0 0.7.0 0.8.0 0.9.0 0.10.0"
# Divergent changes the comparator must detect (applied one at a time, in
# a transaction that is rolled back, to a database updated from 0.4.0).
MUTATIONS=(
	"ALTER FUNCTION angle_diff(float8, float8, float8) COST 2"
	"ALTER FUNCTION angle_out(angle) IMMUTABLE"
	"ALTER FUNCTION angle_eq(angle, angle) NOT LEAKPROOF"
	"COMMENT ON FUNCTION circular_mean(circular_stats) IS 'changed'"
	"COMMENT ON AGGREGATE circular_mean(time) IS 'changed'"
	"COMMENT ON OPERATOR < (angle, angle) IS NULL"
	"ALTER OPERATOR FAMILY angle_ops USING btree DROP FUNCTION 2 (angle, angle)"
	"ALTER OPERATOR = (angle, angle) SET (RESTRICT = scalarlesel)"
	"ALTER FUNCTION circular_stats_final(circular_stats) SET search_path = pg_catalog"
	"ALTER EXTENSION angle DROP FUNCTION circular_stats_period(circular_stats)"
	"ALTER FUNCTION circular_stats_accum(circular_stats, float8, float8) STRICT"
)
nold=$(echo $OLD | wc -w)
echo "1..$((4 + 2 * nold + ${#MUTATIONS[@]} + 2))"
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; [ -s "${2:-/dev/null}" ] && sed 's/^/# /' "$2" | head -"${3:-60}"; }
db() { echo "angle_upg_${1//./_}"; }
recreate() { dropdb --if-exists "$1" >/dev/null 2>&1; createdb "$1"; }
sql() { psql -XAtq -v ON_ERROR_STOP=1 "$@"; }
dump() { sql -d "$1" -f "$here/catalog_dump.sql"; }

# 1. A fresh install of the default version.
recreate angle_fresh
default=$(sed -n "s/^default_version *= *'\\([^']*\\)'.*/\\1/p" angle.control)
sql -d angle_fresh -c "SET client_min_messages = warning" -c "CREATE EXTENSION angle CASCADE" \
	-c "SELECT extversion FROM pg_extension WHERE extname = 'angle'" >"$tmp/fresh.out" 2>&1
if [ $? -eq 0 ] && [ "$(cat "$tmp/fresh.out")" = "$default" ]; then
	ok "a fresh CREATE EXTENSION angle installs $default (angle.control)"
else
	notok "a fresh CREATE EXTENSION angle installs $default (angle.control)" "$tmp/fresh.out"
fi
dump angle_fresh >"$tmp/fresh.cat" 2>"$tmp/err"
nfacts=$(grep -c . "$tmp/fresh.cat")
# The reference must be complete: every function, type and operator
# commented, nothing left of the install-time check, every kind of object
# present.
{
	# (implicit array types are members too on newer servers, e.g. 18; 0.4.0 had
	# no comments on them, nor on the operator classes and families)
	grep -E '^uncommented (function|type|operator) ' "$tmp/fresh.cat" |
		grep -vE '^uncommented (operator (class|family) |type .*\[\]$)'
	grep 'angle_cube_check' "$tmp/fresh.cat"
	for kind in function aggregate type operator opclass opfamily amop amproc comment; do
		grep -q "^$kind " "$tmp/fresh.cat" || echo "no $kind line"
	done
	cat "$tmp/err"
} >"$tmp/bad"
if [ "$nfacts" -gt 300 ] && [ ! -s "$tmp/bad" ]; then
	ok "the fresh install's catalogue: $nfacts facts, functions, types and operators commented, no install-time helper left"
else
	notok "the fresh install's catalogue ($nfacts facts)" "$tmp/bad"
fi
# The update paths: every older version reaches the default one.
sql -d angle_fresh -c "SELECT source || ' ' || coalesce(path, '-') FROM pg_extension_update_paths('angle')
	WHERE target = '$default' ORDER BY 1" >"$tmp/paths" 2>&1
bad=0
for x in $OLD; do grep -q "^$x .*$default\$" "$tmp/paths" || bad=1; done
if [ $bad -eq 0 ]; then ok "pg_extension_update_paths: every released version updates to $default"
else notok "pg_extension_update_paths: a released version cannot update to $default" "$tmp/paths"; fi

# 2. Every older version, updated.
for x in $OLD; do
	d=$(db "$x")
	recreate "$d"
	sql -d "$d" -c "SET client_min_messages = warning" -c "CREATE EXTENSION angle VERSION '$x' CASCADE" \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'angle'" \
		-c "ALTER EXTENSION angle UPDATE" \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'angle'" >"$tmp/upg.out" 2>&1
	r=$?
	if [ $r -eq 0 ] && [ "$(tr '\n' ' ' <"$tmp/upg.out")" = "$x $default " ]; then
		ok "$x installs and updates to $default"
	else
		notok "$x installs and updates to $default" "$tmp/upg.out"
	fi
	dump "$d" >"$tmp/$x.cat" 2>&1
	if diff -u "$tmp/fresh.cat" "$tmp/$x.cat" >"$tmp/$x.diff"; then
		ok "$x updated to $default: catalogue identical to a fresh install ($nfacts facts)"
	else
		notok "$x updated to $default: catalogue differs from a fresh install (- fresh, + updated)" "$tmp/$x.diff" 80
	fi
done

# The fresh install ran one script, not the chain 0.1.0, 0.1.0--0.2.0, ...:
# OIDs grow in creation order, and a replay of the chain creates the
# functions in the same order as the update from 0.1.0 did.  The generated
# script groups them by feature (sql/source/), in another order.
order="SELECT p.oid::regprocedure FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
	WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'angle') ORDER BY p.oid"
sql -d angle_fresh -c "$order" >"$tmp/fresh.order" 2>&1
sql -d "$(db 0.1.0)" -c "$order" >"$tmp/chain.order" 2>&1
if [ -s "$tmp/fresh.order" ] && ! cmp -s "$tmp/fresh.order" "$tmp/chain.order" &&
	[ "$(sort "$tmp/fresh.order")" = "$(sort "$tmp/chain.order")" ]; then
	ok "a fresh install runs the one generated script (creation order: $(head -1 "$tmp/fresh.order") first, not $(head -1 "$tmp/chain.order"))"
else
	diff "$tmp/fresh.order" "$tmp/chain.order" >"$tmp/err"
	notok "a fresh install replays the update chain (same creation order as 0.1.0 updated)" "$tmp/err"
fi

# 3. The comparator sees divergences: each change below, to the database
# updated from 0.4.0, must show in a diff against its own catalogue.
d=$(db 0.4.0)
for m in "${MUTATIONS[@]}"; do
	sql -d "$d" -c "BEGIN" -c "$m" -f "$here/catalog_dump.sql" -c "ROLLBACK" >"$tmp/mut.cat" 2>"$tmp/mut.err"
	r=$?
	if [ $r -eq 0 ] && ! diff -u "$tmp/0.4.0.cat" "$tmp/mut.cat" >"$tmp/mut.diff"; then
		ok "the comparator detects a divergent catalogue: $m ($(grep -c '^[-+][^-+]' "$tmp/mut.diff") lines differ)"
	else
		notok "the comparator detects a divergent catalogue: $m" "$tmp/mut.err"
	fi
done
# ... and the rollback left the database as it was.
dump "$d" >"$tmp/after.cat" 2>&1
if diff -u "$tmp/0.4.0.cat" "$tmp/after.cat" >"$tmp/after.diff"; then
	ok "after the self-check (rolled back) the catalogue is unchanged"
else
	notok "after the self-check (rolled back) the catalogue changed" "$tmp/after.diff"
fi

# 4. The pg_regress suite on a database updated from 0.1.0.  PGXS runs it
# in contrib_regression; --use-existing keeps the updated install there
# (every test creates the extension IF NOT EXISTS).
recreate contrib_regression
sql -d contrib_regression -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION angle VERSION '0.1.0' CASCADE" -c "ALTER EXTENSION angle UPDATE" >"$tmp/regress.out" 2>&1 &&
	REGRESS_OUTPUT=$tmp/regress make -s PG_CONFIG="${PG_CONFIG:-pg_config}" installcheck \
		EXTRA_REGRESS_OPTS="--use-existing" >>"$tmp/regress.out" 2>&1
r=$?
passed=$(grep -cE '\.\.\. ok|^ok [0-9]' "$tmp/regress.out")
failed=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$tmp/regress.out")
if [ $r -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]; then
	ok "pg_regress suite passes on a database updated from 0.1.0 ($passed tests)"
else
	cat "$tmp"/regress/*/regression.diffs 2>/dev/null | head -40 >>"$tmp/regress.out"
	notok "pg_regress on a database updated from 0.1.0: $passed passed, $failed failed" "$tmp/regress.out" 80
fi

dropdb --if-exists contrib_regression >/dev/null 2>&1
for x in $OLD; do dropdb --if-exists "$(db "$x")" >/dev/null 2>&1; done
dropdb --if-exists angle_fresh >/dev/null 2>&1
