-- Print the benchmark table: ns/row (median, min-max of the runs) and the
-- ratio of each row's median to its baseline's median in the same run.
\pset footer off
SELECT r.section, r.label, r.rows,
       round(r.ns_median::numeric, 1) AS "ns/row",
       format('%s-%s', round(r.ns_min::numeric, 1), round(r.ns_max::numeric, 1)) AS spread,
       coalesce(r.baseline, '') AS "vs",
       CASE WHEN b.ns_median IS NOT NULL
            THEN round((r.ns_median / b.ns_median)::numeric, 2)::text ELSE '' END AS ratio
  FROM bench.result r
  LEFT JOIN bench.result b ON b.section = r.section AND b.label = r.baseline AND b.rows = r.rows
 ORDER BY r.ord;
