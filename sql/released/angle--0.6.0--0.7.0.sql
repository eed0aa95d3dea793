/* angle--0.6.0--0.7.0.sql: the report statistics of issue 12 (sql/source/50_report.sql) */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.7.0'" to load this file. \quit

-- Report statistics (0.7.0, issue 12): circular median, quantiles,
-- smallest arc, histograms, wind roses and compass points.
--
-- The sort-based aggregates keep every row's value, reduced into
-- [0, period), in an internal state (8 bytes a row) with combine, serial
-- and deserial functions, so they are PARALLEL SAFE; the histogram and
-- wind-rose aggregates keep exact counts.  Forms: (float8, period), (time)
-- (period 24 hours, exact microseconds) and (angle) (period 360 degrees).

-- The sorted state: transition functions (non-strict: a row with a NULL
-- argument is skipped), combine, serial and deserial.
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value float8, period float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, float8, float8) IS
	'aggregate transition: keep a float8 value in a circle of the given period';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value time) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, time) IS
	'aggregate transition: keep a time of day (period 24 hours)';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value @extschema@.angle) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, @extschema@.angle) IS
	'aggregate transition: keep an angle (period 360 degrees)';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value float8, fraction float8, period float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_q'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, float8, float8, float8) IS
	'aggregate transition of circular_quantile: keep a float8 value in a circle of the given period';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value time, fraction float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_q_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, time, float8) IS
	'aggregate transition of circular_quantile: keep a time of day (period 24 hours)';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value @extschema@.angle, fraction float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_q_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, @extschema@.angle, float8) IS
	'aggregate transition of circular_quantile: keep an angle (period 360 degrees)';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value float8, fractions float8[], period float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_qs'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, float8, float8[], float8) IS
	'aggregate transition of circular_quantiles: keep a float8 value in a circle of the given period';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value time, fractions float8[]) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_qs_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, time, float8[]) IS
	'aggregate transition of circular_quantiles: keep a time of day (period 24 hours)';
CREATE FUNCTION @extschema@.circular_sorted_accum(internal, value @extschema@.angle, fractions float8[]) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_accum_qs_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_accum(internal, @extschema@.angle, float8[]) IS
	'aggregate transition of circular_quantiles: keep an angle (period 360 degrees)';
CREATE FUNCTION @extschema@.circular_sorted_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_combine'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_combine(internal, internal) IS
	'combine function of the sort-based circular aggregates: append the values of two partial states';
CREATE FUNCTION @extschema@.circular_sorted_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'circular_sorted_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_serial(internal) IS
	'serial function of the sort-based circular aggregates';
CREATE FUNCTION @extschema@.circular_sorted_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_sorted_deserial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_sorted_deserial(bytea, internal) IS
	'deserial function of the sort-based circular aggregates';

-- Final functions (one C function per statistic serves the three forms).
CREATE FUNCTION @extschema@.circular_median_final(internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_median_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_median_final(internal) IS
	'final function of circular_median(float8): the circular median';
CREATE FUNCTION @extschema@.circular_median_time_final(internal) RETURNS time
	AS 'MODULE_PATHNAME', 'circular_median_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_median_time_final(internal) IS
	'final function of circular_median(time): the circular median';
CREATE FUNCTION @extschema@.circular_median_angle_final(internal) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_median_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_median_angle_final(internal) IS
	'final function of circular_median(angle): the circular median';
CREATE FUNCTION @extschema@.circular_quantile_final(internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_quantile_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantile_final(internal) IS
	'final function of circular_quantile(float8): the circular quantile';
CREATE FUNCTION @extschema@.circular_quantile_time_final(internal) RETURNS time
	AS 'MODULE_PATHNAME', 'circular_quantile_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantile_time_final(internal) IS
	'final function of circular_quantile(time): the circular quantile';
CREATE FUNCTION @extschema@.circular_quantile_angle_final(internal) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_quantile_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantile_angle_final(internal) IS
	'final function of circular_quantile(angle): the circular quantile';
CREATE FUNCTION @extschema@.circular_quantiles_final(internal) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'circular_quantiles_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantiles_final(internal) IS
	'final function of circular_quantiles(float8): the circular quantiles';
CREATE FUNCTION @extschema@.circular_quantiles_time_final(internal) RETURNS time[]
	AS 'MODULE_PATHNAME', 'circular_quantiles_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantiles_time_final(internal) IS
	'final function of circular_quantiles(time): the circular quantiles';
CREATE FUNCTION @extschema@.circular_quantiles_angle_final(internal) RETURNS @extschema@.angle[]
	AS 'MODULE_PATHNAME', 'circular_quantiles_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_quantiles_angle_final(internal) IS
	'final function of circular_quantiles(angle): the circular quantiles';
CREATE FUNCTION @extschema@.circular_range_final(internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_range_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_final(internal) IS
	'final function of circular_range(float8): the width of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_time_final(internal) RETURNS interval
	AS 'MODULE_PATHNAME', 'circular_range_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_time_final(internal) IS
	'final function of circular_range(time): the width of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_angle_final(internal) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_range_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_angle_final(internal) IS
	'final function of circular_range(angle): the width of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_start_final(internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_range_start_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_start_final(internal) IS
	'final function of circular_range_start(float8): the start of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_start_time_final(internal) RETURNS time
	AS 'MODULE_PATHNAME', 'circular_range_start_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_start_time_final(internal) IS
	'final function of circular_range_start(time): the start of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_start_angle_final(internal) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_range_start_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_start_angle_final(internal) IS
	'final function of circular_range_start(angle): the start of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_end_final(internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'circular_range_end_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_end_final(internal) IS
	'final function of circular_range_end(float8): the end of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_end_time_final(internal) RETURNS time
	AS 'MODULE_PATHNAME', 'circular_range_end_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_end_time_final(internal) IS
	'final function of circular_range_end(time): the end of the smallest arc holding every value';
CREATE FUNCTION @extschema@.circular_range_end_angle_final(internal) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'circular_range_end_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_range_end_angle_final(internal) IS
	'final function of circular_range_end(angle): the end of the smallest arc holding every value';

CREATE AGGREGATE @extschema@.circular_median(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_median_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_median(float8, float8) IS 'circular median (Fisher 1993, R median.circular): the observation minimising the mean arc distance, tied minimisers averaged; NULL when undefined';

CREATE AGGREGATE @extschema@.circular_median(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_median_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_median(time) IS 'circular median (Fisher 1993, R median.circular): the observation minimising the mean arc distance, tied minimisers averaged; NULL when undefined (times of day)';

CREATE AGGREGATE @extschema@.circular_median(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_median_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_median(@extschema@.angle) IS 'circular median (Fisher 1993, R median.circular): the observation minimising the mean arc distance, tied minimisers averaged; NULL when undefined (angles)';

CREATE AGGREGATE @extschema@.circular_quantile(value float8, fraction float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantile_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantile(float8, float8, float8) IS 'circular quantile (R quantile.circular): type-7 quantile of the values centred on the circular median';

CREATE AGGREGATE @extschema@.circular_quantile(value time, fraction float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantile_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantile(time, float8) IS 'circular quantile (R quantile.circular): type-7 quantile of the values centred on the circular median (times of day)';

CREATE AGGREGATE @extschema@.circular_quantile(value @extschema@.angle, fraction float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantile_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantile(@extschema@.angle, float8) IS 'circular quantile (R quantile.circular): type-7 quantile of the values centred on the circular median (angles)';

CREATE AGGREGATE @extschema@.circular_quantiles(value float8, fractions float8[], period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantiles_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantiles(float8, float8[], float8) IS 'circular quantiles (R quantile.circular), one per fraction';

CREATE AGGREGATE @extschema@.circular_quantiles(value time, fractions float8[]) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantiles_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantiles(time, float8[]) IS 'circular quantiles (R quantile.circular), one per fraction (times of day)';

CREATE AGGREGATE @extschema@.circular_quantiles(value @extschema@.angle, fractions float8[]) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_quantiles_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_quantiles(@extschema@.angle, float8[]) IS 'circular quantiles (R quantile.circular), one per fraction (angles)';

CREATE AGGREGATE @extschema@.circular_range(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range(float8, float8) IS 'width of the smallest arc holding every value (R range.circular)';

CREATE AGGREGATE @extschema@.circular_range(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range(time) IS 'width of the smallest arc holding every value (R range.circular) (times of day)';

CREATE AGGREGATE @extschema@.circular_range(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range(@extschema@.angle) IS 'width of the smallest arc holding every value (R range.circular) (angles)';

CREATE AGGREGATE @extschema@.circular_range_start(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_start_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_start(float8, float8) IS 'start of the smallest arc holding every value (counter-clockwise to circular_range_end)';

CREATE AGGREGATE @extschema@.circular_range_start(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_start_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_start(time) IS 'start of the smallest arc holding every value (counter-clockwise to circular_range_end) (times of day)';

CREATE AGGREGATE @extschema@.circular_range_start(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_start_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_start(@extschema@.angle) IS 'start of the smallest arc holding every value (counter-clockwise to circular_range_end) (angles)';

CREATE AGGREGATE @extschema@.circular_range_end(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_end_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_end(float8, float8) IS 'end of the smallest arc holding every value';

CREATE AGGREGATE @extschema@.circular_range_end(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_end_time_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_end(time) IS 'end of the smallest arc holding every value (times of day)';

CREATE AGGREGATE @extschema@.circular_range_end(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_range_end_angle_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_range_end(@extschema@.angle) IS 'end of the smallest arc holding every value (angles)';

-- Histograms and wind roses: exact counts in an internal state.
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value float8, period float8, bins int4) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, float8, float8, int4) IS
	'aggregate transition of circular_histogram: count a float8 value in its bin';
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value float8, period float8, bins int4, "offset" float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum_offset'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, float8, float8, int4, float8) IS
	'aggregate transition of circular_histogram: count a float8 value in its bin, bins centred on offset + k period/bins';
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value time, bins int4) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum_time'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, time, int4) IS
	'aggregate transition of circular_histogram: count a time of day in its bin';
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value time, bins int4, "offset" interval) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum_time_offset'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, time, int4, interval) IS
	'aggregate transition of circular_histogram: count a time of day in its bin, bins centred on offset + k 24h/bins';
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value @extschema@.angle, bins int4) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum_angle'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, @extschema@.angle, int4) IS
	'aggregate transition of circular_histogram: count an angle in its bin';
CREATE FUNCTION @extschema@.circular_histogram_accum(internal, value @extschema@.angle, bins int4, "offset" float8) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_histogram_accum_angle_offset'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_histogram_accum(internal, @extschema@.angle, int4, float8) IS
	'aggregate transition of circular_histogram: count an angle in its bin, bins centred on offset + k 360/bins degrees';
CREATE FUNCTION @extschema@.wind_rose_accum(internal, direction float8, speed float8, sectors int4, speed_breaks float8[]) RETURNS internal
	AS 'MODULE_PATHNAME', 'wind_rose_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wind_rose_accum(internal, float8, float8, int4, float8[]) IS
	'aggregate transition of wind_rose: count a calm, or a direction in degrees in its sector and speed band';
CREATE FUNCTION @extschema@.wind_rose_accum(internal, direction @extschema@.angle, speed float8, sectors int4, speed_breaks float8[]) RETURNS internal
	AS 'MODULE_PATHNAME', 'wind_rose_accum'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wind_rose_accum(internal, @extschema@.angle, float8, int4, float8[]) IS
	'aggregate transition of wind_rose: count a calm, or an angle in its sector and speed band';
CREATE FUNCTION @extschema@.circular_bins_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_bins_combine'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_bins_combine(internal, internal) IS
	'combine function of circular_histogram and wind_rose: add the counts';
CREATE FUNCTION @extschema@.circular_bins_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'circular_bins_serial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_bins_serial(internal) IS
	'serial function of circular_histogram and wind_rose';
CREATE FUNCTION @extschema@.circular_bins_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'circular_bins_deserial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_bins_deserial(bytea, internal) IS
	'deserial function of circular_histogram and wind_rose';
CREATE FUNCTION @extschema@.circular_bins_final(internal) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'circular_bins_final'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.circular_bins_final(internal) IS
	'final function of circular_histogram and wind_rose: the counts, NULL when no row was counted';

CREATE AGGREGATE @extschema@.circular_histogram(value float8, period float8, bins int4) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(float8, float8, int4) IS 'counts of float8 values in bins of width period/bins, bin k centred on k period/bins, lower edges closed';

CREATE AGGREGATE @extschema@.circular_histogram(value float8, period float8, bins int4, "offset" float8) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(float8, float8, int4, float8) IS 'counts of float8 values in bins of width period/bins, bin k centred on offset + k period/bins, lower edges closed';

CREATE AGGREGATE @extschema@.circular_histogram(value time, bins int4) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(time, int4) IS 'counts of times of day in bins of width 24h/bins, bin k centred on k 24h/bins, lower edges closed';

CREATE AGGREGATE @extschema@.circular_histogram(value time, bins int4, "offset" interval) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(time, int4, interval) IS 'counts of times of day in bins of width 24h/bins, bin k centred on offset + k 24h/bins, lower edges closed';

CREATE AGGREGATE @extschema@.circular_histogram(value @extschema@.angle, bins int4) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(@extschema@.angle, int4) IS 'counts of angles in bins of width 360/bins degrees, bin k centred on k 360/bins, lower edges closed';

CREATE AGGREGATE @extschema@.circular_histogram(value @extschema@.angle, bins int4, "offset" float8) (
	SFUNC = @extschema@.circular_histogram_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.circular_histogram(@extschema@.angle, int4, float8) IS 'counts of angles in bins of width 360/bins degrees, bin k centred on offset + k 360/bins degrees, lower edges closed';

CREATE AGGREGATE @extschema@.wind_rose(direction float8, speed float8, sectors int4, speed_breaks float8[]) (
	SFUNC = @extschema@.wind_rose_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wind_rose(float8, float8, int4, float8[]) IS 'wind rose counts: calms (speed below the first break), then sector by sector (sector k centred on k 360/sectors degrees) each speed band [break j, break j+1)';

CREATE AGGREGATE @extschema@.wind_rose(direction @extschema@.angle, speed float8, sectors int4, speed_breaks float8[]) (
	SFUNC = @extschema@.wind_rose_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.circular_bins_final,
	COMBINEFUNC = @extschema@.circular_bins_combine,
	SERIALFUNC = @extschema@.circular_bins_serial,
	DESERIALFUNC = @extschema@.circular_bins_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wind_rose(@extschema@.angle, float8, int4, float8[]) IS 'wind rose counts of angles: calms, then sector by sector each speed band';

-- Report rows of a wind rose, and compass points.
CREATE FUNCTION @extschema@.wind_rose_rows(counts bigint[], sectors int4, speed_breaks float8[])
	RETURNS TABLE (sector int4, direction text, band int4, speed text, count bigint, percent float8)
	AS 'MODULE_PATHNAME', 'wind_rose_rows'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 33;
COMMENT ON FUNCTION @extschema@.wind_rose_rows(bigint[], int4, float8[]) IS
	'the counts of wind_rose as report rows: calms first, then each sector (compass labels for 4, 8, 16 or 32 sectors) and speed band, with the percent of all rows';
CREATE FUNCTION @extschema@.compass_point(degrees float8, points int4 DEFAULT 16) RETURNS text
	AS 'MODULE_PATHNAME', 'compass_point'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compass_point(float8, int4) IS
	'compass point of a bearing in degrees (4, 8, 16 or 32 points), sectors centred on the points, lower edges closed';
CREATE FUNCTION @extschema@.compass_point(direction @extschema@.angle, points int4 DEFAULT 16) RETURNS text
	AS 'MODULE_PATHNAME', 'compass_point'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compass_point(@extschema@.angle, int4) IS
	'compass point of an angle (4, 8, 16 or 32 points), sectors centred on the points, lower edges closed';
