-- A btree order of angles by their position on the circle, and planner
-- support that lets such an index serve angle <@ arc (0.9.0).
--
-- angle_position_ops (not the default) orders angles by their exact
-- position in [0°, 360°): '370°' sits with '10°'.  An arc that does not
-- pass through 0 is then one range of the index; an arc through 0 is
-- rewritten, when only such a btree (no GiST index) is on the column, as
-- the OR of its two halves (see src/arc/arc_btree.c).

@function angle_position_cmp(angle, angle) RETURNS int4 AS angle_position_cmp LEAKPROOF
	btree support of angle_position_ops: compare the positions of two angles on the circle
@function angle_position_sortsupport(internal) RETURNS void AS angle_position_sortsupport
	btree sort support of angle_position_ops
@function angle_position_lt(angle, angle) RETURNS bool AS angle_position_lt LEAKPROOF
	implementation of the ~<~ operator: position on the circle before
@function angle_position_le(angle, angle) RETURNS bool AS angle_position_le LEAKPROOF
	implementation of the ~<=~ operator: position on the circle before or the same
@function angle_position_eq(angle, angle) RETURNS bool AS angle_position_eq LEAKPROOF
	implementation of the ~=~ operator: the same position on the circle (the same direction)
@function angle_position_ge(angle, angle) RETURNS bool AS angle_position_ge LEAKPROOF
	implementation of the ~>=~ operator: position on the circle after or the same
@function angle_position_gt(angle, angle) RETURNS bool AS angle_position_gt LEAKPROOF
	implementation of the ~>~ operator: position on the circle after
@function angle_arc_support(internal) RETURNS internal AS angle_arc_support
	planner support of angle <@ arc and arc @> angle: index conditions for angle_position_ops

@operator ~<~ (angle, angle) angle_position_lt, COMMUTATOR = ~>~, NEGATOR = ~>=~, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
	position on the circle before (positions run from 0 to just below 360 degrees)
@operator ~<=~ (angle, angle) angle_position_le, COMMUTATOR = ~>=~, NEGATOR = ~>~, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
	position on the circle before or the same
@operator ~=~ (angle, angle) angle_position_eq, COMMUTATOR = ~=~, RESTRICT = eqsel, JOIN = eqjoinsel
	the same position on the circle: the same direction (370 degrees ~=~ 10 degrees)
@operator ~>=~ (angle, angle) angle_position_ge, COMMUTATOR = ~<=~, NEGATOR = ~<~, RESTRICT = scalargesel, JOIN = scalargejoinsel
	position on the circle after or the same
@operator ~>~ (angle, angle) angle_position_gt, COMMUTATOR = ~<~, NEGATOR = ~<=~, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
	position on the circle after

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
