/* angle--0.1.0.sql: accurate angles between vectors */

\echo Use "CREATE EXTENSION angle" to load this file. \quit

-- Unsigned angle in radians.
CREATE FUNCTION vector_angle(float8[], float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle(float4[], float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle(cube, cube) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_cube'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Unsigned angle in degrees.
CREATE FUNCTION vector_angled(float8[], float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angled_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angled(float4[], float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angled_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angled(cube, cube) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angled_cube'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Signed angle: 2-D counter-clockwise, or 3-D about an axis.
CREATE FUNCTION vector_angle_signed(float8[], float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signed_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signed(float4[], float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signed_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signed(float8[], float8[], axis float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signed_axis_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signed(float4[], float4[], axis float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signed_axis_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signedd(float8[], float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signedd_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signedd(float4[], float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signedd_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signedd(float8[], float8[], axis float8[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signedd_axis_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vector_angle_signedd(float4[], float4[], axis float4[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'vector_angle_signedd_axis_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION vector_angle(float8[], float8[]) IS
	'angle between two vectors in radians, [0, pi], accurate to a few ULP';
COMMENT ON FUNCTION vector_angle(float4[], float4[]) IS
	'angle between two float4 vectors in radians, [0, pi], computed in double';
COMMENT ON FUNCTION vector_angle(cube, cube) IS
	'angle between two cube points as vectors from the origin, in radians';
COMMENT ON FUNCTION vector_angled(float8[], float8[]) IS
	'angle between two vectors in degrees, [0, 180]';
COMMENT ON FUNCTION vector_angled(float4[], float4[]) IS
	'angle between two float4 vectors in degrees, [0, 180]';
COMMENT ON FUNCTION vector_angled(cube, cube) IS
	'angle between two cube points as vectors from the origin, in degrees';
COMMENT ON FUNCTION vector_angle_signed(float8[], float8[]) IS
	'signed angle from the first 2-D vector to the second in radians, (-pi, pi], counter-clockwise positive';
COMMENT ON FUNCTION vector_angle_signed(float4[], float4[]) IS
	'signed angle from the first 2-D float4 vector to the second in radians, (-pi, pi]';
COMMENT ON FUNCTION vector_angle_signed(float8[], float8[], float8[]) IS
	'signed angle from the first 3-D vector to the second about an axis in radians, (-pi, pi]';
COMMENT ON FUNCTION vector_angle_signed(float4[], float4[], float4[]) IS
	'signed angle from the first 3-D float4 vector to the second about an axis in radians, (-pi, pi]';
COMMENT ON FUNCTION vector_angle_signedd(float8[], float8[]) IS
	'signed angle from the first 2-D vector to the second in degrees, (-180, 180]';
COMMENT ON FUNCTION vector_angle_signedd(float4[], float4[]) IS
	'signed angle from the first 2-D float4 vector to the second in degrees, (-180, 180]';
COMMENT ON FUNCTION vector_angle_signedd(float8[], float8[], float8[]) IS
	'signed angle from the first 3-D vector to the second about an axis in degrees, (-180, 180]';
COMMENT ON FUNCTION vector_angle_signedd(float4[], float4[], float4[]) IS
	'signed angle from the first 3-D float4 vector to the second about an axis in degrees, (-180, 180]';
