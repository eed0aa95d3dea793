-- Bad input to round(angle, unit, digits) and to the support functions of
-- sum(angle) called directly (0.6.0).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
SELECT q, pg_temp.try(q) AS result
  FROM (VALUES
   ($$SELECT round('1°'::angle, 'furlong', 2)$$),
   ($$SELECT round('1°'::angle, '', 2)$$),
   ($$SELECT round('1°'::angle, 'deg', -1)$$),
   ($$SELECT round('1°'::angle, 'deg', 21)$$),
   -- beyond float8 in arcmin: an integer already, unchanged (no error)
   ($$SELECT round(angle(1.7e308, 'deg'), 'arcmin', 0)$$),
   -- sum overflows
   ($$SELECT sum(a) FROM (VALUES (angle(1.7e308, 'deg')), (angle(1.7e308, 'deg'))) v(a)$$),
   -- a sum state that the aggregate could not have built
   ($$SELECT angle_sum_final('{1,2}')$$),
   ($$SELECT angle_sum_final('{1,NULL,2}')$$),
   ($$SELECT angle_sum_accum('{{1,2,3}}', '1°')$$),
   ($$SELECT angle_sum_combine('{0,0,0}', '{1}')$$),
   ($$SELECT angle_sum_final('{1,Infinity,0}')$$),
   -- direct calls of the support functions that work
   ($$SELECT angle_sum_final(angle_sum_combine(angle_sum_accum('{0,0,0}', '1°'), angle_sum_accum('{0,0,0}', '2°')))$$),
   ($$SELECT angle_sum_final('{0,0,0}')$$),
   ($$SELECT angle_smaller('1°', '2°')$$),
   ($$SELECT angle_larger('1°', '2°')$$)
  ) v(q);
