-- The angle demo report.  Run by scripts/demo.sh on a throwaway cluster.
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
SET extra_float_digits = 1;

\echo
\echo '== Angles between nearly parallel and nearly opposite vectors =='
\echo 'a = (1, 0, 0) and b = (±1, t, 0).  The true angle is atan(t), or pi - atan(t),'
\echo 'from mpmath at 300 bits.  The naive formula acos(a.b / (|a| |b|)) loses'
\echo 'every digit of the small angle; vector_angle keeps them.'
\echo

CREATE TEMP TABLE pairs AS
SELECT format('%s t=%s', CASE WHEN s > 0 THEN 'atan' ELSE 'pi-atan' END, t) AS "case",
       ARRAY[1, 0, 0]::float8[] AS a, ARRAY[s, t, 0]::float8[] AS b,
       hi, lo, 2::float8 ^ ulp AS ulp
  FROM (VALUES (1, 1e-3::float8, 0.0009999996666668668::float8, -1.0247543344088032e-19::float8, -62),
               (1, 1e-6, 9.999999999996666e-07, -2.586858856610466e-23, -72),
               (1, 1e-9, 1e-09, -3.3333333333333338e-28, -82),
               (1, 1e-12, 1e-12, -3.333333333333333e-37, -92),
               (-1, 1e-3, 3.1405926539231266, -2.15270241598307e-16, -51),
               (-1, 1e-6, 3.1415916535897934, -1.8151318437137909e-16, -51),
               (-1, 1e-9, 3.141592652589793, 2.0520505085187742e-16, -51),
               (-1, 1e-12, 3.141592653588793, 2.1136526225576705e-16, -51)) AS v(s, t, hi, lo, ulp);
-- hi + lo is the true angle (mpmath, 300 bits) as a sum of two doubles; the
-- error of a result x in ULP is |(x - hi) - lo| / ulp.

CREATE TEMP TABLE result AS
SELECT "case", hi, lo, ulp, vector_angle(a, b) AS va,
       acos((a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
            / (sqrt(a[1] ^ 2 + a[2] ^ 2 + a[3] ^ 2) * sqrt(b[1] ^ 2 + b[2] ^ 2 + b[3] ^ 2))) AS naive
  FROM pairs;

SELECT "case", hi AS "true angle", va AS "vector_angle", naive AS "naive acos",
       round((abs((va - hi) - lo) / ulp)::numeric, 2) AS "ULP err",
       round((abs((naive - hi) - lo) / ulp)::numeric) AS "naive ULP err"
  FROM result ORDER BY hi;

\echo '== Degrees, extremes and degenerate input =='
SELECT vector_angled('{1,0}'::float8[], '{1,1}') AS "(1,0)^(1,1)",
       vector_angled('{1e300,0}'::float8[], '{1e300,1e300}') AS "same at 1e300",
       vector_angled('{5e-324,0}'::float8[], '{5e-324,5e-324}') AS "subnormal",
       vector_angled('(1,0)'::cube, '(0,1)'::cube) AS "cube points",
       vector_angle_signedd('{1,0}'::float8[], '{0,-1}') AS "signed, clockwise",
       coalesce(vector_angle('{0,0}'::float8[], '{1,0}')::text, 'NULL') AS "zero vector",
       vector_angled(ARRAY[3,0], ARRAY[2,2]) AS "integer arrays";

\echo
\echo '== Circular differences: the period is always explicit =='
\echo 'A float8 has no unit, so the period (360, 24, 2*pi) is required: angle_diff(359, 1)'
\echo 'without one is an error (until 0.5.0 it silently meant radians).  time and'
\echo 'angle values carry their period.'
\echo
SELECT angle_diff(359, 1, 360) AS "359 - 1 (360)", angle_diff(23, 1, 24) AS "23 - 1 (24 h)",
       round(angle_diff(6, 0, 2 * pi())::numeric, 6) AS "6 - 0 (2 pi)",
       angle_diff('23:00'::time, '01:00') AS "23:00 - 01:00", angle_diff('350°'::angle, '10°') AS "350° - 10°";

\echo
\echo '== Wind directions by station (degrees, clockwise from north) =='
\echo 'A northerly wind blows from around 350° and 10°: the arithmetic mean says'
\echo 'south (180°); the circular mean says north.  R̄ near 1 means steady wind;'
\echo 'near 0 (Fair Isle, variable winds) the mean direction means little.'
\echo

\o /dev/null
SELECT setseed(0.2026);
\o
CREATE TEMP TABLE wind AS
SELECT station, angle_wrap(centre + spread * (random() + random() + random() - 1.5) * 2, 360) AS dir
  FROM (VALUES ('Ushant', 355.0::float8, 20.0::float8),
               ('Heligoland', 10.0, 60.0),
               ('Malin Head', 270.0, 35.0),
               ('Fair Isle', 180.0, 170.0)) AS s(station, centre, spread),
       generate_series(1, 500);

SELECT station,
       round(avg(dir)::numeric, 1) AS "avg (wrong)",
       round(circular_mean(dir, 360)::numeric, 1) AS "circular_mean",
       round(mean_resultant_length(dir, 360)::numeric, 3) AS "R̄",
       round(circular_stddev(dir, 360)::numeric, 1) AS "circular_stddev"
  FROM wind GROUP BY station ORDER BY station;

\echo '== Is the direction real? (0.10.0) =='
\echo 'The Rayleigh test asks whether the directions could be uniform; Kuiper'
\echo 'and the Hodges-Ajne test ask the same of any shape.  kappa is the exact'
\echo 'maximum-likelihood von Mises concentration (R and astropy approximate it).'
\echo 'Fair Isle is the one station whose wind has no preferred direction.'
\echo

SELECT station,
       to_char(rayleigh_test(dir, 360), '0.99EEEE') AS "Rayleigh p",
       to_char((kuiper_test(dir, 360)).p_value, '0.99EEEE') AS "Kuiper p",
       (hodges_ajne_test(dir, 360)).statistic AS "Hodges-Ajne m",
       round(von_mises_kappa(dir, 360)::numeric, 2) AS "kappa"
  FROM wind GROUP BY station ORDER BY station;

\echo 'How sure is each mean direction?  circular_mean_ci is Fisher''s 95 % interval'
\echo '(0.11.0); it is empty (NULL) where the directions are too spread for one.'
\echo

SELECT station, round(mean::numeric, 1) AS "mean",
       round((ci).lower::numeric, 1) AS "95 % from", round((ci).upper::numeric, 1) AS "to"
  FROM (SELECT station, circular_mean(dir, 360) AS mean, circular_mean_ci(dir, 360, 0.95) AS ci
          FROM wind GROUP BY station) q
 ORDER BY station;

\echo '== Mean login time around midnight =='
\echo 'Logins at 23:10, 23:40, 00:20 and 00:50 average to noon with avg(); the'
\echo 'circular mean of the clock times gives the answer a person would.'
\echo

CREATE TEMP TABLE logins (t time);
INSERT INTO logins VALUES ('23:10'), ('23:40'), ('00:20'), ('00:50');
SELECT avg(t::interval)::time AS "avg (wrong)",
       circular_mean(t) AS "circular_mean",
       angular_deviation(t) AS "angular_deviation"
  FROM logins;

\echo '== A wind rose, as text =='
\echo '1,000 simulated hourly winds, mostly from the south-west.  wind_rose counts'
\echo 'calms (below 1 m/s) apart and each compass sector by speed band;'
\echo 'wind_rose_rows turns the counts into report rows; one # per 1 % of rows.'
\echo

SELECT setseed(0.5) \g /dev/null
CREATE TEMP TABLE hourly AS
SELECT (225 + 60 * (random() + random() + random() - 1.5) + CASE WHEN i % 5 = 0 THEN 180 ELSE 0 END) AS dir,
       greatest(0, 6 * random() * random() * 2.2) AS speed
  FROM generate_series(1, 1000) i;
SELECT coalesce(direction, '') AS direction,
       string_agg(format('%s %s', speed, count), ', ' ORDER BY band) FILTER (WHERE count > 0) AS "speed m/s: rows",
       sum(count) AS rows,
       repeat('#', round(sum(percent))::int) AS rose
  FROM wind_rose_rows((SELECT wind_rose(dir, speed, 16, '{1,3,6}') FROM hourly), 16, '{1,3,6}')
 GROUP BY sector, direction ORDER BY sector NULLS FIRST;
SELECT compass_point(circular_median(dir, 360)) AS "median direction",
       round(circular_median(dir, 360)::numeric, 1) AS "circular_median",
       round(circular_range(dir, 360)::numeric, 1) AS "circular_range"
  FROM hourly;

\echo '== The same logins as timestamps, in an explicit time zone =='
\echo 'ts::time depends on the session TimeZone; circular_mean(ts, zone) does not.'
\echo

CREATE TEMP TABLE login_ts (ts timestamptz);
INSERT INTO login_ts SELECT ('2026-03-02 ' || t || '+01')::timestamptz FROM logins;
SELECT circular_mean(ts, 'Europe/Paris') AS "Paris", circular_mean(ts, 'UTC') AS "UTC",
       circular_mean(ts, 'Asia/Tokyo') AS "Tokyo"
  FROM login_ts;
