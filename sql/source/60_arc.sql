-- Arcs of the circle of angles and of the day (0.8.0): the arc and timearc
-- types, their operators and covering aggregates, GiST operator classes
-- for angle, time, arc and timearc columns (sector filters, KNN by
-- circular distance), and in_range for RANGE window frames by angle.

CREATE TYPE @extschema@.arc;
CREATE TYPE @extschema@.timearc;

@function arc_in(cstring) RETURNS arc AS arc_in
	arc text input: empty, full, [start,end], [start,end) with angle bounds, or a compass point (its sector)
-- STABLE: the bounds are shown in angle.output_unit.
@function arc_out(arc) RETURNS cstring AS arc_out STABLE
	arc text output, bounds in angle.output_unit
@function arc_recv(internal) RETURNS arc AS arc_recv
	arc binary input, validated
@function arc_send(arc) RETURNS bytea AS arc_send
	arc binary output
@function timearc_in(cstring) RETURNS timearc AS timearc_in
	timearc text input: empty, full, [start,end] or [start,end) with time bounds
@function timearc_out(timearc) RETURNS cstring AS timearc_out
	timearc text output
@function timearc_recv(internal) RETURNS timearc AS timearc_recv
	timearc binary input, validated
@function timearc_send(timearc) RETURNS bytea AS timearc_send
	timearc binary output

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
@function arc("from" angle, "to" angle) RETURNS arc AS arc_from_to
	the arc from from to to in increasing degrees, both included; through 0 when to < from
@function arc_around(center angle, half_width angle) RETURNS arc AS arc_around
	the closed arc from center - half_width to center + half_width; full when half_width >= 180 degrees
@function arc(compass_point text) RETURNS arc AS arc_compass
	the sector of one of the 16 compass points, e.g. NE: [33.75, 56.25) degrees
@function arc_start(arc) RETURNS angle AS arc_start_sql
	start of the arc in [0, 360) degrees; NULL if empty, 0 if full
@function arc_end(arc) RETURNS angle AS arc_end_sql
	end of the arc in [0, 360) degrees; NULL if empty, 360 if full
@function arc_width(arc) RETURNS angle AS arc_width_sql
	width of the arc in [0, 360] degrees; 0 if empty
@function arc_center(arc) RETURNS angle AS arc_center_sql
	midpoint of the arc; NULL if empty or full
@function timearc("from" time, "to" time) RETURNS timearc AS timearc_from_to
	the timearc from from (included) to to (excluded), through midnight when to < from; 24:00 is midnight
@function timearc_start(timearc) RETURNS time AS timearc_start_sql
	start of the timearc; NULL if empty, 00:00 if full
@function timearc_end(timearc) RETURNS time AS timearc_end_sql
	end of the timearc (00:00 for midnight); NULL if empty, 24:00 if full
@function timearc_width(timearc) RETURNS interval AS timearc_width_sql
	length of the timearc, 0 to 24 hours; 0 if empty
@function timearc_center(timearc) RETURNS time AS timearc_center_sql
	midpoint of the timearc, rounded to the microsecond; NULL if empty or full

-- Containment, overlap and distance.
@function arc_contains_angle(arc, angle) RETURNS bool AS arc_contains_angle
	implementation of the arc @> angle operator
@function angle_in_arc(angle, arc) RETURNS bool AS angle_in_arc
	implementation of the angle <@ arc operator
@function arc_contains_arc(arc, arc) RETURNS bool AS arc_contains_arc
	implementation of the arc @> arc operator
@function arc_within_arc(arc, arc) RETURNS bool AS arc_within_arc
	implementation of the arc <@ arc operator
@function arc_overlap(arc, arc) RETURNS bool AS arc_overlap
	implementation of the arc && arc operator
@function angle_arc_distance(angle, arc) RETURNS angle AS angle_arc_distance
	implementation of the angle <-> arc operator: 0 inside, else the distance to the nearer end; NULL to the empty arc
@function arc_angle_distance(arc, angle) RETURNS angle AS arc_angle_distance
	implementation of the arc <-> angle operator
@function timearc_contains_time(timearc, time) RETURNS bool AS timearc_contains_time
	implementation of the timearc @> time operator
@function time_in_timearc(time, timearc) RETURNS bool AS time_in_timearc
	implementation of the time <@ timearc operator
@function timearc_contains_timearc(timearc, timearc) RETURNS bool AS timearc_contains_timearc
	implementation of the timearc @> timearc operator
@function timearc_within_timearc(timearc, timearc) RETURNS bool AS timearc_within_timearc
	implementation of the timearc <@ timearc operator
@function timearc_overlap(timearc, timearc) RETURNS bool AS timearc_overlap
	implementation of the timearc && timearc operator
@function time_timearc_distance(time, timearc) RETURNS interval AS time_timearc_distance
	implementation of the time <-> timearc operator: 0 inside, else the time to the nearer end; NULL to the empty timearc
@function timearc_time_distance(timearc, time) RETURNS interval AS timearc_time_distance
	implementation of the timearc <-> time operator

@operator @> (arc, angle) arc_contains_angle, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
	arc contains angle (reduced modulo 360 degrees)
@operator <@ (angle, arc) angle_in_arc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
	angle (reduced modulo 360 degrees) lies in arc
@operator @> (arc, arc) arc_contains_arc, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
	arc contains arc
@operator <@ (arc, arc) arc_within_arc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
	arc is contained in arc
@operator && (arc, arc) arc_overlap, COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel
	arcs share a point
@operator <-> (angle, arc) angle_arc_distance, COMMUTATOR = <->
	circular distance from an angle to an arc
@operator <-> (arc, angle) arc_angle_distance, COMMUTATOR = <->
	circular distance from an arc to an angle
@operator @> (timearc, time) timearc_contains_time, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
	timearc contains time (24:00 is midnight)
@operator <@ (time, timearc) time_in_timearc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
	time (24:00 is midnight) lies in timearc
@operator @> (timearc, timearc) timearc_contains_timearc, COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
	timearc contains timearc
@operator <@ (timearc, timearc) timearc_within_timearc, COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
	timearc is contained in timearc
@operator && (timearc, timearc) timearc_overlap, COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel
	timearcs share a time
@operator <-> (time, timearc) time_timearc_distance, COMMUTATOR = <->
	time from a time of day to a timearc, around the clock
@operator <-> (timearc, time) timearc_time_distance, COMMUTATOR = <->
	time from a timearc to a time of day, around the clock

-- Equality and a (non-circular) total order, btree and hash support.
@function arc_eq(arc, arc) RETURNS bool AS arc_eq LEAKPROOF
	implementation of the = operator on arc
@function arc_ne(arc, arc) RETURNS bool AS arc_ne LEAKPROOF
	implementation of the <> operator on arc
@function arc_lt(arc, arc) RETURNS bool AS arc_lt LEAKPROOF
	implementation of the < operator on arc
@function arc_le(arc, arc) RETURNS bool AS arc_le LEAKPROOF
	implementation of the <= operator on arc
@function arc_gt(arc, arc) RETURNS bool AS arc_gt LEAKPROOF
	implementation of the > operator on arc
@function arc_ge(arc, arc) RETURNS bool AS arc_ge LEAKPROOF
	implementation of the >= operator on arc
@function arc_cmp(arc, arc) RETURNS int4 AS arc_cmp LEAKPROOF
	btree comparison support for arc: empty, then by start, end and end inclusion, then full
@function arc_hash(arc) RETURNS int4 AS arc_hash LEAKPROOF
	hash support for arc
@function arc_hash_extended(arc, int8) RETURNS int8 AS arc_hash_extended LEAKPROOF
	extended hash support for arc
@function timearc_eq(timearc, timearc) RETURNS bool AS timearc_eq LEAKPROOF
	implementation of the = operator on timearc
@function timearc_ne(timearc, timearc) RETURNS bool AS timearc_ne LEAKPROOF
	implementation of the <> operator on timearc
@function timearc_lt(timearc, timearc) RETURNS bool AS timearc_lt LEAKPROOF
	implementation of the < operator on timearc
@function timearc_le(timearc, timearc) RETURNS bool AS timearc_le LEAKPROOF
	implementation of the <= operator on timearc
@function timearc_gt(timearc, timearc) RETURNS bool AS timearc_gt LEAKPROOF
	implementation of the > operator on timearc
@function timearc_ge(timearc, timearc) RETURNS bool AS timearc_ge LEAKPROOF
	implementation of the >= operator on timearc
@function timearc_cmp(timearc, timearc) RETURNS int4 AS timearc_cmp LEAKPROOF
	btree comparison support for timearc: empty, then by start, end and end inclusion, then full
@function timearc_hash(timearc) RETURNS int4 AS timearc_hash LEAKPROOF
	hash support for timearc
@function timearc_hash_extended(timearc, int8) RETURNS int8 AS timearc_hash_extended LEAKPROOF
	extended hash support for timearc

@operator = (arc, arc) arc_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
	same arc: same start, end and end inclusion (all empty arcs are equal, and all full ones)
@operator <> (arc, arc) arc_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
	not the same arc
@operator < (arc, arc) arc_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	sorts before (btree order, not circular)
@operator <= (arc, arc) arc_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	sorts before or equal (btree order, not circular)
@operator > (arc, arc) arc_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	sorts after (btree order, not circular)
@operator >= (arc, arc) arc_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
	sorts after or equal (btree order, not circular)
@operator = (timearc, timearc) timearc_eq, COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
	same timearc: same start, end and end inclusion
@operator <> (timearc, timearc) timearc_ne, COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
	not the same timearc
@operator < (timearc, timearc) timearc_lt, COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	sorts before (btree order, not circular)
@operator <= (timearc, timearc) timearc_le, COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	sorts before or equal (btree order, not circular)
@operator > (timearc, timearc) timearc_gt, COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	sorts after (btree order, not circular)
@operator >= (timearc, timearc) timearc_ge, COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
	sorts after or equal (btree order, not circular)

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
@function arc_cover_final(angle[]) RETURNS arc AS arc_cover_final
	final function of arc_cover: the circle minus the largest gap between the angles
@function timearc_cover_final(time[]) RETURNS timearc AS timearc_cover_final
	final function of timearc_cover: the day minus the largest gap between the times

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
@function angle_gist_compress(internal) RETURNS internal AS angle_gist_compress
	GiST support for angle: the one-point arc of a stored angle
@function time_gist_compress(internal) RETURNS internal AS time_gist_compress
	GiST support for time: the one-point timearc of a stored time
@function angle_gist_fetch(internal) RETURNS internal AS angle_gist_fetch
	GiST support for angle: the stored angle back from a leaf (index-only scans)
@function time_gist_fetch(internal) RETURNS internal AS time_gist_fetch
	GiST support for time: the stored time back from a leaf (index-only scans)
@function angle_gist_consistent(internal, arc, int2, oid, internal) RETURNS bool AS angle_gist_consistent
	GiST support for angle: may a subtree match
@function angle_gist_distance(internal, angle, int2, oid, internal) RETURNS float8 AS angle_gist_distance
	GiST support for angle: distance to a subtree
@function time_gist_consistent(internal, timearc, int2, oid, internal) RETURNS bool AS time_gist_consistent
	GiST support for time: may a subtree match
@function time_gist_distance(internal, timearc, int2, oid, internal) RETURNS float8 AS time_gist_distance
	GiST support for time: distance to a subtree
@function arc_gist_consistent(internal, arc, int2, oid, internal) RETURNS bool AS arc_gist_consistent
	GiST support for arc: may a subtree match
@function arc_gist_distance(internal, angle, int2, oid, internal) RETURNS float8 AS arc_gist_distance
	GiST support for arc: distance to a subtree
@function timearc_gist_consistent(internal, timearc, int2, oid, internal) RETURNS bool AS timearc_gist_consistent
	GiST support for timearc: may a subtree match
@function timearc_gist_distance(internal, time, int2, oid, internal) RETURNS float8 AS timearc_gist_distance
	GiST support for timearc: distance to a subtree
@function arc_gist_union_deg(internal, internal) RETURNS arc AS arc_gist_union_deg
	GiST support for angle and arc: covering arc of keys
@function arc_gist_penalty_deg(internal, internal, internal) RETURNS internal AS arc_gist_penalty_deg
	GiST support for angle and arc: growth of a key's width
@function arc_gist_picksplit_deg(internal, internal) RETURNS internal AS arc_gist_picksplit_deg
	GiST support for angle and arc: page split by start
@function arc_gist_same_deg(arc, arc, internal) RETURNS internal AS arc_gist_same_deg
	GiST support for angle and arc: key equality
@function arc_gist_sortsupport_deg(internal) RETURNS void AS arc_gist_sortsupport_deg
	GiST support for angle and arc: sorted build by start
@function arc_gist_sortsupport_usec(internal) RETURNS void AS arc_gist_sortsupport_usec
	GiST support for time and timearc: sorted build by start
@function arc_gist_union_usec(internal, internal) RETURNS timearc AS arc_gist_union_usec
	GiST support for time and timearc: covering timearc of keys
@function arc_gist_penalty_usec(internal, internal, internal) RETURNS internal AS arc_gist_penalty_usec
	GiST support for time and timearc: growth of a key's width
@function arc_gist_picksplit_usec(internal, internal) RETURNS internal AS arc_gist_picksplit_usec
	GiST support for time and timearc: page split by start
@function arc_gist_same_usec(timearc, timearc, internal) RETURNS internal AS arc_gist_same_usec
	GiST support for time and timearc: key equality

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
@function angle_in_range(val angle, base angle, "offset" angle, sub bool, less bool) RETURNS bool AS angle_in_range
	in_range support for window frames ordered by angle: val against base -/+ offset (linear, like the btree order)

ALTER OPERATOR FAMILY @extschema@.angle_ops USING btree ADD
	FUNCTION 3 (@extschema@.angle, @extschema@.angle)
		@extschema@.angle_in_range(@extschema@.angle, @extschema@.angle, @extschema@.angle, bool, bool);
