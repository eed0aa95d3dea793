/* angle--0.3.0--0.4.0.sql: refuse an install whose cube functions were captured */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.4.0'" to load this file. \quit

-- PostgreSQL 15 cannot name another extension's type by its schema in a
-- script, so the earlier scripts resolved "cube" through the search path,
-- where a type or domain planted in angle's schema comes first.  Check the
-- argument types of every cube overload against contrib/cube's own type
-- and abort the install or update if any was captured.  The check function
-- exists only while this script runs.
CREATE FUNCTION @extschema@.angle_cube_check(pg_catalog.regtype) RETURNS void
	AS 'MODULE_PATHNAME', 'angle_cube_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;

SELECT @extschema@.angle_cube_check(t.typ::pg_catalog.regtype)
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_extension e ON e.extnamespace OPERATOR(pg_catalog.=) p.pronamespace
 CROSS JOIN LATERAL pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) AS t(typ)
 WHERE e.extname OPERATOR(pg_catalog.=) 'angle'
   AND p.prosrc OPERATOR(pg_catalog.=) ANY (ARRAY['vector_angle_cube', 'vector_angled_cube',
                                                  'angle_between_cube']);

DROP FUNCTION @extschema@.angle_cube_check(pg_catalog.regtype);
