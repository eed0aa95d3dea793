/* angle--0.1.0--0.2.0.sql: exact circular arithmetic and the angle type */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.2.0'" to load this file. \quit

-- Circular arithmetic on float8: period defaults to 2*pi (radians).
CREATE FUNCTION angle_diff(a float8, b float8, period float8 DEFAULT 6.283185307179586)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_diff'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_dist(a float8, b float8, period float8 DEFAULT 6.283185307179586)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_dist'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_wrap(x float8, period float8 DEFAULT 6.283185307179586, low float8 DEFAULT 0)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_wrap'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_cosine_loss(a float8, b float8, period float8 DEFAULT 6.283185307179586)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_cosine_loss'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION angle_diff(float8, float8, float8) IS
	'shortest signed difference a - b in [-period/2, period/2), exact; period defaults to 2*pi';
COMMENT ON FUNCTION angle_dist(float8, float8, float8) IS
	'circular distance between a and b in [0, period/2], exact; period defaults to 2*pi';
COMMENT ON FUNCTION angle_wrap(float8, float8, float8) IS
	'x wrapped into [low, low + period), never the upper bound; period defaults to 2*pi';
COMMENT ON FUNCTION angle_cosine_loss(float8, float8, float8) IS
	'1 - cos(2*pi*(a - b)/period), the circular analogue of squared error';

-- Time of day on a 24-hour clock.
CREATE FUNCTION angle_diff(a time, b time) RETURNS interval
	AS 'MODULE_PATHNAME', 'angle_diff_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_dist(a time, b time) RETURNS interval
	AS 'MODULE_PATHNAME', 'angle_dist_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angle_diff(time, time) IS
	'shortest signed clock difference a - b in [-12:00, 12:00), microsecond exact';
COMMENT ON FUNCTION angle_dist(time, time) IS
	'clock distance between two times of day in [00:00, 12:00], microsecond exact';

-- The angle type: a pass-by-value float8 number of degrees.
CREATE TYPE angle;

CREATE FUNCTION angle_in(cstring) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- STABLE: the text depends on angle.output_unit and the client encoding.
CREATE FUNCTION angle_out(angle) RETURNS cstring
	AS 'MODULE_PATHNAME', 'angle_out'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_recv(internal) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_send(angle) RETURNS bytea
	AS 'MODULE_PATHNAME', 'angle_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE angle (
	INPUT = angle_in,
	OUTPUT = angle_out,
	RECEIVE = angle_recv,
	SEND = angle_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain,
	CATEGORY = 'N'
);
COMMENT ON TYPE angle IS
	'an angle, stored as a float8 number of degrees; input accepts deg, rad, grad, turn, arcmin, arcsec, d-m-s and compass points';

COMMENT ON FUNCTION angle_in(cstring) IS 'angle text input';
COMMENT ON FUNCTION angle_out(angle) IS 'angle text output, in angle.output_unit, exact on reading back';
COMMENT ON FUNCTION angle_recv(internal) IS 'angle binary input: a finite float8 of degrees';
COMMENT ON FUNCTION angle_send(angle) IS 'angle binary output: a float8 of degrees';

-- Constructor with an explicit unit, and conversions back.
CREATE FUNCTION angle(value float8, unit text) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_construct'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION degrees(angle) RETURNS float8
	AS 'MODULE_PATHNAME', 'degrees_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION radians(angle) RETURNS float8
	AS 'MODULE_PATHNAME', 'radians_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angle(float8, text) IS
	'angle from a number in the named unit: deg, rad, grad, gon, turn, arcmin or arcsec';
COMMENT ON FUNCTION degrees(angle) IS 'the angle in degrees';
COMMENT ON FUNCTION radians(angle) IS 'the angle in radians';

-- Trigonometry, exact at multiples of 30 degrees like sind/cosd.
CREATE FUNCTION sin(angle) RETURNS float8
	AS 'MODULE_PATHNAME', 'sin_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cos(angle) RETURNS float8
	AS 'MODULE_PATHNAME', 'cos_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION tan(angle) RETURNS float8
	AS 'MODULE_PATHNAME', 'tan_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sin(angle) IS 'sine, exact at multiples of 30 degrees';
COMMENT ON FUNCTION cos(angle) IS 'cosine, exact at multiples of 30 degrees';
COMMENT ON FUNCTION tan(angle) IS 'tangent, exactly 0 and +-1 at multiples of 45 degrees';

-- Circular functions on angles (period 360 degrees).
CREATE FUNCTION angle_diff(a angle, b angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_diff_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_dist(a angle, b angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_dist_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_wrap(x angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_wrap_zero'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_wrap(x angle, low angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_wrap_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angle_diff(angle, angle) IS
	'shortest signed difference a - b in [-180, 180) degrees, exact';
COMMENT ON FUNCTION angle_dist(angle, angle) IS
	'circular distance between two angles in [0, 180] degrees, exact';
COMMENT ON FUNCTION angle_wrap(angle) IS 'the angle wrapped into [0, 360) degrees';
COMMENT ON FUNCTION angle_wrap(angle, angle) IS 'the angle wrapped into [low, low + 360) degrees';

-- Operator functions.
CREATE FUNCTION angle_pl(angle, angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_pl' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_mi(angle, angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_mi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_um(angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_um' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_mul(angle, float8) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_mul' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION float8_mul_angle(float8, angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'float8_mul_angle' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_div(angle, float8) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_div' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_distance(angle, angle) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_distance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_eq(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_ne(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_lt(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_le(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_gt(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_ge(angle, angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_cmp(angle, angle) RETURNS int4
	AS 'MODULE_PATHNAME', 'angle_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'angle_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_hash(angle) RETURNS int4
	AS 'MODULE_PATHNAME', 'angle_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION angle_hash_extended(angle, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'angle_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION angle_pl(angle, angle) IS 'implementation of the angle + angle operator';
COMMENT ON FUNCTION angle_mi(angle, angle) IS 'implementation of the angle - angle operator';
COMMENT ON FUNCTION angle_um(angle) IS 'implementation of the unary - operator on angle';
COMMENT ON FUNCTION angle_mul(angle, float8) IS 'implementation of the angle * float8 operator';
COMMENT ON FUNCTION float8_mul_angle(float8, angle) IS 'implementation of the float8 * angle operator';
COMMENT ON FUNCTION angle_div(angle, float8) IS 'implementation of the angle / float8 operator';
COMMENT ON FUNCTION angle_distance(angle, angle) IS 'implementation of the <-> operator: circular distance in [0, 180] degrees';
COMMENT ON FUNCTION angle_eq(angle, angle) IS 'implementation of the = operator on angle';
COMMENT ON FUNCTION angle_ne(angle, angle) IS 'implementation of the <> operator on angle';
COMMENT ON FUNCTION angle_lt(angle, angle) IS 'implementation of the < operator on angle';
COMMENT ON FUNCTION angle_le(angle, angle) IS 'implementation of the <= operator on angle';
COMMENT ON FUNCTION angle_gt(angle, angle) IS 'implementation of the > operator on angle';
COMMENT ON FUNCTION angle_ge(angle, angle) IS 'implementation of the >= operator on angle';
COMMENT ON FUNCTION angle_cmp(angle, angle) IS 'btree comparison support for angle';
COMMENT ON FUNCTION angle_sortsupport(internal) IS 'btree sort support for angle';
COMMENT ON FUNCTION angle_hash(angle) IS 'hash support for angle; -0 and +0 hash alike';
COMMENT ON FUNCTION angle_hash_extended(angle, int8) IS 'extended hash support for angle';

CREATE OPERATOR + (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_pl, COMMUTATOR = +);
CREATE OPERATOR - (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_mi);
CREATE OPERATOR - (RIGHTARG = angle, FUNCTION = angle_um);
CREATE OPERATOR * (LEFTARG = angle, RIGHTARG = float8, FUNCTION = angle_mul, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = float8, RIGHTARG = angle, FUNCTION = float8_mul_angle, COMMUTATOR = *);
CREATE OPERATOR / (LEFTARG = angle, RIGHTARG = float8, FUNCTION = angle_div);
CREATE OPERATOR <-> (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_distance, COMMUTATOR = <->);
CREATE OPERATOR = (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR < (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (LEFTARG = angle, RIGHTARG = angle, FUNCTION = angle_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR + (angle, angle) IS 'sum of two angles';
COMMENT ON OPERATOR - (angle, angle) IS 'difference of two angles, not wrapped';
COMMENT ON OPERATOR - (NONE, angle) IS 'negated angle';
COMMENT ON OPERATOR * (angle, float8) IS 'angle times a number';
COMMENT ON OPERATOR * (float8, angle) IS 'number times an angle';
COMMENT ON OPERATOR / (angle, float8) IS 'angle divided by a number';
COMMENT ON OPERATOR <-> (angle, angle) IS 'circular distance in [0, 180] degrees';
COMMENT ON OPERATOR = (angle, angle) IS 'equal (linear: 370 degrees is not 10 degrees)';
COMMENT ON OPERATOR <> (angle, angle) IS 'not equal';
COMMENT ON OPERATOR < (angle, angle) IS 'less than';
COMMENT ON OPERATOR <= (angle, angle) IS 'less than or equal';
COMMENT ON OPERATOR > (angle, angle) IS 'greater than';
COMMENT ON OPERATOR >= (angle, angle) IS 'greater than or equal';

CREATE OPERATOR CLASS angle_ops DEFAULT FOR TYPE angle USING btree AS
	OPERATOR 1 <,
	OPERATOR 2 <=,
	OPERATOR 3 =,
	OPERATOR 4 >=,
	OPERATOR 5 >,
	FUNCTION 1 angle_cmp(angle, angle),
	FUNCTION 2 angle_sortsupport(internal);
CREATE OPERATOR CLASS angle_ops DEFAULT FOR TYPE angle USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 angle_hash(angle),
	FUNCTION 2 angle_hash_extended(angle, int8);

-- Vector angles as angle values.
CREATE FUNCTION angle_between(float8[], float8[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between(float4[], float4[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between(cube, cube) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_cube'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between_signed(float8[], float8[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_signed_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between_signed(float4[], float4[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_signed_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between_signed(float8[], float8[], axis float8[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_signed_axis_float8'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION angle_between_signed(float4[], float4[], axis float4[]) RETURNS angle
	AS 'MODULE_PATHNAME', 'angle_between_signed_axis_float4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angle_between(float8[], float8[]) IS
	'angle between two vectors as an angle, [0, 180] degrees';
COMMENT ON FUNCTION angle_between(float4[], float4[]) IS
	'angle between two float4 vectors as an angle, [0, 180] degrees';
COMMENT ON FUNCTION angle_between(cube, cube) IS
	'angle between two cube points as vectors from the origin, as an angle';
COMMENT ON FUNCTION angle_between_signed(float8[], float8[]) IS
	'signed angle from the first 2-D vector to the second as an angle, (-180, 180]';
COMMENT ON FUNCTION angle_between_signed(float4[], float4[]) IS
	'signed angle from the first 2-D float4 vector to the second as an angle, (-180, 180]';
COMMENT ON FUNCTION angle_between_signed(float8[], float8[], float8[]) IS
	'signed angle from the first 3-D vector to the second about an axis, as an angle, (-180, 180]';
COMMENT ON FUNCTION angle_between_signed(float4[], float4[], float4[]) IS
	'signed angle from the first 3-D float4 vector to the second about an axis, as an angle, (-180, 180]';
