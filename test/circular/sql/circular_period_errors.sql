-- The period of the float8 circular functions is required (0.6.0): a
-- forgotten period is error 42883 (no such function), no longer radians.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
SELECT q, pg_temp.try(q) AS result
  FROM (VALUES
   ($$SELECT angle_diff(359, 1)$$),
   ($$SELECT angle_diff(359::float8, 1::float8)$$),
   ($$SELECT angle_dist(359, 1)$$),
   ($$SELECT angle_wrap(370)$$),
   ($$SELECT angle_wrap(370::float8)$$),
   ($$SELECT angle_cosine_loss(359, 1)$$),
   -- untyped literals: time or angle?  Ambiguous; cast them
   ($$SELECT angle_diff('12:00', '00:00')$$),
   -- with the period every form works; angle_wrap's low still defaults to 0
   ($$SELECT angle_diff(359, 1, 360)$$),
   ($$SELECT angle_dist(359, 1, 360)$$),
   ($$SELECT angle_wrap(370, 360)$$),
   ($$SELECT angle_wrap(370, 360, -180)$$),
   ($$SELECT angle_cosine_loss(90, 0, 360)$$),
   ($$SELECT angle_diff('12:00'::time, '00:00')$$)
  ) v(q);
-- no float8 circular function has a default for its period any more (the
-- defaults left: angle_wrap's low and compass_point's number of points)
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'angle'
 WHERE p.pronargdefaults > 0 ORDER BY p.oid::regprocedure::text;
