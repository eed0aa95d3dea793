/* angle--0.10.0--0.11.0.sql: the aggregate form of circular_mean_ci (issue 13); equality, order and hashing of circular_corr_state */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.11.0'" to load this file. \quit

-- The confidence interval of the mean direction as an aggregate (0.11.0,
-- issue 13): circular_mean_ci(value, period, level) and its weighted,
-- time and angle forms, the aggregate form of the accessor
-- circular_mean_ci(circular_stats, level) of 70_moments.sql.  The level
-- must be the same on every row of a group.  A circular_stats state has
-- no room for it, so the state is internal (the level and a version 2
-- state of order 2), with combine, serial and deserial functions for
-- parallel plans, and an inverse transition for moving windows: the
-- interval is the same bits in every plan.

CREATE FUNCTION @extschema@.circular_mean_ci_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_combine'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_combine(internal, internal) IS
	'combine function of circular_mean_ci: merge two partial states exactly (the same level)';
CREATE FUNCTION @extschema@.circular_mean_ci_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'circular_mean_ci_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_serial(internal) IS
	'serial function of circular_mean_ci';
CREATE FUNCTION @extschema@.circular_mean_ci_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_deserial'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_deserial(bytea, internal) IS
	'deserial function of circular_mean_ci, validated (the second argument is not read)';
CREATE FUNCTION @extschema@.circular_mean_ci_final(internal) RETURNS @extschema@.circular_interval
	AS 'MODULE_PATHNAME', 'circular_mean_ci_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_final(internal) IS
	'final function of circular_mean_ci: (lower, upper), NULL for a group of no rows';
CREATE FUNCTION @extschema@.circular_mean_ci_from_serial(bytea) RETURNS @extschema@.circular_interval
	AS 'MODULE_PATHNAME', 'circular_mean_ci_from_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_from_serial(bytea) IS
	'circular_mean_ci of a serialized partial state (as a parallel worker sends it), validated';

CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, float8, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, float8, float8, float8) IS
	'aggregate transition: add a float8 value in a circle of the given period, at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, float8, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, float8, float8, float8) IS
	'moving-aggregate inverse transition: remove a float8 value in a circle of the given period, at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, float8, float8, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, float8, float8, float8, float8) IS
	'aggregate transition: add a weighted float8 value in a circle of the given period, at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, float8, float8, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, float8, float8, float8, float8) IS
	'moving-aggregate inverse transition: remove a weighted float8 value in a circle of the given period, at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, time, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, time, float8) IS
	'aggregate transition: add a time of day (period 24 hours), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, time, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, time, float8) IS
	'moving-aggregate inverse transition: remove a time of day (period 24 hours), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, time, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, time, float8, float8) IS
	'aggregate transition: add a weighted time of day (period 24 hours), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, time, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, time, float8, float8) IS
	'moving-aggregate inverse transition: remove a weighted time of day (period 24 hours), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, @extschema@.angle, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, @extschema@.angle, float8) IS
	'aggregate transition: add an angle (degrees, period 360), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, @extschema@.angle, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, @extschema@.angle, float8) IS
	'moving-aggregate inverse transition: remove an angle (degrees, period 360), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_accum(internal, @extschema@.angle, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_accum_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_accum(internal, @extschema@.angle, float8, float8) IS
	'aggregate transition: add a weighted angle (degrees, period 360), at a confidence level';
CREATE FUNCTION @extschema@.circular_mean_ci_inv(internal, @extschema@.angle, float8, float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_mean_ci_inv_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci_inv(internal, @extschema@.angle, float8, float8) IS
	'moving-aggregate inverse transition: remove a weighted angle (degrees, period 360), at a confidence level';

CREATE AGGREGATE @extschema@.circular_mean_ci(value float8, period float8, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(float8, float8, float8) IS
	'large-sample confidence interval (lower, upper) of the mean direction of float8 values in a circle of the given period at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';
CREATE AGGREGATE @extschema@.circular_mean_ci(value float8, weight float8, period float8, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(float8, float8, float8, float8) IS
	'large-sample confidence interval (lower, upper) of the mean direction of float8 values in a circle of the given period at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist, weighted';
CREATE AGGREGATE @extschema@.circular_mean_ci(value time, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(time, float8) IS
	'large-sample confidence interval (lower, upper) of the mean time of day (period 24 hours) at a confidence level in (0, 1), the same on every row; NULL when it does not exist';
CREATE AGGREGATE @extschema@.circular_mean_ci(value time, weight float8, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(time, float8, float8) IS
	'large-sample confidence interval (lower, upper) of the mean time of day (period 24 hours) at a confidence level in (0, 1), the same on every row; NULL when it does not exist, weighted';
CREATE AGGREGATE @extschema@.circular_mean_ci(value @extschema@.angle, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(@extschema@.angle, float8) IS
	'large-sample confidence interval (lower, upper) of the mean direction of angles (degrees, period 360) at a confidence level in (0, 1), the same on every row; NULL when it does not exist';
CREATE AGGREGATE @extschema@.circular_mean_ci(value @extschema@.angle, weight float8, level float8) (
	SFUNC = @extschema@.circular_mean_ci_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_mean_ci_final,
	COMBINEFUNC = @extschema@.circular_mean_ci_combine,
	SERIALFUNC = @extschema@.circular_mean_ci_serial,
	DESERIALFUNC = @extschema@.circular_mean_ci_deserial,
	MSFUNC = @extschema@.circular_mean_ci_accum,
	MINVFUNC = @extschema@.circular_mean_ci_inv,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.circular_mean_ci_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_mean_ci(@extschema@.angle, float8, float8) IS
	'large-sample confidence interval (lower, upper) of the mean direction of angles (degrees, period 360) at a confidence level in (0, 1), the same on every row; NULL when it does not exist, weighted';

-- Equality, an arbitrary total order and hashing of circular_corr_state
-- (0.11.0), so that DISTINCT (also inside an aggregate), UNION and GROUP
-- BY work on stored states: two states are equal when they have the same
-- kind, counts, period and exact sums (every empty state of a kind is
-- equal); the order carries no meaning; see src/corr/corr_compare.c.
CREATE FUNCTION @extschema@.circular_corr_state_eq(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_eq(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the = operator on circular_corr_state: the same kind, counts, period and exact sums';
CREATE FUNCTION @extschema@.circular_corr_state_ne(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_ne(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the <> operator on circular_corr_state';
CREATE FUNCTION @extschema@.circular_corr_state_lt(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_lt(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the < operator on circular_corr_state (an arbitrary total order)';
CREATE FUNCTION @extschema@.circular_corr_state_le(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_le(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the <= operator on circular_corr_state';
CREATE FUNCTION @extschema@.circular_corr_state_gt(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_gt(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the > operator on circular_corr_state';
CREATE FUNCTION @extschema@.circular_corr_state_ge(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_corr_state_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_ge(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'implementation of the >= operator on circular_corr_state';
CREATE FUNCTION @extschema@.circular_corr_state_cmp(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS int4
	AS 'MODULE_PATHNAME', 'circular_corr_state_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_cmp(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'btree comparison support for circular_corr_state: kind, row count, then the bytes of the sums';
CREATE FUNCTION @extschema@.circular_corr_state_hash(@extschema@.circular_corr_state) RETURNS int4
	AS 'MODULE_PATHNAME', 'circular_corr_state_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_hash(@extschema@.circular_corr_state) IS
	'hash support for circular_corr_state';
CREATE FUNCTION @extschema@.circular_corr_state_hash_extended(@extschema@.circular_corr_state, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'circular_corr_state_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_corr_state_hash_extended(@extschema@.circular_corr_state, int8) IS
	'extended hash support for circular_corr_state';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'the same state: kind, counts, period and exact sums';
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'not the same state';
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'less than, in an arbitrary total order (kind, row count, sums)';
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'less than or equal, in an arbitrary total order';
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'greater than, in an arbitrary total order';
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.circular_corr_state, RIGHTARG = @extschema@.circular_corr_state, FUNCTION = @extschema@.circular_corr_state_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS 'greater than or equal, in an arbitrary total order';

CREATE OPERATOR CLASS @extschema@.circular_corr_state_ops DEFAULT FOR TYPE @extschema@.circular_corr_state USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.circular_corr_state_cmp(@extschema@.circular_corr_state, @extschema@.circular_corr_state);

CREATE OPERATOR CLASS @extschema@.circular_corr_state_ops DEFAULT FOR TYPE @extschema@.circular_corr_state USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.circular_corr_state_hash(@extschema@.circular_corr_state),
	FUNCTION 2 @extschema@.circular_corr_state_hash_extended(@extschema@.circular_corr_state, int8);
