-- A type named cube planted ahead of contrib/cube must never capture the
-- cube overloads: installing as a non-superuser into a schema holding a
-- look-alike is refused (since 0.4.0), and the functions of an older install
-- that was captured refuse to read the foreign type.
-- (PostgreSQL 18 adds CONTEXT lines naming the script and its line to
-- errors raised inside extension scripts: not shown, on every version.)
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_angle_security;
RESET client_min_messages;
CREATE DATABASE regress_angle_security;
\c regress_angle_security
CREATE EXTENSION cube;
CREATE ROLE regress_angle_owner;
GRANT CREATE ON DATABASE regress_angle_security TO regress_angle_owner;
SET ROLE regress_angle_owner;
CREATE SCHEMA trap;
CREATE TABLE trap.sprung (who name);
-- A domain over the real cube whose CHECK would run the planter's code with
-- the privileges of whoever calls a function bound to it.
CREATE FUNCTION trap.spring(public.cube) RETURNS bool LANGUAGE sql
	AS 'INSERT INTO trap.sprung VALUES (current_user) RETURNING true';
CREATE DOMAIN trap.cube AS public.cube CHECK (trap.spring(VALUE));
-- angle is trusted: a non-superuser may install it, but not here.
CREATE EXTENSION angle SCHEMA trap;
SELECT count(*) AS angle_installed FROM pg_extension WHERE extname = 'angle';
SELECT count(*) AS trap_sprung FROM trap.sprung;
-- The same for a composite look-alike.
DROP DOMAIN trap.cube;
CREATE TYPE trap.cube AS (x float8, y float8);
CREATE EXTENSION angle SCHEMA trap;
-- An install of 0.3.0 (before the install-time check) is captured, but its
-- C functions refuse to read the foreign type, and it cannot be updated.
CREATE EXTENSION angle SCHEMA trap VERSION '0.3.0';
SELECT 'trap.vector_angle(trap.cube, trap.cube)'::regprocedure AS captured_signature;
SELECT trap.vector_angle(ROW(1, 0)::trap.cube, ROW(0, 1)::trap.cube);
SELECT trap.vector_angled(ROW(1, 0)::trap.cube, ROW(0, 1)::trap.cube);
ALTER EXTENSION angle UPDATE;
-- The array overloads are unaffected.
SELECT trap.vector_angled('{1,0}'::float8[], '{0,1}'::float8[]) AS array_deg;
RESET ROLE;
\c contrib_regression
DROP DATABASE regress_angle_security;
DROP ROLE regress_angle_owner;
