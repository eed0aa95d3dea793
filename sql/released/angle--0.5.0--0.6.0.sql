-- angle 0.5.0 -> 0.6.0: what a new user trips on in the first hour.
\echo Use "ALTER EXTENSION angle UPDATE TO '0.6.0'" to load this file. \quit

-- The float8 circular functions: the period is required (it defaulted to
-- 2*pi).  A default cannot be removed in place: drop and create again.
DROP FUNCTION @extschema@.angle_diff(float8, float8, float8);
DROP FUNCTION @extschema@.angle_dist(float8, float8, float8);
DROP FUNCTION @extschema@.angle_wrap(float8, float8, float8);
DROP FUNCTION @extschema@.angle_cosine_loss(float8, float8, float8);

CREATE FUNCTION @extschema@.angle_diff(a float8, b float8, period float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_diff'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_diff(float8, float8, float8) IS
	'shortest signed difference a - b in [-period/2, period/2), exact';
CREATE FUNCTION @extschema@.angle_dist(a float8, b float8, period float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_dist'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_dist(float8, float8, float8) IS
	'circular distance between a and b in [0, period/2], exact';
CREATE FUNCTION @extschema@.angle_wrap(x float8, period float8, low float8 DEFAULT 0) RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_wrap'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_wrap(float8, float8, float8) IS
	'x wrapped into [low, low + period), never the upper bound';
CREATE FUNCTION @extschema@.angle_cosine_loss(a float8, b float8, period float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_cosine_loss'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_cosine_loss(float8, float8, float8) IS
	'1 - cos(2*pi*(a - b)/period), the circular analogue of squared error';

-- The transition functions of the aggregates are no longer strict: a row
-- with a NULL is skipped as before, and a NULL state starts a new one.
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, float8, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, float8, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, float8, float8, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, float8, float8, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, time) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, time) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, time, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, time, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, @extschema@.angle) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, @extschema@.angle) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, @extschema@.angle, float8) CALLED ON NULL INPUT;
ALTER FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, @extschema@.angle, float8) CALLED ON NULL INPUT;

-- The timestamptz forms, with an explicit time zone.
CREATE FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, timestamptz, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_tz'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, timestamptz, text) IS
	'aggregate transition: add the time of day of a timestamp in the named zone (period 24 hours)';
CREATE FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, timestamptz, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_tz'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, timestamptz, text) IS
	'moving-aggregate inverse transition: remove the time of day of a timestamp in the named zone (period 24 hours)';
CREATE FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, timestamptz, float8, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_accum_tz_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats_accum(@extschema@.circular_stats, timestamptz, float8, text) IS
	'aggregate transition: add the time of day of a weighted timestamp in the named zone (period 24 hours)';
CREATE FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, timestamptz, float8, text) RETURNS @extschema@.circular_stats
	AS 'MODULE_PATHNAME', 'circular_stats_inv_tz_weighted'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats_inv(@extschema@.circular_stats, timestamptz, float8, text) IS
	'moving-aggregate inverse transition: remove the time of day of a weighted timestamp in the named zone (period 24 hours)';
CREATE AGGREGATE @extschema@.circular_mean(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_mean(timestamptz, text) IS
	'mean time of day, NULL when undefined';
CREATE AGGREGATE @extschema@.circular_mean(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_mean(timestamptz, float8, text) IS
	'mean time of day, NULL when undefined, weighted';
CREATE AGGREGATE @extschema@.mean_resultant_length(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.mean_resultant_length(timestamptz, text) IS
	'mean resultant length R in [0, 1]';
CREATE AGGREGATE @extschema@.mean_resultant_length(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.mean_resultant_length(timestamptz, float8, text) IS
	'mean resultant length R in [0, 1], weighted';
CREATE AGGREGATE @extschema@.circular_var(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_var(timestamptz, text) IS
	'circular variance 1 - R';
CREATE AGGREGATE @extschema@.circular_var(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_var(timestamptz, float8, text) IS
	'circular variance 1 - R, weighted';
CREATE AGGREGATE @extschema@.circular_stddev(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_stddev(timestamptz, text) IS
	'circular standard deviation sqrt(-2 ln R) as an interval';
CREATE AGGREGATE @extschema@.circular_stddev(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_stddev(timestamptz, float8, text) IS
	'circular standard deviation sqrt(-2 ln R) as an interval, weighted';
CREATE AGGREGATE @extschema@.angular_deviation(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.angular_deviation(timestamptz, text) IS
	'angular deviation sqrt(2 (1 - R)) as an interval';
CREATE AGGREGATE @extschema@.angular_deviation(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.angular_deviation(timestamptz, float8, text) IS
	'angular deviation sqrt(2 (1 - R)) as an interval, weighted';
CREATE AGGREGATE @extschema@.circular_stats_agg(value timestamptz, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(timestamptz, text) IS
	'circular_stats state of times of day (period 24 hours), for rollups';
CREATE AGGREGATE @extschema@.circular_stats_agg(value timestamptz, weight float8, zone text) (
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
COMMENT ON AGGREGATE @extschema@.circular_stats_agg(timestamptz, float8, text) IS
	'circular_stats state of weighted times of day (period 24 hours), for rollups';

-- What a new user trips on in the first hour (0.6.0): vector angles of
-- integer and numeric arrays and of untyped literals, min, max, sum and
-- round of angles, equality and hashing of circular_stats states and the
-- accessors of their sums.  (The required periods are in 10_circular.sql,
-- the non-strict transition functions and the timestamptz forms in
-- 40_statistics.sql.)

-- Vector angles of int4[], int8[] and numeric[] vectors, computed as
-- float8[] (each element rounded to the nearest double), and of text: an
-- untyped literal such as '{1,0}' resolves to the text form (PostgreSQL
-- prefers the string category for unknown arguments), which reads it as
-- float8[].  SQL functions with a standard body: inlined, and their
-- references are bound when they are created, not through the search path.

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors in radians, [0, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) in radians, [0, pi]';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors in degrees, [0, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angled(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angled($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angled(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) in degrees, [0, 180]';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second in radians, (-pi, pi]';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis in radians, (-pi, pi], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signed(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis in radians, (-pi, pi]';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second in degrees, (-180, 180]';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis in degrees, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS pg_catalog.float8
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.vector_angle_signedd($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.vector_angle_signedd(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis in degrees, (-180, 180]';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.int4[], pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.int4[], pg_catalog.int4[]) IS
	'angle between two integer vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.int8[], pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.int8[], pg_catalog.int8[]) IS
	'angle between two bigint vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'angle between two numeric vectors as an angle, [0, 180] degrees, computed in double';

CREATE FUNCTION @extschema@.angle_between(pg_catalog.text, pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between(pg_catalog.text, pg_catalog.text) IS
	'angle between two vectors written as float8[] text (untyped literals) as an angle, [0, 180] degrees';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 2-D integer vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 2-D bigint vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 2-D numeric vector to the second as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 2-D vector written as float8[] text to the second as an angle, (-180, 180]';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[], axis pg_catalog.int4[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int4[], pg_catalog.int4[], pg_catalog.int4[]) IS
	'signed angle from the first 3-D integer vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[], axis pg_catalog.int8[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.int8[], pg_catalog.int8[], pg_catalog.int8[]) IS
	'signed angle from the first 3-D bigint vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[], axis pg_catalog.numeric[]) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.numeric[], pg_catalog.numeric[], pg_catalog.numeric[]) IS
	'signed angle from the first 3-D numeric vector to the second about an axis, as an angle, (-180, 180], computed in double';

CREATE FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text, axis pg_catalog.text) RETURNS @extschema@.angle
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN @extschema@.angle_between_signed($1::pg_catalog.float8[], $2::pg_catalog.float8[], $3::pg_catalog.float8[]);

COMMENT ON FUNCTION @extschema@.angle_between_signed(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'signed angle from the first 3-D vector written as float8[] text to the second about an axis, as an angle, (-180, 180]';

-- min, max and sum of angles (linear, as the btree order), and round.
CREATE FUNCTION @extschema@.angle_smaller(@extschema@.angle, @extschema@.angle) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angle_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_smaller(@extschema@.angle, @extschema@.angle) IS
	'the smaller of two angles (transition and combine function of min)';
CREATE FUNCTION @extschema@.angle_larger(@extschema@.angle, @extschema@.angle) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angle_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_larger(@extschema@.angle, @extschema@.angle) IS
	'the larger of two angles (transition and combine function of max)';
CREATE FUNCTION @extschema@.angle_sum_accum(float8[], @extschema@.angle) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'angle_sum_accum'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_sum_accum(float8[], @extschema@.angle) IS
	'transition function of sum(angle): state {count, high part, low part} in degrees';
CREATE FUNCTION @extschema@.angle_sum_combine(float8[], float8[]) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'angle_sum_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_sum_combine(float8[], float8[]) IS
	'combine function of sum(angle)';
CREATE FUNCTION @extschema@.angle_sum_final(float8[]) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angle_sum_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_sum_final(float8[]) IS
	'final function of sum(angle): NULL without rows';
CREATE FUNCTION @extschema@.round(a @extschema@.angle, unit text, digits int4) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angle_round'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.round(@extschema@.angle, text, int4) IS
	'the angle rounded to digits decimals (0 to 20) in the named unit, ties to even';

CREATE AGGREGATE @extschema@.min(@extschema@.angle) (
	SFUNC = @extschema@.angle_smaller,
	STYPE = @extschema@.angle,
	COMBINEFUNC = @extschema@.angle_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.angle) IS
	'smallest angle (linear order: 370 degrees is above 10 degrees)';
CREATE AGGREGATE @extschema@.max(@extschema@.angle) (
	SFUNC = @extschema@.angle_larger,
	STYPE = @extschema@.angle,
	COMBINEFUNC = @extschema@.angle_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.angle) IS
	'largest angle (linear order)';
CREATE AGGREGATE @extschema@.sum(@extschema@.angle) (
	SFUNC = @extschema@.angle_sum_accum,
	STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0}',
	FINALFUNC = @extschema@.angle_sum_final,
	COMBINEFUNC = @extschema@.angle_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.angle) IS
	'linear sum of angles, not wrapped, in compensated (double-double) arithmetic';

-- Equality, a total order and hashing of circular_stats: the same exact
-- state (a state has one representation only, see src/stats/compare.c).
CREATE FUNCTION @extschema@.circular_stats_eq(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_eq(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the = operator on circular_stats: the same counts, period and exact sums';
CREATE FUNCTION @extschema@.circular_stats_ne(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_ne(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the <> operator on circular_stats';
CREATE FUNCTION @extschema@.circular_stats_lt(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_lt(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the < operator on circular_stats (an arbitrary total order)';
CREATE FUNCTION @extschema@.circular_stats_le(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_le(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the <= operator on circular_stats';
CREATE FUNCTION @extschema@.circular_stats_gt(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_gt(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the > operator on circular_stats';
CREATE FUNCTION @extschema@.circular_stats_ge(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS bool
	AS 'MODULE_PATHNAME', 'circular_stats_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_ge(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'implementation of the >= operator on circular_stats';
CREATE FUNCTION @extschema@.circular_stats_cmp(@extschema@.circular_stats, @extschema@.circular_stats) RETURNS int4
	AS 'MODULE_PATHNAME', 'circular_stats_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_cmp(@extschema@.circular_stats, @extschema@.circular_stats) IS
	'btree comparison support for circular_stats: period, counts, then the sums';
CREATE FUNCTION @extschema@.circular_stats_hash(@extschema@.circular_stats) RETURNS int4
	AS 'MODULE_PATHNAME', 'circular_stats_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_hash(@extschema@.circular_stats) IS
	'hash support for circular_stats';
CREATE FUNCTION @extschema@.circular_stats_hash_extended(@extschema@.circular_stats, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'circular_stats_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.circular_stats_hash_extended(@extschema@.circular_stats, int8) IS
	'extended hash support for circular_stats';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.circular_stats, @extschema@.circular_stats) IS 'the same state: counts, period and exact sums';
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.circular_stats, @extschema@.circular_stats) IS 'not the same state';
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.circular_stats, @extschema@.circular_stats) IS 'less than, in an arbitrary total order (period, counts, sums)';
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.circular_stats, @extschema@.circular_stats) IS 'less than or equal, in an arbitrary total order';
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.circular_stats, @extschema@.circular_stats) IS 'greater than, in an arbitrary total order';
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.circular_stats, RIGHTARG = @extschema@.circular_stats, FUNCTION = @extschema@.circular_stats_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.circular_stats, @extschema@.circular_stats) IS 'greater than or equal, in an arbitrary total order';

CREATE OPERATOR CLASS @extschema@.circular_stats_ops DEFAULT FOR TYPE @extschema@.circular_stats USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.circular_stats_cmp(@extschema@.circular_stats, @extschema@.circular_stats);
CREATE OPERATOR CLASS @extschema@.circular_stats_ops DEFAULT FOR TYPE @extschema@.circular_stats USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.circular_stats_hash(@extschema@.circular_stats),
	FUNCTION 2 @extschema@.circular_stats_hash_extended(@extschema@.circular_stats, int8);

-- The exact sums of a state: total weight and mean resultant vector.
CREATE FUNCTION @extschema@.circular_stats_weight(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_stats_weight'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_stats_weight(@extschema@.circular_stats) IS
	'total weight of the finite rows of a state (the row count when unweighted), 0 when empty';
CREATE FUNCTION @extschema@.mean_cos(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_stats_mean_cos'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_cos(@extschema@.circular_stats) IS
	'mean cosine C-bar = sum(w cos) / sum(w) of a state, NULL when empty';
CREATE FUNCTION @extschema@.mean_sin(@extschema@.circular_stats) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_stats_mean_sin'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sin(@extschema@.circular_stats) IS
	'mean sine S-bar = sum(w sin) / sum(w) of a state, NULL when empty';
