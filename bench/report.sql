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

-- The targets (bench/targets.sql): each row's ratio to its baseline
-- against the issue's target.
SELECT t.what AS "Target", round((r.ns_median / b.ns_median)::numeric, 2) AS ratio,
       t.op || ' ' || t.target AS target,
       CASE WHEN b.ns_median IS NULL THEN 'not measured'
            WHEN (t.op = '<=' AND r.ns_median / b.ns_median <= t.target)
              OR (t.op = '>=' AND r.ns_median / b.ns_median >= t.target) THEN 'met'
            ELSE 'MISSED' END AS status,
       CASE WHEN r.cpu THEN 'backend CPU' ELSE 'wall clock' END AS timed
  FROM bench.target t
  LEFT JOIN bench.result r ON r.section = t.section AND r.label = t.label
  LEFT JOIN bench.result b ON b.section = r.section AND b.label = r.baseline AND b.rows = r.rows
 ORDER BY t.ctid;
SELECT m.what AS "Hashed GROUP BY", m.groups, round(m.kb::numeric) AS "peak kB",
       round((m.kb / s.kb)::numeric, 2) AS "vs sum(x)"
  FROM bench.memory m JOIN bench.memory s ON s.groups = m.groups AND s.what = 'sum(x)'
 ORDER BY m.groups, m.what DESC;
