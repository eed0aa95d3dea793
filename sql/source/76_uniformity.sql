-- Tests of circular uniformity on the sorted values (0.10.0, issue 13):
-- Kuiper's V, Watson's U^2, Rao's spacing U and the Hodges-Ajne m.
--
-- They are aggregates of the sorted state of 50_report.sql (the rows'
-- values, reduced into [0, period), with combine, serial and deserial
-- functions): the final sorts the exact values, so every statistic is the
-- same in every plan.  Forms: (float8, period), (time) (period 24 hours)
-- and (angle) (period 360 degrees).  Each returns a
-- circular_uniformity_test row; NULL for fewer than 2 values.

CREATE TYPE @extschema@.circular_uniformity_test AS (
	test text,
	n bigint,
	statistic float8,
	modified float8,
	p_value float8,
	method text
);
COMMENT ON TYPE @extschema@.circular_uniformity_test IS
	'result of a test of circular uniformity: the test, the number of values, the classical statistic, the statistic the p-value is read from (Stephens'' modified V and U^2, Rao''s U in degrees, m), the p-value and how it was computed (asymptotic, exact, normal approximation)';

@function kuiper_test_final(internal) RETURNS circular_uniformity_test AS kuiper_test_final CALLED ON NULL INPUT
	final function of kuiper_test: Kuiper's V, Stephens' modified V* and its asymptotic p-value
@function watson_test_final(internal) RETURNS circular_uniformity_test AS watson_test_final CALLED ON NULL INPUT
	final function of watson_test: Watson's U^2, Stephens' modified U^2* and its asymptotic p-value
@function rao_spacing_test_final(internal) RETURNS circular_uniformity_test AS rao_spacing_test_final CALLED ON NULL INPUT
	final function of rao_spacing_test: Rao's spacing U and its exact p-value
@function hodges_ajne_test_final(internal) RETURNS circular_uniformity_test AS hodges_ajne_test_final CALLED ON NULL INPUT
	final function of hodges_ajne_test: the Hodges-Ajne m and its exact p-value

CREATE AGGREGATE @extschema@.kuiper_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(float8, float8) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value';

CREATE AGGREGATE @extschema@.kuiper_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(time) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value (times of day)';

CREATE AGGREGATE @extschema@.kuiper_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.kuiper_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kuiper_test(@extschema@.angle) IS 'Kuiper''s test of circular uniformity: V = D+ + D-, Stephens'' modified V* and its asymptotic p-value (angles)';

CREATE AGGREGATE @extschema@.watson_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(float8, float8) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value';

CREATE AGGREGATE @extschema@.watson_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(time) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value (times of day)';

CREATE AGGREGATE @extschema@.watson_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.watson_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.watson_test(@extschema@.angle) IS 'Watson''s U^2 test of circular uniformity: U^2, Stephens'' modified U^2* and its asymptotic p-value (angles)';

CREATE AGGREGATE @extschema@.rao_spacing_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(float8, float8) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value';

CREATE AGGREGATE @extschema@.rao_spacing_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(time) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value (times of day)';

CREATE AGGREGATE @extschema@.rao_spacing_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.rao_spacing_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rao_spacing_test(@extschema@.angle) IS 'Rao''s spacing test of circular uniformity: U in the data''s units (modified: degrees) and its exact p-value (angles)';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value float8, period float8) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(float8, float8) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value time) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(time) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value (times of day)';

CREATE AGGREGATE @extschema@.hodges_ajne_test(value @extschema@.angle) (
	SFUNC = @extschema@.circular_sorted_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.hodges_ajne_test_final,
	FINALFUNC_MODIFY = SHAREABLE,
	COMBINEFUNC = @extschema@.circular_sorted_combine,
	SERIALFUNC = @extschema@.circular_sorted_serial,
	DESERIALFUNC = @extschema@.circular_sorted_deserial,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hodges_ajne_test(@extschema@.angle) IS 'Hodges-Ajne test of circular uniformity: m, the fewest values in a closed half circle, and its exact p-value (angles)';
