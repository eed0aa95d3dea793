/* angle--0.8.0--0.9.0.sql: angle_position_ops, a btree order of angles by position, and planner support for angle <@ arc */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.9.0'" to load this file. \quit

-- A btree order of angles by their position on the circle, and planner
-- support that lets such an index serve angle <@ arc (0.9.0).
--
-- angle_position_ops (not the default) orders angles by their exact
-- position in [0°, 360°): '370°' sits with '10°'.  An arc that does not
-- pass through 0 is then one range of the index; an arc through 0 is
-- rewritten, when only such a btree (no GiST index) is on the column, as
-- the OR of its two halves (see src/arc/arc_btree.c).

CREATE FUNCTION @extschema@.angle_position_cmp(@extschema@.angle, @extschema@.angle) RETURNS int4
	AS 'MODULE_PATHNAME', 'angle_position_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_cmp(@extschema@.angle, @extschema@.angle) IS
	'btree support of angle_position_ops: compare the positions of two angles on the circle';
CREATE FUNCTION @extschema@.angle_position_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'angle_position_sortsupport'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_position_sortsupport(internal) IS
	'btree sort support of angle_position_ops';
CREATE FUNCTION @extschema@.angle_position_lt(@extschema@.angle, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_position_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_lt(@extschema@.angle, @extschema@.angle) IS
	'implementation of the ~<~ operator: position on the circle before';
CREATE FUNCTION @extschema@.angle_position_le(@extschema@.angle, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_position_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_le(@extschema@.angle, @extschema@.angle) IS
	'implementation of the ~<=~ operator: position on the circle before or the same';
CREATE FUNCTION @extschema@.angle_position_eq(@extschema@.angle, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_position_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_eq(@extschema@.angle, @extschema@.angle) IS
	'implementation of the ~=~ operator: the same position on the circle (the same direction)';
CREATE FUNCTION @extschema@.angle_position_ge(@extschema@.angle, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_position_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_ge(@extschema@.angle, @extschema@.angle) IS
	'implementation of the ~>=~ operator: position on the circle after or the same';
CREATE FUNCTION @extschema@.angle_position_gt(@extschema@.angle, @extschema@.angle) RETURNS bool
	AS 'MODULE_PATHNAME', 'angle_position_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.angle_position_gt(@extschema@.angle, @extschema@.angle) IS
	'implementation of the ~>~ operator: position on the circle after';
CREATE FUNCTION @extschema@.angle_arc_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'angle_arc_support'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angle_arc_support(internal) IS
	'planner support of angle <@ arc and arc @> angle: index conditions for angle_position_ops';

CREATE OPERATOR @extschema@.~<~ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.angle_position_lt, COMMUTATOR = ~>~, NEGATOR = ~>=~, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.~<~ (@extschema@.angle, @extschema@.angle) IS 'position on the circle before (positions run from 0 to just below 360 degrees)';
CREATE OPERATOR @extschema@.~<=~ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.angle_position_le, COMMUTATOR = ~>=~, NEGATOR = ~>~, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.~<=~ (@extschema@.angle, @extschema@.angle) IS 'position on the circle before or the same';
CREATE OPERATOR @extschema@.~=~ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.angle_position_eq, COMMUTATOR = ~=~, RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR @extschema@.~=~ (@extschema@.angle, @extschema@.angle) IS 'the same position on the circle: the same direction (370 degrees ~=~ 10 degrees)';
CREATE OPERATOR @extschema@.~>=~ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.angle_position_ge, COMMUTATOR = ~<=~, NEGATOR = ~<~, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.~>=~ (@extschema@.angle, @extschema@.angle) IS 'position on the circle after or the same';
CREATE OPERATOR @extschema@.~>~ (LEFTARG = @extschema@.angle, RIGHTARG = @extschema@.angle, FUNCTION = @extschema@.angle_position_gt, COMMUTATOR = ~<~, NEGATOR = ~<=~, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.~>~ (@extschema@.angle, @extschema@.angle) IS 'position on the circle after';

CREATE OPERATOR CLASS @extschema@.angle_position_ops FOR TYPE @extschema@.angle USING btree AS
	OPERATOR 1 @extschema@.~<~,
	OPERATOR 2 @extschema@.~<=~,
	OPERATOR 3 @extschema@.~=~,
	OPERATOR 4 @extschema@.~>=~,
	OPERATOR 5 @extschema@.~>~,
	FUNCTION 1 @extschema@.angle_position_cmp(@extschema@.angle, @extschema@.angle),
	FUNCTION 2 @extschema@.angle_position_sortsupport(internal);

ALTER FUNCTION @extschema@.angle_in_arc(@extschema@.angle, @extschema@.arc)
	SUPPORT @extschema@.angle_arc_support;
ALTER FUNCTION @extschema@.arc_contains_angle(@extschema@.arc, @extschema@.angle)
	SUPPORT @extschema@.angle_arc_support;
