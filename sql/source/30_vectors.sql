-- Angles between vectors (0.1.0), and as angle values (0.2.0).  The cube
-- overloads name contrib/cube's type through the search path (see the
-- check at the end of this file).

-- Unsigned angle in radians.
@function vector_angle(float8[], float8[]) RETURNS float8 AS vector_angle_float8
	angle between two vectors in radians, [0, pi], accurate to a few ULP
@function vector_angle(float4[], float4[]) RETURNS float8 AS vector_angle_float4
	angle between two float4 vectors in radians, [0, pi], computed in double
@function vector_angle(cube, cube) RETURNS float8 AS vector_angle_cube
	angle between two cube points as vectors from the origin, in radians

-- Unsigned angle in degrees.
@function vector_angled(float8[], float8[]) RETURNS float8 AS vector_angled_float8
	angle between two vectors in degrees, [0, 180]
@function vector_angled(float4[], float4[]) RETURNS float8 AS vector_angled_float4
	angle between two float4 vectors in degrees, [0, 180]
@function vector_angled(cube, cube) RETURNS float8 AS vector_angled_cube
	angle between two cube points as vectors from the origin, in degrees

-- Signed angle: 2-D counter-clockwise, or 3-D about an axis.
@function vector_angle_signed(float8[], float8[]) RETURNS float8 AS vector_angle_signed_float8
	signed angle from the first 2-D vector to the second in radians, (-pi, pi], counter-clockwise positive
@function vector_angle_signed(float4[], float4[]) RETURNS float8 AS vector_angle_signed_float4
	signed angle from the first 2-D float4 vector to the second in radians, (-pi, pi]
@function vector_angle_signed(float8[], float8[], axis float8[]) RETURNS float8 AS vector_angle_signed_axis_float8
	signed angle from the first 3-D vector to the second about an axis in radians, (-pi, pi]
@function vector_angle_signed(float4[], float4[], axis float4[]) RETURNS float8 AS vector_angle_signed_axis_float4
	signed angle from the first 3-D float4 vector to the second about an axis in radians, (-pi, pi]
@function vector_angle_signedd(float8[], float8[]) RETURNS float8 AS vector_angle_signedd_float8
	signed angle from the first 2-D vector to the second in degrees, (-180, 180]
@function vector_angle_signedd(float4[], float4[]) RETURNS float8 AS vector_angle_signedd_float4
	signed angle from the first 2-D float4 vector to the second in degrees, (-180, 180]
@function vector_angle_signedd(float8[], float8[], axis float8[]) RETURNS float8 AS vector_angle_signedd_axis_float8
	signed angle from the first 3-D vector to the second about an axis in degrees, (-180, 180]
@function vector_angle_signedd(float4[], float4[], axis float4[]) RETURNS float8 AS vector_angle_signedd_axis_float4
	signed angle from the first 3-D float4 vector to the second about an axis in degrees, (-180, 180]

-- Vector angles as angle values.
@function angle_between(float8[], float8[]) RETURNS angle AS angle_between_float8
	angle between two vectors as an angle, [0, 180] degrees
@function angle_between(float4[], float4[]) RETURNS angle AS angle_between_float4
	angle between two float4 vectors as an angle, [0, 180] degrees
@function angle_between(cube, cube) RETURNS angle AS angle_between_cube
	angle between two cube points as vectors from the origin, as an angle
@function angle_between_signed(float8[], float8[]) RETURNS angle AS angle_between_signed_float8
	signed angle from the first 2-D vector to the second as an angle, (-180, 180]
@function angle_between_signed(float4[], float4[]) RETURNS angle AS angle_between_signed_float4
	signed angle from the first 2-D float4 vector to the second as an angle, (-180, 180]
@function angle_between_signed(float8[], float8[], axis float8[]) RETURNS angle AS angle_between_signed_axis_float8
	signed angle from the first 3-D vector to the second about an axis, as an angle, (-180, 180]
@function angle_between_signed(float4[], float4[], axis float4[]) RETURNS angle AS angle_between_signed_axis_float4
	signed angle from the first 3-D float4 vector to the second about an axis, as an angle, (-180, 180]

-- PostgreSQL 15 cannot name another extension's type by its schema in a
-- script, so "cube" above resolved through the search path, where a type
-- or domain planted in angle's schema comes first.  Check the argument
-- types of every cube overload against contrib/cube's own type and abort
-- the install if any was captured (as angle--0.3.0--0.4.0.sql does for an
-- update).  The check function exists only while this script runs.
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
