-- Text input and output of the angle type against float8's: bare numbers
-- read as angles (text::angle, which angle_in parses) and as float8, and
-- angles printed in degrees and in degrees-minutes-seconds against float8
-- printed.  The numbers are random() * 360 printed by float8 (17 digits
-- mostly), the same values in both types.
\set ON_ERROR_STOP 1
SELECT setseed(0.23);
CREATE TABLE bench.io AS
SELECT x, x::text AS s, angle(x, 'deg') AS g
  FROM (SELECT random() * 360 AS x FROM generate_series(1, 1000000)) v;
VACUUM ANALYZE bench.io;

SELECT bench.run('angle I/O', 'float8 input', 'SELECT count(s::float8) FROM bench.io', 1000000);
SELECT bench.run('angle I/O', 'angle input', 'SELECT count(s::angle) FROM bench.io',
	1000000, 'float8 input');
SELECT bench.run('angle I/O', 'float8 output', 'SELECT sum(octet_length(x::text)) FROM bench.io', 1000000);
SELECT bench.run('angle I/O', 'angle output, deg', 'SELECT sum(octet_length(g::text)) FROM bench.io',
	1000000, 'float8 output');
SELECT bench.run('angle I/O', 'angle output, dms', 'SELECT sum(octet_length(g::text)) FROM bench.io',
	1000000, 'float8 output', 5, 'SET angle.output_unit = dms');
