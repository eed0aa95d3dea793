-- Tests of circular uniformity: kuiper_test, watson_test, rao_spacing_test
-- and hodges_ajne_test.  Exact small cases (worked by hand, p-values
-- checked with mpmath), the pigeon data of Schmidt-Koenig as printed by R
-- circular, the Hodges-Ajne m at exact antipodes, NULL and NaN rows,
-- time and angle forms, and serial = parallel = merged.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 0;
CREATE FUNCTION pg_temp.show(r circular_uniformity_test) RETURNS text LANGUAGE sql AS
$$ SELECT format('%s n=%s stat=%s mod=%s p=%s %s', r.test, r.n, r.statistic, r.modified,
                 round(r.p_value::numeric, 10), r.method) $$;
CREATE FUNCTION pg_temp.all4(v float8[], p float8) RETURNS SETOF text LANGUAGE sql AS $$
  SELECT pg_temp.show(kuiper_test(x, p)) FROM unnest(v) x
  UNION ALL SELECT pg_temp.show(watson_test(x, p)) FROM unnest(v) x
  UNION ALL SELECT pg_temp.show(rao_spacing_test(x, p)) FROM unnest(v) x
  UNION ALL SELECT pg_temp.show(hodges_ajne_test(x, p)) FROM unnest(v) x $$;
-- Two antipodal values: V = 1/2, U² = 1/24, Rao U = 0 (p = 1), m = 1 = n/2 (p = 1).
SELECT * FROM pg_temp.all4('{0,180}', 360);
-- Four equally spaced values: V = 1/4, U² = 1/48, U = 0, m = 2.
SELECT * FROM pg_temp.all4('{0,90,180,270}', 360);
-- Five equal values: V = 1, U² = 5/12, U = 4/5 of the circle (its maximum,
-- p = 0), m = 0 (p = 5/16, the chance that 5 values share a half circle).
SELECT * FROM pg_temp.all4('{10,10,10,10,10}', 360);
-- The pigeon data (Schmidt-Koenig 1958; R circular: Kuiper V = 1.5047,
-- p > 0.15; Watson U² = 0.137 (raw 0.1361), 0.10 < p; Rao U = 161.92°,
-- 0.05 < p < 0.10).
SELECT * FROM pg_temp.all4('{20,135,145,165,170,200,300,325,335,350,350,350,355}', 360);
-- The same in radians and as angles and times of day: same statistics.
SELECT * FROM pg_temp.all4(ARRAY(SELECT radians(x) FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x), 2 * pi());
SELECT pg_temp.show(rao_spacing_test((x || '°')::angle)), pg_temp.show(hodges_ajne_test((x || '°')::angle))
  FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x;
SELECT pg_temp.show(rao_spacing_test('00:00'::time + x * interval '4 minutes')),
       pg_temp.show(kuiper_test('00:00'::time + x * interval '4 minutes'))
  FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x;
-- Hodges-Ajne: 21 values in [10, 30] and 3 at 190, 200, 210: m = 3,
-- p = 18 C(24,3) / 2^23 = 0.004343032836914... (Zar's D8 has m = 3, p = 0.0043).
SELECT pg_temp.show(hodges_ajne_test(x, 360))
  FROM (SELECT 10 + i FROM generate_series(0, 20) i UNION ALL VALUES (190), (200), (210)) v(x);
-- m counts closed half circles: antipodal values share one.  Exact:
-- one unit in the last place away from the antipode they do not.
SELECT k, (hodges_ajne_test(v, 360)).statistic AS m, (hodges_ajne_test(v, 360)).p_value
  FROM (VALUES ('0,0,180 antipodal', '{0,0,180}'::float8[]),
               ('0,0,180-ulp', '{0,0,179.99999999999997}'), ('0,0,180+ulp', '{0,0,180.00000000000003}'),
               ('200,20,20 antipodal', '{200,20,20}'), ('200,20+ulp,20+ulp', '{200,20.000000000000004,20.000000000000004}'),
               ('350,170,10 antipodal', '{350,170,10}'), ('0,90,180 antipodal', '{0,90,180}'),
               ('-340,380,740 equal', '{-340,380,740}'),
               ('10+9ulp twice, 190+ulp: 10+9ulp+180 rounds up to 190+ulp', '{10.000000000000016,10.000000000000016,190.00000000000003}')) t(k, x), unnest(x) v GROUP BY k ORDER BY k;
-- The pigeon data have 170° and 350° exactly antipodal: m = 5 in degrees;
-- in radians the rounding of radians() parts them and m = 4 (above).
SELECT (hodges_ajne_test(v, 2 * pi())).statistic AS m_pi, (hodges_ajne_test(w, 2 * pi())).statistic AS m_next
  FROM (VALUES (0.0, 0.0), (0.0, 0.0), (pi(), pi() + 4.440892098500626e-16)) t(v, w);
-- m = n/2: p = 1 (pycircstat2 gives 0).
SELECT (hodges_ajne_test(x, 360)).* FROM unnest('{0,60,120,180,240,300}'::float8[]) x;
-- Fewer than two values, no rows, NULL rows, NaN rows.
SELECT kuiper_test(x, 360) IS NULL AS one, watson_test(x, 360) IS NULL AS one_w,
       rao_spacing_test(x, 360) IS NULL AS one_r, hodges_ajne_test(x, 360) IS NULL AS one_h
  FROM (VALUES (10.0)) v(x);
SELECT kuiper_test(x, 360) IS NULL AS none FROM (VALUES (10.0)) v(x) WHERE false;
SELECT pg_temp.show(watson_test(x, 360)) FROM (VALUES (0.0), (NULL), (180.0), (90.0), (NULL)) v(x);
SELECT pg_temp.show(watson_test(x, p)) FROM (VALUES (0.0, 360), (90.0, NULL), (180.0, 360)) v(x, p);
SELECT (kuiper_test(x, 360)).*, (hodges_ajne_test(x, 360)).p_value AS h FROM (VALUES (1.0), ('NaN'), (3.0)) v(x);
-- Values many turns out reduce exactly: the same as the reduced data.
SELECT (SELECT row((kuiper_test(x + 360 * (i % 7 - 3), 360)).*)::text FROM (SELECT x, row_number() OVER () i FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x) z)
     = (SELECT row((kuiper_test(x, 360)).*)::text FROM unnest('{20,135,145,165,170,200,300,325,335,350,350,350,355}'::float8[]) x) AS turns_equal;

-- Serial, parallel and merged results are identical (the final sorts the
-- exact values).
CREATE TABLE uni AS
SELECT i, (i * 7919 % 3600) / 10.0 + (i % 3) * 360 AS x, (i % 5) AS g,
       ('00:00'::time + (i * 7919 % 86400) * interval '1 second') AS t
  FROM generate_series(1, 20000) i;
ANALYZE uni;
CREATE TEMP TABLE serial AS
SELECT kuiper_test(x, 360) AS k, watson_test(x, 360) AS w, rao_spacing_test(x, 360) AS r,
       hodges_ajne_test(x, 360) AS h, kuiper_test(t) AS kt, watson_test((x || '°')::angle) AS wa
  FROM uni;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT kuiper_test(x, 360) FROM uni;
CREATE TEMP TABLE par AS
SELECT kuiper_test(x, 360) AS k, watson_test(x, 360) AS w, rao_spacing_test(x, 360) AS r,
       hodges_ajne_test(x, 360) AS h, kuiper_test(t) AS kt, watson_test((x || '°')::angle) AS wa
  FROM uni;
RESET ALL;
SET extra_float_digits = 0;
SELECT (SELECT row(s.*)::text FROM serial s) = (SELECT row(p.*)::text FROM par p) AS parallel_equal;
SELECT (SELECT watson_test(x, 360) FROM (SELECT x FROM uni ORDER BY x DESC) o)::text = (SELECT w FROM serial)::text AS order_free;
SELECT pg_temp.show(k), pg_temp.show(r), pg_temp.show(h) FROM serial;
