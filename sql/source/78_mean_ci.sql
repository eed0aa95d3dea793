-- The confidence interval of the mean direction as an aggregate (0.11.0,
-- issue 13): circular_mean_ci(value, period, level) and its weighted,
-- time and angle forms, the aggregate form of the accessor
-- circular_mean_ci(circular_stats, level) of 70_moments.sql.  The level
-- must be the same on every row of a group.  A circular_stats state has
-- no room for it, so the state is internal (the level and a version 2
-- state of order 2), with combine, serial and deserial functions for
-- parallel plans, and an inverse transition for moving windows: the
-- interval is the same bits in every plan.

@function circular_mean_ci_accum(internal, value float8, period float8, level float8) RETURNS internal AS circular_mean_ci_accum CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add a float8 value in a circle of the given period, at a confidence level
@function circular_mean_ci_accum(internal, value float8, weight float8, period float8, level float8) RETURNS internal AS circular_mean_ci_accum_weighted CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add a weighted float8 value in a circle of the given period, at a confidence level
@function circular_mean_ci_accum(internal, value time, level float8) RETURNS internal AS circular_mean_ci_accum_time CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add a time of day (period 24 hours), at a confidence level
@function circular_mean_ci_accum(internal, value time, weight float8, level float8) RETURNS internal AS circular_mean_ci_accum_time_weighted CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add a weighted time of day (period 24 hours), at a confidence level
@function circular_mean_ci_accum(internal, value angle, level float8) RETURNS internal AS circular_mean_ci_accum_angle CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add an angle (degrees, period 360), at a confidence level
@function circular_mean_ci_accum(internal, value angle, weight float8, level float8) RETURNS internal AS circular_mean_ci_accum_angle_weighted CALLED ON NULL INPUT
	aggregate transition of circular_mean_ci: add a weighted angle (degrees, period 360), at a confidence level
@function circular_mean_ci_inv(internal, value float8, period float8, level float8) RETURNS internal AS circular_mean_ci_inv CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove a float8 value in a circle of the given period
@function circular_mean_ci_inv(internal, value float8, weight float8, period float8, level float8) RETURNS internal AS circular_mean_ci_inv_weighted CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove a weighted float8 value in a circle of the given period
@function circular_mean_ci_inv(internal, value time, level float8) RETURNS internal AS circular_mean_ci_inv_time CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove a time of day (period 24 hours)
@function circular_mean_ci_inv(internal, value time, weight float8, level float8) RETURNS internal AS circular_mean_ci_inv_time_weighted CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove a weighted time of day (period 24 hours)
@function circular_mean_ci_inv(internal, value angle, level float8) RETURNS internal AS circular_mean_ci_inv_angle CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove an angle (degrees, period 360)
@function circular_mean_ci_inv(internal, value angle, weight float8, level float8) RETURNS internal AS circular_mean_ci_inv_angle_weighted CALLED ON NULL INPUT
	moving-aggregate inverse transition of circular_mean_ci: remove a weighted angle (degrees, period 360)
@function circular_mean_ci_combine(internal, internal) RETURNS internal AS circular_mean_ci_combine CALLED ON NULL INPUT
	combine function of circular_mean_ci: merge two partial states exactly (the same level)
@function circular_mean_ci_serial(internal) RETURNS bytea AS circular_mean_ci_serial
	serial function of circular_mean_ci
@function circular_mean_ci_deserial(bytea, internal) RETURNS internal AS circular_mean_ci_deserial CALLED ON NULL INPUT
	deserial function of circular_mean_ci, validated (the second argument is not read)
@function circular_mean_ci_final(internal) RETURNS circular_interval AS circular_mean_ci_final CALLED ON NULL INPUT
	final function of circular_mean_ci: (lower, upper), NULL for a group of no rows
@function circular_mean_ci_from_serial(bytea) RETURNS circular_interval AS circular_mean_ci_from_serial
	circular_mean_ci of a serialized partial state (as a parallel worker sends it), validated

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
	'large-sample confidence interval (lower, upper) of the mean direction of weighted float8 values in a circle of the given period at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';

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
	'large-sample confidence interval (lower, upper) of the mean direction of times of day (period 24 hours) at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';

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
	'large-sample confidence interval (lower, upper) of the mean direction of weighted times of day (period 24 hours) at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';

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
	'large-sample confidence interval (lower, upper) of the mean direction of angles (degrees, period 360) at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';

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
	'large-sample confidence interval (lower, upper) of the mean direction of weighted angles (degrees, period 360) at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist';
