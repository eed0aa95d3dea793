-- The confidence interval of the mean direction as an aggregate (0.11.0,
-- issue 13): circular_mean_ci(value, period, level) and its weighted,
-- time and angle forms, the aggregate form of the accessor
-- circular_mean_ci(circular_stats, level) of 70_moments.sql.  The level
-- must be the same on every row of a group.  A circular_stats state has
-- no room for it, so the state is internal (the level and a version 2
-- state of order 2), with combine, serial and deserial functions for
-- parallel plans, and an inverse transition for moving windows: the
-- interval is the same bits in every plan.

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

@aggregate_state internal | - | circular_mean_ci_combine | circular_mean_ci_serial | circular_mean_ci_deserial

@aggregate_forms CALLED ON NULL INPUT
	# form | arguments | transition | inverse | C symbol suffix | what a row adds
	cifloat8          | value float8, period float8, level float8                | circular_mean_ci_accum | circular_mean_ci_inv | (none)          | a float8 value in a circle of the given period, at a confidence level
	cifloat8 weighted | value float8, weight float8, period float8, level float8 | circular_mean_ci_accum | circular_mean_ci_inv | _weighted       | a weighted float8 value in a circle of the given period, at a confidence level
	citime            | value time, level float8                                 | circular_mean_ci_accum | circular_mean_ci_inv | _time           | a time of day (period 24 hours), at a confidence level
	citime weighted   | value time, weight float8, level float8                  | circular_mean_ci_accum | circular_mean_ci_inv | _time_weighted  | a weighted time of day (period 24 hours), at a confidence level
	ciangle           | value angle, level float8                                | circular_mean_ci_accum | circular_mean_ci_inv | _angle          | an angle (degrees, period 360), at a confidence level
	ciangle weighted  | value angle, weight float8, level float8                 | circular_mean_ci_accum | circular_mean_ci_inv | _angle_weighted | a weighted angle (degrees, period 360), at a confidence level

@aggregates
	# aggregate | forms ("+w": weighted) | final function | comment [| comment of the weighted forms]
	circular_mean_ci | cifloat8 cifloat8+w | circular_mean_ci_final | large-sample confidence interval (lower, upper) of the mean direction of float8 values in a circle of the given period at a confidence level in (0, 1), the same on every row: mu +- asin(z sigma), sigma^2 = (1 - rho_2) / (2 n R^2); NULL when it does not exist
	circular_mean_ci | citime citime+w | circular_mean_ci_final | large-sample confidence interval (lower, upper) of the mean time of day (period 24 hours) at a confidence level in (0, 1), the same on every row; NULL when it does not exist
	circular_mean_ci | ciangle ciangle+w | circular_mean_ci_final | large-sample confidence interval (lower, upper) of the mean direction of angles (degrees, period 360) at a confidence level in (0, 1), the same on every row; NULL when it does not exist
