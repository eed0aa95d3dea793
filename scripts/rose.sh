#!/usr/bin/env bash
# Writes docs/rose.png: a rose diagram of the demo's simulated winds
# (circular_histogram, 16 sectors centred on the compass points, radii
# scaled by the square root of the counts as R's rose.diag does), drawn by
# gnuplot (Debian's gnuplot-nox, installed by scripts/setup.sh) on a
# throwaway cluster.  bash scripts/rose.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
build_and_stage
out=$(mktemp -d)
chmod 755 "$out"
with_cluster psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 >"$out/wedges.dat" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
SELECT setseed(0.5);
CREATE TEMP TABLE hourly AS
SELECT (225 + 60 * (random() + random() + random() - 1.5) + CASE WHEN i % 5 = 0 THEN 180 ELSE 0 END) AS dir
  FROM generate_series(1, 1000) i;
-- each sector a closed wedge: the centre, 9 points on its arc, the centre
SELECT CASE WHEN j < 0 OR j > 8 THEN '0 0' ELSE
         format('%s %s', sqrt(h[k + 1]) * sind(k * 22.5 - 11.25 + j * 2.8125),
                         sqrt(h[k + 1]) * cosd(k * 22.5 - 11.25 + j * 2.8125)) END
       || CASE WHEN j = 9 THEN E'\n' ELSE '' END
  FROM (SELECT circular_histogram(dir, 360, 16) AS h FROM hourly) q,
       generate_series(0, 15) k, generate_series(-1, 9) j
 ORDER BY k, j;
SQL
gnuplot <<GP
set terminal pngcairo size 640,640 font "sans,11"
set output "docs/rose.png"
set size square
unset border; unset xtics; unset ytics; unset key
set title "Rose diagram: circular_histogram(dir, 360, 16), radius = sqrt(count)" noenhanced
set xrange [-20:20]; set yrange [-20:20]
set object 1 circle at 0,0 size 10 fs empty border lc rgb "#bbbbbb"
set object 2 circle at 0,0 size 20 fs empty border lc rgb "#bbbbbb"
set label "N" at 0,18.5 center; set label "E" at 18.5,0 center
set label "S" at 0,-18.5 center; set label "W" at -18.5,0 center
plot "$out/wedges.dat" using 1:2 with filledcurves closed fs solid 0.6 lc rgb "#3573b9", \
     "" using 1:2 with lines lc rgb "#1d3f66"
GP
rm -rf "$out"
echo "wrote docs/rose.png"
