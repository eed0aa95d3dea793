#!/usr/bin/env bash
# The tests of direction against R circular, astropy, mpmath and Monte
# Carlo, computed at test time (test/stats/ref/tests_ref.R, tests_ref.py):
# rayleigh_test (R's rayleigh.test statistic and p, astropy rayleightest),
# von_mises_kappa (mpmath's exact root; R's and astropy's A1inv shown
# apart), v_test (astropy vtest), watson_williams_test (R's
# watson.williams.test with the exact kappa, and as is) on 132 samples and
# 108 group sets; the Rayleigh and V-test p-values against Monte Carlo
# (200000 sets) at n = 2..20, 50 and 200, within 4 standard errors (they
# are exact at n <= 30, src/numerics/walk.c; R and astropy use series
# there, whose error is shown).  Skips if R circular or astropy
# is missing.  Run inside a cluster (PGHOST etc. set).  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
py=/usr/bin/python3
. test/lib/need_r.sh
if ! need_r_circular "$tmp/apt.log" ||
	! $py -c 'import astropy.stats, mpmath, numpy' >/dev/null 2>&1; then
	echo "1..1"
	echo "ok 1 # SKIP R circular or astropy/mpmath/numpy is not installed"
	exit 0
fi
N=12
echo "1..$N"
if ! Rscript test/stats/ref/tests_ref.R "$tmp/x.csv" "$tmp/ref.csv" >"$tmp/r.log" 2>&1 ||
	! $py test/stats/ref/tests_ref.py "$tmp/x.csv" "$tmp/ref.csv" >>"$tmp/r.log" 2>&1; then
	for i in $(seq 1 $N); do echo "not ok $i - reference computation failed"; done
	sed 's/^/# /' "$tmp/r.log" | head -20
	exit 0
fi
db=angle_tests_ref
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db"
psql -XAtq -v ON_ERROR_STOP=1 -d "$db" >"$tmp/out" 2>&1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE x (s int, g int, v float8);
CREATE TABLE ref (s int, kind text, v float8);
\copy x FROM '$tmp/x.csv' WITH (FORMAT csv)
\copy ref FROM '$tmp/ref.csv' WITH (FORMAT csv, NULL 'NA')
CREATE TABLE r AS SELECT s, kind, v FROM ref;
CREATE FUNCTION rv(int, text) RETURNS float8 LANGUAGE sql STABLE
  RETURN (SELECT v FROM r WHERE s = \$1 AND kind = \$2);
CREATE TABLE ours AS
SELECT s, count(*) AS n, mean_resultant_length(v, 360) AS rbar, rayleigh_test(v, 360) AS p,
       v_test(v, 40, 360) AS vp, v_test(v, 0, 360) AS vp0, von_mises_kappa(v, 360) AS k
  FROM x WHERE s <= 132 OR s >= 10000 GROUP BY s;
SELECT 'samples', count(*) FROM ours WHERE s <= 132;
-- R's statistic is R-bar; its p is the series at every n >= 2 clamped to
-- [0, 1], without the correction terms at n >= 50 (where we keep them:
-- shown apart), and 0 where the series is negative (where we use Zar's
-- formula: counted).  Ours is exact at n <= 30 (the series' error there
-- is shown and bounded by its known 0.04) and the same series from 31.
SELECT 'r_rayleigh', max(abs(rbar - rv(s, 'rbar'))),
       max(abs(p - rv(s, 'rayleigh_p'))) FILTER (WHERE n BETWEEN 31 AND 49 AND rv(s, 'rayleigh_p') > 0),
       count(*) FILTER (WHERE n BETWEEN 31 AND 49 AND rv(s, 'rayleigh_p') > 0),
       count(*) FILTER (WHERE n BETWEEN 31 AND 49 AND rv(s, 'rayleigh_p') = 0),
       max(abs(p - rv(s, 'rayleigh_p'))) FILTER (WHERE n >= 50),
       max(abs(p - rv(s, 'rayleigh_p'))) FILTER (WHERE n BETWEEN 3 AND 30),
       count(*) FILTER (WHERE n BETWEEN 3 AND 30)
  FROM ours WHERE s <= 132;
SELECT 'astropy_rayleigh', max(abs(p / rv(s, 'astropy_rayleigh') - 1)), count(*)
  FROM ours WHERE s <= 132 AND n BETWEEN 31 AND 49 AND rv(s, 'astropy_rayleigh') > 0 AND rv(s, 'astropy_rayleigh') <= 1;
SELECT 'kappa', max(abs(k / rv(s, 'exact_kappa') - 1)), count(*),
       max(abs(rv(s, 'kappa_a1inv') / rv(s, 'exact_kappa') - 1)),
       max(abs(rv(s, 'astropy_kappa') / rv(s, 'exact_kappa') - 1)),
       max(abs(rv(s, 'kappa_uniroot') / rv(s, 'exact_kappa') - 1))
  FROM ours WHERE s <= 132 AND rv(s, 'exact_kappa') > 0;
SELECT 'astropy_vtest', max(abs(vp - rv(s, 'astropy_vtest'))), count(*),
       max(abs(vp - rv(s, 'astropy_vtest'))) FILTER (WHERE n >= 20),
       max(abs(vp - rv(s, 'astropy_vtest'))) FILTER (WHERE n <= 5)
  FROM ours WHERE s <= 132;
CREATE TABLE ww AS
SELECT s, (watson_williams_test(st)).* FROM (
  SELECT s, g, circular_stats_agg(v, 360) st FROM x WHERE s > 132 AND s < 10000 GROUP BY s, g) q GROUP BY s;
SELECT 'ww', count(*), max(abs(f / rv(s, 'ww_f_exact') - 1)), max(abs(p_value / rv(s, 'ww_p_exact') - 1)),
       max(abs(f / rv(s, 'ww_f') - 1)), max(abs(p_value - rv(s, 'ww_p'))),
       count(*) FILTER (WHERE df1 <> (SELECT count(DISTINCT g) - 1 FROM x WHERE x.s = ww.s))
  FROM ww;
-- Monte Carlo: |p - p_mc| within the documented error of the method at n
-- (1e-12 where exact, n <= 30; 2e-6 and 1e-6 for the series and the
-- saddlepoint above, test/numerics/walk_error.sh) plus 4 standard errors
-- of p_mc and 1/M (p_mc counts the set itself).
CREATE TABLE mc AS
SELECT o.s, rv(o.s, 'mc_n')::int AS n, k.kind,
       CASE k.kind WHEN 'mc_rayleigh' THEN o.p ELSE o.vp0 END AS ours, k.v AS mc,
       4 * sqrt(k.v * (1 - k.v) / rv(o.s, 'mc_m')) + 1.0 / rv(o.s, 'mc_m') AS noise
  FROM ours o JOIN r k ON k.s = o.s AND k.kind IN ('mc_rayleigh', 'mc_vtest');
CREATE TABLE bound (kind text, n int, err float8);
INSERT INTO bound SELECT 'mc_rayleigh', n, CASE WHEN n <= 30 THEN 1e-12 ELSE 2e-6 END FROM generate_series(2, 200) n;
INSERT INTO bound SELECT 'mc_vtest', n, CASE WHEN n <= 30 THEN 1e-12 ELSE 1e-6 END FROM generate_series(2, 200) n;
SELECT kind, count(*), count(*) FILTER (WHERE abs(ours - mc) > err + noise),
       max(abs(ours - mc)) FILTER (WHERE n <= 5), max(abs(ours - mc)) FILTER (WHERE n > 5),
       max(abs(ours - mc) / noise)
  FROM mc JOIN bound USING (kind, n) GROUP BY kind ORDER BY kind;
SELECT 'range', count(*) FILTER (WHERE NOT (p BETWEEN 0 AND 1 AND vp BETWEEN 0 AND 1 AND vp0 BETWEEN 0 AND 1)),
       (SELECT count(*) FILTER (WHERE NOT (p_value BETWEEN 0 AND 1)) FROM ww), count(*) FROM ours;
SQL
rc=$?
dropdb --if-exists "$db" >/dev/null 2>&1
if [ $rc -ne 0 ]; then
	for i in $(seq 1 $N); do echo "not ok $i - the comparison query failed"; done
	sed 's/^/# /' "$tmp/out" | head -20
	exit 0
fi
sed 's/^/# /' "$tmp/out"
awk -F'|' '
	function t(ok, msg) { n++; printf "%s %d - %s\n", (ok ? "ok" : "not ok"), n, msg }
	$1 == "samples" { t($2 >= 100, sprintf("%d samples (at least 100)", $2)) }
	$1 == "r_rayleigh" {
		t($2 + 0 <= 1e-13, sprintf("rayleigh_test: R-bar as R rayleigh.test, max difference %s (<= 1e-13)", $2))
		t($3 + 0 <= 1e-13 && $4 >= 10 && $7 + 0 > 1e-4 && $7 + 0 <= 0.04 && $8 >= 50, sprintf("rayleigh_test: p as R rayleigh.test at 31 <= n < 50 (the same series), %d samples, max difference %s (<= 1e-13); %d where R clamps a negative series to 0; at n >= 50 (R drops the correction terms) max difference %s; at 3 <= n <= 30 (ours exact, R the series) max difference %s over %d samples (the series error, <= 0.04)", $4, $3, $5, $6, $7, $8)) }
	$1 == "astropy_rayleigh" { t($2 + 0 <= 1e-12 && $3 >= 10, sprintf("rayleigh_test: as astropy rayleightest at 31 <= n < 50 (below, ours is exact and astropy the series; from 50 it drops the correction terms, as R) where its p is in (0, 1], %d samples, max relative difference %s (<= 1e-12)", $3, $2)) }
	$1 == "kappa" {
		t($2 + 0 <= 1e-13 && $3 >= 100, sprintf("von_mises_kappa: the exact root (mpmath), %d samples, max relative error %s (<= 1e-13)", $3, $2))
		t($4 + 0 > 1e-4, sprintf("von_mises_kappa: R mle.vonmises (A1inv) differs from the exact root by up to %s relative, astropy vonmisesmle by %s, R uniroot on A1 by %s", $4, $5, $6)) }
	$1 == "astropy_vtest" { t($2 + 0 <= 0.03 && $3 >= 100, sprintf("v_test: within 0.03 of astropy vtest (Edgeworth; ours exact at n <= 30, saddlepoint above), %d samples, max difference %s, %s at n >= 20, %s at n <= 5 (the Edgeworth error)", $3, $2, $4, $5)) }
	$1 == "ww" {
		t($3 + 0 <= 1e-9 && $4 + 0 <= 1e-8 && $2 >= 100 && $7 == 0, sprintf("watson_williams_test: F and p as R watson.williams.test with the exact kappa, %d group sets, max relative differences %s and %s", $2, $3, $4))
		t($5 + 0 <= 0.01, sprintf("watson_williams_test: R as is (A1inv kappa) differs by up to %s relative in F, %s in p", $5, $6)) }
	$1 == "mc_rayleigh" || $1 == "mc_vtest" { t($3 == 0 && $2 >= 200, sprintf("%s: %d Monte Carlo p-values within the documented error (1e-12 at n <= 30) + 4 SE, %d outside; max difference %s at n <= 5, %s at n > 5; largest |p - p_mc|/(4 SE + 1/M) %s", ($1 == "mc_rayleigh" ? "rayleigh_test" : "v_test"), $2, $3, $4, $5, $6)) }
	$1 == "range" { t($2 == 0 && $3 == 0, sprintf("every p-value in [0, 1] (%d samples and all group sets)", $4)) }
' "$tmp/out"
