-- The accuracy report's vector experiment (run by scripts/accuracy.sh from
-- its scratch directory, which holds sweep.tsv from "refgen sweep").
--
-- Every method is evaluated in SQL, in float8, as a user would write it
-- over float8[]; vector_angle is the extension's function.  Sums are core's
-- sum(float8), a plain left-to-right float sum.
--   acos    acos(a.b / sqrt(|a|^2 |b|^2)), the argument clamped to [-1, 1]
--           (core's acos raises an error outside it)
--   atan2   atan2(|a x b|, a.b), |a x b| = sqrt(sum over i<j of
--           (a_i b_j - a_j b_i)^2): the cross product's norm in 3-D, the
--           wedge product's in n-D
--   kahan   2 atan2(|a^ - b^|, |a^ + b^|), a^ = a / |a|
--   kahan_atan  2 atan(|a^ - b^| / |a^ + b^|) (pi when |a^ + b^| = 0, as in
--           IEEE arithmetic; core's float8 division would raise an error)
-- Errors (against the MPFR reference of the exact angle of the doubles):
--   rel     |got - theta| / theta
--   sup     |(pi - got) - (pi - theta)| / (pi - theta), the "pi - theta" view
--   ulp     |got - theta| / ulp(theta), for vector_angle
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

CREATE TABLE sweep (
	id serial, end_ text, n int, target float8, a float8[], b float8[],
	ref_hi float8, ref_lo float8, ulp float8, sup_hi float8, sup_lo float8);
\copy sweep (end_, n, target, a, b, ref_hi, ref_lo, ulp, sup_hi, sup_lo) FROM 'sweep.tsv'

CREATE TABLE got AS
SELECT sw.*,
	   acos(greatest(-1, least(1, s.dot / sqrt(s.aa * s.bb)))) AS acos,
	   atan2(w.cr, s.dot) AS atan2,
	   2 * atan2(k.dm, k.dp) AS kahan,
	   CASE WHEN k.dp = 0 THEN pi() ELSE 2 * atan(k.dm / k.dp) END AS kahan_atan,
	   vector_angle(sw.a, sw.b) AS vector_angle
  FROM sweep sw,
	   LATERAL (SELECT sum(x * y) AS dot, sum(x * x) AS aa, sum(y * y) AS bb
				  FROM unnest(sw.a, sw.b) u(x, y)) s,
	   LATERAL (SELECT sqrt(sum(d * d)) AS cr
				  FROM (SELECT p.x * q.y - q.x * p.y AS d
						  FROM unnest(sw.a, sw.b) WITH ORDINALITY p(x, y, i)
						  JOIN unnest(sw.a, sw.b) WITH ORDINALITY q(x, y, j)
							ON p.i < q.j) c) w,
	   LATERAL (SELECT sqrt(sum((x / na - y / nb) * (x / na - y / nb))) AS dm,
					   sqrt(sum((x / na + y / nb) * (x / na + y / nb))) AS dp
				  FROM (SELECT sqrt(sum(x * x)) AS na, sqrt(sum(y * y)) AS nb
						  FROM unnest(sw.a, sw.b) u(x, y)) nn,
					   unnest(sw.a, sw.b) u(x, y)) k;

-- One row per case and method.  pi - got is exact (Sterbenz) for got in
-- [pi/2, 2pi]; 1.2246467991473532e-16 is pi - pi().
CREATE TABLE err AS
SELECT g.id, g.end_, g.n, g.target, g.ref_hi, g.sup_hi, m.method, m.ord, m.v,
	   abs((m.v - g.ref_hi) - g.ref_lo) / g.ref_hi AS rel,
	   abs(((pi() - m.v) - g.sup_hi) + (1.2246467991473532e-16 - g.sup_lo))
		   / g.sup_hi AS sup,
	   abs((m.v - g.ref_hi) - g.ref_lo) / g.ulp AS ulp,
	   CASE WHEN g.target < 1e-8 THEN 1 WHEN g.target < 1e-4 THEN 2 ELSE 3 END
		   AS regime
  FROM got g,
	   LATERAL (VALUES (1, 'acos', g.acos), (2, 'atan2', g.atan2),
					   (3, 'kahan', g.kahan), (4, 'kahan_atan', g.kahan_atan),
					   (5, 'vector_angle', g.vector_angle)) m(ord, method, v);

-- Plot data: x, then the five methods' errors, floored at 1e-18 for the log
-- axis.  x is theta (end 0) or pi - theta (end pi), of the exact reference.
CREATE FUNCTION plotdata(e text, dim int, col text) RETURNS SETOF text
LANGUAGE sql AS $$
	SELECT format('%s	%s', CASE e WHEN '0' THEN ref_hi ELSE sup_hi END,
				  string_agg(greatest(CASE col WHEN 'rel' THEN rel ELSE sup END,
									  1e-18)::text, '	' ORDER BY ord))
	  FROM err WHERE end_ = e AND n = dim
	 GROUP BY id, ref_hi, sup_hi ORDER BY id
$$;
SET extra_float_digits = 0;
\pset tuples_only on
\pset format unaligned
\o rel_0_3.tsv
SELECT plotdata('0', 3, 'rel');
\o rel_0_100.tsv
SELECT plotdata('0', 100, 'rel');
\o rel_pi_3.tsv
SELECT plotdata('pi', 3, 'rel');
\o rel_pi_100.tsv
SELECT plotdata('pi', 100, 'rel');
\o sup_pi_3.tsv
SELECT plotdata('pi', 3, 'sup');
\o sup_pi_100.tsv
SELECT plotdata('pi', 100, 'sup');
\o

-- Markdown tables: max and median relative error per method and regime.
CREATE FUNCTION fmt(x float8) RETURNS text LANGUAGE sql AS $$
	SELECT CASE WHEN x = 0 THEN '0' ELSE trim(to_char(x, '9.9EEEE')) END
$$;
CREATE FUNCTION regime_name(e text, r int) RETURNS text LANGUAGE sql AS $$
	SELECT format('%s ∈ %s', CASE e WHEN '0' THEN 'θ' ELSE 'π − θ' END,
				  (ARRAY['[1e-16, 1e-8)', '[1e-8, 1e-4)', '[1e-4, 1]'])[r])
$$;
CREATE FUNCTION mdtable(col text) RETURNS SETOF text LANGUAGE sql AS $$
	SELECT '| n | regime | cases | acos | atan2 | Kahan atan2 | Kahan atan | vector_angle |'
		   || CASE col WHEN 'rel' THEN ' vector_angle ULP |' ELSE '' END
	UNION ALL
	SELECT '|---|---|--:|--:|--:|--:|--:|--:|'
		   || CASE col WHEN 'rel' THEN '--:|' ELSE '' END
	UNION ALL
	(SELECT format('| %s | %s | %s | %s |%s', n, regime_name(end_, regime),
				   max(cnt),
				   string_agg(fmt(mx) || ' / ' || fmt(md), ' | ' ORDER BY ord),
				   CASE col WHEN 'rel' THEN
				   ' ' || to_char(max(umx), 'FM990.00') || ' / ' ||
				   to_char(max(umd), 'FM990.00') || ' ULP |' ELSE '' END)
	   FROM (SELECT n, end_, regime, ord,
					max(CASE col WHEN 'rel' THEN rel ELSE sup END) AS mx,
					percentile_cont(0.5) WITHIN GROUP
						(ORDER BY CASE col WHEN 'rel' THEN rel ELSE sup END) AS md,
					count(*) AS cnt,
					max(ulp) FILTER (WHERE ord = 5) AS umx,
					percentile_cont(0.5) WITHIN GROUP (ORDER BY ulp)
						FILTER (WHERE ord = 5) AS umd
			   FROM err WHERE col = 'rel' OR end_ = 'pi'
			  GROUP BY n, end_, regime, ord) t
	  GROUP BY n, end_, regime
	  ORDER BY n, end_, regime)
$$;
\o table_rel.md
SELECT mdtable('rel');
\o table_sup.md
SELECT mdtable('sup');
\o
