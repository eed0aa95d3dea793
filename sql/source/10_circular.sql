-- Exact circular arithmetic on float8 and on time of day (0.2.0).
-- A directive (a line starting with "@") is expanded by sql/generate.py;
-- the rest is copied as it stands.  See sql/generate.py for the syntax.

-- Circular arithmetic on float8.  The period is required (0.6.0; until
-- 0.5.0 it defaulted to 2*pi, so angle_diff(359, 1) silently meant radians).
@function angle_diff(a float8, b float8, period float8) RETURNS float8 AS angle_diff
	shortest signed difference a - b in [-period/2, period/2), exact
@function angle_dist(a float8, b float8, period float8) RETURNS float8 AS angle_dist
	circular distance between a and b in [0, period/2], exact
@function angle_wrap(x float8, period float8, low float8 DEFAULT 0) RETURNS float8 AS angle_wrap
	x wrapped into [low, low + period), never the upper bound
@function angle_cosine_loss(a float8, b float8, period float8) RETURNS float8 AS angle_cosine_loss
	1 - cos(2*pi*(a - b)/period), the circular analogue of squared error

-- Time of day on a 24-hour clock.
@function angle_diff(a time, b time) RETURNS interval AS angle_diff_time
	shortest signed clock difference a - b in [-12:00, 12:00), microsecond exact
@function angle_dist(a time, b time) RETURNS interval AS angle_dist_time
	clock distance between two times of day in [00:00, 12:00], microsecond exact
