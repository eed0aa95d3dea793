#!/usr/bin/env bash
# circular_corr and circular_linear_corr against R circular (cor.circular
# with test = TRUE; Mardia's coefficient from base R's cor(), as R circular
# has none), astropy's circcorrcoef and mpmath, run at test time on 128
# samples (test/corr/ref/corr_ref.R: von Mises pairs at n = 5 to 1000,
# periods 360, 2 pi and 24, dependent and independent, whole degrees,
# linear values with offsets up to 1e6), compared by
# test/corr/ref/corr_compare.py.  Installs r-base-core and r-cran-circular
# if missing; skips if it cannot.  Run inside a cluster.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
. test/lib/need_r.sh
if ! need_r_circular "$tmp/apt.log" ||
	! /usr/bin/python3 -c 'import mpmath, astropy' >/dev/null 2>&1; then
	echo "1..1"
	echo "ok 1 # SKIP R circular, mpmath or astropy is missing"
	exit 0
fi
echo "1..8"
if ! Rscript test/corr/ref/corr_ref.R "$tmp" >"$tmp/r.log" 2>&1; then
	for i in 1 2 3 4 5 6 7 8; do echo "not ok $i - R reference failed"; done
	sed 's/^/# /' "$tmp/r.log" | head -20
	exit 0
fi
echo "# R circular $(Rscript -e 'cat(as.character(packageVersion("circular")))' 2>/dev/null)"
db=angle_corr_ref
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db"
psql -XAtq -v ON_ERROR_STOP=1 -d "$db" >"$tmp/psql.log" 2>&1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE d (s int, p float8, a float8, b float8, x float8);
\copy d FROM '$tmp/data.csv' WITH (FORMAT csv, NULL '')
CREATE TABLE o AS
SELECT s, 'cc' AS kind, (circular_corr(a, b, p)).* FROM d WHERE x IS NULL GROUP BY s
UNION ALL
SELECT s, 'cl', (circular_linear_corr(a, x, p)).* FROM d WHERE b IS NULL GROUP BY s;
\copy (SELECT s, kind, n, r, statistic, p_value FROM o ORDER BY s) TO '$tmp/ours.csv' WITH (FORMAT csv, NULL '')
\copy (SELECT (circular_corr(angle(a, 'deg'), angle(b, 'deg'))).r FROM unnest('{356,97,211,232,343,292,157,302,335,302,324,85,324,340,157,238,254,146,232,122,329}'::float8[], '{119,162,221,259,270,29,97,292,40,313,94,45,47,108,221,270,119,248,270,45,23}'::float8[]) u(a, b)) TO '$tmp/astropy.csv' WITH (FORMAT csv)
SQL
rc=$?
dropdb --if-exists "$db" >/dev/null 2>&1
if [ $rc -ne 0 ]; then
	for i in 1 2 3 4 5 6 7 8; do echo "not ok $i - the query failed"; done
	sed 's/^/# /' "$tmp/psql.log" | head -20
	exit 0
fi
/usr/bin/python3 test/corr/ref/corr_compare.py "$tmp" 2>&1
