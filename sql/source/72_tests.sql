-- Tests of direction (0.10.0, issue 13): the Rayleigh test, the V-test,
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
@function rayleigh_test(circular_stats) RETURNS float8 AS rayleigh_test_stats
	Rayleigh test of a state: p-value of uniformity against a unimodal alternative, z = n R-bar^2
@function v_test(circular_stats, mu float8) RETURNS float8 AS v_test_stats
	V-test of a state: p-value of uniformity against a unimodal alternative with mean direction mu (in the units of the state's period)
@function v_test_final(circular_stats) RETURNS float8 AS v_test_final
	final function of the v_test aggregates: V-test p-value of a state of directions rotated by -mu
@function von_mises_kappa(circular_stats) RETURNS float8 AS von_mises_kappa_stats
	maximum-likelihood von Mises concentration of a state: the exact root of I1(kappa)/I0(kappa) = R-bar
@function von_mises_kappa(circular_stats, bias_corrected boolean) RETURNS float8 AS von_mises_kappa_stats_corrected
	maximum-likelihood von Mises concentration of a state, with Best and Fisher's small-sample correction if bias_corrected

-- The V-test forms: a row adds its direction minus mu (mu may vary by row).
@aggregate_forms CALLED ON NULL INPUT
	# form | arguments | transition | inverse | C symbol suffix | what a row adds
	vtest_float8 | value float8, mu float8, period float8 | v_test_accum | v_test_inv | (none)  | a float8 value minus mu in a circle of the given period
	vtest_time   | value time, mu time                    | v_test_accum | v_test_inv | _time   | a time of day minus the time mu (period 24 hours)
	vtest_angle  | value angle, mu angle                  | v_test_accum | v_test_inv | _angle  | an angle minus the angle mu (period 360)

@aggregates
	# aggregate | forms | final function | comment [| weighted comment]
	rayleigh_test   | float8 time angle | rayleigh_test   | Rayleigh test: p-value of uniformity against a unimodal alternative, z = n R-bar^2
	v_test          | vtest_float8 vtest_time vtest_angle | v_test_final | V-test: p-value of uniformity against a unimodal alternative with mean direction mu
	von_mises_kappa | float8 float8+w time time+w angle angle+w | von_mises_kappa | maximum-likelihood von Mises concentration kappa (exact root of I1/I0 = R-bar)

-- Watson-Williams.
CREATE TYPE @extschema@.watson_williams_result AS (f float8, df1 bigint, df2 bigint, p_value float8);
COMMENT ON TYPE @extschema@.watson_williams_result IS
	'result of watson_williams_test: the statistic F on (df1, df2) degrees of freedom and its p-value';

@function watson_williams_accum(internal, circular_stats) RETURNS internal AS watson_williams_accum CALLED ON NULL INPUT
	aggregate transition of watson_williams_test: add one group's state
@function watson_williams_combine(internal, internal) RETURNS internal AS watson_williams_combine CALLED ON NULL INPUT
	combine function of watson_williams_test: merge two partial states exactly
@function watson_williams_serial(internal) RETURNS bytea AS watson_williams_serial
	serial function of watson_williams_test
@function watson_williams_deserial(bytea, internal) RETURNS internal AS watson_williams_deserial CALLED ON NULL INPUT
	deserial function of watson_williams_test, validated (the second argument is not read)
@function watson_williams_final(internal) RETURNS watson_williams_result AS watson_williams_final CALLED ON NULL INPUT
	final function of watson_williams_test: (f, df1, df2, p_value)
@function watson_williams_from_serial(bytea) RETURNS watson_williams_result AS watson_williams_from_serial
	watson_williams_test of a serialized partial state (as a parallel worker sends it), validated

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
