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

@function circular_corr_state_in(cstring) RETURNS circular_corr_state AS circular_corr_state_in
	circular_corr_state text input: the binary form in hexadecimal, validated
@function circular_corr_state_out(circular_corr_state) RETURNS cstring AS circular_corr_state_out
	circular_corr_state text output: the binary form in hexadecimal
@function circular_corr_state_recv(internal) RETURNS circular_corr_state AS circular_corr_state_recv
	circular_corr_state binary input, validated
@function circular_corr_state_send(circular_corr_state) RETURNS bytea AS circular_corr_state_send
	circular_corr_state binary output

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
@function circular_corr_accum(circular_corr_state, a float8, b float8, period float8) RETURNS circular_corr_state AS circular_corr_accum CALLED ON NULL INPUT
	aggregate transition of circular_corr: add a pair of float8 values in a circle of the given period
@function circular_corr_accum(circular_corr_state, a time, b time) RETURNS circular_corr_state AS circular_corr_accum_time CALLED ON NULL INPUT
	aggregate transition of circular_corr: add a pair of times of day (period 24 hours)
@function circular_corr_accum(circular_corr_state, a angle, b angle) RETURNS circular_corr_state AS circular_corr_accum_angle CALLED ON NULL INPUT
	aggregate transition of circular_corr: add a pair of angles (period 360 degrees)
@function circular_linear_corr_accum(circular_corr_state, value float8, x float8, period float8) RETURNS circular_corr_state AS circular_linear_corr_accum CALLED ON NULL INPUT
	aggregate transition of circular_linear_corr: add a float8 value in a circle of the given period and a linear value
@function circular_linear_corr_accum(circular_corr_state, value time, x float8) RETURNS circular_corr_state AS circular_linear_corr_accum_time CALLED ON NULL INPUT
	aggregate transition of circular_linear_corr: add a time of day (period 24 hours) and a linear value
@function circular_linear_corr_accum(circular_corr_state, value angle, x float8) RETURNS circular_corr_state AS circular_linear_corr_accum_angle CALLED ON NULL INPUT
	aggregate transition of circular_linear_corr: add an angle (period 360 degrees) and a linear value
@function circular_corr_combine(circular_corr_state, circular_corr_state) RETURNS circular_corr_state AS circular_corr_combine CALLED ON NULL INPUT
	combine function of circular_corr and circular_linear_corr: add the exact sums of two states
@function circular_corr(circular_corr_state) RETURNS circular_correlation AS circular_corr_final CALLED ON NULL INPUT
	circular-circular correlation of a circular_corr state: (r, z, two-sided p-value, n); NULL for NULL or an empty state
@function circular_linear_corr(circular_corr_state) RETURNS circular_correlation AS circular_linear_corr_final CALLED ON NULL INPUT
	circular-linear correlation of a circular_linear_corr state: (r, n r^2, chi-squared p-value, n); NULL for NULL or an empty state

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
