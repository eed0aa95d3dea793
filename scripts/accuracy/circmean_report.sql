-- The accuracy report's circular-mean experiment, part 2: errors against
-- the exact means from "circref ref" (circref.tsv in the scratch directory),
-- in degrees, as the shortest signed difference (the plain-SQL forms return
-- (-180, 180]) and in ULP of the exact mean.
\set ON_ERROR_STOP 1
CREATE TABLE circ_ref (n bigint, hi float8, lo float8, ulp float8, rbar float8);
\copy circ_ref FROM 'circref.tsv'
CREATE TABLE circ_err AS
SELECT r.n, r.rbar, r.hi, m.method, m.ord, m.v,
	   abs(d - 360 * round(d / 360)) AS deg,
	   abs(d - 360 * round(d / 360)) / r.ulp AS ulp
  FROM circ_ref r JOIN circ_got g ON g.n = r.n AND g.cnt = r.n,
	   LATERAL (VALUES (1, 'circular_mean(x, 360)', g.ext),
					   (2, 'degrees(atan2(avg(sind(x)), avg(cosd(x))))', g.sql_deg),
					   (3, 'degrees(atan2(avg(sin(radians(x))), avg(cos(radians(x)))))',
						g.sql_rad)) m(ord, method, v),
	   LATERAL (SELECT (m.v - r.hi) - r.lo AS d) dd;
DO $$ BEGIN
	IF (SELECT count(*) FROM circ_err) <> 27 THEN
		RAISE EXCEPTION 'circmean: reference and results do not match up';
	END IF;
END $$;
SET extra_float_digits = 0;
\pset tuples_only on
\pset format unaligned
\o circ.tsv
SELECT format('%s	%s', n, string_agg(greatest(deg, 1e-18)::text, '	' ORDER BY ord))
  FROM circ_err GROUP BY n ORDER BY n;
\o table_circ.md
SELECT '| n | R̄ | exact mean (°) | circular_mean | SQL sind/cosd | SQL sin(radians) |'
UNION ALL SELECT '|--:|--:|--:|--:|--:|--:|'
UNION ALL
(SELECT format('| %s | %s | %s | %s |', to_char(n, 'FM999,999,999'), round(rbar::numeric, 4),
			   to_char(hi, 'FM990.0000000000'),
			   string_agg(trim(to_char(deg, '9.9EEEE')) || '° (' ||
						  to_char(ulp, 'FM999999990.00') || ' ULP)', ' | ' ORDER BY ord))
   FROM circ_err GROUP BY n, rbar, hi ORDER BY n);
\o
