-- The accuracy report's circular-mean experiment, part 1 (scripts/accuracy.sh
-- has loaded circ (i, x) from "circref data 10000000", in order): the mean
-- direction of the first n values by the extension and by the plain-SQL
-- formulas a user would write.  Serial scans without synchronized starts,
-- so each float sum runs over the rows in the order they were generated.
\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;
SET synchronize_seqscans = off;
CREATE TABLE circ_got AS
SELECT p.n, c.*
  FROM (VALUES (1000), (3000), (10000), (30000), (100000), (300000), (1000000),
			   (3000000), (10000000)) p(n),
	   LATERAL (SELECT count(*) AS cnt,
					   circular_mean(x, 360) AS ext,
					   degrees(atan2(avg(sind(x)), avg(cosd(x)))) AS sql_deg,
					   degrees(atan2(avg(sin(radians(x))), avg(cos(radians(x)))))
						   AS sql_rad
				  FROM circ WHERE i <= p.n) c;
