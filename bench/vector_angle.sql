-- vector_angle against the SQL formula, a naive C function and a bare scan.
\set ON_ERROR_STOP 1
SELECT setseed(0.42);
CREATE TABLE bench.v3 AS
SELECT ARRAY[random() - 0.5, random() - 0.5, random() - 0.5] AS a,
       ARRAY[random() - 0.5, random() - 0.5, random() - 0.5] AS b,
       random() AS x
  FROM generate_series(1, 1000000);
CREATE TABLE bench.v3f4 AS SELECT a::float4[] AS a, b::float4[] AS b FROM bench.v3;
CREATE TABLE bench.v3cube AS SELECT cube(a) AS a, cube(b) AS b FROM bench.v3;
VACUUM ANALYZE bench.v3;
VACUUM ANALYZE bench.v3f4;
VACUUM ANALYZE bench.v3cube;

SELECT bench.run('vector 3-D', 'sum(x) bare scan', 'SELECT sum(x) FROM bench.v3', 1000000);
SELECT bench.run('vector 3-D', 'naive acos C function', 'SELECT sum(naive_angle(a, b)) FROM bench.v3', 1000000, 'sum(x) bare scan');
SELECT bench.run('vector 3-D', 'SQL acos formula',
	'SELECT sum(acos((a[1]*b[1] + a[2]*b[2] + a[3]*b[3]) / (sqrt(a[1]*a[1] + a[2]*a[2] + a[3]*a[3]) * sqrt(b[1]*b[1] + b[2]*b[2] + b[3]*b[3])))) FROM bench.v3',
	1000000, 'sum(x) bare scan');
SELECT bench.run('vector 3-D', 'vector_angle float8[]', 'SELECT sum(vector_angle(a, b)) FROM bench.v3', 1000000, 'naive acos C function');
SELECT bench.run('vector 3-D', 'vector_angle float4[]', 'SELECT sum(vector_angle(a, b)) FROM bench.v3f4', 1000000, 'naive acos C function');
SELECT bench.run('vector 3-D', 'vector_angle cube', 'SELECT sum(vector_angle(a, b)) FROM bench.v3cube', 1000000, 'naive acos C function');
