/* angle--0.9.0--0.10.0.sql: tests, concentration, moments and correlation for circular data (issue 13) */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.10.0'" to load this file. \quit

-- Circular correlation (0.10.0, issue 13): circular_corr (circular-circular,
-- Jammalamadaka-SenGupta, as R's cor.circular with its test) and
-- circular_linear_corr (circular-linear, Mardia, with its chi-squared
-- test).  Both keep exact sums of the rows' sines, cosines, x and their
-- products in a storable state, circular_corr_state, with a combine
-- function, so they are PARALLEL SAFE and bit-identical in every plan, and
-- states can be stored and merged (circular_corr_agg, circular_corr_merge).
-- Forms: (float8, float8, period), (time, time) and (angle, angle);
-- (float8, x, period), (time, x) and (angle, x).

CREATE TYPE @extschema@.circular_correlation AS (
	r float8,
	statistic float8,
	p_value float8,
	n bigint
);
COMMENT ON TYPE @extschema@.circular_correlation IS
	'result of circular_corr and circular_linear_corr: the coefficient r, the test statistic (z for circular_corr, n r^2 for circular_linear_corr), its p-value and the rows counted';

CREATE TYPE @extschema@.circular_corr_state;

CREATE FUNCTION @extschema@.circular_corr_state_in(cstring) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_state_in(cstring) IS
	'circular_corr_state text input: the binary form in hexadecimal, validated';
CREATE FUNCTION @extschema@.circular_corr_state_out(@extschema@.circular_corr_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'circular_corr_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_state_out(@extschema@.circular_corr_state) IS
	'circular_corr_state text output: the binary form in hexadecimal';
CREATE FUNCTION @extschema@.circular_corr_state_recv(internal) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_state_recv(internal) IS
	'circular_corr_state binary input, validated';
CREATE FUNCTION @extschema@.circular_corr_state_send(@extschema@.circular_corr_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'circular_corr_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_state_send(@extschema@.circular_corr_state) IS
	'circular_corr_state binary output';

CREATE TYPE @extschema@.circular_corr_state (
	INPUT = @extschema@.circular_corr_state_in,
	OUTPUT = @extschema@.circular_corr_state_out,
	RECEIVE = @extschema@.circular_corr_state_recv,
	SEND = @extschema@.circular_corr_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.circular_corr_state IS
	'state of circular_corr or circular_linear_corr: row counts, period and the exact sums of the rows'' sines, cosines, linear values and their products';

-- Transition functions (non-strict: a NULL state starts one, a row with a
-- NULL argument is skipped), the combine function and the statistics.
CREATE FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, a float8, b float8, period float8) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, float8, float8, float8) IS
	'aggregate transition of circular_corr: add a pair of float8 values in a circle of the given period';
CREATE FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, a time, b time) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, time, time) IS
	'aggregate transition of circular_corr: add a pair of times of day (period 24 hours)';
CREATE FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, a @extschema@.angle, b @extschema@.angle) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_accum(@extschema@.circular_corr_state, @extschema@.angle, @extschema@.angle) IS
	'aggregate transition of circular_corr: add a pair of angles (period 360 degrees)';
CREATE FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, value float8, x float8, period float8) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_linear_corr_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, float8, float8, float8) IS
	'aggregate transition of circular_linear_corr: add a float8 value in a circle of the given period and a linear value';
CREATE FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, value time, x float8) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_linear_corr_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, time, float8) IS
	'aggregate transition of circular_linear_corr: add a time of day (period 24 hours) and a linear value';
CREATE FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, value @extschema@.angle, x float8) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_linear_corr_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_linear_corr_accum(@extschema@.circular_corr_state, @extschema@.angle, float8) IS
	'aggregate transition of circular_linear_corr: add an angle (period 360 degrees) and a linear value';
CREATE FUNCTION @extschema@.circular_corr_combine(@extschema@.circular_corr_state, @extschema@.circular_corr_state) RETURNS @extschema@.circular_corr_state
	AS 'MODULE_PATHNAME', 'circular_corr_combine'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr_combine(@extschema@.circular_corr_state, @extschema@.circular_corr_state) IS
	'combine function of circular_corr and circular_linear_corr: add the exact sums of two states';
CREATE FUNCTION @extschema@.circular_corr(@extschema@.circular_corr_state) RETURNS @extschema@.circular_correlation
	AS 'MODULE_PATHNAME', 'circular_corr_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_corr(@extschema@.circular_corr_state) IS
	'circular-circular correlation of a circular_corr state: (r, z, two-sided p-value, n); NULL for NULL or an empty state';
CREATE FUNCTION @extschema@.circular_linear_corr(@extschema@.circular_corr_state) RETURNS @extschema@.circular_correlation
	AS 'MODULE_PATHNAME', 'circular_linear_corr_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_linear_corr(@extschema@.circular_corr_state) IS
	'circular-linear correlation of a circular_linear_corr state: (r, n r^2, chi-squared p-value, n); NULL for NULL or an empty state';

CREATE AGGREGATE @extschema@.circular_corr(a float8, b float8, period float8) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr(float8, float8, float8) IS 'circular-circular correlation (Jammalamadaka-SenGupta, R cor.circular) with its test: (r, z, two-sided p-value, n); fields NULL when undefined';

CREATE AGGREGATE @extschema@.circular_corr(a time, b time) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr(time, time) IS 'circular-circular correlation (Jammalamadaka-SenGupta, R cor.circular) with its test: (r, z, two-sided p-value, n); fields NULL when undefined (times of day)';

CREATE AGGREGATE @extschema@.circular_corr(a @extschema@.angle, b @extschema@.angle) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr(@extschema@.angle, @extschema@.angle) IS 'circular-circular correlation (Jammalamadaka-SenGupta, R cor.circular) with its test: (r, z, two-sided p-value, n); fields NULL when undefined (angles)';

CREATE AGGREGATE @extschema@.circular_linear_corr(value float8, x float8, period float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_linear_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr(float8, float8, float8) IS 'circular-linear correlation (Mardia) with its test: (r in [0, 1], n r^2, chi-squared p-value exp(-n r^2 / 2), n); fields NULL when undefined';

CREATE AGGREGATE @extschema@.circular_linear_corr(value time, x float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_linear_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr(time, float8) IS 'circular-linear correlation (Mardia) with its test: (r in [0, 1], n r^2, chi-squared p-value exp(-n r^2 / 2), n); fields NULL when undefined (times of day)';

CREATE AGGREGATE @extschema@.circular_linear_corr(value @extschema@.angle, x float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	FINALFUNC = @extschema@.circular_linear_corr,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr(@extschema@.angle, float8) IS 'circular-linear correlation (Mardia) with its test: (r in [0, 1], n r^2, chi-squared p-value exp(-n r^2 / 2), n); fields NULL when undefined (angles)';

-- The states themselves, to store and merge (daily -> monthly).

CREATE AGGREGATE @extschema@.circular_corr_agg(a float8, b float8, period float8) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr_agg(float8, float8, float8) IS 'the circular_corr state of the rows, to store and merge; NULL when no row counts';

CREATE AGGREGATE @extschema@.circular_corr_agg(a time, b time) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr_agg(time, time) IS 'the circular_corr state of the rows, to store and merge; NULL when no row counts (times of day)';

CREATE AGGREGATE @extschema@.circular_corr_agg(a @extschema@.angle, b @extschema@.angle) (
	SFUNC = @extschema@.circular_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr_agg(@extschema@.angle, @extschema@.angle) IS 'the circular_corr state of the rows, to store and merge; NULL when no row counts (angles)';

CREATE AGGREGATE @extschema@.circular_linear_corr_agg(value float8, x float8, period float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr_agg(float8, float8, float8) IS 'the circular_linear_corr state of the rows, to store and merge; NULL when no row counts';

CREATE AGGREGATE @extschema@.circular_linear_corr_agg(value time, x float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr_agg(time, float8) IS 'the circular_linear_corr state of the rows, to store and merge; NULL when no row counts (times of day)';

CREATE AGGREGATE @extschema@.circular_linear_corr_agg(value @extschema@.angle, x float8) (
	SFUNC = @extschema@.circular_linear_corr_accum,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_linear_corr_agg(@extschema@.angle, float8) IS 'the circular_linear_corr state of the rows, to store and merge; NULL when no row counts (angles)';

CREATE AGGREGATE @extschema@.circular_corr_merge(@extschema@.circular_corr_state) (
	SFUNC = @extschema@.circular_corr_combine,
	STYPE = @extschema@.circular_corr_state,
	SSPACE = 6300,
	COMBINEFUNC = @extschema@.circular_corr_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_corr_merge(@extschema@.circular_corr_state) IS 'merges circular_corr_state values of one kind and period: the state of all their rows, bit-identical to aggregating the rows at once';

-- circular_stats_agg now builds version 2 states.  It is replaced in place:
-- CREATE OR REPLACE AGGREGATE keeps the user's views and functions that
-- use it, and is the exception PostgreSQL's rules for extension scripts
-- allow (an update script changing an object known to be a member of the
-- extension already).  The state type's I/O functions read both versions;
-- that change is in the C library only.

-- Trigonometric moments, skewness, kurtosis and the confidence interval of
-- the mean direction (0.10.0), from version 2 circular_stats states: the
-- first-order sums plus the exact sums of w sin qx and w cos qx for one
-- order q (2 for circular_stats_agg, skewness and kurtosis; p for
-- circular_moment).  Version 1 states are still read; the statistics that
-- need sums of order q raise 22023 on them.

CREATE TYPE @extschema@.trigonometric_moment AS (
	length float8,
	direction float8,
	cos float8,
	sin float8,
	central_direction float8,
	central_cos float8,
	central_sin float8
);
COMMENT ON TYPE @extschema@.trigonometric_moment IS
	'p-th trigonometric moment: length rho_p, direction mu_p in [0, period), mean cosine and sine of p x (about zero), and the direction in (-period/2, period/2] and mean cosine and sine of p (x - mean) (about the mean direction)';

CREATE TYPE @extschema@.circular_interval AS (
	lower float8,
	upper float8
);
COMMENT ON TYPE @extschema@.circular_interval IS
	'an arc of a circle from lower counterclockwise to upper, both in [0, period)';

-- Accessors and final functions.
CREATE FUNCTION @extschema@.circular_moment(@extschema@.circular_stats, p int) RETURNS @extschema@.trigonometric_moment
	AS 'MODULE_PATHNAME', 'circular_moment_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment(@extschema@.circular_stats, int) IS
	'p-th trigonometric moment of a state about zero and about the mean (p = 1, or the order of a version 2 state)';
CREATE FUNCTION @extschema@.circular_moment_final(@extschema@.circular_stats) RETURNS @extschema@.trigonometric_moment
	AS 'MODULE_PATHNAME', 'circular_moment_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_final(@extschema@.circular_stats) IS
	'final function of circular_moment: the moment of the order of the state, NULL when no row was counted';
CREATE FUNCTION @extschema@.circular_skewness(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_skewness_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_skewness(@extschema@.circular_stats) IS
	'Fisher circular skewness rho_2 sin(mu_2 - 2 mu) / (1 - R)^(3/2) of a version 2 state, NULL when undefined';
CREATE FUNCTION @extschema@.circular_kurtosis(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_kurtosis_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_kurtosis(@extschema@.circular_stats) IS
	'Fisher circular kurtosis (rho_2 cos(mu_2 - 2 mu) - R^4) / (1 - R)^2 of a version 2 state, NULL when undefined';
CREATE FUNCTION @extschema@.circular_mean_ci(@extschema@.circular_stats, level float8) RETURNS @extschema@.circular_interval
	AS 'MODULE_PATHNAME', 'circular_mean_ci_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_mean_ci(@extschema@.circular_stats, float8) IS
	'large-sample confidence interval mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2), of the mean direction of a version 2 state at a level in (0, 1), NULL when it does not exist';

-- Version 2 forms (own form names, so that the forms of 40_statistics.sql
-- keep their meaning for later files).  Order 2:
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, float8, float8) IS
	'aggregate transition: add a float8 value in a circle of the given period, with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, float8, float8) IS
	'moving-aggregate inverse transition: remove a float8 value in a circle of the given period, with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, float8, float8, float8) IS
	'aggregate transition: add a weighted float8 value in a circle of the given period, with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, float8, float8, float8) IS
	'moving-aggregate inverse transition: remove a weighted float8 value in a circle of the given period, with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, time) IS
	'aggregate transition: add a time of day (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, time) IS
	'moving-aggregate inverse transition: remove a time of day (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, time, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, time, float8) IS
	'aggregate transition: add a weighted time of day (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, time, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, time, float8) IS
	'moving-aggregate inverse transition: remove a weighted time of day (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, timestamptz, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_tz'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, timestamptz, text) IS
	'aggregate transition: add the time of day of a timestamp in the named zone (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, timestamptz, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_tz'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, timestamptz, text) IS
	'moving-aggregate inverse transition: remove the time of day of a timestamp in the named zone (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, timestamptz, float8, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_tz_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, timestamptz, float8, text) IS
	'aggregate transition: add the time of day of a weighted timestamp in the named zone (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, timestamptz, float8, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_tz_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, timestamptz, float8, text) IS
	'moving-aggregate inverse transition: remove the time of day of a weighted timestamp in the named zone (period 24 hours), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, @extschema@.angle) IS
	'aggregate transition: add an angle (degrees, period 360), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, @extschema@.angle) IS
	'moving-aggregate inverse transition: remove an angle (degrees, period 360), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, @extschema@.angle, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_accum_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_accum(@extschema@.circular_stats, @extschema@.angle, float8) IS
	'aggregate transition: add a weighted angle (degrees, period 360), with its second-order terms';
CREATE FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, @extschema@.angle, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats2_inv_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats2_inv(@extschema@.circular_stats, @extschema@.angle, float8) IS
	'moving-aggregate inverse transition: remove a weighted angle (degrees, period 360), with its second-order terms';

-- Order p, an argument that must be the same for every row of a group.
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, float8, int, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, float8, int, float8) IS
	'aggregate transition: add a float8 value in a circle of the given period, with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, float8, int, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, float8, int, float8) IS
	'moving-aggregate inverse transition: remove a float8 value in a circle of the given period, with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, float8, float8, int, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, float8, float8, int, float8) IS
	'aggregate transition: add a weighted float8 value in a circle of the given period, with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, float8, float8, int, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, float8, float8, int, float8) IS
	'moving-aggregate inverse transition: remove a weighted float8 value in a circle of the given period, with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, time, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, time, int) IS
	'aggregate transition: add a time of day (period 24 hours), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, time, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, time, int) IS
	'moving-aggregate inverse transition: remove a time of day (period 24 hours), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, time, float8, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, time, float8, int) IS
	'aggregate transition: add a weighted time of day (period 24 hours), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, time, float8, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv_time_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, time, float8, int) IS
	'moving-aggregate inverse transition: remove a weighted time of day (period 24 hours), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, @extschema@.angle, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, @extschema@.angle, int) IS
	'aggregate transition: add an angle (degrees, period 360), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, @extschema@.angle, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, @extschema@.angle, int) IS
	'moving-aggregate inverse transition: remove an angle (degrees, period 360), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, @extschema@.angle, float8, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_accum_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_accum(@extschema@.circular_stats, @extschema@.angle, float8, int) IS
	'aggregate transition: add a weighted angle (degrees, period 360), with its terms of order p';
CREATE FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, @extschema@.angle, float8, int) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_moment_inv_angle_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_moment_inv(@extschema@.circular_stats, @extschema@.angle, float8, int) IS
	'moving-aggregate inverse transition: remove a weighted angle (degrees, period 360), with its terms of order p';

CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(float8, float8) IS
	'circular_stats state (version 2) of float8 values in a circle of the given period, for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(float8, float8, float8) IS
	'circular_stats state (version 2) of weighted float8 values in a circle of the given period, for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value time) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(time) IS
	'circular_stats state (version 2) of times of day (period 24 hours), for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value time, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(time, float8) IS
	'circular_stats state (version 2) of weighted times of day (period 24 hours), for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value timestamptz, zone text) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(timestamptz, text) IS
	'circular_stats state (version 2) of times of day (period 24 hours), for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value timestamptz, weight float8, zone text) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(timestamptz, float8, text) IS
	'circular_stats state (version 2) of weighted times of day (period 24 hours), for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(@extschema@.angle) IS
	'circular_stats state (version 2) of angles (period 360), for rollups';
CREATE OR REPLACE AGGREGATE @extschema@.circular_stats_agg(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(@extschema@.angle, float8) IS
	'circular_stats state (version 2) of weighted angles (period 360), for rollups';
CREATE AGGREGATE @extschema@.circular_skewness(value float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(float8, float8) IS
	'Fisher circular skewness, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_skewness(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(float8, float8, float8) IS
	'Fisher circular skewness, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_skewness(value time) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(time) IS
	'Fisher circular skewness, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_skewness(value time, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(time, float8) IS
	'Fisher circular skewness, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_skewness(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(@extschema@.angle) IS
	'Fisher circular skewness, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_skewness(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_skewness,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_skewness,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_skewness(@extschema@.angle, float8) IS
	'Fisher circular skewness, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_kurtosis(value float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(float8, float8) IS
	'Fisher circular kurtosis, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_kurtosis(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(float8, float8, float8) IS
	'Fisher circular kurtosis, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_kurtosis(value time) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(time) IS
	'Fisher circular kurtosis, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_kurtosis(value time, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(time, float8) IS
	'Fisher circular kurtosis, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_kurtosis(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(@extschema@.angle) IS
	'Fisher circular kurtosis, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_kurtosis(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats2_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_kurtosis,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats2_accum,
	MINVFUNC = @extschema@.circular_stats2_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_kurtosis,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_kurtosis(@extschema@.angle, float8) IS
	'Fisher circular kurtosis, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.circular_moment(value float8, p int, period float8) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(float8, int, float8) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle)';
CREATE AGGREGATE @extschema@.circular_moment(value float8, weight float8, p int, period float8) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(float8, float8, int, float8) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle), weighted';
CREATE AGGREGATE @extschema@.circular_moment(value time, p int) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(time, int) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle)';
CREATE AGGREGATE @extschema@.circular_moment(value time, weight float8, p int) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(time, float8, int) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle), weighted';
CREATE AGGREGATE @extschema@.circular_moment(value @extschema@.angle, p int) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(@extschema@.angle, int) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle)';
CREATE AGGREGATE @extschema@.circular_moment(value @extschema@.angle, weight float8, p int) (
	SFUNC = @extschema@.circular_moment_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_moment_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_moment_accum,
	MINVFUNC = @extschema@.circular_moment_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_moment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_moment(@extschema@.angle, float8, int) IS
	'p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle), weighted';

-- Tests of circular uniformity on the sorted values (0.10.0, issue 13):
-- Kuiper's V, Watson's U^2, Rao's spacing U and the Hodges-Ajne m.
--
-- They are aggregates of the sorted state of 50_report.sql (the rows'
-- values, reduced into [0, period), with combine, serial and deserial
-- functions): the final sorts the exact values, so every statistic is the
-- same in every plan.  Forms: (float8, period), (time) (period 24 hours)
-- and (angle) (period 360 degrees).  Each returns a
-- circular_uniformity_test row; NULL for fewer than 2 values.

CREATE TYPE @extschema@.circular_uniformity_test AS (
	test text,
	n bigint,
	statistic float8,
	modified float8,
	p_value float8,
	method text
);
COMMENT ON TYPE @extschema@.circular_uniformity_test IS
	'result of a test of circular uniformity: the test, the number of values, the classical statistic, the statistic the p-value is read from (Stephens'' modified V and U^2, Rao''s U in degrees, m), the p-value and how it was computed (asymptotic, exact, normal approximation)';

CREATE FUNCTION @extschema@.kuiper_test_final(internal) RETURNS @extschema@.circular_uniformity_test
	AS 'MODULE_PATHNAME', 'kuiper_test_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kuiper_test_final(internal) IS
	'final function of kuiper_test: Kuiper''s V, Stephens'' modified V* and its asymptotic p-value';
CREATE FUNCTION @extschema@.watson_test_final(internal) RETURNS @extschema@.circular_uniformity_test
	AS 'MODULE_PATHNAME', 'watson_test_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_test_final(internal) IS
	'final function of watson_test: Watson''s U^2, Stephens'' modified U^2* and its asymptotic p-value';
CREATE FUNCTION @extschema@.rao_spacing_test_final(internal) RETURNS @extschema@.circular_uniformity_test
	AS 'MODULE_PATHNAME', 'rao_spacing_test_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rao_spacing_test_final(internal) IS
	'final function of rao_spacing_test: Rao''s spacing U and its exact p-value';
CREATE FUNCTION @extschema@.hodges_ajne_test_final(internal) RETURNS @extschema@.circular_uniformity_test
	AS 'MODULE_PATHNAME', 'hodges_ajne_test_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hodges_ajne_test_final(internal) IS
	'final function of hodges_ajne_test: the Hodges-Ajne m and its exact p-value';

CREATE AGGREGATE @extschema@.kuiper_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(float8, float8) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value';

CREATE AGGREGATE @extschema@.kuiper_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(time) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value (times of day)';

CREATE AGGREGATE @extschema@.kuiper_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(@extschema@.angle) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value (angles)';

CREATE AGGREGATE @extschema@.watson_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(float8, float8) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value';

CREATE AGGREGATE @extschema@.watson_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(time) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value (times of day)';

CREATE AGGREGATE @extschema@.watson_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(@extschema@.angle) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value (angles)';

CREATE AGGREGATE @extschema@.rao_spacing_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(float8, float8) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value';

CREATE AGGREGATE @extschema@.rao_spacing_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(time) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value (times of day)';

CREATE AGGREGATE @extschema@.rao_spacing_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(@extschema@.angle) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value (angles)';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(float8, float8) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(time) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value (times of day)';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(@extschema@.angle) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value (angles)';

-- Tests of direction (0.10.0, issue 13): the Rayleigh test, the V-test,
-- the maximum-likelihood von Mises kappa and the Watson-Williams test.
--
-- All of them need only the mergeable sums of circular_stats, so each is
-- an accessor on a state and an aggregate over the rows with the state
-- circular_stats (parallel safe, moving, no serialisation), except
-- watson_williams_test, an aggregate over the groups' states with an
-- internal state (exact sum of the R_i and the merged state) and combine,
-- serial and deserial functions.  The sample size of a test is the number
-- of rows counted; the tests have no weighted forms.

-- Accessors (and final functions).
CREATE FUNCTION @extschema@.rayleigh_test(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'rayleigh_test_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rayleigh_test(@extschema@.circular_stats) IS
	'Rayleigh test of a state: p-value of uniformity against a unimodal alternative, z = n R-bar^2';
CREATE FUNCTION @extschema@.v_test(@extschema@.circular_stats, mu float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'v_test_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test(@extschema@.circular_stats, float8) IS
	'V-test of a state: p-value of uniformity against a unimodal alternative with mean direction mu (in the units of the state''s period)';
CREATE FUNCTION @extschema@.v_test_final(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'v_test_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_final(@extschema@.circular_stats) IS
	'final function of the v_test aggregates: V-test p-value of a state of directions rotated by -mu';
CREATE FUNCTION @extschema@.von_mises_kappa(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'von_mises_kappa_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.von_mises_kappa(@extschema@.circular_stats) IS
	'maximum-likelihood von Mises concentration of a state: the exact root of I1(kappa)/I0(kappa) = R-bar';
CREATE FUNCTION @extschema@.von_mises_kappa(@extschema@.circular_stats, bias_corrected boolean) RETURNS float8
	AS 'MODULE_PATHNAME', 'von_mises_kappa_stats_corrected'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.von_mises_kappa(@extschema@.circular_stats, boolean) IS
	'maximum-likelihood von Mises concentration of a state, with Best and Fisher''s small-sample correction if bias_corrected';

-- The V-test forms: a row adds its direction minus mu (mu may vary by row).
CREATE FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, float8, float8, float8) IS
	'aggregate transition: add a float8 value minus mu in a circle of the given period';
CREATE FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_inv'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, float8, float8, float8) IS
	'moving-aggregate inverse transition: remove a float8 value minus mu in a circle of the given period';
CREATE FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, time, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, time, time) IS
	'aggregate transition: add a time of day minus the time mu (period 24 hours)';
CREATE FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, time, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_inv_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, time, time) IS
	'moving-aggregate inverse transition: remove a time of day minus the time mu (period 24 hours)';
CREATE FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, @extschema@.angle, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_accum(@extschema@.circular_stats, @extschema@.angle, @extschema@.angle) IS
	'aggregate transition: add an angle minus the angle mu (period 360)';
CREATE FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, @extschema@.angle, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'v_test_inv_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.v_test_inv(@extschema@.circular_stats, @extschema@.angle, @extschema@.angle) IS
	'moving-aggregate inverse transition: remove an angle minus the angle mu (period 360)';

CREATE AGGREGATE @extschema@.rayleigh_test(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.rayleigh_test,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.rayleigh_test,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rayleigh_test(float8, float8) IS
	'Rayleigh test: p-value of uniformity against a unimodal alternative, z = n R-bar^2';
CREATE AGGREGATE @extschema@.rayleigh_test(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.rayleigh_test,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.rayleigh_test,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rayleigh_test(time) IS
	'Rayleigh test: p-value of uniformity against a unimodal alternative, z = n R-bar^2';
CREATE AGGREGATE @extschema@.rayleigh_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.rayleigh_test,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.rayleigh_test,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rayleigh_test(@extschema@.angle) IS
	'Rayleigh test: p-value of uniformity against a unimodal alternative, z = n R-bar^2';
CREATE AGGREGATE @extschema@.v_test(value float8, mu float8, period float8) (
	SFUNC = @extschema@.v_test_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.v_test_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.v_test_accum,
	MINVFUNC = @extschema@.v_test_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.v_test_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.v_test(float8, float8, float8) IS
	'V-test: p-value of uniformity against a unimodal alternative with mean direction mu';
CREATE AGGREGATE @extschema@.v_test(value time, mu time) (
	SFUNC = @extschema@.v_test_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.v_test_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.v_test_accum,
	MINVFUNC = @extschema@.v_test_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.v_test_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.v_test(time, time) IS
	'V-test: p-value of uniformity against a unimodal alternative with mean direction mu';
CREATE AGGREGATE @extschema@.v_test(value @extschema@.angle, mu @extschema@.angle) (
	SFUNC = @extschema@.v_test_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.v_test_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.v_test_accum,
	MINVFUNC = @extschema@.v_test_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.v_test_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.v_test(@extschema@.angle, @extschema@.angle) IS
	'V-test: p-value of uniformity against a unimodal alternative with mean direction mu';
CREATE AGGREGATE @extschema@.von_mises_kappa(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(float8, float8) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar)';
CREATE AGGREGATE @extschema@.von_mises_kappa(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(float8, float8, float8) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar), weighted';
CREATE AGGREGATE @extschema@.von_mises_kappa(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(time) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar)';
CREATE AGGREGATE @extschema@.von_mises_kappa(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(time, float8) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar), weighted';
CREATE AGGREGATE @extschema@.von_mises_kappa(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(@extschema@.angle) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar)';
CREATE AGGREGATE @extschema@.von_mises_kappa(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.von_mises_kappa,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.von_mises_kappa,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.von_mises_kappa(@extschema@.angle, float8) IS
	'maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar), weighted';

-- Watson-Williams.
CREATE TYPE @extschema@.watson_williams_result AS (f float8, df1 bigint, df2 bigint, p_value float8);
COMMENT ON TYPE @extschema@.watson_williams_result IS
	'result of watson_williams_test: the statistic F on (df1, df2) degrees of freedom and its p-value';

CREATE FUNCTION @extschema@.watson_williams_accum(internal, @extschema@.circular_stats) RETURNS internal
	AS 'MODULE_PATHNAME', 'watson_williams_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_accum(internal, @extschema@.circular_stats) IS
	'aggregate transition of watson_williams_test: add one group''s state';
CREATE FUNCTION @extschema@.watson_williams_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'watson_williams_combine'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_combine(internal, internal) IS
	'combine function of watson_williams_test: merge two partial states exactly';
CREATE FUNCTION @extschema@.watson_williams_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'watson_williams_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_serial(internal) IS
	'serial function of watson_williams_test';
CREATE FUNCTION @extschema@.watson_williams_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'watson_williams_deserial'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_deserial(bytea, internal) IS
	'deserial function of watson_williams_test, validated (the second argument is not read)';
CREATE FUNCTION @extschema@.watson_williams_final(internal) RETURNS @extschema@.watson_williams_result
	AS 'MODULE_PATHNAME', 'watson_williams_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_final(internal) IS
	'final function of watson_williams_test: (f, df1, df2, p_value)';
CREATE FUNCTION @extschema@.watson_williams_from_serial(bytea) RETURNS @extschema@.watson_williams_result
	AS 'MODULE_PATHNAME', 'watson_williams_from_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.watson_williams_from_serial(bytea) IS
	'watson_williams_test of a serialized partial state (as a parallel worker sends it), validated';

CREATE AGGREGATE @extschema@.watson_williams_test(@extschema@.circular_stats) (
	SFUNC = @extschema@.watson_williams_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_williams_final,
	COMBINEFUNC = @extschema@.watson_williams_combine,
	SERIALFUNC = @extschema@.watson_williams_serial,
	DESERIALFUNC = @extschema@.watson_williams_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_williams_test(@extschema@.circular_stats) IS
	'Watson-Williams test of equal mean directions over the groups'' circular_stats states: (f, df1, df2, p_value), F on (k - 1, N - k) degrees of freedom, kappa from the pooled R-bar';
