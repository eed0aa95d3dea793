-- The angle demo report.  Run by scripts/demo.sh on a throwaway cluster.
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
SET extra_float_digits = 0;

\echo
\echo '== Angles between nearly parallel and nearly opposite vectors =='
\echo 'a = (1, 0, 0) and b = (±1, t, 0): the true angle is atan(t), or pi - atan(t).'
\echo 'The naive formula acos(a.b / (|a| |b|)) loses every digit; vector_angle keeps them.'
\echo

CREATE TEMP TABLE pairs AS
SELECT format('%s, t = %s', CASE WHEN s > 0 THEN 'parallel' ELSE 'opposite' END, t) AS "case",
       ARRAY[1, 0, 0]::float8[] AS a,
       ARRAY[s, t, 0]::float8[] AS b,
       CASE WHEN s > 0 THEN atan(t) ELSE pi() - atan(t) END AS truth
  FROM unnest(ARRAY[1, -1]) AS s, unnest(ARRAY[1e-3, 1e-6, 1e-9, 1e-12]::float8[]) AS t;

SELECT "case",
       truth AS "true angle",
       vector_angle(a, b) AS "vector_angle",
       acos((a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
            / (sqrt(a[1] ^ 2 + a[2] ^ 2 + a[3] ^ 2) * sqrt(b[1] ^ 2 + b[2] ^ 2 + b[3] ^ 2))) AS "naive acos"
  FROM pairs ORDER BY truth;

\echo 'Relative error (0 means every printed digit is right):'
SELECT "case",
       abs(vector_angle(a, b) - truth) / truth AS "vector_angle",
       abs(acos((a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
                / (sqrt(a[1] ^ 2 + a[2] ^ 2 + a[3] ^ 2) * sqrt(b[1] ^ 2 + b[2] ^ 2 + b[3] ^ 2))) - truth) / truth AS "naive acos"
  FROM pairs ORDER BY truth;

\echo '== Degrees, and degenerate input =='
SELECT vector_angled('{1,0}'::float8[], '{1,1}') AS "(1,0)^(1,1)",
       vector_angled('{1e300,0}'::float8[], '{1e300,1e300}') AS "same at 1e300",
       vector_angled('(1,0)'::cube, '(0,1)'::cube) AS "cube points",
       vector_angle_signedd('{1,0}'::float8[], '{0,-1}') AS "signed, clockwise",
       coalesce(vector_angle('{0,0}'::float8[], '{1,0}')::text, 'NULL') AS "zero vector";
