-- Circular statistics against independent references: scipy.stats
-- circmean/circvar/circstd (unweighted) and astropy.stats.circstats
-- (weighted, and the 'angular' deviation), over von Mises samples of sizes
-- 5, 40 and 200, concentrations 0.5 to 2000, periods 360, 2 pi, 24, 1 and
-- 7.5, the documentation examples, and times of day.  The reference values
-- are in test/stats/ref/circstats_ref.sql, made by test/stats/ref/circstats_ref.py.
--
-- Tolerance.  Both sides compute each row's sine and cosine to about one
-- ULP, but scipy first converts x to radians (x * 2 pi / period, an error
-- of up to ~2 pi ULP(1) ~ 1.4e-15 in the argument) and sums in floating
-- point (pairwise, <= log2(200) * 1.1e-16 ~ 1e-15 relative); ours is exact
-- after per-row rounding.  So each mean component S/n, C/n may differ by
-- delta <= ~3e-15, R-bar by <= sqrt(2) delta ~ 4e-15.  We allow 1e-13
-- (25x margin) in R-bar and propagate it: mean direction 1e-13 / R-bar rad,
-- stddev sqrt(-2 ln R) 1e-13 / (R sd) rad, angular deviation
-- sqrt(2(1-R)) 1e-13 / ad rad, converted to the period's units, plus one
-- microsecond of rounding for times.  A wrong formula (old scipy circvar
-- 2 ln(1/R), a stddev in radians instead of period units, the weights
-- ignored) misses by orders of magnitude more.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 3;
\set QUIET on
\i test/stats/ref/circstats_ref.sql
\set QUIET off

CREATE TEMP VIEW ours AS
SELECT sample, min(period) AS period, min(kind) AS kind, bool_or(weight IS NOT NULL) AS weighted,
       CASE WHEN min(kind) = 'time'
            THEN extract(epoch FROM circular_mean('00:00'::time + (value * 3600e6)::bigint * interval '1 microsecond'))::float8 / 3600
            WHEN bool_or(weight IS NOT NULL) THEN circular_mean(value, weight, period)
            ELSE circular_mean(value, period) END AS mean,
       CASE WHEN bool_or(weight IS NOT NULL) THEN mean_resultant_length(value, weight, period)
            ELSE mean_resultant_length(value, period) END AS rbar,
       CASE WHEN bool_or(weight IS NOT NULL) THEN circular_var(value, weight, period)
            ELSE circular_var(value, period) END AS var,
       CASE WHEN min(kind) = 'time'
            THEN extract(epoch FROM circular_stddev('00:00'::time + (value * 3600e6)::bigint * interval '1 microsecond'))::float8 / 3600
            WHEN bool_or(weight IS NOT NULL) THEN circular_stddev(value, weight, period)
            ELSE circular_stddev(value, period) END AS stddev,
       CASE WHEN min(kind) = 'time'
            THEN extract(epoch FROM angular_deviation('00:00'::time + (value * 3600e6)::bigint * interval '1 microsecond'))::float8 / 3600
            WHEN bool_or(weight IS NOT NULL) THEN angular_deviation(value, weight, period)
            ELSE angular_deviation(value, period) END AS angdev
  FROM ref_value GROUP BY sample;

CREATE TEMP VIEW cmp AS
SELECT o.sample, o.kind, o.weighted, o.period,
       least(abs(o.mean - r.mean), o.period - abs(o.mean - r.mean))
         / (o.period / (2 * pi()) * 1e-13 / r.rbar
            + CASE WHEN o.kind = 'time' THEN 1 / 3.6e9 ELSE 0 END) AS mean_ratio,
       abs(o.rbar - r.rbar) / 1e-13 AS rbar_ratio,
       abs(o.var - r.var) / 1e-13 AS var_ratio,
       abs(o.stddev - r.stddev)
         / (o.period / (2 * pi()) * 1e-13 / (r.rbar * r.stddev * 2 * pi() / o.period)
            + CASE WHEN o.kind = 'time' THEN 1 / 3.6e9 ELSE 0 END) AS sd_ratio,
       abs(o.angdev - r.angdev)
         / (o.period / (2 * pi()) * 1e-13 / (r.angdev * 2 * pi() / o.period)
            + CASE WHEN o.kind = 'time' THEN 1 / 3.6e9 ELSE 0 END) AS ad_ratio
  FROM ours o JOIN ref_stat r USING (sample);

-- How many samples of each kind were compared, and all within tolerance.
SELECT kind, weighted, count(*) AS samples, count(DISTINCT period) AS periods,
       bool_and(greatest(mean_ratio, rbar_ratio, var_ratio, sd_ratio, ad_ratio) <= 1) AS all_within_tolerance
  FROM cmp GROUP BY kind, weighted ORDER BY kind, weighted;
-- The failures, if any, with their error as a multiple of the tolerance.
SELECT sample, kind, weighted, period, mean_ratio, rbar_ratio, var_ratio, sd_ratio, ad_ratio
  FROM cmp
 WHERE greatest(mean_ratio, rbar_ratio, var_ratio, sd_ratio, ad_ratio) > 1
 ORDER BY sample;
