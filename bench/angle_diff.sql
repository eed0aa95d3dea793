-- angle_diff on float8 against a plain a - b and the SQL formula a user
-- would write; PostgreSQL has no float8 mod, so the formula needs numeric.
\set ON_ERROR_STOP 1
SELECT setseed(0.17);
CREATE TABLE bench.diff AS
SELECT random() * 720 - 360 AS a, random() * 720 - 360 AS b
  FROM generate_series(1, 1000000);
VACUUM ANALYZE bench.diff;

SELECT bench.run('angle_diff', 'sum(a - b)', 'SELECT sum(a - b) FROM bench.diff', 1000000);
SELECT bench.run('angle_diff', 'angle_diff(a, b, 360)',
	'SELECT sum(angle_diff(a, b, 360)) FROM bench.diff', 1000000, 'sum(a - b)');
SELECT bench.run('angle_diff', 'SQL mod formula (numeric)',
	'SELECT sum(mod(mod((a - b + 180)::numeric, 360) + 360, 360) - 180) FROM bench.diff',
	1000000, 'angle_diff(a, b, 360)');
