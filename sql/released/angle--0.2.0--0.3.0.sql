/* angle--0.2.0--0.3.0.sql: circular statistics aggregates (issue 4) */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.3.0'" to load this file. \quit

-- The storable state: counts, period and exact 256-bit fixed-point sums of
-- w*sin, w*cos and w (see docs/aggregates.md).  It is also the state of
-- every aggregate below, so partial (parallel, Citus) aggregation needs no
-- serialisation functions.
CREATE TYPE circular_stats;

CREATE FUNCTION circular_stats_in(cstring) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION circular_stats_out(@extschema@.circular_stats) RETURNS cstring
	AS 'MODULE_PATHNAME', 'circular_stats_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION circular_stats_recv(internal) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION circular_stats_send(@extschema@.circular_stats) RETURNS bytea
	AS 'MODULE_PATHNAME', 'circular_stats_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE circular_stats (
	INPUT = @extschema@.circular_stats_in,
	OUTPUT = @extschema@.circular_stats_out,
	RECEIVE = @extschema@.circular_stats_recv,
	SEND = @extschema@.circular_stats_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE circular_stats IS
	'mergeable state of circular statistics: row counts, period and exact sums of weighted sines, cosines and weights';
COMMENT ON FUNCTION circular_stats_in(cstring) IS
	'text input of circular_stats, validated';
COMMENT ON FUNCTION circular_stats_out(circular_stats) IS
	'text output of circular_stats';
COMMENT ON FUNCTION circular_stats_recv(internal) IS
	'binary input of circular_stats, validated';
COMMENT ON FUNCTION circular_stats_send(circular_stats) IS
	'binary output of circular_stats';


-- Transition and inverse transition functions.  Called as aggregates they
-- update their state in place; called directly they return a new value.
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, float8, float8) IS
	'aggregate transition: add a float8 value in a circle of the given period';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, float8, float8) IS
	'moving-aggregate inverse transition: remove a float8 value in a circle of the given period';
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, float8, float8, float8) IS
	'aggregate transition: add a weighted float8 value in a circle of the given period';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, float8, float8, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, float8, float8, float8) IS
	'moving-aggregate inverse transition: remove a weighted float8 value in a circle of the given period';
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, time) IS
	'aggregate transition: add a time of day (period 24 hours)';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, time) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, time) IS
	'moving-aggregate inverse transition: remove a time of day (period 24 hours)';
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, time, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_time_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, time, float8) IS
	'aggregate transition: add a weighted time of day (period 24 hours)';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, time, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_time_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, time, float8) IS
	'moving-aggregate inverse transition: remove a weighted time of day (period 24 hours)';
CREATE FUNCTION circular_stats_combine(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_combine(circular_stats, circular_stats) IS
	'merge two circular_stats states exactly (combine function)';
CREATE FUNCTION circular_stats_combine_inv(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_combine_inv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_combine_inv(circular_stats, circular_stats) IS
	'remove a merged circular_stats state exactly (inverse of circular_stats_combine)';
CREATE FUNCTION circular_stats_final(@extschema@.circular_stats) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_final(circular_stats) IS
	'final function of circular_stats_agg: the state, or NULL when no row was counted';

-- Accessors: every statistic from a state.
CREATE FUNCTION circular_mean(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_mean_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_mean(circular_stats) IS
	'mean direction of a state in [0, period), NULL when undefined';
CREATE FUNCTION mean_resultant_length(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'mean_resultant_length_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION mean_resultant_length(circular_stats) IS
	'mean resultant length R of a state, in [0, 1]';
CREATE FUNCTION circular_var(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_var_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_var(circular_stats) IS
	'circular variance 1 - R of a state';
CREATE FUNCTION circular_stddev(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_stddev_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stddev(circular_stats) IS
	'circular standard deviation sqrt(-2 ln R) of a state, in units of its period';
CREATE FUNCTION angular_deviation(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'angular_deviation_stats'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angular_deviation(circular_stats) IS
	'angular deviation sqrt(2 (1 - R)) of a state, in units of its period';
CREATE FUNCTION circular_mean_time(@extschema@.circular_stats) RETURNS time
	AS 'MODULE_PATHNAME', 'circular_mean_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_mean_time(circular_stats) IS
	'mean direction of a state as a time of day, its period mapped onto 24 hours';
CREATE FUNCTION circular_stddev_interval(@extschema@.circular_stats) RETURNS interval
	AS 'MODULE_PATHNAME', 'circular_stddev_interval'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stddev_interval(circular_stats) IS
	'circular standard deviation of a state as an interval, its period mapped onto 24 hours';
CREATE FUNCTION angular_deviation_interval(@extschema@.circular_stats) RETURNS interval
	AS 'MODULE_PATHNAME', 'angular_deviation_interval'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angular_deviation_interval(circular_stats) IS
	'angular deviation of a state as an interval, its period mapped onto 24 hours';
CREATE FUNCTION circular_stats_count(@extschema@.circular_stats) RETURNS bigint
	AS 'MODULE_PATHNAME', 'circular_stats_count'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_count(circular_stats) IS
	'number of rows counted in a state (rows of nonzero weight, NaN rows included)';
CREATE FUNCTION circular_stats_period(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_stats_period'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_period(circular_stats) IS
	'period of a state, NULL when it is empty';

-- Aggregates.  Argument order: value [, weight] [, period].
CREATE AGGREGATE circular_mean(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(float8, float8) IS
	'mean direction in [0, period), NULL when undefined';
CREATE AGGREGATE circular_mean(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(float8, float8, float8) IS
	'mean direction in [0, period), NULL when undefined, weighted';
CREATE AGGREGATE circular_mean(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean_time,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean_time,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(time) IS
	'mean time of day, NULL when undefined';
CREATE AGGREGATE circular_mean(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean_time,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean_time,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(time, float8) IS
	'mean time of day, NULL when undefined, weighted';
CREATE AGGREGATE mean_resultant_length(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(float8, float8) IS
	'mean resultant length R in [0, 1]';
CREATE AGGREGATE mean_resultant_length(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(float8, float8, float8) IS
	'mean resultant length R in [0, 1], weighted';
CREATE AGGREGATE mean_resultant_length(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(time) IS
	'mean resultant length R in [0, 1]';
CREATE AGGREGATE mean_resultant_length(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(time, float8) IS
	'mean resultant length R in [0, 1], weighted';
CREATE AGGREGATE circular_var(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(float8, float8) IS
	'circular variance 1 - R';
CREATE AGGREGATE circular_var(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(float8, float8, float8) IS
	'circular variance 1 - R, weighted';
CREATE AGGREGATE circular_var(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(time) IS
	'circular variance 1 - R';
CREATE AGGREGATE circular_var(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(time, float8) IS
	'circular variance 1 - R, weighted';
CREATE AGGREGATE circular_stddev(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(float8, float8) IS
	'circular standard deviation sqrt(-2 ln R) in units of the period';
CREATE AGGREGATE circular_stddev(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(float8, float8, float8) IS
	'circular standard deviation sqrt(-2 ln R) in units of the period, weighted';
CREATE AGGREGATE circular_stddev(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev_interval,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev_interval,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(time) IS
	'circular standard deviation sqrt(-2 ln R) as an interval';
CREATE AGGREGATE circular_stddev(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev_interval,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev_interval,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(time, float8) IS
	'circular standard deviation sqrt(-2 ln R) as an interval, weighted';
CREATE AGGREGATE angular_deviation(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(float8, float8) IS
	'angular deviation sqrt(2 (1 - R)) in units of the period';
CREATE AGGREGATE angular_deviation(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(float8, float8, float8) IS
	'angular deviation sqrt(2 (1 - R)) in units of the period, weighted';
CREATE AGGREGATE angular_deviation(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation_interval,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation_interval,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(time) IS
	'angular deviation sqrt(2 (1 - R)) as an interval';
CREATE AGGREGATE angular_deviation(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation_interval,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation_interval,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(time, float8) IS
	'angular deviation sqrt(2 (1 - R)) as an interval, weighted';
CREATE AGGREGATE circular_stats_agg(value float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(float8, float8) IS
	'circular_stats state of float8 values in a circle of the given period, for rollups';
CREATE AGGREGATE circular_stats_agg(value float8, weight float8, period float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(float8, float8, float8) IS
	'circular_stats state of weighted float8 values in a circle of the given period, for rollups';
CREATE AGGREGATE circular_stats_agg(value time) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(time) IS
	'circular_stats state of times of day (period 24 hours), for rollups';
CREATE AGGREGATE circular_stats_agg(value time, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(time, float8) IS
	'circular_stats state of weighted times of day (period 24 hours), for rollups';
CREATE AGGREGATE circular_stats_merge(@extschema@.circular_stats) (
	SFUNC = @extschema@.circular_stats_combine,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_combine,
	MINVFUNC = @extschema@.circular_stats_combine_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_merge(circular_stats) IS
	'merge circular_stats states (daily into monthly); identical to aggregating the raw rows at once';

-- The angle overloads (the angle type comes with version 0.2.0).  An angle
-- datum is a float8 number of degrees, so these share the C functions of the
-- float8 forms with the period fixed at 360; their angle results (mean,
-- circular standard deviation, angular deviation) are angles in degrees.
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, angle) IS
	'aggregate transition: add an angle (degrees, period 360)';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, @extschema@.angle) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, angle) IS
	'moving-aggregate inverse transition: remove an angle (degrees, period 360)';
CREATE FUNCTION circular_stats_accum(@extschema@.circular_stats, @extschema@.angle, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_angle_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_accum(circular_stats, angle, float8) IS
	'aggregate transition: add a weighted angle (degrees, period 360)';
CREATE FUNCTION circular_stats_inv(@extschema@.circular_stats, @extschema@.angle, float8) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_angle_weighted'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stats_inv(circular_stats, angle, float8) IS
	'moving-aggregate inverse transition: remove a weighted angle (degrees, period 360)';
CREATE FUNCTION circular_mean_angle(@extschema@.circular_stats) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_mean_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_mean_angle(circular_stats) IS
	'mean direction of a state as an angle, its period mapped onto 360 degrees';
CREATE FUNCTION circular_stddev_angle(@extschema@.circular_stats) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_stddev_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION circular_stddev_angle(circular_stats) IS
	'circular standard deviation of a state as an angle, its period mapped onto 360 degrees';
CREATE FUNCTION angular_deviation_angle(@extschema@.circular_stats) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angular_deviation_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION angular_deviation_angle(circular_stats) IS
	'angular deviation of a state as an angle, its period mapped onto 360 degrees';
CREATE AGGREGATE circular_mean(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(@extschema@.angle) IS
	'mean direction as an angle in [0, 360), NULL when undefined';
CREATE AGGREGATE circular_mean(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_mean_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_mean_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_mean(@extschema@.angle, float8) IS
	'mean direction as an angle in [0, 360), NULL when undefined, weighted';
CREATE AGGREGATE mean_resultant_length(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(@extschema@.angle) IS
	'mean resultant length R in [0, 1] of angles';
CREATE AGGREGATE mean_resultant_length(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.mean_resultant_length,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.mean_resultant_length,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE mean_resultant_length(@extschema@.angle, float8) IS
	'mean resultant length R in [0, 1] of angles, weighted';
CREATE AGGREGATE circular_var(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(@extschema@.angle) IS
	'circular variance 1 - R of angles';
CREATE AGGREGATE circular_var(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_var,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_var,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_var(@extschema@.angle, float8) IS
	'circular variance 1 - R of angles, weighted';
CREATE AGGREGATE circular_stddev(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(@extschema@.angle) IS
	'circular standard deviation sqrt(-2 ln R) as an angle';
CREATE AGGREGATE circular_stddev(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stddev_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stddev_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stddev(@extschema@.angle, float8) IS
	'circular standard deviation sqrt(-2 ln R) as an angle, weighted';
CREATE AGGREGATE angular_deviation(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(@extschema@.angle) IS
	'angular deviation sqrt(2 (1 - R)) as an angle';
CREATE AGGREGATE angular_deviation(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.angular_deviation_angle,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.angular_deviation_angle,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE angular_deviation(@extschema@.angle, float8) IS
	'angular deviation sqrt(2 (1 - R)) as an angle, weighted';
CREATE AGGREGATE circular_stats_agg(value @extschema@.angle) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(@extschema@.angle) IS
	'circular_stats state of angles (period 360), for rollups';
CREATE AGGREGATE circular_stats_agg(value @extschema@.angle, weight float8) (
	SFUNC = @extschema@.circular_stats_accum,
	STYPE = @extschema@.circular_stats,
	INITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	FINALFUNC = @extschema@.circular_stats_final,
	COMBINEFUNC = @extschema@.circular_stats_combine,
	MSFUNC = @extschema@.circular_stats_accum,
	MINVFUNC = @extschema@.circular_stats_inv,
	MSTYPE = @extschema@.circular_stats,
	MINITCOND = '(1,0,0,0,0x0,0x0,0x0)',
	MFINALFUNC = @extschema@.circular_stats_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE circular_stats_agg(@extschema@.angle, float8) IS
	'circular_stats state of weighted angles (period 360), for rollups';
