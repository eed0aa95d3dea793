#!/usr/bin/env bash
# circular_moment (p = 1, 2, 3, about zero and about the mean),
# circular_skewness, circular_kurtosis and circular_mean_ci against R
# circular at test time on 100 samples (test/stats/ref/moments_ref.R):
# trigonometric.moment, Fisher's skewness and kurtosis computed in R from
# it, and Fisher's interval with qnorm.  Also astropy's circmoment where
# it applies (about zero).  Installs r-base-core and r-cran-circular if
# missing; skips if it cannot.  Run inside a cluster.  Prints TAP.
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
if ! Rscript test/stats/ref/moments_ref.R "$tmp/ref.csv" >"$tmp/r.log" 2>&1; then
	for i in 1 2 3 4 5; do echo "not ok $i - R reference failed"; done
	sed 's/^/# /' "$tmp/r.log" | head -20
	exit 0
fi
echo "# R circular $(Rscript -e 'cat(as.character(packageVersion("circular")))' 2>/dev/null)"
db=angle_moments_ref
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db"
psql -XAtq -v ON_ERROR_STOP=1 -d "$db" >"$tmp/out" 2>&1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE ref (s int, p float8, kind text, v float8);
\copy ref FROM '$tmp/ref.csv' WITH (FORMAT csv, NULL '')
CREATE TABLE x AS SELECT s, p, v FROM ref WHERE kind = 'x';
-- ours, one row per (sample, kind), directions in the period's units
CREATE TABLE ours (s int, p float8, kind text, v float8, circ bool);
INSERT INTO ours
SELECT s, p, format('m%s%s_%s', q, c, f), val, f = 'mu'
  FROM (SELECT s, p, q, circular_moment(v, q, p) AS m
          FROM x, generate_series(1, 3) q GROUP BY s, p, q) t,
       LATERAL (VALUES ('z', 'mu', (m).direction), ('z', 'rho', (m).length),
                       ('z', 'cos', (m).cos), ('z', 'sin', (m).sin),
                       ('c', 'mu', (m).central_direction), ('c', 'rho', (m).length),
                       ('c', 'cos', (m).central_cos), ('c', 'sin', (m).central_sin)) f(c, f, val);
INSERT INTO ours
SELECT s, p, k, val, false
  FROM (SELECT s, p, circular_skewness(v, p) AS sk, circular_kurtosis(v, p) AS ku
          FROM x GROUP BY s, p) t,
       LATERAL (VALUES ('skew', sk), ('kurt', ku)) f(k, val);
INSERT INTO ours
SELECT s, p, format('ci%s_%s', l, b), val, true
  FROM (SELECT s, p, l, circular_mean_ci(circular_stats_agg(v, p), l / 100.0) AS ci
          FROM x, (VALUES (90), (95), (99)) lv(l) GROUP BY s, p, l) t,
       LATERAL (VALUES ('lo', (ci).lower), ('hi', (ci).upper)) f(b, val);
CREATE TABLE d AS
SELECT r.s, r.kind, r.v IS NULL AS rnull, o.v IS NULL AS onull,
       CASE WHEN o.circ THEN angle_dist(o.v, r.v, r.p) / r.p
            WHEN r.kind IN ('skew', 'kurt') THEN abs(o.v - r.v) / greatest(1, abs(r.v))
            ELSE abs(o.v - r.v) END AS diff
  FROM ref r JOIN ours o ON o.s = r.s AND o.kind = r.kind;
SELECT 'samples', count(DISTINCT s), (SELECT count(*) FROM ref WHERE kind <> 'x') - count(*) FROM d;
SELECT 'moments', count(*), coalesce(max(diff), 0), count(*) FILTER (WHERE rnull <> onull) FROM d WHERE kind LIKE 'm%';
SELECT 'shape', count(*), coalesce(max(diff), 0), count(*) FILTER (WHERE rnull <> onull) FROM d WHERE kind IN ('skew', 'kurt');
SELECT 'ci', count(*), coalesce(max(diff), 0), count(*) FILTER (WHERE rnull <> onull),
       count(*) FILTER (WHERE rnull AND onull) FROM d WHERE kind LIKE 'ci%';
SELECT 'worst', s, kind, diff FROM d WHERE diff IS NOT NULL ORDER BY diff DESC LIMIT 3;
\copy (SELECT s, p, v FROM x ORDER BY s) TO '$tmp/x.csv' WITH (FORMAT csv)
\copy (SELECT s, kind, v FROM ours WHERE kind ~ '^m[23]z_(mu|rho)' ORDER BY s, kind) TO '$tmp/ours.csv' WITH (FORMAT csv, NULL '')
SQL
rc=$?
dropdb --if-exists "$db" >/dev/null 2>&1
if [ $rc -ne 0 ]; then
	for i in 1 2 3 4 5; do echo "not ok $i - the comparison query failed"; done
	sed 's/^/# /' "$tmp/out" | head -20
	exit 0
fi
sed 's/^/# /' "$tmp/out"
# Tolerances: 1e-12 of a turn for directions, 1e-13 for lengths, cosines
# and sines, a relative 1e-9 for skewness and kurtosis (divided by powers
# of 1 - R-bar, which the concentrated samples make small).
awk -F'|' '
	$1 == "samples" { n++; printf "%s %d - %d samples compared (at least 100), %d reference values unmatched\n", ($2 >= 100 && $3 == 0 ? "ok" : "not ok"), n, $2, $3 }
	$1 == "moments" { n++; good = ($4 == 0 && $3 + 0 <= 1e-12)
		printf "%s %d - trigonometric moments: %d values, max difference %s (<= 1e-12), %d NULL/NA disagreements\n", (good ? "ok" : "not ok"), n, $2, $3, $4 }
	$1 == "shape" { n++; good = ($4 == 0 && $3 + 0 <= 1e-9)
		printf "%s %d - skewness and kurtosis: %d values, max relative difference %s (<= 1e-9), %d NULL/NA disagreements\n", (good ? "ok" : "not ok"), n, $2, $3, $4 }
	$1 == "ci" { n++; good = ($4 == 0 && $3 + 0 <= 1e-12 && $5 > 0)
		printf "%s %d - mean direction intervals: %d bounds, max difference %s turn (<= 1e-12), %d NULL/NA disagreements, %d bounds undefined in both\n", (good ? "ok" : "not ok"), n, $2, $3, $4, $5 }
' "$tmp/out"
# astropy circmoment (about zero; radians) for p = 2 and 3
if /usr/bin/python3 -c 'import astropy.stats' 2>/dev/null; then
	/usr/bin/python3 - "$tmp/x.csv" "$tmp/ours.csv" 2>&1 <<'PY'
import csv, math, sys
import numpy as np
from astropy.stats import circmoment
xs = {}
for s, p, v in csv.reader(open(sys.argv[1])):
    xs.setdefault(int(s), (float(p), []))[1].append(float(v))
ours = {(int(s), k): float(v) for s, k, v in csv.reader(open(sys.argv[2])) if v != ''}
worst, count = 0.0, 0
for s, (p, v) in xs.items():
    a = np.array(v) % p / p * 2 * math.pi
    for q in (2, 3):
        mu, rho = circmoment(a, p=q, centered=False)
        mu = (float(mu) % (2 * math.pi)) / (2 * math.pi) * p
        dm = abs(ours[(s, 'm%dz_mu' % q)] - mu) % p
        worst = max(worst, min(dm, p - dm) / p, abs(ours[(s, 'm%dz_rho' % q)] - float(rho)))
        count += 2
print('%s 5 - astropy circmoment (p = 2, 3, about zero): %d values, max difference %.3g (<= 1e-12)'
      % ('ok' if worst <= 1e-12 and count >= 400 else 'not ok', count, worst))
PY
else
	echo "ok 5 # SKIP astropy is not available"
fi
