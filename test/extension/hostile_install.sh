#!/usr/bin/env bash
# Trusted install by a non-superuser into a schema that a hostile role has
# prepared with look-alike objects; and amcheck over btree indexes on
# angle.  Run inside a cluster as a superuser; prints TAP.
set -uo pipefail
db=angle_hostile
tmp=$(mktemp -d)
echo "1..9"
n=0
check() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; sed 's/^/# /' "$tmp/err" | tail -15; fi; }
psql -Xq -d postgres >/dev/null 2>&1 <<SQL
DROP DATABASE IF EXISTS $db;
DROP ROLE IF EXISTS angle_installer;
DROP ROLE IF EXISTS angle_hostile;
CREATE ROLE angle_installer LOGIN;
CREATE ROLE angle_hostile LOGIN;
CREATE DATABASE $db;
GRANT CREATE ON DATABASE $db TO angle_installer, angle_hostile;
SQL
# Superuser: cube (required, not trusted-installable by the hostile role)
# and amcheck; a log table anyone may write to, to catch hostile code.
psql -Xq -d "$db" -v ON_ERROR_STOP=1 >"$tmp/err" 2>&1 <<'SQL'
CREATE EXTENSION cube;
CREATE EXTENSION amcheck;
CREATE TABLE public.hostile_log (who name, what text);
GRANT INSERT, SELECT ON public.hostile_log TO PUBLIC;
SQL
# The hostile role prepares schema "shared", lets the installer create in
# it, and plants look-alikes that log current_user if they ever run: a
# domain named cube over the real one whose CHECK calls hostile code, and
# pg_catalog-shadowing functions and operators.
psql -Xq -d "$db" -v ON_ERROR_STOP=1 >>"$tmp/err" 2>&1 <<'SQL'
SET ROLE angle_hostile;
CREATE SCHEMA shared;
GRANT USAGE, CREATE ON SCHEMA shared TO angle_installer;
CREATE FUNCTION shared.trap() RETURNS bool LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'trap'); RETURN true; END$$;
CREATE FUNCTION shared.cube_trap(public.cube) RETURNS bool LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'cube domain'); RETURN true; END$$;
CREATE DOMAIN shared.cube AS public.cube CHECK (shared.cube_trap(VALUE));
CREATE FUNCTION shared.float8(numeric) RETURNS float8 LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'float8(numeric)'); RETURN 0; END$$;
CREATE FUNCTION shared.remainder(float8, float8) RETURNS float8 LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'remainder'); RETURN 0; END$$;
CREATE FUNCTION shared.hostile_eq(float8, float8) RETURNS bool LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, '='); RETURN true; END$$;
CREATE OPERATOR shared.= (LEFTARG = float8, RIGHTARG = float8, FUNCTION = shared.hostile_eq);
CREATE FUNCTION shared.hostile_cat(text, text) RETURNS text LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, '||'); RETURN $1; END$$;
CREATE OPERATOR shared.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = shared.hostile_cat);
CREATE FUNCTION shared.circular_stats_final(anyelement) RETURNS anyelement LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'final'); RETURN $1; END$$;
CREATE FUNCTION shared.sincosd(float8) RETURNS float8 LANGUAGE plpgsql AS
	$$BEGIN INSERT INTO public.hostile_log VALUES (current_user, 'sincosd'); RETURN 0; END$$;
SQL
check $? "the hostile role planted its look-alikes"

# The installer (not a superuser) tries to install the trusted extension
# there: the cube overloads would bind to the planted domain, so it is
# refused (42804) rather than captured.
psql -Xq -d "$db" -v VERBOSITY=verbose >"$tmp/err" 2>&1 <<'SQL'
SET ROLE angle_installer;
CREATE EXTENSION angle SCHEMA shared;
SQL
grep -q '42804' "$tmp/err" && [ "$(psql -XAtq -d "$db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'angle'")" = "0" ]
check $? "installing next to a planted cube look-alike is refused (42804), nothing installed"
[ "$(psql -XAtq -d "$db" -c 'SELECT count(*) FROM public.hostile_log' 2>&1)" = "0" ]
check $? "no hostile function ran during the attempt (log table empty)"

# Once the look-alike cube is gone, the install succeeds; the other
# look-alikes stay.
psql -Xq -d "$db" -v ON_ERROR_STOP=1 >"$tmp/err" 2>&1 <<'SQL'
SET ROLE angle_hostile;
DROP DOMAIN shared.cube;
SET ROLE angle_installer;
CREATE EXTENSION angle SCHEMA shared;
SQL
check $? "a non-superuser installs angle into the hostile schema (its other look-alikes in place)"

# The extension's objects are bound to the real ones and work.
out=$(psql -XAtq -d "$db" -v ON_ERROR_STOP=1 2>"$tmp/err" <<'SQL'
SET ROLE angle_installer;
SET search_path = shared, public;
SELECT shared.angle_diff(359, 1, 360), shared.angle_diff(3, 1, 6.283185307179586),
       shared.circular_mean(x, 360) FROM (VALUES (350.0::float8), (10)) v(x);
SELECT shared.vector_angled('{1,0}'::float8[], '{0,1}'::float8[]);
SELECT shared.vector_angled(ARRAY[1,0], ARRAY[0,1]), shared.vector_angled('{1,0}', '{1,1}');
SELECT count(*) FROM public.hostile_log;
SQL
)
[ "$out" = "$(printf -- '-2|2|0\n90\n90|45\n0')" ]
check $? "the installed functions bind to the real float8/operators (got: $(echo $out))"
out=$(psql -XAtq -d "$db" 2>"$tmp/err" <<'SQL'
SET ROLE angle_installer;
SELECT shared.vector_angled('(1,0)'::public.cube, '(0,1)'::public.cube);
SELECT count(*) FROM public.hostile_log;
SQL
)
[ "$out" = "$(printf -- '90\n0')" ]
check $? "the cube overloads take contrib/cube's type and run no hostile code (got: $(echo $out))"
# The hostile role cannot replace or alter the installer's objects.
psql -Xq -d "$db" >"$tmp/err" 2>&1 <<'SQL'
SET ROLE angle_hostile;
CREATE OR REPLACE FUNCTION shared.angle_diff(a float8, b float8, period float8 DEFAULT 1) RETURNS float8
	LANGUAGE sql AS 'SELECT 0::float8';
SQL
grep -q 'must be owner' "$tmp/err"
check $? "the hostile role cannot CREATE OR REPLACE the extension's functions (must be owner)"

# amcheck over btree indexes on angle: -0, +0, subnormals, +-DBL_MAX and
# random values of every magnitude, including duplicates.
psql -Xq -d "$db" -v ON_ERROR_STOP=1 >"$tmp/err" 2>&1 <<'SQL'
SET search_path = shared, public;
CREATE TABLE t_angle (a shared.angle);
INSERT INTO t_angle SELECT v::shared.angle FROM unnest(ARRAY['-0', '0', '5e-324', '-5e-324', '1.7976931348623157e308',
	'-1.7976931348623157e308', '2.2250738585072014e-308', '-2.2250738585072014e-308', '360', '-360']) v,
	generate_series(1, 3);
INSERT INTO t_angle SELECT shared.angle(((random() - 0.5) * power(10::float8, floor(random() * 600 - 300)::int))::float8, 'deg')
  FROM generate_series(1, 20000);
CREATE INDEX t_angle_btree ON t_angle (a);
CREATE INDEX t_angle_desc ON t_angle (a DESC);
SELECT bt_index_check('t_angle_btree', heapallindexed => true);
SELECT bt_index_parent_check('t_angle_btree', heapallindexed => true);
SELECT bt_index_check('t_angle_desc', heapallindexed => true);
SQL
check $? "bt_index_check / bt_index_parent_check (heapallindexed) report no corruption"
r=$(psql -XAtq -d "$db" -c "SET search_path = shared, public; SET enable_seqscan = off;
	SELECT count(*) FROM t_angle WHERE a = '0'::angle" 2>&1)
[ "$r" = "6" ]
check $? "index scan finds -0 and +0 as equal (6 rows, got $r)"
psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE angle_installer" -c "DROP ROLE angle_hostile" >/dev/null 2>&1
rm -rf "$tmp"
