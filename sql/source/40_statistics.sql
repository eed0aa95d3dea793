-- Exact circular statistics (0.3.0).

-- The storable state: counts, period and exact 256-bit fixed-point sums of
-- w*sin, w*cos and w (see docs/aggregates.md).  It is also the state of
-- every aggregate below, so partial (parallel, Citus) aggregation needs no
-- serialisation functions.
CREATE TYPE @extschema@.circular_stats;

@function circular_stats_in(cstring) RETURNS circular_stats AS circular_stats_in
	text input of circular_stats, validated
@function circular_stats_out(circular_stats) RETURNS cstring AS circular_stats_out
	text output of circular_stats
@function circular_stats_recv(internal) RETURNS circular_stats AS circular_stats_recv
	binary input of circular_stats, validated
@function circular_stats_send(circular_stats) RETURNS bytea AS circular_stats_send
	binary output of circular_stats

CREATE TYPE @extschema@.circular_stats (
	INPUT = @extschema@.circular_stats_in,
	OUTPUT = @extschema@.circular_stats_out,
	RECEIVE = @extschema@.circular_stats_recv,
	SEND = @extschema@.circular_stats_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.circular_stats IS
	'mergeable state of circular statistics: row counts, period and exact sums of weighted sines, cosines and weights';

-- Combine, its inverse, and the final function of circular_stats_agg.
@function circular_stats_combine(circular_stats, circular_stats) RETURNS circular_stats AS circular_stats_combine
	merge two circular_stats states exactly (combine function)
@function circular_stats_combine_inv(circular_stats, circular_stats) RETURNS circular_stats AS circular_stats_combine_inv
	remove a merged circular_stats state exactly (inverse of circular_stats_combine)
@function circular_stats_final(circular_stats) RETURNS circular_stats AS circular_stats_final
	final function of circular_stats_agg: the state, or NULL when no row was counted

-- Accessors: every statistic from a state.
@function circular_mean(circular_stats) RETURNS float8 AS circular_mean_stats
	mean direction of a state in [0, period), NULL when undefined
@function mean_resultant_length(circular_stats) RETURNS float8 AS mean_resultant_length_stats
	mean resultant length R of a state, in [0, 1]
@function circular_var(circular_stats) RETURNS float8 AS circular_var_stats
	circular variance 1 - R of a state
@function circular_stddev(circular_stats) RETURNS float8 AS circular_stddev_stats
	circular standard deviation sqrt(-2 ln R) of a state, in units of its period
@function angular_deviation(circular_stats) RETURNS float8 AS angular_deviation_stats
	angular deviation sqrt(2 (1 - R)) of a state, in units of its period
@function circular_mean_time(circular_stats) RETURNS time AS circular_mean_time
	mean direction of a state as a time of day, its period mapped onto 24 hours
@function circular_stddev_interval(circular_stats) RETURNS interval AS circular_stddev_interval
	circular standard deviation of a state as an interval, its period mapped onto 24 hours
@function angular_deviation_interval(circular_stats) RETURNS interval AS angular_deviation_interval
	angular deviation of a state as an interval, its period mapped onto 24 hours
@function circular_mean_angle(circular_stats) RETURNS angle AS circular_mean_angle
	mean direction of a state as an angle, its period mapped onto 360 degrees
@function circular_stddev_angle(circular_stats) RETURNS angle AS circular_stddev_angle
	circular standard deviation of a state as an angle, its period mapped onto 360 degrees
@function angular_deviation_angle(circular_stats) RETURNS angle AS angular_deviation_angle
	angular deviation of a state as an angle, its period mapped onto 360 degrees
@function circular_stats_count(circular_stats) RETURNS bigint AS circular_stats_count
	number of rows counted in a state (rows of nonzero weight, NaN rows included)
@function circular_stats_period(circular_stats) RETURNS float8 AS circular_stats_period
	period of a state, NULL when it is empty

-- The aggregates.  All share one state, initial value and combine
-- function, are PARALLEL SAFE and moving aggregates (MSFUNC = SFUNC,
-- MINVFUNC the inverse transition, MFINALFUNC = FINALFUNC).
@aggregate_state circular_stats | '(1,0,0,0,0x0,0x0,0x0)' | circular_stats_combine

-- The argument lists.  Argument order: value [, weight] [, period].  Each
-- value form also gets its transition function and inverse, not strict
-- (0.6.0): a row with a NULL is skipped and a NULL state starts a new one;
-- called as aggregates they update their state in place; called directly
-- they return a new value.  The timestamptz forms take the time of day of
-- the timestamp in the named zone (as AT TIME ZONE).  An angle datum is a float8 number of degrees,
-- so the angle forms share the float8 forms' arithmetic with the period
-- fixed at 360.
@aggregate_forms CALLED ON NULL INPUT
	# form | arguments | transition | inverse | C symbol suffix | what a row adds (in the comments)
	float8          | value float8, period float8                | circular_stats_accum   | circular_stats_inv         | (none)          | a float8 value in a circle of the given period
	float8 weighted | value float8, weight float8, period float8 | circular_stats_accum   | circular_stats_inv         | _weighted       | a weighted float8 value in a circle of the given period
	time            | value time                                 | circular_stats_accum   | circular_stats_inv         | _time           | a time of day (period 24 hours)
	time weighted   | value time, weight float8                  | circular_stats_accum   | circular_stats_inv         | _time_weighted  | a weighted time of day (period 24 hours)
	timestamptz     | value timestamptz, zone text               | circular_stats_accum   | circular_stats_inv         | _tz             | the time of day of a timestamp in the named zone (period 24 hours)
	timestamptz weighted | value timestamptz, weight float8, zone text | circular_stats_accum | circular_stats_inv       | _tz_weighted    | the time of day of a weighted timestamp in the named zone (period 24 hours)
	angle           | value angle                                | circular_stats_accum   | circular_stats_inv         | _angle          | an angle (degrees, period 360)
	angle weighted  | value angle, weight float8                 | circular_stats_accum   | circular_stats_inv         | _angle_weighted | a weighted angle (degrees, period 360)
	state           | circular_stats                             | circular_stats_combine | circular_stats_combine_inv | -               | -

@aggregates
	# aggregate | forms ("+w": weighted) | final function | comment [| comment of the weighted forms, default: comment + ", weighted"]
	circular_mean         | float8 float8+w | circular_mean              | mean direction in [0, period), NULL when undefined
	circular_mean         | time time+w timestamptz timestamptz+w | circular_mean_time         | mean time of day, NULL when undefined
	circular_mean         | angle angle+w   | circular_mean_angle        | mean direction as an angle in [0, 360), NULL when undefined
	mean_resultant_length | float8 float8+w | mean_resultant_length      | mean resultant length R in [0, 1]
	mean_resultant_length | time time+w timestamptz timestamptz+w | mean_resultant_length      | mean resultant length R in [0, 1]
	mean_resultant_length | angle angle+w   | mean_resultant_length      | mean resultant length R in [0, 1] of angles
	circular_var          | float8 float8+w | circular_var               | circular variance 1 - R
	circular_var          | time time+w timestamptz timestamptz+w | circular_var               | circular variance 1 - R
	circular_var          | angle angle+w   | circular_var               | circular variance 1 - R of angles
	circular_stddev       | float8 float8+w | circular_stddev            | circular standard deviation sqrt(-2 ln R) in units of the period
	circular_stddev       | time time+w timestamptz timestamptz+w | circular_stddev_interval   | circular standard deviation sqrt(-2 ln R) as an interval
	circular_stddev       | angle angle+w   | circular_stddev_angle      | circular standard deviation sqrt(-2 ln R) as an angle
	angular_deviation     | float8 float8+w | angular_deviation          | angular deviation sqrt(2 (1 - R)) in units of the period
	angular_deviation     | time time+w timestamptz timestamptz+w | angular_deviation_interval | angular deviation sqrt(2 (1 - R)) as an interval
	angular_deviation     | angle angle+w   | angular_deviation_angle    | angular deviation sqrt(2 (1 - R)) as an angle
	circular_stats_merge  | state           | circular_stats_final       | merge circular_stats states (daily into monthly); identical to aggregating the raw rows at once
