-- angle(value, unit) accepts every unit spelling that text input accepts
-- after a number (0.6.0): one table, src/angle/angle_parse.c.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SET extra_float_digits = 1;
\i test/lib/bad_helpers.sql
-- each spelling, and text input of '1' followed by it: the same angle.
-- The letters m and s of the d-m-s form are arcmin and arcsec in the
-- constructor; text input reads them only after degrees ('0d1m').
SELECT u AS unit, angle(1, u) AS constructed, pg_temp.try(format('SELECT %L::angle', '1' || u)) AS text_input
  FROM (VALUES ('deg'), ('degree'), ('degrees'), ('d'), ('°'), ('DEG'), (' deg'), ('deg '),
               ('rad'), ('radian'), ('radians'), ('RAD'),
               ('grad'), ('gon'), ('turn'), ('turns'),
               ('arcmin'), ('m'), ('′'), (''''),
               ('arcsec'), ('s'), ('″'), ('"')) v(u);
SELECT angle(1, 'm') = '0d1m'::angle AS m_is_arcmin, angle(1, 's') = '0d0m1s'::angle AS s_is_arcsec;
-- not units: 22023 with the list of spellings
SELECT u AS unit, pg_temp.try(format('SELECT angle(1, %L)', u), true) AS result
  FROM (VALUES (''), ('x'), ('degs'), ('deg deg'), ('1deg'), ('dms'), ('N')) v(u);
