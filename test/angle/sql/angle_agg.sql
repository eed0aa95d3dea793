-- min, max, sum and round of angles (0.6.0; README "angle functions").
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
CREATE TEMP TABLE hd (g int, a angle);
INSERT INTO hd VALUES (1, '10°'), (1, '370°'), (1, '-5°'), (1, NULL), (2, '0.25 turn'), (3, NULL);
-- linear order, as the btree operator class: 370 degrees is the largest
SELECT g, min(a), max(a), sum(a), count(a) FROM hd GROUP BY g ORDER BY g;
-- no rows, or only NULLs: NULL, as for float8
SELECT min(a), max(a), sum(a) FROM hd WHERE false;
-- -0 and +0 are equal; min and max return one of them
SELECT min(a) = '0°' AS min_zero, max(a) = '0°' AS max_zero FROM (VALUES ('-0°'::angle), ('0°')) v(a);
-- sum is compensated: 0.1 deg ten thousand times is 1000 degrees exactly
-- (sum(float8) gives 1000.0000000001588)
SELECT sum(a) AS angle_sum, sum(degrees(a)) AS float8_sum
  FROM (SELECT '0.1°'::angle AS a FROM generate_series(1, 10000)) s;
-- and recovers a small term after cancellation: 1e20 + 1 - 1e20 = 1
SELECT sum(a) FROM (VALUES ('1e20°'::angle), ('1°'), ('-1e20°')) v(a);
-- parallel plans (partial aggregates combined) give the same results
CREATE TEMP TABLE many AS SELECT angle(i * 0.37, 'deg') AS a FROM generate_series(1, 200000) i;
ANALYZE many;
SELECT min(a), max(a), sum(a) FROM many;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT min(a), max(a), sum(a) FROM many;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
-- min and max have sort operators (< and >), so they can read a btree index
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggsortop::regoperator AS sort_operator
  FROM pg_aggregate a WHERE a.aggfnoid IN ('min(angle)'::regprocedure, 'max(angle)'::regprocedure, 'sum(angle)'::regprocedure)
 ORDER BY 1::text;
CREATE INDEX ON many (a);
SET enable_seqscan = off;
SELECT min(a), max(a) FROM many;
RESET enable_seqscan;
-- round(angle, unit, digits): in the unit, to digits decimals, read back
SELECT round('12.3456°'::angle, 'deg', 2) AS deg2, round('12.3456°'::angle, 'deg', 0) AS deg0,
       round('12°30''36"'::angle, 'arcmin', 0) AS arcmin, round('1 rad'::angle, 'rad', 3) AS rad3,
       degrees(round('1 rad'::angle, 'rad', 3)) = degrees('1.000 rad'::angle) AS rad3_is_1rad;
SET angle.output_unit = 'turn';
SELECT round('100°'::angle, 'turn', 2) AS turn2, round('100°'::angle, 'turn', 20) AS turn20;
RESET angle.output_unit;
-- ties on the exact binary value go to even, as round(float8) and printf:
-- 2.5 -> 2, 3.5 -> 4, 0.125 -> 0.12; 0.15 is below 0.15 in binary -> 0.1
SELECT round('2.5°'::angle, 'deg', 0) AS t1, round('3.5°'::angle, 'deg', 0) AS t2,
       round('0.125°'::angle, 'd', 2) AS t3, round('0.15°'::angle, '°', 1) AS t4;
-- negative angles, and no -0: -0.001 to 2 decimals is 0
SELECT round('-12.345°'::angle, 'deg', 1) AS neg, round('-0.001°'::angle, 'deg', 2) AS zero,
       round('-0.001°'::angle, 'deg', 2)::text AS zero_text;
-- large values are integers already, in any unit: unchanged
SELECT round('1e300°'::angle, 'arcsec', 3) = '1e300°' AS huge, round('123456789012345678°'::angle, 'deg', 2) AS large;
