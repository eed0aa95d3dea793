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
	('vector_angle_signedd(real[],real[],real[])', 'i', true, 's');

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
