-- vector_angle against the SQL formula a user would write, a naive C
-- function (bench/naive.c: acos(a.b / (|a||b|)) in a plain loop) and a bare
-- sum(x) scan of the same table, for 3-D float8[], float4[] and cube, and
-- 100-D and 1000-D float8[] (fewer rows, so that each query takes about as
-- long).  The 1000-D arrays (8 kB each) are stored out of line (TOAST), and
-- their detoasting is part of every row's cost but the bare scan's.
\set ON_ERROR_STOP 1
SELECT setseed(0.42);
CREATE TABLE bench.v3 AS
SELECT ARRAY[random() - 0.5, random() - 0.5, random() - 0.5] AS a,
       ARRAY[random() - 0.5, random() - 0.5, random() - 0.5] AS b,
       random() AS x
  FROM generate_series(1, 1000000);
CREATE TABLE bench.v3f4 AS SELECT a::float4[] AS a, b::float4[] AS b, x FROM bench.v3;
CREATE TABLE bench.v3cube AS SELECT cube(a) AS a, cube(b) AS b, x FROM bench.v3;
CREATE TABLE bench.v100 AS
SELECT (SELECT array_agg(random() - 0.5) FROM generate_series(1, 100 + 0 * g)) AS a,
       (SELECT array_agg(random() - 0.5) FROM generate_series(1, 100 + 0 * g)) AS b,
       random() AS x
  FROM generate_series(1, 100000) g;
CREATE TABLE bench.v1000 AS
SELECT (SELECT array_agg(random() - 0.5) FROM generate_series(1, 1000 + 0 * g)) AS a,
       (SELECT array_agg(random() - 0.5) FROM generate_series(1, 1000 + 0 * g)) AS b,
       random() AS x
  FROM generate_series(1, 10000) g;
VACUUM ANALYZE bench.v3;
VACUUM ANALYZE bench.v3f4;
VACUUM ANALYZE bench.v3cube;
VACUUM ANALYZE bench.v100;
VACUUM ANALYZE bench.v1000;

-- Ratios: the baselines against the bare scan, vector_angle against the
-- naive C function, and the SQL formula against vector_angle (how many
-- times vector_angle's cost the formula takes).
SELECT bench.run('vector 3-D float8[]', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v3', 1000000);
SELECT bench.run('vector 3-D float8[]', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v3', 1000000, 'sum(x) bare scan');
SELECT bench.run('vector 3-D float8[]', 'vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.v3', 1000000, 'naive acos C function');
SELECT bench.run('vector 3-D float8[]', 'SQL acos formula',
	'SELECT sum(acos((a[1]*b[1] + a[2]*b[2] + a[3]*b[3]) / (sqrt(a[1]*a[1] + a[2]*a[2] + a[3]*a[3]) * sqrt(b[1]*b[1] + b[2]*b[2] + b[3]*b[3])))) FROM bench.v3',
	1000000, 'vector_angle');

SELECT bench.run('vector 3-D float4[]', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v3f4', 1000000);
SELECT bench.run('vector 3-D float4[]', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v3f4', 1000000, 'sum(x) bare scan');
SELECT bench.run('vector 3-D float4[]', 'vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.v3f4', 1000000, 'naive acos C function');
-- float4 * float4 is float4 in SQL: the formula is computed in float4 up to
-- sqrt and acos, as a user's query would be.
SELECT bench.run('vector 3-D float4[]', 'SQL acos formula',
	'SELECT sum(acos((a[1]*b[1] + a[2]*b[2] + a[3]*b[3]) / (sqrt(a[1]*a[1] + a[2]*a[2] + a[3]*a[3]) * sqrt(b[1]*b[1] + b[2]*b[2] + b[3]*b[3])))) FROM bench.v3f4',
	1000000, 'vector_angle');

SELECT bench.run('vector 3-D cube', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v3cube', 1000000);
SELECT bench.run('vector 3-D cube', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v3cube', 1000000, 'sum(x) bare scan');
SELECT bench.run('vector 3-D cube', 'vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.v3cube', 1000000, 'naive acos C function');
-- cube's -> binds looser than *, hence the parentheses.
SELECT bench.run('vector 3-D cube', 'SQL acos formula (a->i)',
	'SELECT sum(acos(((a->1)*(b->1) + (a->2)*(b->2) + (a->3)*(b->3)) / (sqrt((a->1)*(a->1) + (a->2)*(a->2) + (a->3)*(a->3)) * sqrt((b->1)*(b->1) + (b->2)*(b->2) + (b->3)*(b->3))))) FROM bench.v3cube',
	1000000, 'vector_angle');

SELECT bench.run('vector 100-D float8[]', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v100', 100000);
SELECT bench.run('vector 100-D float8[]', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v100', 100000, 'sum(x) bare scan');
SELECT bench.run('vector 100-D float8[]', 'vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.v100', 100000, 'naive acos C function');
SELECT bench.run('vector 100-D float8[]', 'SQL acos formula (unnest)',
	'SELECT sum((SELECT acos(sum(x*y)/sqrt(sum(x*x)*sum(y*y))) FROM unnest(a, b) u(x, y))) FROM bench.v100',
	100000, 'vector_angle');

SELECT bench.run('vector 1000-D float8[]', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v1000', 10000);
SELECT bench.run('vector 1000-D float8[]', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v1000', 10000, 'sum(x) bare scan');
SELECT bench.run('vector 1000-D float8[]', 'vector_angle', 'SELECT sum(vector_angle(a, b)) FROM bench.v1000', 10000, 'naive acos C function');
SELECT bench.run('vector 1000-D float8[]', 'SQL acos formula (unnest)',
	'SELECT sum((SELECT acos(sum(x*y)/sqrt(sum(x*x)*sum(y*y))) FROM unnest(a, b) u(x, y))) FROM bench.v1000',
	10000, 'vector_angle');
