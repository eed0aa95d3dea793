/* angle--0.8.0--0.9.0.sql: the tests of direction (Rayleigh, V-test, von Mises kappa, Watson-Williams) */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.9.0'" to load this file. \quit

-- Tests of direction (0.9.0, issue 13): the Rayleigh test, the V-test,
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
