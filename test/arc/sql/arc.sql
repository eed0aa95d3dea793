-- The arc and timearc types: text forms, constructors, operators,
-- accessors, the covering aggregates and RANGE frames by angle.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;

-- Text: bounds are reduced exactly and shown in [0°, 360°) (a negative
-- bound only when the reduction would round); [a,b] or [a,b); full, empty.
SELECT t, t::arc FROM (VALUES ('[350°,10°]'), ('[370,380)'), (' [ -10deg , 10deg ) '), ('full'), ('EMPTY'),
	('[0,360]'), ('[10,370)'), ('[5,5]'), ('[5,5)'), ('[-0.1,0.1]'), ('[-0,0]'), ('[NE,E]'),
	('[0.25turn,100grad]'), ('[1rad,2rad]'), ('[10d30m,20°15′]'), ('NE'), ('n'), ('[1e300,1e20]'),
	('[-8.881784197001252e-16,0]')) v(t);
SET angle.output_unit = 'rad';
SELECT '[90°,180°)'::arc;
RESET angle.output_unit;

-- Constructors: arc(from, to) counterclockwise (increasing degrees), end
-- included; the full circle when the ends differ but name the same point.
SELECT arc('350°', '10°'), arc('10°', '350°'), arc('0°', '360°'), arc('10°', '10°'), arc('370°', '10°'),
       arc_around('80°', '15°'), arc_around('0°', '180°'), arc_around('10°', '0°'), arc_around('-5°', '5°');
-- the 16 compass sectors, [c - 11.25°, c + 11.25°), partition the circle:
-- every tenth of a degree lies in exactly one
SELECT p, arc(p) FROM unnest('{N,NNE,NE,ENE,E,ESE,SE,SSE,S,SSW,SW,WSW,W,WNW,NW,NNW}'::text[]) p;
SELECT count(*) AS angles, min(k) AS min_sectors, max(k) AS max_sectors FROM (
	SELECT g, count(*) FILTER (WHERE angle(g / 10.0, 'deg') <@ arc(p)) AS k
	  FROM generate_series(-3600, 3599) g,
	       unnest('{N,NNE,NE,ENE,E,ESE,SE,SSE,S,SSW,SW,WSW,W,WNW,NW,NNW}'::text[]) p GROUP BY g) s;

-- Containment is exact for every stored angle.
SELECT a, a <@ '[0°,20°]'::arc AS in_0_20, a <@ '[350°,10°]'::arc AS in_350_10,
       a <@ '[350°,10°)'::arc AS in_350_10_open, a <@ '[0°,0°]'::arc AS at_0,
       '[280°,280°]'::arc @> a AS at_280
  FROM (VALUES ('370°'::angle), ('-350°'), ('-0°'), ('360°'), ('10°'), ('20°'), ('730°'), ('-10°'), ('1e300°'), ('1e20°'),
	('-8.881784197001252e-16°'), ('359.99999999999994°')) v(a);
-- -2^-50 lies just below 360° and past 359.99999999999994° (its reduction
-- to [0°, 360°) would round to that double):
SELECT '-8.881784197001252e-16°'::angle <@ '[359.99999999999994°,0°)'::arc AS tiny_in,
       '-8.881784197001252e-16°'::angle <@ '[350°,359.99999999999994°]'::arc AS tiny_not_in;

-- Arc relations: @>, <@, &&.
SELECT a, b, a @> b AS contains, a <@ b AS within, a && b AS overlap FROM (VALUES
	('[350°,10°]'::arc, '[355°,5°]'::arc), ('[350°,10°]', '[5°,355°]'), ('[350°,10°]', '[10°,20°]'),
	('[350°,10°)', '[10°,20°]'), ('[350°,10°)', '[5°,10°)'), ('[350°,10°)', '[5°,10°]'), ('[0°,180°]', '[180°,0°]'),
	('full', '[1°,2°]'), ('[1°,2°]', 'full'), ('empty', 'empty'), ('[1°,2°]', 'empty'), ('empty', 'full'),
	('[10°,10°]', '[10°,10°]'), ('[0°,10°]', '[10°,0°]'), ('[20°,10°]', '[5°,15°]'),
	('[5°,20°]', '[350°,10°]')) v(a, b);
-- Distance: 0 inside, else to the nearer end; NULL to the empty arc.
SELECT a, b, a <-> b AS dist, b <-> a AS commuted FROM (VALUES
	('1°'::angle, '[10°,20°]'::arc), ('359°', '[10°,20°]'), ('190°', '[10°,20°]'), ('15°', '[10°,20°]'),
	('20°', '[10°,20°)'), ('740°', '[350°,10°]'), ('180°', '[350°,10°]'), ('5°', 'full'), ('5°', 'empty')) v(a, b);

-- Accessors.
SELECT a, arc_start(a), arc_end(a), arc_width(a), arc_center(a) FROM (VALUES
	('[350°,10°]'::arc), ('[10°,350°)'), ('[0°,180°]'), ('[5°,5°]'), ('full'), ('empty')) v(a);

-- Equality (normalized values), btree order, hash.
SELECT '[370°,380°]'::arc = '[10°,20°]'::arc AS reduced, 'full'::arc = '[0°,360°]' AS full_eq,
       '[5°,5°)'::arc = 'empty' AS empty_eq, '[10°,20°]'::arc = '[10°,20°)' AS incl_differs,
       '[10°,20°]'::arc <> '[10°,20°)' AS ne;
SELECT a FROM (VALUES ('full'::arc), ('[10°,20°]'), ('empty'), ('[10°,20°)'), ('[5°,30°]'), ('[350°,10°]')) v(a) ORDER BY a;
SET enable_sort = off;
SELECT count(*) AS distinct_arcs FROM (SELECT a FROM (VALUES ('[10°,20°]'::arc), ('[370°,380°]'), ('[10°,20°)'),
	('empty'), ('[5°,5°)'), ('full'), ('[0°,360°]')) v(a) GROUP BY a) s;
RESET enable_sort;

-- The smallest covering arc: the circle minus the largest gap; on equal
-- gaps the arc that starts first from 0°.
SELECT arc_cover(a) FROM (VALUES ('350°'::angle), ('10°'), ('5°'), ('355°')) v(a);
SELECT arc_cover(a) FROM (VALUES ('0°'::angle), ('180°')) v(a);
SELECT arc_cover(a) FROM (VALUES ('90°'::angle), ('270°')) v(a);
SELECT arc_cover(a) FROM (VALUES ('10°'::angle), ('130°'), ('250°')) v(a);
SELECT arc_cover(a) FROM (VALUES ('370°'::angle), ('-350°'), (NULL)) v(a);
SELECT arc_cover(a) FROM (VALUES ('1°'::angle), ('2°'), ('3°'), ('200°')) v(a);
SELECT arc_cover(a) IS NULL AS no_rows FROM (SELECT '1°'::angle WHERE false) v(a);
SELECT arc_cover(a) IS NULL AS only_nulls FROM (VALUES (NULL::angle)) v(a);

-- RANGE frames by angle (linear, as the angle order is).
SELECT a, count(*) OVER w AS near, string_agg(a::text, ' ') OVER w AS frame
  FROM (VALUES ('0°'::angle), ('5°'), ('15°'), ('30°'), ('355°')) v(a)
WINDOW w AS (ORDER BY a RANGE BETWEEN '10°' PRECEDING AND '10°' FOLLOWING) ORDER BY a;
SELECT a, count(*) OVER (ORDER BY a DESC RANGE BETWEEN '0.25turn' PRECEDING AND CURRENT ROW) AS k
  FROM (VALUES ('0°'::angle), ('90°'), ('100°'), ('200°')) v(a) ORDER BY a;

-- timearc: 24-hour circle; 24:00 is midnight (as a stored time and as a
-- bound: '[00:00,24:00)' is the whole day, '[22:00,24:00)' ends at 00:00).
SELECT t, t::timearc FROM (VALUES ('[22:00,02:00)'), ('[00:00,24:00)'), ('[22:00,24:00)'), ('[24:00,01:00)'),
	('[08:00,08:00]'), ('[08:00,08:00)'), ('full'), ('empty'), ('[23:00, 01:30:00.5]')) v(t);
SELECT timearc('22:00', '02:00'), timearc('00:00', '24:00'), timearc('09:00', '17:30'), timearc('09:00', '09:00');
SELECT t, t <@ '[22:00,02:00)'::timearc AS night, '[23:00,24:00]'::timearc @> t AS late,
       t <-> '[09:00,17:00)'::timearc AS to_office
  FROM (VALUES ('21:59:59.999999'::time), ('22:00'), ('00:00'), ('24:00'), ('01:59:59.999999'), ('02:00'), ('12:00')) v(t);
SELECT a, arc_start, timearc_start(a), timearc_end(a), timearc_width(a), timearc_center(a)
  FROM (VALUES ('[22:00,02:00)'::timearc, 1), ('[09:00,17:30)', 2), ('full', 3), ('empty', 4)) v(a, arc_start);
SELECT '[22:00,02:00)'::timearc && '[01:00,03:00)' AS overlap, '[22:00,02:00)'::timearc @> '[23:00,01:00)' AS contains,
       '[22:00,02:00)'::timearc @> '[01:00,02:00]' AS contains_end, '[24:00,01:00)'::timearc = '[00:00,01:00)' AS eq;
SELECT timearc_cover(t) FROM (VALUES ('23:00'::time), ('01:00'), ('22:30'), ('00:15')) v(t);
