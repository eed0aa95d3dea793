/* angle--0.7.0--0.8.0.sql: the arc and timearc types, their GiST operator classes and in_range for angle */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.8.0'" to load this file. \quit

-- Arcs of the circle of angles and of the day (0.8.0): the arc and timearc
-- types, their operators and covering aggregates, GiST operator classes
-- for angle, time, arc and timearc columns (sector filters, KNN by
-- circular distance), and in_range for RANGE window frames by angle.

CREATE TYPE @extschema@.arc;
CREATE TYPE @extschema@.timearc;

CREATE FUNCTION @extschema@.arc_in(cstring) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_in(cstring) IS
	'arc text input: empty, full, [start,end], [start,end) with angle bounds, or a compass point (its sector)';
-- STABLE: the bounds are shown in angle.output_unit.
CREATE FUNCTION @extschema@.arc_out(@extschema@.arc) RETURNS cstring
	AS 'MODULE_PATHNAME', 'arc_out'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_out(@extschema@.arc) IS
	'arc text output, bounds in angle.output_unit';
CREATE FUNCTION @extschema@.arc_recv(internal) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_recv(internal) IS
	'arc binary input, validated';
CREATE FUNCTION @extschema@.arc_send(@extschema@.arc) RETURNS bytea
	AS 'MODULE_PATHNAME', 'arc_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_send(@extschema@.arc) IS
	'arc binary output';
CREATE FUNCTION @extschema@.timearc_in(cstring) RETURNS @extschema@.timearc
	AS 'MODULE_PATHNAME', 'timearc_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_in(cstring) IS
	'timearc text input: empty, full, [start,end] or [start,end) with time bounds';
CREATE FUNCTION @extschema@.timearc_out(@extschema@.timearc) RETURNS cstring
	AS 'MODULE_PATHNAME', 'timearc_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_out(@extschema@.timearc) IS
	'timearc text output';
CREATE FUNCTION @extschema@.timearc_recv(internal) RETURNS @extschema@.timearc
	AS 'MODULE_PATHNAME', 'timearc_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_recv(internal) IS
	'timearc binary input, validated';
CREATE FUNCTION @extschema@.timearc_send(@extschema@.timearc) RETURNS bytea
	AS 'MODULE_PATHNAME', 'timearc_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_send(@extschema@.timearc) IS
	'timearc binary output';

CREATE TYPE @extschema@.arc (
	INPUT = @extschema@.arc_in,
	OUTPUT = @extschema@.arc_out,
	RECEIVE = @extschema@.arc_recv,
	SEND = @extschema@.arc_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.arc IS
	'an arc of the circle of angles, from its start in increasing degrees to its end (end included or not), or empty, or full';
CREATE TYPE @extschema@.timearc (
	INPUT = @extschema@.timearc_in,
	OUTPUT = @extschema@.timearc_out,
	RECEIVE = @extschema@.timearc_recv,
	SEND = @extschema@.timearc_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.timearc IS
	'an arc of the 24-hour day, from its start to its end (end included or not), possibly through midnight, or empty, or full';

-- Constructors and accessors.
CREATE FUNCTION @extschema@.arc("from" @extschema@.angle, "to" @extschema@.angle) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_from_to'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc(@extschema@.angle, @extschema@.angle) IS
	'the arc from from to to in increasing degrees, both included; through 0 when to < from';
CREATE FUNCTION @extschema@.arc_around(center @extschema@.angle, half_width @extschema@.angle) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_around'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_around(@extschema@.angle, @extschema@.angle) IS
	'the closed arc from center - half_width to center + half_width; full when half_width >= 180 degrees';
CREATE FUNCTION @extschema@.arc(compass_point text) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_compass'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc(text) IS
	'the sector of one of the 16 compass points, e.g. NE: [33.75, 56.25) degrees';
CREATE FUNCTION @extschema@.arc_start(@extschema@.arc) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'arc_start_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_start(@extschema@.arc) IS
	'start of the arc in [0, 360) degrees; NULL if empty, 0 if full';
CREATE FUNCTION @extschema@.arc_end(@extschema@.arc) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'arc_end_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_end(@extschema@.arc) IS
	'end of the arc in [0, 360) degrees; NULL if empty, 360 if full';
CREATE FUNCTION @extschema@.arc_width(@extschema@.arc) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'arc_width_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_width(@extschema@.arc) IS
	'width of the arc in [0, 360] degrees; 0 if empty';
CREATE FUNCTION @extschema@.arc_center(@extschema@.arc) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'arc_center_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_center(@extschema@.arc) IS
	'midpoint of the arc; NULL if empty or full';
CREATE FUNCTION @extschema@.timearc("from" time, "to" time) RETURNS @extschema@.timearc
	AS 'MODULE_PATHNAME', 'timearc_from_to'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc(time, time) IS
	'the timearc from from (included) to to (excluded), through midnight when to < from; 24:00 is midnight';
CREATE FUNCTION @extschema@.timearc_start(@extschema@.timearc) RETURNS time
	AS 'MODULE_PATHNAME', 'timearc_start_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_start(@extschema@.timearc) IS
	'start of the timearc; NULL if empty, 00:00 if full';
CREATE FUNCTION @extschema@.timearc_end(@extschema@.timearc) RETURNS time
	AS 'MODULE_PATHNAME', 'timearc_end_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_end(@extschema@.timearc) IS
	'end of the timearc (00:00 for midnight); NULL if empty, 24:00 if full';
CREATE FUNCTION @extschema@.timearc_width(@extschema@.timearc) RETURNS interval
	AS 'MODULE_PATHNAME', 'timearc_width_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_width(@extschema@.timearc) IS
	'length of the timearc, 0 to 24 hours; 0 if empty';
CREATE FUNCTION @extschema@.timearc_center(@extschema@.timearc) RETURNS time
	AS 'MODULE_PATHNAME', 'timearc_center_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_center(@extschema@.timearc) IS
	'midpoint of the timearc, rounded to the microsecond; NULL if empty or full';

-- Containment, overlap and distance.
CREATE FUNCTION @extschema@.arc_contains_angle(@extschema@.arc, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_contains_angle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_contains_angle(@extschema@.arc, @extschema@.angle) IS
	'implementation of the arc @> angle operator';
CREATE FUNCTION @extschema@.angle_in_arc(@extschema@.angle, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_in_arc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_in_arc(@extschema@.angle, @extschema@.arc) IS
	'implementation of the angle <@ arc operator';
CREATE FUNCTION @extschema@.arc_contains_arc(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_contains_arc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_contains_arc(@extschema@.arc, @extschema@.arc) IS
	'implementation of the arc @> arc operator';
CREATE FUNCTION @extschema@.arc_within_arc(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_within_arc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_within_arc(@extschema@.arc, @extschema@.arc) IS
	'implementation of the arc <@ arc operator';
CREATE FUNCTION @extschema@.arc_overlap(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_overlap'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_overlap(@extschema@.arc, @extschema@.arc) IS
	'implementation of the arc && arc operator';
CREATE FUNCTION @extschema@.angle_arc_distance(@extschema@.angle, @extschema@.arc) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'angle_arc_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_arc_distance(@extschema@.angle, @extschema@.arc) IS
	'implementation of the angle <-> arc operator: 0 inside, else the distance to the nearer end; NULL to the empty arc';
CREATE FUNCTION @extschema@.arc_angle_distance(@extschema@.arc, @extschema@.angle) RETURNS @extschema@.angle
	AS 'MODULE_PATHNAME', 'arc_angle_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_angle_distance(@extschema@.arc, @extschema@.angle) IS
	'implementation of the arc <-> angle operator';
CREATE FUNCTION @extschema@.timearc_contains_time(@extschema@.timearc, time) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_contains_time'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_contains_time(@extschema@.timearc, time) IS
	'implementation of the timearc @> time operator';
CREATE FUNCTION @extschema@.time_in_timearc(time, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'time_in_timearc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_in_timearc(time, @extschema@.timearc) IS
	'implementation of the time <@ timearc operator';
CREATE FUNCTION @extschema@.timearc_contains_timearc(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_contains_timearc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_contains_timearc(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the timearc @> timearc operator';
CREATE FUNCTION @extschema@.timearc_within_timearc(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_within_timearc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_within_timearc(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the timearc <@ timearc operator';
CREATE FUNCTION @extschema@.timearc_overlap(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_overlap'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_overlap(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the timearc && timearc operator';
CREATE FUNCTION @extschema@.time_timearc_distance(time, @extschema@.timearc) RETURNS interval
	AS 'MODULE_PATHNAME', 'time_timearc_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_timearc_distance(time, @extschema@.timearc) IS
	'implementation of the time <-> timearc operator: 0 inside, else the time to the nearer end; NULL to the empty timearc';
CREATE FUNCTION @extschema@.timearc_time_distance(@extschema@.timearc, time) RETURNS interval
	AS 'MODULE_PATHNAME', 'timearc_time_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_time_distance(@extschema@.timearc, time) IS
	'implementation of the timearc <-> time operator';

CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.arc_contains_angle, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.arc, @extschema@.angle) IS 'arc contains angle (reduced modulo 360 degrees)';
CREATE OPERATOR @extschema@.<@ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.angle_in_arc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.angle, @extschema@.arc) IS 'angle (reduced modulo 360 degrees) lies in arc';
CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_contains_arc, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.arc, @extschema@.arc) IS 'arc contains arc';
CREATE OPERATOR @extschema@.<@ (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_within_arc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.arc, @extschema@.arc) IS 'arc is contained in arc';
CREATE OPERATOR @extschema@.&& (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_overlap, COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel);
COMMENT ON OPERATOR @extschema@.&& (@extschema@.arc, @extschema@.arc) IS 'arcs share a point';
CREATE OPERATOR @extschema@.<-> (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.angle_arc_distance, COMMUTATOR = <->);
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.angle, @extschema@.arc) IS 'circular distance from an angle to an arc';
CREATE OPERATOR @extschema@.<-> (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.arc_angle_distance, COMMUTATOR = <->);
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.arc, @extschema@.angle) IS 'circular distance from an arc to an angle';
CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.timearc, RIGHTARG = time, FUNCTION = @extschema@.timearc_contains_time, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.timearc, time) IS 'timearc contains time (24:00 is midnight)';
CREATE OPERATOR @extschema@.<@ (LEFTARG = time, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.time_in_timearc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.<@ (time, @extschema@.timearc) IS 'time (24:00 is midnight) lies in timearc';
CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_contains_timearc, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.timearc, @extschema@.timearc) IS 'timearc contains timearc';
CREATE OPERATOR @extschema@.<@ (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_within_timearc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.timearc, @extschema@.timearc) IS 'timearc is contained in timearc';
CREATE OPERATOR @extschema@.&& (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_overlap, COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel);
COMMENT ON OPERATOR @extschema@.&& (@extschema@.timearc, @extschema@.timearc) IS 'timearcs share a time';
CREATE OPERATOR @extschema@.<-> (LEFTARG = time, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.time_timearc_distance, COMMUTATOR = <->);
COMMENT ON OPERATOR @extschema@.<-> (time, @extschema@.timearc) IS 'time from a time of day to a timearc, around the clock';
CREATE OPERATOR @extschema@.<-> (LEFTARG = @extschema@.timearc, RIGHTARG = time, FUNCTION = @extschema@.timearc_time_distance, COMMUTATOR = <->);
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.timearc, time) IS 'time from a timearc to a time of day, around the clock';

-- Equality and a (non-circular) total order, btree and hash support.
CREATE FUNCTION @extschema@.arc_eq(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_eq(@extschema@.arc, @extschema@.arc) IS
	'implementation of the = operator on arc';
CREATE FUNCTION @extschema@.arc_ne(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_ne(@extschema@.arc, @extschema@.arc) IS
	'implementation of the <> operator on arc';
CREATE FUNCTION @extschema@.arc_lt(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_lt(@extschema@.arc, @extschema@.arc) IS
	'implementation of the < operator on arc';
CREATE FUNCTION @extschema@.arc_le(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_le(@extschema@.arc, @extschema@.arc) IS
	'implementation of the <= operator on arc';
CREATE FUNCTION @extschema@.arc_gt(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_gt(@extschema@.arc, @extschema@.arc) IS
	'implementation of the > operator on arc';
CREATE FUNCTION @extschema@.arc_ge(@extschema@.arc, @extschema@.arc) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_ge(@extschema@.arc, @extschema@.arc) IS
	'implementation of the >= operator on arc';
CREATE FUNCTION @extschema@.arc_cmp(@extschema@.arc, @extschema@.arc) RETURNS int4
	AS 'MODULE_PATHNAME', 'arc_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_cmp(@extschema@.arc, @extschema@.arc) IS
	'btree comparison support for arc: empty, then by start, end and end inclusion, then full';
CREATE FUNCTION @extschema@.arc_hash(@extschema@.arc) RETURNS int4
	AS 'MODULE_PATHNAME', 'arc_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_hash(@extschema@.arc) IS
	'hash support for arc';
CREATE FUNCTION @extschema@.arc_hash_extended(@extschema@.arc, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'arc_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.arc_hash_extended(@extschema@.arc, int8) IS
	'extended hash support for arc';
CREATE FUNCTION @extschema@.timearc_eq(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_eq(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the = operator on timearc';
CREATE FUNCTION @extschema@.timearc_ne(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_ne(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the <> operator on timearc';
CREATE FUNCTION @extschema@.timearc_lt(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_lt(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the < operator on timearc';
CREATE FUNCTION @extschema@.timearc_le(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_le(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the <= operator on timearc';
CREATE FUNCTION @extschema@.timearc_gt(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_gt(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the > operator on timearc';
CREATE FUNCTION @extschema@.timearc_ge(@extschema@.timearc, @extschema@.timearc) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_ge(@extschema@.timearc, @extschema@.timearc) IS
	'implementation of the >= operator on timearc';
CREATE FUNCTION @extschema@.timearc_cmp(@extschema@.timearc, @extschema@.timearc) RETURNS int4
	AS 'MODULE_PATHNAME', 'timearc_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_cmp(@extschema@.timearc, @extschema@.timearc) IS
	'btree comparison support for timearc: empty, then by start, end and end inclusion, then full';
CREATE FUNCTION @extschema@.timearc_hash(@extschema@.timearc) RETURNS int4
	AS 'MODULE_PATHNAME', 'timearc_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_hash(@extschema@.timearc) IS
	'hash support for timearc';
CREATE FUNCTION @extschema@.timearc_hash_extended(@extschema@.timearc, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'timearc_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.timearc_hash_extended(@extschema@.timearc, int8) IS
	'extended hash support for timearc';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.arc, @extschema@.arc) IS 'same arc: same start, end and end inclusion (all empty arcs are equal, and all full ones)';
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.arc, @extschema@.arc) IS 'not the same arc';
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.arc, @extschema@.arc) IS 'sorts before (btree order, not circular)';
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.arc, @extschema@.arc) IS 'sorts before or equal (btree order, not circular)';
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.arc, @extschema@.arc) IS 'sorts after (btree order, not circular)';
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.arc, RIGHTARG = @extschema@.arc, FUNCTION = @extschema@.arc_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.arc, @extschema@.arc) IS 'sorts after or equal (btree order, not circular)';
CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.timearc, @extschema@.timearc) IS 'same timearc: same start, end and end inclusion';
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.timearc, @extschema@.timearc) IS 'not the same timearc';
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.timearc, @extschema@.timearc) IS 'sorts before (btree order, not circular)';
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.timearc, @extschema@.timearc) IS 'sorts before or equal (btree order, not circular)';
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.timearc, @extschema@.timearc) IS 'sorts after (btree order, not circular)';
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.timearc, RIGHTARG = @extschema@.timearc, FUNCTION = @extschema@.timearc_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.timearc, @extschema@.timearc) IS 'sorts after or equal (btree order, not circular)';

CREATE OPERATOR CLASS @extschema@.arc_ops DEFAULT FOR TYPE @extschema@.arc USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.arc_cmp(@extschema@.arc, @extschema@.arc);
CREATE OPERATOR CLASS @extschema@.arc_ops DEFAULT FOR TYPE @extschema@.arc USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.arc_hash(@extschema@.arc),
	FUNCTION 2 @extschema@.arc_hash_extended(@extschema@.arc, int8);
CREATE OPERATOR CLASS @extschema@.timearc_ops DEFAULT FOR TYPE @extschema@.timearc USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.timearc_cmp(@extschema@.timearc, @extschema@.timearc);
CREATE OPERATOR CLASS @extschema@.timearc_ops DEFAULT FOR TYPE @extschema@.timearc USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.timearc_hash(@extschema@.timearc),
	FUNCTION 2 @extschema@.timearc_hash_extended(@extschema@.timearc, int8);

-- The smallest arc covering a set of angles or times (largest-gap rule).
CREATE FUNCTION @extschema@.arc_cover_final(@extschema@.angle[]) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_cover_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_cover_final(@extschema@.angle[]) IS
	'final function of arc_cover: the circle minus the largest gap between the angles';
CREATE FUNCTION @extschema@.timearc_cover_final(time[]) RETURNS @extschema@.timearc
	AS 'MODULE_PATHNAME', 'timearc_cover_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_cover_final(time[]) IS
	'final function of timearc_cover: the day minus the largest gap between the times';

CREATE AGGREGATE @extschema@.arc_cover(@extschema@.angle) (
	SFUNC = pg_catalog.array_append,
	STYPE = @extschema@.angle[],
	FINALFUNC = @extschema@.arc_cover_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.arc_cover(@extschema@.angle) IS
	'smallest closed arc covering the angles: the circle minus the largest gap (ties: the arc starting first from 0 degrees); NULL for no rows';
CREATE AGGREGATE @extschema@.timearc_cover(time) (
	SFUNC = pg_catalog.array_append,
	STYPE = time[],
	FINALFUNC = @extschema@.timearc_cover_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.timearc_cover(time) IS
	'smallest closed timearc covering the times: the day minus the largest gap (ties: the arc starting first from 00:00); NULL for no rows';

-- GiST: keys are covering arcs (src/arc/arc_gist.c).
CREATE FUNCTION @extschema@.angle_gist_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'angle_gist_compress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_gist_compress(internal) IS
	'GiST support for angle: the one-point arc of a stored angle';
CREATE FUNCTION @extschema@.time_gist_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'time_gist_compress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_gist_compress(internal) IS
	'GiST support for time: the one-point timearc of a stored time';
CREATE FUNCTION @extschema@.angle_gist_fetch(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'angle_gist_fetch'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_gist_fetch(internal) IS
	'GiST support for angle: the stored angle back from a leaf (index-only scans)';
CREATE FUNCTION @extschema@.time_gist_fetch(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'time_gist_fetch'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_gist_fetch(internal) IS
	'GiST support for time: the stored time back from a leaf (index-only scans)';
CREATE FUNCTION @extschema@.angle_gist_consistent(internal, @extschema@.arc, int2, oid, internal) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_gist_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_gist_consistent(internal, @extschema@.arc, int2, oid, internal) IS
	'GiST support for angle: may a subtree match';
CREATE FUNCTION @extschema@.angle_gist_distance(internal, @extschema@.angle, int2, oid, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'angle_gist_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_gist_distance(internal, @extschema@.angle, int2, oid, internal) IS
	'GiST support for angle: distance to a subtree';
CREATE FUNCTION @extschema@.time_gist_consistent(internal, @extschema@.timearc, int2, oid, internal) RETURNS bool
	AS 'MODULE_PATHNAME', 'time_gist_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_gist_consistent(internal, @extschema@.timearc, int2, oid, internal) IS
	'GiST support for time: may a subtree match';
CREATE FUNCTION @extschema@.time_gist_distance(internal, @extschema@.timearc, int2, oid, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'time_gist_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.time_gist_distance(internal, @extschema@.timearc, int2, oid, internal) IS
	'GiST support for time: distance to a subtree';
CREATE FUNCTION @extschema@.arc_gist_consistent(internal, @extschema@.arc, int2, oid, internal) RETURNS bool
	AS 'MODULE_PATHNAME', 'arc_gist_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_consistent(internal, @extschema@.arc, int2, oid, internal) IS
	'GiST support for arc: may a subtree match';
CREATE FUNCTION @extschema@.arc_gist_distance(internal, @extschema@.angle, int2, oid, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'arc_gist_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_distance(internal, @extschema@.angle, int2, oid, internal) IS
	'GiST support for arc: distance to a subtree';
CREATE FUNCTION @extschema@.timearc_gist_consistent(internal, @extschema@.timearc, int2, oid, internal) RETURNS bool
	AS 'MODULE_PATHNAME', 'timearc_gist_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_gist_consistent(internal, @extschema@.timearc, int2, oid, internal) IS
	'GiST support for timearc: may a subtree match';
CREATE FUNCTION @extschema@.timearc_gist_distance(internal, time, int2, oid, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'timearc_gist_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.timearc_gist_distance(internal, time, int2, oid, internal) IS
	'GiST support for timearc: distance to a subtree';
CREATE FUNCTION @extschema@.arc_gist_union_deg(internal, internal) RETURNS @extschema@.arc
	AS 'MODULE_PATHNAME', 'arc_gist_union_deg'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_union_deg(internal, internal) IS
	'GiST support for angle and arc: covering arc of keys';
CREATE FUNCTION @extschema@.arc_gist_penalty_deg(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_penalty_deg'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_penalty_deg(internal, internal, internal) IS
	'GiST support for angle and arc: growth of a key''s width';
CREATE FUNCTION @extschema@.arc_gist_picksplit_deg(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_picksplit_deg'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_picksplit_deg(internal, internal) IS
	'GiST support for angle and arc: page split by start';
CREATE FUNCTION @extschema@.arc_gist_same_deg(@extschema@.arc, @extschema@.arc, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_same_deg'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_same_deg(@extschema@.arc, @extschema@.arc, internal) IS
	'GiST support for angle and arc: key equality';
CREATE FUNCTION @extschema@.arc_gist_sortsupport_deg(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'arc_gist_sortsupport_deg'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_sortsupport_deg(internal) IS
	'GiST support for angle and arc: sorted build by start';
CREATE FUNCTION @extschema@.arc_gist_sortsupport_usec(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'arc_gist_sortsupport_usec'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_sortsupport_usec(internal) IS
	'GiST support for time and timearc: sorted build by start';
CREATE FUNCTION @extschema@.arc_gist_union_usec(internal, internal) RETURNS @extschema@.timearc
	AS 'MODULE_PATHNAME', 'arc_gist_union_usec'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_union_usec(internal, internal) IS
	'GiST support for time and timearc: covering timearc of keys';
CREATE FUNCTION @extschema@.arc_gist_penalty_usec(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_penalty_usec'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_penalty_usec(internal, internal, internal) IS
	'GiST support for time and timearc: growth of a key''s width';
CREATE FUNCTION @extschema@.arc_gist_picksplit_usec(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_picksplit_usec'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_picksplit_usec(internal, internal) IS
	'GiST support for time and timearc: page split by start';
CREATE FUNCTION @extschema@.arc_gist_same_usec(@extschema@.timearc, @extschema@.timearc, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'arc_gist_same_usec'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arc_gist_same_usec(@extschema@.timearc, @extschema@.timearc, internal) IS
	'GiST support for time and timearc: key equality';

CREATE OPERATOR CLASS @extschema@.angle_arc_ops DEFAULT FOR TYPE @extschema@.angle USING gist AS
	OPERATOR 8 @extschema@.<@ (@extschema@.angle, @extschema@.arc),
	OPERATOR 15 @extschema@.<-> (@extschema@.angle, @extschema@.angle) FOR ORDER BY @extschema@.angle_ops,
	OPERATOR 16 @extschema@.<-> (@extschema@.angle, @extschema@.arc) FOR ORDER BY @extschema@.angle_ops,
	FUNCTION 1 @extschema@.angle_gist_consistent(internal, @extschema@.arc, int2, oid, internal),
	FUNCTION 2 @extschema@.arc_gist_union_deg(internal, internal),
	FUNCTION 3 @extschema@.angle_gist_compress(internal),
	FUNCTION 5 @extschema@.arc_gist_penalty_deg(internal, internal, internal),
	FUNCTION 6 @extschema@.arc_gist_picksplit_deg(internal, internal),
	FUNCTION 7 @extschema@.arc_gist_same_deg(@extschema@.arc, @extschema@.arc, internal),
	FUNCTION 8 @extschema@.angle_gist_distance(internal, @extschema@.angle, int2, oid, internal),
	FUNCTION 9 @extschema@.angle_gist_fetch(internal),
	FUNCTION 11 @extschema@.arc_gist_sortsupport_deg(internal),
	STORAGE @extschema@.arc;
CREATE OPERATOR CLASS @extschema@.arc_ops DEFAULT FOR TYPE @extschema@.arc USING gist AS
	OPERATOR 3 @extschema@.&& (@extschema@.arc, @extschema@.arc),
	OPERATOR 6 @extschema@.= (@extschema@.arc, @extschema@.arc),
	OPERATOR 7 @extschema@.@> (@extschema@.arc, @extschema@.arc),
	OPERATOR 8 @extschema@.<@ (@extschema@.arc, @extschema@.arc),
	OPERATOR 17 @extschema@.@> (@extschema@.arc, @extschema@.angle),
	OPERATOR 15 @extschema@.<-> (@extschema@.arc, @extschema@.angle) FOR ORDER BY @extschema@.angle_ops,
	FUNCTION 1 @extschema@.arc_gist_consistent(internal, @extschema@.arc, int2, oid, internal),
	FUNCTION 2 @extschema@.arc_gist_union_deg(internal, internal),
	FUNCTION 5 @extschema@.arc_gist_penalty_deg(internal, internal, internal),
	FUNCTION 6 @extschema@.arc_gist_picksplit_deg(internal, internal),
	FUNCTION 7 @extschema@.arc_gist_same_deg(@extschema@.arc, @extschema@.arc, internal),
	FUNCTION 8 @extschema@.arc_gist_distance(internal, @extschema@.angle, int2, oid, internal),
	FUNCTION 11 @extschema@.arc_gist_sortsupport_deg(internal);
-- Not DEFAULT: btree_gist's gist_time_ops may be the default for time.
CREATE OPERATOR CLASS @extschema@.time_arc_ops FOR TYPE time USING gist AS
	OPERATOR 8 @extschema@.<@ (time, @extschema@.timearc),
	OPERATOR 16 @extschema@.<-> (time, @extschema@.timearc) FOR ORDER BY pg_catalog.interval_ops,
	FUNCTION 1 @extschema@.time_gist_consistent(internal, @extschema@.timearc, int2, oid, internal),
	FUNCTION 2 @extschema@.arc_gist_union_usec(internal, internal),
	FUNCTION 3 @extschema@.time_gist_compress(internal),
	FUNCTION 5 @extschema@.arc_gist_penalty_usec(internal, internal, internal),
	FUNCTION 6 @extschema@.arc_gist_picksplit_usec(internal, internal),
	FUNCTION 7 @extschema@.arc_gist_same_usec(@extschema@.timearc, @extschema@.timearc, internal),
	FUNCTION 8 @extschema@.time_gist_distance(internal, @extschema@.timearc, int2, oid, internal),
	FUNCTION 9 @extschema@.time_gist_fetch(internal),
	FUNCTION 11 @extschema@.arc_gist_sortsupport_usec(internal),
	STORAGE @extschema@.timearc;
CREATE OPERATOR CLASS @extschema@.timearc_ops DEFAULT FOR TYPE @extschema@.timearc USING gist AS
	OPERATOR 3 @extschema@.&& (@extschema@.timearc, @extschema@.timearc),
	OPERATOR 6 @extschema@.= (@extschema@.timearc, @extschema@.timearc),
	OPERATOR 7 @extschema@.@> (@extschema@.timearc, @extschema@.timearc),
	OPERATOR 8 @extschema@.<@ (@extschema@.timearc, @extschema@.timearc),
	OPERATOR 17 @extschema@.@> (@extschema@.timearc, time),
	OPERATOR 15 @extschema@.<-> (@extschema@.timearc, time) FOR ORDER BY pg_catalog.interval_ops,
	FUNCTION 1 @extschema@.timearc_gist_consistent(internal, @extschema@.timearc, int2, oid, internal),
	FUNCTION 2 @extschema@.arc_gist_union_usec(internal, internal),
	FUNCTION 5 @extschema@.arc_gist_penalty_usec(internal, internal, internal),
	FUNCTION 6 @extschema@.arc_gist_picksplit_usec(internal, internal),
	FUNCTION 7 @extschema@.arc_gist_same_usec(@extschema@.timearc, @extschema@.timearc, internal),
	FUNCTION 8 @extschema@.timearc_gist_distance(internal, time, int2, oid, internal),
	FUNCTION 11 @extschema@.arc_gist_sortsupport_usec(internal);

-- RANGE BETWEEN x PRECEDING AND y FOLLOWING over an angle ordering.
CREATE FUNCTION @extschema@.angle_in_range(val @extschema@.angle, base @extschema@.angle, "offset" @extschema@.angle, sub bool, less bool) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_in_range'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_in_range(@extschema@.angle, @extschema@.angle, @extschema@.angle, bool, bool) IS
	'in_range support for window frames ordered by angle: val against base -/+ offset (linear, like the btree order)';

ALTER OPERATOR FAMILY @extschema@.angle_ops USING btree ADD
	FUNCTION 3 (@extschema@.angle, @extschema@.angle)
		@extschema@.angle_in_range(@extschema@.angle, @extschema@.angle, @extschema@.angle, bool, bool);
