-- What a new user trips on in the first hour (0.6.0): vector angles of
-- integer and numeric arrays and of untyped literals, min, max, sum and
-- round of angles, equality and hashing of circular_stats states and the
-- accessors of their sums.  (The required periods are in 10_circular.sql,
-- the non-strict transition functions and the timestamptz forms in
-- 40_statistics.sql.)

-- Vector angles of int4[], int8[] and numeric[] vectors, computed as
-- float8[] (each element rounded to the nearest double), and of text: an
-- untyped literal such as '{1,0}' resolves to the text form (PostgreSQL
-- prefers the string category for unknown arguments), which reads it as
-- float8[].  SQL functions with a standard body: inlined, and their
-- references are bound when they are created, not through the search path.

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) in radians, [0, pi]';


CREATE FUNCTION @extschema@.vector_angled(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) in degrees, [0, 180]';


CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second in radians, (-pi, pi]';


CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis in radians, (-pi, pi]';


CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second in degrees, (-180, 180]';


CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis in degrees, (-180, 180]';


CREATE FUNCTION @extschema@.angle_between(pg_catalog.int4[], pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.int8[], pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.text, pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) as an angle, [0, 180] degrees';


CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second as an angle, (-180, 180]';


CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis, as an angle, (-180, 180]';


-- min, max and sum of angles (linear, as the btree order), and round.
@function angle_smaller(angle, angle) RETURNS angle AS angle_smaller
	the smaller of two angles (transition and combine function of min)
@function angle_larger(angle, angle) RETURNS angle AS angle_larger
	the larger of two angles (transition and combine function of max)
@function angle_sum_accum(float8[], angle) RETURNS float8[] AS angle_sum_accum
	transition function of sum(angle): state {count, high part, low part} in degrees
@function angle_sum_combine(float8[], float8[]) RETURNS float8[] AS angle_sum_combine
	combine function of sum(angle)
@function angle_sum_final(float8[]) RETURNS angle AS angle_sum_final
	final function of sum(angle): NULL without rows
@function round(a angle, unit text, digits int4) RETURNS angle AS angle_round
	the angle rounded to digits decimals (0 to 20) in the named unit, ties to even

CREATE AGGREGATE @extschema@.min(@extschema@.angle) (
	SFUNC = @extschema@.angle_smaller,
	STYPE = @extschema@.angle,
	COMBINEFUNC = @extschema@.angle_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.angle) IS
	'smallest angle (linear order: 370 degrees is above 10 degrees)';
CREATE AGGREGATE @extschema@.max(@extschema@.angle) (
	SFUNC = @extschema@.angle_larger,
	STYPE = @extschema@.angle,
	COMBINEFUNC = @extschema@.angle_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.angle) IS
	'largest angle (linear order)';
CREATE AGGREGATE @extschema@.sum(@extschema@.angle) (
	SFUNC = @extschema@.angle_sum_accum,
	STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0}',
	FINALFUNC = @extschema@.angle_sum_final,
	COMBINEFUNC = @extschema@.angle_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.angle) IS
	'linear sum of angles, not wrapped, in compensated (double-double) arithmetic';

-- Equality, a total order and hashing of circular_stats: the same exact
-- state (a state has one representation only, see src/stats/compare.c).
@function circular_stats_eq(circular_stats, circular_stats) RETURNS bool AS circular_stats_eq LEAKPROOF
	implementation of the = operator on circular_stats: the same counts, period and exact sums
@function circular_stats_ne(circular_stats, circular_stats) RETURNS bool AS circular_stats_ne LEAKPROOF
	implementation of the <> operator on circular_stats
@function circular_stats_lt(circular_stats, circular_stats) RETURNS bool AS circular_stats_lt LEAKPROOF
	implementation of the < operator on circular_stats (an arbitrary total order)
@function circular_stats_le(circular_stats, circular_stats) RETURNS bool AS circular_stats_le LEAKPROOF
	implementation of the <= operator on circular_stats
@function circular_stats_gt(circular_stats, circular_stats) RETURNS bool AS circular_stats_gt LEAKPROOF
	implementation of the > operator on circular_stats
@function circular_stats_ge(circular_stats, circular_stats) RETURNS bool AS circular_stats_ge LEAKPROOF
	implementation of the >= operator on circular_stats
@function circular_stats_cmp(circular_stats, circular_stats) RETURNS int4 AS circular_stats_cmp LEAKPROOF
	btree comparison support for circular_stats: period, counts, then the sums
@function circular_stats_hash(circular_stats) RETURNS int4 AS circular_stats_hash LEAKPROOF
	hash support for circular_stats
@function circular_stats_hash_extended(circular_stats, int8) RETURNS int8 AS circular_stats_hash_extended LEAKPROOF
	extended hash support for circular_stats

@operator = (circular_stats, circular_stats) circular_stats_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
	the same state: counts, period and exact sums
@operator <> (circular_stats, circular_stats) circular_stats_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
	not the same state
@operator < (circular_stats, circular_stats) circular_stats_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	less than, in an arbitrary total order (period, counts, sums)
@operator <= (circular_stats, circular_stats) circular_stats_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	less than or equal, in an arbitrary total order
@operator > (circular_stats, circular_stats) circular_stats_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	greater than, in an arbitrary total order
@operator >= (circular_stats, circular_stats) circular_stats_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
	greater than or equal, in an arbitrary total order

CREATE OPERATOR CLASS @extschema@.circular_stats_ops DEFAULT FOR TYPE @extschema@.circular_stats USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.circular_stats_cmp(@extschema@.circular_stats, @extschema@.circular_stats);
CREATE OPERATOR CLASS @extschema@.circular_stats_ops DEFAULT FOR TYPE @extschema@.circular_stats USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.circular_stats_hash(@extschema@.circular_stats),
	FUNCTION 2 @extschema@.circular_stats_hash_extended(@extschema@.circular_stats, int8);

-- The exact sums of a state: total weight and mean resultant vector.
@function circular_stats_weight(circular_stats) RETURNS float8 AS circular_stats_weight
	total weight of the finite rows of a state (the row count when unweighted), 0 when empty
@function mean_cos(circular_stats) RETURNS float8 AS circular_stats_mean_cos
	mean cosine C-bar = sum(w cos) / sum(w) of a state, NULL when empty
@function mean_sin(circular_stats) RETURNS float8 AS circular_stats_mean_sin
	mean sine S-bar = sum(w sin) / sum(w) of a state, NULL when empty
