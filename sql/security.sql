-- A type named cube planted ahead of contrib/cube must never be read as a
-- cube: installing as a non-superuser into a schema holding a look-alike.
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
CREATE TYPE trap.cube AS (x float8, y float8);
-- angle is trusted: a non-superuser may install it.
CREATE EXTENSION angle SCHEMA trap;
-- The cube overload was bound to the planted type...
SELECT 'trap.vector_angle(trap.cube, trap.cube)'::regprocedure AS captured_signature;
-- ...but refuses to read it.
SELECT trap.vector_angle(ROW(1, 0)::trap.cube, ROW(0, 1)::trap.cube);
SELECT trap.vector_angled(ROW(1, 0)::trap.cube, ROW(0, 1)::trap.cube);
-- The array overloads are unaffected.
SELECT trap.vector_angled('{1,0}'::float8[], '{0,1}'::float8[]) AS array_deg;
RESET ROLE;
\c contrib_regression
DROP DATABASE regress_angle_security;
DROP ROLE regress_angle_owner;
