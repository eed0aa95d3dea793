-- The angle type: a pass-by-value float8 number of degrees (0.2.0).

CREATE TYPE @extschema@.angle;

@function angle_in(cstring) RETURNS angle AS angle_in
	angle text input
-- STABLE: the text depends on angle.output_unit and the client encoding.
@function angle_out(angle) RETURNS cstring AS angle_out STABLE
	angle text output, in angle.output_unit, exact on reading back
@function angle_recv(internal) RETURNS angle AS angle_recv
	angle binary input: a finite float8 of degrees
@function angle_send(angle) RETURNS bytea AS angle_send
	angle binary output: a float8 of degrees

CREATE TYPE @extschema@.angle (
	INPUT = @extschema@.angle_in,
	OUTPUT = @extschema@.angle_out,
	RECEIVE = @extschema@.angle_recv,
	SEND = @extschema@.angle_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain,
	CATEGORY = 'N'
);
COMMENT ON TYPE @extschema@.angle IS
	'an angle, stored as a float8 number of degrees; input accepts deg, rad, grad, turn, arcmin, arcsec, d-m-s and compass points';

-- Constructor with an explicit unit, and conversions back.
@function angle(value float8, unit text) RETURNS angle AS angle_construct
	angle from a number in the named unit: deg, rad, grad, gon, turn, arcmin or arcsec
@function degrees(angle) RETURNS float8 AS degrees_angle
	the angle in degrees
@function radians(angle) RETURNS float8 AS radians_angle
	the angle in radians

-- Trigonometry, exact at multiples of 30 degrees like sind/cosd.
@function sin(angle) RETURNS float8 AS sin_angle
	sine, exact at multiples of 30 degrees
@function cos(angle) RETURNS float8 AS cos_angle
	cosine, exact at multiples of 30 degrees
@function tan(angle) RETURNS float8 AS tan_angle
	tangent, exactly 0 and +-1 at multiples of 45 degrees

-- Circular functions on angles (period 360 degrees).
@function angle_diff(a angle, b angle) RETURNS angle AS angle_diff_angle
	shortest signed difference a - b in [-180, 180) degrees, exact
@function angle_dist(a angle, b angle) RETURNS angle AS angle_dist_angle
	circular distance between two angles in [0, 180] degrees, exact
@function angle_wrap(x angle) RETURNS angle AS angle_wrap_zero
	the angle wrapped into [0, 360) degrees
@function angle_wrap(x angle, low angle) RETURNS angle AS angle_wrap_angle
	the angle wrapped into [low, low + 360) degrees

-- Arithmetic operators.
@function angle_pl(angle, angle) RETURNS angle AS angle_pl
	implementation of the angle + angle operator
@function angle_mi(angle, angle) RETURNS angle AS angle_mi
	implementation of the angle - angle operator
@function angle_um(angle) RETURNS angle AS angle_um
	implementation of the unary - operator on angle
@function angle_mul(angle, float8) RETURNS angle AS angle_mul
	implementation of the angle * float8 operator
@function float8_mul_angle(float8, angle) RETURNS angle AS float8_mul_angle
	implementation of the float8 * angle operator
@function angle_div(angle, float8) RETURNS angle AS angle_div
	implementation of the angle / float8 operator
@function angle_distance(angle, angle) RETURNS angle AS angle_distance
	implementation of the <-> operator: circular distance in [0, 180] degrees

@operator + (angle, angle) angle_pl, COMMUTATOR = +
	sum of two angles
@operator - (angle, angle) angle_mi
	difference of two angles, not wrapped
@operator - (NONE, angle) angle_um
	negated angle
@operator * (angle, float8) angle_mul, COMMUTATOR = *
	angle times a number
@operator * (float8, angle) float8_mul_angle, COMMUTATOR = *
	number times an angle
@operator / (angle, float8) angle_div
	angle divided by a number
@operator <-> (angle, angle) angle_distance, COMMUTATOR = <->
	circular distance in [0, 180] degrees

-- Comparison (linear, not circular), btree and hash support.
@function angle_eq(angle, angle) RETURNS bool AS angle_eq LEAKPROOF
	implementation of the = operator on angle
@function angle_ne(angle, angle) RETURNS bool AS angle_ne LEAKPROOF
	implementation of the <> operator on angle
@function angle_lt(angle, angle) RETURNS bool AS angle_lt LEAKPROOF
	implementation of the < operator on angle
@function angle_le(angle, angle) RETURNS bool AS angle_le LEAKPROOF
	implementation of the <= operator on angle
@function angle_gt(angle, angle) RETURNS bool AS angle_gt LEAKPROOF
	implementation of the > operator on angle
@function angle_ge(angle, angle) RETURNS bool AS angle_ge LEAKPROOF
	implementation of the >= operator on angle
@function angle_cmp(angle, angle) RETURNS int4 AS angle_cmp LEAKPROOF
	btree comparison support for angle
@function angle_sortsupport(internal) RETURNS void AS angle_sortsupport
	btree sort support for angle
@function angle_hash(angle) RETURNS int4 AS angle_hash LEAKPROOF
	hash support for angle; -0 and +0 hash alike
@function angle_hash_extended(angle, int8) RETURNS int8 AS angle_hash_extended LEAKPROOF
	extended hash support for angle

@operator = (angle, angle) angle_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
	equal (linear: 370 degrees is not 10 degrees)
@operator <> (angle, angle) angle_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
	not equal
@operator < (angle, angle) angle_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	less than
@operator <= (angle, angle) angle_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	less than or equal
@operator > (angle, angle) angle_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	greater than
@operator >= (angle, angle) angle_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
	greater than or equal

CREATE OPERATOR CLASS @extschema@.angle_ops DEFAULT FOR TYPE @extschema@.angle USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.angle_cmp(@extschema@.angle, @extschema@.angle),
	FUNCTION 2 @extschema@.angle_sortsupport(internal);
CREATE OPERATOR CLASS @extschema@.angle_ops DEFAULT FOR TYPE @extschema@.angle USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.angle_hash(@extschema@.angle),
	FUNCTION 2 @extschema@.angle_hash_extended(@extschema@.angle, int8);
