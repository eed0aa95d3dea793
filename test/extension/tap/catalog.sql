-- Every function of the extension: volatility, strictness, parallel safety
-- and a comment.  New functions must be added to the list below.
BEGIN;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

CREATE TEMP TABLE expected_fn (sig text, vol "char", strict bool, par "char");
INSERT INTO expected_fn VALUES
	('vector_angle(double precision[],double precision[])', 'i', true, 's'),
	('vector_angle(real[],real[])', 'i', true, 's'),
	('vector_angle(cube,cube)', 'i', true, 's'),
	('vector_angled(double precision[],double precision[])', 'i', true, 's'),
	('vector_angled(real[],real[])', 'i', true, 's'),
	('vector_angled(cube,cube)', 'i', true, 's'),
	('vector_angle_signed(double precision[],double precision[])', 'i', true, 's'),
	('vector_angle_signed(real[],real[])', 'i', true, 's'),
	('vector_angle_signed(double precision[],double precision[],double precision[])', 'i', true, 's'),
	('vector_angle_signed(real[],real[],real[])', 'i', true, 's'),
	('vector_angle_signedd(double precision[],double precision[])', 'i', true, 's'),
	('vector_angle_signedd(real[],real[])', 'i', true, 's'),
	('vector_angle_signedd(double precision[],double precision[],double precision[])', 'i', true, 's'),
	('vector_angle_signedd(real[],real[],real[])', 'i', true, 's'),
	-- 0.2.0: circular arithmetic and the angle type
	('angle_diff(double precision,double precision,double precision)', 'i', true, 's'),
	('angle_dist(double precision,double precision,double precision)', 'i', true, 's'),
	('angle_wrap(double precision,double precision,double precision)', 'i', true, 's'),
	('angle_cosine_loss(double precision,double precision,double precision)', 'i', true, 's'),
	('angle_diff(time without time zone,time without time zone)', 'i', true, 's'),
	('angle_dist(time without time zone,time without time zone)', 'i', true, 's'),
	('angle_in(cstring)', 'i', true, 's'),
	('angle_out(angle)', 's', true, 's'),
	('angle_recv(internal)', 'i', true, 's'),
	('angle_send(angle)', 'i', true, 's'),
	('angle(double precision,text)', 'i', true, 's'),
	('degrees(angle)', 'i', true, 's'),
	('radians(angle)', 'i', true, 's'),
	('sin(angle)', 'i', true, 's'),
	('cos(angle)', 'i', true, 's'),
	('tan(angle)', 'i', true, 's'),
	('angle_diff(angle,angle)', 'i', true, 's'),
	('angle_dist(angle,angle)', 'i', true, 's'),
	('angle_wrap(angle)', 'i', true, 's'),
	('angle_wrap(angle,angle)', 'i', true, 's'),
	('angle_pl(angle,angle)', 'i', true, 's'),
	('angle_mi(angle,angle)', 'i', true, 's'),
	('angle_um(angle)', 'i', true, 's'),
	('angle_mul(angle,double precision)', 'i', true, 's'),
	('float8_mul_angle(double precision,angle)', 'i', true, 's'),
	('angle_div(angle,double precision)', 'i', true, 's'),
	('angle_distance(angle,angle)', 'i', true, 's'),
	('angle_eq(angle,angle)', 'i', true, 's'),
	('angle_ne(angle,angle)', 'i', true, 's'),
	('angle_lt(angle,angle)', 'i', true, 's'),
	('angle_le(angle,angle)', 'i', true, 's'),
	('angle_gt(angle,angle)', 'i', true, 's'),
	('angle_ge(angle,angle)', 'i', true, 's'),
	('angle_cmp(angle,angle)', 'i', true, 's'),
	('angle_sortsupport(internal)', 'i', true, 's'),
	('angle_hash(angle)', 'i', true, 's'),
	('angle_hash_extended(angle,bigint)', 'i', true, 's'),
	('angle_between(double precision[],double precision[])', 'i', true, 's'),
	('angle_between(real[],real[])', 'i', true, 's'),
	('angle_between(cube,cube)', 'i', true, 's'),
	('angle_between_signed(double precision[],double precision[])', 'i', true, 's'),
	('angle_between_signed(real[],real[])', 'i', true, 's'),
	('angle_between_signed(double precision[],double precision[],double precision[])', 'i', true, 's'),
	('angle_between_signed(real[],real[],real[])', 'i', true, 's'),
	-- circular statistics (0.3.0): support functions are strict, aggregates not
	('angular_deviation(double precision,double precision)', 'i', false, 's'),
	('angular_deviation(double precision,double precision,double precision)', 'i', false, 's'),
	('angular_deviation(time without time zone)', 'i', false, 's'),
	('angular_deviation(time without time zone,double precision)', 'i', false, 's'),
	('circular_mean(double precision,double precision)', 'i', false, 's'),
	('circular_mean(double precision,double precision,double precision)', 'i', false, 's'),
	('circular_mean(time without time zone)', 'i', false, 's'),
	('circular_mean(time without time zone,double precision)', 'i', false, 's'),
	('circular_stats_agg(double precision,double precision)', 'i', false, 's'),
	('circular_stats_agg(double precision,double precision,double precision)', 'i', false, 's'),
	('circular_stats_agg(time without time zone)', 'i', false, 's'),
	('circular_stats_agg(time without time zone,double precision)', 'i', false, 's'),
	('circular_stats_merge(circular_stats)', 'i', false, 's'),
	('circular_stddev(double precision,double precision)', 'i', false, 's'),
	('circular_stddev(double precision,double precision,double precision)', 'i', false, 's'),
	('circular_stddev(time without time zone)', 'i', false, 's'),
	('circular_stddev(time without time zone,double precision)', 'i', false, 's'),
	('circular_var(double precision,double precision)', 'i', false, 's'),
	('circular_var(double precision,double precision,double precision)', 'i', false, 's'),
	('circular_var(time without time zone)', 'i', false, 's'),
	('circular_var(time without time zone,double precision)', 'i', false, 's'),
	('mean_resultant_length(double precision,double precision)', 'i', false, 's'),
	('mean_resultant_length(double precision,double precision,double precision)', 'i', false, 's'),
	('mean_resultant_length(time without time zone)', 'i', false, 's'),
	('mean_resultant_length(time without time zone,double precision)', 'i', false, 's'),
	('angular_deviation(circular_stats)', 'i', true, 's'),
	('angular_deviation_interval(circular_stats)', 'i', true, 's'),
	('circular_mean(circular_stats)', 'i', true, 's'),
	('circular_mean_time(circular_stats)', 'i', true, 's'),
	('circular_stats_accum(circular_stats,double precision,double precision)', 'i', true, 's'),
	('circular_stats_accum(circular_stats,double precision,double precision,double precision)', 'i', true, 's'),
	('circular_stats_accum(circular_stats,time without time zone)', 'i', true, 's'),
	('circular_stats_accum(circular_stats,time without time zone,double precision)', 'i', true, 's'),
	('circular_stats_combine(circular_stats,circular_stats)', 'i', true, 's'),
	('circular_stats_combine_inv(circular_stats,circular_stats)', 'i', true, 's'),
	('circular_stats_count(circular_stats)', 'i', true, 's'),
	('circular_stats_final(circular_stats)', 'i', true, 's'),
	('circular_stats_in(cstring)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,double precision,double precision)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,double precision,double precision,double precision)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,time without time zone)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,time without time zone,double precision)', 'i', true, 's'),
	('circular_stats_out(circular_stats)', 'i', true, 's'),
	('circular_stats_period(circular_stats)', 'i', true, 's'),
	('circular_stats_recv(internal)', 'i', true, 's'),
	('circular_stats_send(circular_stats)', 'i', true, 's'),
	('circular_stddev(circular_stats)', 'i', true, 's'),
	('circular_stddev_interval(circular_stats)', 'i', true, 's'),
	('circular_var(circular_stats)', 'i', true, 's'),
	('mean_resultant_length(circular_stats)', 'i', true, 's'),
	-- the angle overloads of the circular statistics (0.3.0)
	('circular_stats_accum(circular_stats,angle)', 'i', true, 's'),
	('circular_stats_accum(circular_stats,angle,double precision)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,angle)', 'i', true, 's'),
	('circular_stats_inv(circular_stats,angle,double precision)', 'i', true, 's'),
	('circular_mean_angle(circular_stats)', 'i', true, 's'),
	('circular_stddev_angle(circular_stats)', 'i', true, 's'),
	('angular_deviation_angle(circular_stats)', 'i', true, 's'),
	('circular_mean(angle)', 'i', false, 's'),
	('circular_mean(angle,double precision)', 'i', false, 's'),
	('mean_resultant_length(angle)', 'i', false, 's'),
	('mean_resultant_length(angle,double precision)', 'i', false, 's'),
	('circular_var(angle)', 'i', false, 's'),
	('circular_var(angle,double precision)', 'i', false, 's'),
	('circular_stddev(angle)', 'i', false, 's'),
	('circular_stddev(angle,double precision)', 'i', false, 's'),
	('angular_deviation(angle)', 'i', false, 's'),
	('angular_deviation(angle,double precision)', 'i', false, 's'),
	('circular_stats_agg(angle)', 'i', false, 's'),
	('circular_stats_agg(angle,double precision)', 'i', false, 's');

CREATE TEMP VIEW actual_fn AS
SELECT p.oid::regprocedure::text AS sig, p.provolatile AS vol,
       p.proisstrict AS strict, p.proparallel AS par, p.prokind AS kind,
       obj_description(p.oid, 'pg_proc') AS comment
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'angle'
  JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
 WHERE d.deptype = 'e';

SELECT plan((SELECT count(*)::int * 4 + 1 FROM expected_fn));

SELECT set_eq('SELECT sig FROM actual_fn', 'SELECT sig FROM expected_fn',
              'the extension has exactly the listed functions');
SELECT is(a.vol, e.vol, e.sig || ' volatility')
  FROM expected_fn e LEFT JOIN actual_fn a USING (sig) ORDER BY e.sig;
SELECT is(a.strict, e.strict, e.sig || ' strictness')
  FROM expected_fn e LEFT JOIN actual_fn a USING (sig) ORDER BY e.sig;
SELECT is(a.par, e.par, e.sig || ' parallel safety')
  FROM expected_fn e LEFT JOIN actual_fn a USING (sig) ORDER BY e.sig;
SELECT ok(a.comment IS NOT NULL AND a.comment <> '', e.sig || ' has a comment')
  FROM expected_fn e LEFT JOIN actual_fn a USING (sig) ORDER BY e.sig;

SELECT * FROM finish();
ROLLBACK;
