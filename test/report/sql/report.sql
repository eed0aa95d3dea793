-- Report statistics (issue 12): median, quantiles, smallest arc,
-- histograms, wind roses, compass points.  Every expected value below was
-- checked by hand or against the published vectors of the anchors.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

-- Published median vectors (R median.circular, scipy circmedian).
SELECT circular_median(x, 360) FROM unnest('{43,45,52,61,75,88,88,279,375}'::float8[]) x;  -- 52
SELECT circular_median(x, 2 * pi()) FROM unnest(ARRAY[-9*pi()/16, -9*pi()/16, 0, 9*pi()/16, 9*pi()/16]) x;  -- 0
SELECT circular_median(x, 2 * pi()) = pi() FROM unnest(ARRAY[-pi()/8, pi()/8, pi(), pi()]) x;  -- pi
SELECT circular_median(x, 2 * pi()) IS NULL AS undefined FROM unnest(ARRAY[0, 2*pi()/3, -2*pi()/3]) x;
-- Zar: median 103, quantiles 45, 74.5, 103, 120.75, 154
SELECT circular_median(x, 360), circular_quantiles(x, '{0,0.25,0.5,0.75,1}', 360),
       circular_quantile(x, 0.25, 360)
  FROM unnest('{45,55,81,96,110,117,132,154}'::float8[]) x;
-- even count: the two middle values tie exactly, their midpoint
SELECT circular_median(x, 360) FROM unnest('{350,10}'::float8[]) x;  -- 0
SELECT circular_median(x, 360) FROM unnest('{10,20,30,40}'::float8[]) x;  -- 25
-- antipodal pair: undefined
SELECT circular_median(x, 360) IS NULL AS undefined FROM unnest('{0,180}'::float8[]) x;
-- uniform: every candidate ties, their mean is undefined
SELECT circular_median(x, 360) IS NULL AS undefined FROM generate_series(0, 350, 10) x;
-- values many turns apart are reduced first
SELECT circular_median(x, 360) FROM unnest('{-350,10,375,-3590}'::float8[]) x;  -- 10, 10, 15, 10 -> 10
-- one value, duplicates, -0
SELECT circular_median(x, 360) FROM unnest('{-0}'::float8[]) x;
SELECT circular_median(x, 360) FROM unnest('{7,7,7}'::float8[]) x;
-- NULL rows skipped, no rows NULL, NaN gives NaN
SELECT circular_median(x, 360) FROM unnest('{5,NULL,7,6}'::float8[]) x;
SELECT circular_median(x, 360) IS NULL AS empty FROM unnest('{}'::float8[]) x;
SELECT circular_median(x, 360), circular_range(x, 360) FROM unnest('{5,NaN}'::float8[]) x;

-- quantiles cut at the antipode of the median (R's definition)
SELECT circular_quantiles(x, '{0,0.5,1}', 360) FROM unnest('{350,0,10,20}'::float8[]) x;  -- 350, 5, 20
SELECT circular_quantiles(x, '{}', 360) FROM unnest('{1,2}'::float8[]) x;

-- Smallest arc: the pigeon data, arc from 135 to 20, width 245
SELECT circular_range(x, 360), circular_range_start(x, 360), circular_range_end(x, 360)
  FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x;
-- ties between equal gaps: the arc starting at the smallest value wins
SELECT circular_range(x, 360), circular_range_start(x, 360), circular_range_end(x, 360)
  FROM unnest('{0,90,180,270}'::float8[]) x;   -- 270, 0, 270
SELECT circular_range(x, 360), circular_range_start(x, 360), circular_range_end(x, 360)
  FROM unnest('{10,100,200,290}'::float8[]) x; -- gaps 90,100,90,80: 260 from 200 to 100
SELECT circular_range(x, 360), circular_range_start(x, 360) FROM unnest('{42}'::float8[]) x;  -- 0, 42

-- time and angle forms
SELECT circular_median(t), circular_range(t), circular_range_start(t), circular_range_end(t),
       circular_quantile(t, 0.5), circular_quantiles(t, '{0,1}')
  FROM (VALUES ('23:00'::time), ('01:00'), ('00:30')) v(t);
SELECT circular_median(t) FROM (VALUES ('00:00:00.000001'::time), ('00:00:00.000002')) v(t);  -- .0000015 rounds to even
SELECT circular_median(a), circular_range(a), circular_range_start(a), circular_range_end(a),
       circular_quantile(a, 1), circular_quantiles(a, '{0.5}')
  FROM (VALUES ('350°'::angle), ('10°'), ('20°')) v(a);

-- Histogram: bin 0 of 16 is [-11.25, 11.25); lower edges closed
SELECT x, circular_histogram(x, 360, 16) FROM unnest('{-11.25, 11.25, 11.249999999999998, 348.75, 348.74999999999994, 360, -0, 0, 1e20, -1e20, 337.5, 720.5, -360}'::float8[]) x GROUP BY x ORDER BY x;
SELECT circular_histogram(x, 360, 4, 45) FROM unnest('{0, 45, 90, 89.99999999999999, 359}'::float8[]) x;
-- period 2pi: edges that are not doubles
SELECT circular_histogram(x, 2 * pi(), 4) FROM unnest(ARRAY[pi()/4, -pi()/4, 3*pi()/4, pi(), 2*pi()]) x;
SELECT circular_histogram(x, 360, 1) FROM generate_series(1, 5) x;
SELECT circular_histogram(t, 4) FROM (VALUES ('03:00'::time), ('02:59:59.999999'), ('21:00'), ('09:00')) v(t);
SELECT circular_histogram(t, 2, '06:00'::interval) FROM (VALUES ('00:00'::time), ('12:00'), ('11:59')) v(t);
SELECT circular_histogram(a, 8) FROM (VALUES ('22.5°'::angle), ('-22.5°'), ('0.25 turn')) v(a);
SELECT circular_histogram(a, 8, 22.5) FROM (VALUES ('22.5°'::angle), ('0°')) v(a);
SELECT circular_histogram(x, 360, 8) IS NULL AS empty FROM unnest('{NULL}'::float8[]) x;

-- Compass points: sectors centred on the points, lower edges closed
SELECT d, compass_point(d) AS p16, compass_point(d, 4) AS p4, compass_point(d, 8) AS p8, compass_point(d, 32) AS p32
  FROM unnest('{0, 11.25, 11.249999999999998, 22.5, 45, 90, 168.75, 180, 348.75, 348.74999999999994, 359.9, -45, 405, 1e20}'::float8[]) d;
SELECT compass_point('202.5°'::angle), compass_point('0.5 turn'::angle, 4);

-- Wind rose: calms apart (also with a NULL direction), sectors by bands
SELECT wind_rose(d, s, 4, '{1,5}') FROM (VALUES (0,0.5),(NULL,0.2),(90,3),(100,7),(350,2),(NULL,3),(45,5)) v(d,s);
SELECT * FROM wind_rose_rows((SELECT wind_rose(d, s, 4, '{1,5}') FROM (VALUES (0,0.5),(NULL,0.2),(90,3),(100,7),(350,2),(45,5)) v(d,s)), 4, '{1,5}');
SELECT direction, speed, count FROM wind_rose_rows((SELECT wind_rose(a, s, 3, '{2}') FROM (VALUES ('0°'::angle, 2), ('240°', 9)) v(a, s)), 3, '{2}');

-- Serial, parallel and merged results are identical.
CREATE TABLE rep AS
SELECT i, (i * 7919 % 3600) / 10.0 + (i % 3) * 360 AS x, (i % 5) AS g,
       ('00:00'::time + (i * 7919 % 86400) * interval '1 second') AS t
  FROM generate_series(1, 20000) i;
ANALYZE rep;
CREATE TEMP TABLE serial AS
SELECT circular_median(x, 360) AS m, circular_quantiles(x, '{0.1,0.5,0.9}', 360) AS q,
       circular_range(x, 360) AS r, circular_range_start(x, 360) AS rs,
       circular_histogram(x, 360, 16) AS h, wind_rose(x, i % 13, 8, '{2,5,9}') AS w,
       circular_median(t) AS mt
  FROM rep;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT circular_median(x, 360), circular_histogram(x, 360, 16) FROM rep;
CREATE TEMP TABLE par AS
SELECT circular_median(x, 360) AS m, circular_quantiles(x, '{0.1,0.5,0.9}', 360) AS q,
       circular_range(x, 360) AS r, circular_range_start(x, 360) AS rs,
       circular_histogram(x, 360, 16) AS h, wind_rose(x, i % 13, 8, '{2,5,9}') AS w,
       circular_median(t) AS mt
  FROM rep;
RESET ALL;
SELECT (SELECT row(s.*)::text FROM serial s) = (SELECT row(p.*)::text FROM par p) AS parallel_equal;
-- merged: per-group histograms added up equal the whole histogram
SELECT (SELECT array_agg(s ORDER BY k) FROM (SELECT k, sum(h[k]) AS s FROM
          (SELECT circular_histogram(x, 360, 16) AS h FROM rep GROUP BY g) q, generate_series(1, 16) k GROUP BY k) z)
     = (SELECT array_agg(v::numeric) FROM unnest((SELECT h FROM serial)) v) AS merged_equal;
-- the median of a table equals that of its rows in another order
SELECT (SELECT circular_median(x, 360) FROM (SELECT x FROM rep ORDER BY x DESC) o) = (SELECT m FROM serial) AS order_free;
SELECT m, q, r, rs, h, mt FROM serial;
-- Values on an edge where the first estimate of the bin is one too low
-- (found by an exact search with rationals): 261 (= -99) opens bin 73 of
-- 100, its predecessor is in bin 72; 1.932595714594046 is in bin 4 of 12
-- at period 2pi with offset 0.1.
SELECT x, array_position(circular_histogram(x, 360, 100), 1) - 1 AS bin
  FROM unnest('{-99, 261, 260.99999999999994}'::float8[]) x GROUP BY x ORDER BY x;
SELECT array_position(circular_histogram(1.932595714594046, 2 * pi(), 12, 0.1), 1) - 1 AS bin;
