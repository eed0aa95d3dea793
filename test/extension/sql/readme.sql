-- Every example in README.md, so that the values it shows stay true.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;

-- The pitch.
SELECT vector_angle('{1,0,0}'::float8[], '{1,1e-9,0}') AS near_parallel,
       acos(1 / sqrt(1 + 1e-18::float8)) AS textbook;
SELECT angle_diff(359, 1, 360) AS diff_359_1;
SELECT circular_mean(x, 360) AS mean_350_10, avg(x) AS avg_350_10
  FROM (VALUES (350), (10)) v(x);
SELECT circular_mean(t) AS mean_2300_0100 FROM (VALUES ('23:00'::time), ('01:00')) v(t);
SELECT '0.25 turn'::angle AS quarter_turn, 'NNE'::angle AS nne, '12°30''36"'::angle AS dms;

-- Getting started.
SELECT vector_angle('{1,2,3}'::float8[], '{3,2,1}') AS acos_5_7;
SELECT vector_angled('{1,0}'::float8[], '{1,1}') AS diagonal_deg;
SELECT vector_angle_signedd('{1,0}'::float8[], '{0,-1}') AS clockwise_deg;
SELECT vector_angle_signedd('{1,0,0}'::float8[], '{0,1,0}', axis => '{0,0,1}') AS about_z_deg;
SELECT vector_angled('(1,0,0)'::cube, '(0,1,1)'::cube) AS cube_deg;

-- Circular differences.
SELECT angle_diff(1e20, 0, 360) AS diff_1e20,
       angle_wrap(-1e-20, 360) AS wrap_tiny_negative,
       angle_dist(23, 1, 24) AS dist_hours,
       angle_diff('23:00'::time, '01:00'::time) AS diff_time;

-- Circular statistics, with a small wind table and a daily rollup.
CREATE TEMP TABLE wind (day date, dir float8, speed float8);
INSERT INTO wind VALUES
	('2026-01-01', 350, 2), ('2026-01-01', 10, 2), ('2026-01-02', 20, 1),
	('2026-01-02', 340, 1), ('2026-02-01', 90, 5), ('2026-02-01', 100, 5);
SELECT circular_mean(dir, speed, 360) AS weighted_mean FROM wind
 WHERE day < '2026-02-01';
SELECT circular_mean(a) AS mean_angles FROM (VALUES ('350°'::angle), ('10°')) v(a);
CREATE TEMP TABLE wind_daily AS
  SELECT day, circular_stats_agg(dir, 360) AS s FROM wind GROUP BY day;
SELECT date_trunc('month', day)::date AS month,
       circular_mean(circular_stats_merge(s)) AS monthly_mean
  FROM wind_daily GROUP BY 1 ORDER BY 1;
-- the merged daily states equal the raw rows, bit for bit
SELECT (SELECT circular_stats_merge(s)::text FROM wind_daily WHERE day < '2026-02-01')
     = (SELECT circular_stats_agg(dir, 360)::text FROM wind WHERE day < '2026-02-01') AS merge_equals_raw;

-- Querying orientations (the README's examples on small tables).
CREATE TEMP TABLE obs (id int, dir angle);
INSERT INTO obs VALUES (1, '40°'), (2, '359°'), (3, '1°'), (4, '80°'), (5, '81.5°'),
	(6, '440°'), (7, '200°'), (8, '-10°');
CREATE TEMP TABLE vehicles (id int, heading angle);
INSERT INTO vehicles VALUES (1, '350°'), (2, '14°'), (3, '16°'), (4, '375°');
CREATE TEMP TABLE logins (id int, t timestamp);
INSERT INTO logins VALUES (1, '2026-01-01 23:30'), (2, '2026-01-02 01:59'), (3, '2026-01-02 02:00'), (4, '2026-01-02 12:00');
CREATE INDEX ON obs USING gist (dir);
SELECT * FROM obs WHERE dir <@ arc('NE') ORDER BY id;
SELECT * FROM vehicles WHERE heading <@ arc_around('0°', '15°') ORDER BY id;
SELECT * FROM logins WHERE t::time <@ '[22:00,02:00)'::timearc ORDER BY id;
-- (ids 4 and 6 tie at 0°: only the distances are shown)
SELECT dir <-> '80°'::angle AS dist FROM obs ORDER BY dir <-> '80°'::angle LIMIT 3;
SELECT id, dir, count(*) OVER (ORDER BY dir RANGE BETWEEN '10°' PRECEDING AND '10°' FOLLOWING) AS near
  FROM obs ORDER BY dir, id;
