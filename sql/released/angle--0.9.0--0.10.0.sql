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
