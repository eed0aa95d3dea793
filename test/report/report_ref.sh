#!/usr/bin/env bash
# circular_median, circular_quantiles and circular_range against R circular
# (median.circular, quantile.circular, range.circular), run at test time on
# 115 samples (test/report/ref/report_ref.R): von Mises at concentrations
# 0.5-100 in periods 360, 2 pi and 24, multimodal data, ties, values many
# turns apart (reduced first for R, which does not reduce), whole degrees.
# Installs r-base-core and r-cran-circular if missing; skips if it cannot.
# Run inside a cluster (PGHOST etc. set).  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
. test/lib/need_r.sh
if ! need_r_circular "$tmp/apt.log"; then
	echo "1..1"
	echo "ok 1 # SKIP R circular is not installed and could not be installed (r-base-core, r-cran-circular)"
	exit 0
fi
echo "1..5"
if ! Rscript test/report/ref/report_ref.R "$tmp/ref.csv" >"$tmp/r.log" 2>&1; then
	for i in 1 2 3 4 5; do echo "not ok $i - R reference failed"; done
	sed 's/^/# /' "$tmp/r.log" | head -20
	exit 0
fi
echo "# R circular $(Rscript -e 'cat(as.character(packageVersion("circular")))' 2>/dev/null)"
db=angle_report_ref
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db"
psql -XAtq -v ON_ERROR_STOP=1 -d "$db" >"$tmp/out" 2>&1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE ref (s int, p float8, kind text, v float8);
\copy ref FROM '$tmp/ref.csv' WITH (FORMAT csv, NULL '')
CREATE TABLE ours AS
SELECT s, p, circular_median(v, p) AS m,
       circular_quantiles(v, '{0,0.1,0.25,0.5,0.75,0.9,1}', p) AS q,
       circular_range(v, p) AS r
  FROM ref WHERE kind = 'x' GROUP BY s, p;
CREATE TABLE cmp AS
SELECT o.s, o.p, k.kind, k.v AS rv,
       CASE k.kind WHEN 'median' THEN o.m WHEN 'range' THEN o.r
            ELSE o.q[substr(k.kind, 2)::int] END AS ov
  FROM ours o JOIN ref k ON k.s = o.s AND k.kind <> 'x';
-- difference in turns (circular for median and quantiles)
CREATE TABLE d AS
SELECT s, kind, rv IS NULL AS rnull, ov IS NULL AS onull,
       CASE WHEN kind = 'range' THEN abs(ov - rv) / p
            ELSE angle_dist(ov, rv, p) / p END AS turns
  FROM cmp;
SELECT 'samples', count(DISTINCT s) FROM d;
SELECT 'median', count(*), coalesce(max(turns), 0), count(*) FILTER (WHERE rnull <> onull)
  FROM d WHERE kind = 'median';
-- R computes in radians, so a value exactly antipodal to the median
-- lands at -pi or +pi by its rounding: such samples are left out of the
-- quantile comparison (and counted).
CREATE TABLE antipodal AS
SELECT DISTINCT o.s FROM ours o JOIN ref x ON x.s = o.s AND x.kind = 'x'
 WHERE angle_dist(x.v, o.m, o.p) = o.p / 2;
SELECT 'quantiles', count(*), coalesce(max(turns), 0), count(*) FILTER (WHERE rnull <> onull),
       (SELECT count(*) FROM antipodal)
  FROM d WHERE kind LIKE 'q%' AND s NOT IN (SELECT s FROM antipodal);
SELECT 'range', count(*), coalesce(max(turns), 0), count(*) FILTER (WHERE rnull <> onull)
  FROM d WHERE kind = 'range';
SELECT 'nulls', count(*) FILTER (WHERE rnull AND onull AND kind = 'median') FROM d;
SELECT 'worst', s, kind, turns FROM d WHERE turns IS NOT NULL ORDER BY turns DESC LIMIT 3;
SQL
rc=$?
dropdb --if-exists "$db" >/dev/null 2>&1
if [ $rc -ne 0 ]; then
	for i in 1 2 3 4 5; do echo "not ok $i - the comparison query failed"; done
	sed 's/^/# /' "$tmp/out" | head -20
	exit 0
fi
sed 's/^/# /' "$tmp/out"
# Tolerance: 1e-12 of a turn (R converts to radians and averages tied
# candidates in float; the observations themselves are exact).
tol=1e-12
awk -F'|' -v tol=$tol '
	$1 == "samples" { n++; printf "%s %d - %d samples compared (at least 100)\n", ($2 >= 100 ? "ok" : "not ok"), n, $2 }
	$1 == "median" || $1 == "quantiles" || $1 == "range" {
		n++; good = ($4 == 0 && $3 + 0 <= tol)
		printf "%s %d - %s: %d values, max difference %s turn (<= %s), %d NULL/NA disagreements%s\n",
			(good ? "ok" : "not ok"), n, $1, $2, $3, tol, $4,
			($1 == "quantiles" ? sprintf(" (%d samples with a value at the antipode of the median left out)", $5) : "") }
	$1 == "nulls" { n++; printf "%s %d - %d samples where both give an undefined median\n", ($2 >= 0 ? "ok" : "not ok"), n, $2 }
' "$tmp/out"
