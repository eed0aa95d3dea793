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
@function circular_moment(circular_stats, p int) RETURNS trigonometric_moment AS circular_moment_stats
	p-th trigonometric moment of a state about zero and about the mean (p = 1, or the order of a version 2 state)
@function circular_moment_final(circular_stats) RETURNS trigonometric_moment AS circular_moment_final
	final function of circular_moment: the moment of the order of the state, NULL when no row was counted
@function circular_skewness(circular_stats) RETURNS float8 AS circular_skewness_stats
	Fisher circular skewness rho_2 sin(mu_2 - 2 mu) / (1 - R)^(3/2) of a version 2 state, NULL when undefined
@function circular_kurtosis(circular_stats) RETURNS float8 AS circular_kurtosis_stats
	Fisher circular kurtosis (rho_2 cos(mu_2 - 2 mu) - R^4) / (1 - R)^2 of a version 2 state, NULL when undefined
@function circular_mean_ci(circular_stats, level float8) RETURNS circular_interval AS circular_mean_ci_stats
	large-sample confidence interval mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2), of the mean direction of a version 2 state at a level in (0, 1), NULL when it does not exist

@aggregate_state circular_stats | '(1,0,0,0,0x0,0x0,0x0)' | circular_stats_combine

-- Version 2 forms (own form names, so that the forms of 40_statistics.sql
-- keep their meaning for later files).  Order 2:
@aggregate_forms CALLED ON NULL INPUT
	# form | arguments | transition | inverse | C symbol suffix | what a row adds
	v2float8          | value float8, period float8                | circular_stats2_accum | circular_stats2_inv | (none)          | a float8 value in a circle of the given period, with its second-order terms
	v2float8 weighted | value float8, weight float8, period float8 | circular_stats2_accum | circular_stats2_inv | _weighted       | a weighted float8 value in a circle of the given period, with its second-order terms
	v2time            | value time                                 | circular_stats2_accum | circular_stats2_inv | _time           | a time of day (period 24 hours), with its second-order terms
	v2time weighted   | value time, weight float8                  | circular_stats2_accum | circular_stats2_inv | _time_weighted  | a weighted time of day (period 24 hours), with its second-order terms
	v2timestamptz     | value timestamptz, zone text               | circular_stats2_accum | circular_stats2_inv | _tz             | the time of day of a timestamp in the named zone (period 24 hours), with its second-order terms
	v2timestamptz weighted | value timestamptz, weight float8, zone text | circular_stats2_accum | circular_stats2_inv | _tz_weighted | the time of day of a weighted timestamp in the named zone (period 24 hours), with its second-order terms
	v2angle           | value angle                                | circular_stats2_accum | circular_stats2_inv | _angle          | an angle (degrees, period 360), with its second-order terms
	v2angle weighted  | value angle, weight float8                 | circular_stats2_accum | circular_stats2_inv | _angle_weighted | a weighted angle (degrees, period 360), with its second-order terms

-- Order p, an argument that must be the same for every row of a group.
@aggregate_forms CALLED ON NULL INPUT
	# form | arguments | transition | inverse | C symbol suffix | what a row adds
	mfloat8          | value float8, p int, period float8                | circular_moment_accum | circular_moment_inv | (none)          | a float8 value in a circle of the given period, with its terms of order p
	mfloat8 weighted | value float8, weight float8, p int, period float8 | circular_moment_accum | circular_moment_inv | _weighted       | a weighted float8 value in a circle of the given period, with its terms of order p
	mtime            | value time, p int                                 | circular_moment_accum | circular_moment_inv | _time           | a time of day (period 24 hours), with its terms of order p
	mtime weighted   | value time, weight float8, p int                  | circular_moment_accum | circular_moment_inv | _time_weighted  | a weighted time of day (period 24 hours), with its terms of order p
	mangle           | value angle, p int                                | circular_moment_accum | circular_moment_inv | _angle          | an angle (degrees, period 360), with its terms of order p
	mangle weighted  | value angle, weight float8, p int                 | circular_moment_accum | circular_moment_inv | _angle_weighted | a weighted angle (degrees, period 360), with its terms of order p

@aggregates
	# aggregate | forms ("+w": weighted) | final function | comment [| comment of the weighted forms]
	circular_stats_agg | v2float8 v2float8+w | circular_stats_final | circular_stats state (version 2) of float8 values in a circle of the given period, for rollups | circular_stats state (version 2) of weighted float8 values in a circle of the given period, for rollups
	circular_stats_agg | v2time v2time+w v2timestamptz v2timestamptz+w | circular_stats_final | circular_stats state (version 2) of times of day (period 24 hours), for rollups | circular_stats state (version 2) of weighted times of day (period 24 hours), for rollups
	circular_stats_agg | v2angle v2angle+w | circular_stats_final | circular_stats state (version 2) of angles (period 360), for rollups | circular_stats state (version 2) of weighted angles (period 360), for rollups
	circular_skewness  | v2float8 v2float8+w v2time v2time+w v2angle v2angle+w | circular_skewness | Fisher circular skewness, NULL when undefined
	circular_kurtosis  | v2float8 v2float8+w v2time v2time+w v2angle v2angle+w | circular_kurtosis | Fisher circular kurtosis, NULL when undefined
	circular_moment    | mfloat8 mfloat8+w mtime mtime+w mangle mangle+w | circular_moment_final | p-th trigonometric moment about zero and about the mean (directions in units of the period: hours for time, degrees for angle)
